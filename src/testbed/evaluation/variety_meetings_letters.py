"""Business and official letters as firms and offices send them, for
:mod:`testbed.evaluation.variety_meetings`.

A letterhead (the sender, its address, registration numbers), a window address, the date
flush right or after the town ("London, 3rd March 2026", "Berlin, den 03.03.2026", "Paris,
le 3 mars 2026"), reference lines, the subject, the salutation and a signature block. The
sender's reference (``Our ref``, ``N/Réf.``, ``Ons kenmerk``, ``N/Ref.``) is the letter's own
number, for the reply to quote; the recipient's (``Your ref``, ``V/Réf.``, ``S/Ref.``), a
typist's initials (``Unser Zeichen: AB/cd``), an ``Aktenzeichen``, a ``Kundennummer`` and an
office's register number (``Prot. n.``) are not. One is sent as an e-mail.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_meetings_style import (
    Doc,
    dotted,
    english,
    meeting_day,
    ref,
    words,
)

#: Width a flush-right line is padded to in text layouts.
_RIGHT = 78


def _flush(text: str) -> str:
    return " " * max(1, _RIGHT - len(unmark(text))) + text


def uk_letter(rng: random.Random) -> tuple[list[Block], Writer]:
    """A British firm's letter: the letterhead, our and your references, the date, the
    addressee over a street line, "Dear Ms ...", "Yours sincerely", the signer and a cc."""
    d = Doc(rng, "en")
    firm_name, subject, job, footer = rng.choice((
        ("Pellow & Vance Solicitors LLP", "Re: Estate of the late Mr A. Penhale", "Associate",
         "Authorised and regulated by the Solicitors Regulation Authority."),
        ("Greystone Property Management Ltd", "Re: Flat 3, 22 Regent Terrace - service charge "
         "year end", "Property Manager", "Registered in England and Wales."),
        ("Marlow Fenwick Chartered Surveyors Ltd", "Re: Your instruction - boundary survey",
         "Senior Surveyor", "Regulated by RICS."),
    ))  # fmt: skip
    firm = d.org(firm_name)
    day = meeting_day(rng)
    signer, copy = d.people(2)
    addressee = d.woman()
    surname = addressee.split()[-1]
    shown = d.day(day, "issue", english(day, rng))
    head = [firm, "14 Cathedral Yard, Exeter EX1 1HB", "T 01392 555 014  |  www.example.co.uk"]
    ours = d.w.own_number(ref(rng, "AA/9999/99"))
    blocks: list[Block] = [
        ("lines", head),
        ("columns", [(f"Our ref: {ours}", f"Your ref: {ref(rng, 'AAA 999')}"),
                     ("", shown)]),
        ("lines", [f"Ms {addressee}", f"{rng.randint(2, 90)} Larkspur Close", "Taunton",
                   "TA1 4QS"]),
        ("lines", [f"Dear Ms {surname},"]),
        ("para", subject),
        ("para", "Thank you for your letter. We have now reviewed the papers you sent and "
                 "enclose our note of the position. Our fee of "
                 f"{d.money(rng.randint(4, 20) * 50.0)} plus VAT remains as quoted."),
        ("para", "Please do not hesitate to contact the writer if you have any questions."),
        ("lines", ["Yours sincerely,", "", "", signer, job,
                   f"For and on behalf of {firm}", "", f"cc: {copy}"]),
        ("lines", [f"Company No. {rng.randint(3000000, 9999999):08d}. {footer}"]),
    ]  # fmt: skip
    return blocks, d.w


def us_letter(rng: random.Random) -> tuple[list[Block], Writer]:
    """An American business letter: the date first under the letterhead, an inside address
    with a company, "Re: Account No.", "Sincerely," and the signer's title."""
    d = Doc(rng, "us")
    firm = d.org(rng.choice(("Harmon Kessler Insurance Agency, Inc.", "Bluewater Title Co. LLC")))
    customer = d.org(rng.choice(("Tri-County Dental Group, P.C.", "Pinehurst Landscaping LLC")))
    day = meeting_day(rng)
    signer, addressee = d.people(2)
    shown = d.day(day, "issue", rng.choice((words(day, "us"), f"{day.month}/{day.day}/{day.year}")))
    blocks: list[Block] = [
        ("lines", [firm, "1180 Commerce Parkway, Suite 300", "Columbus, OH 43215"]),
        ("lines", [shown]),
        ("lines", [addressee, customer, "77 West Main Street", "Lancaster, OH 43130"]),
        ("para", f"Re: Policy No. {ref(rng, 'CPP-9999999')} - renewal"),
        ("para", f"Dear {addressee.split()[0]}:"),
        ("para", "Your commercial package policy renews next month. The renewal premium is "
                 f"{d.money(rng.randint(2000, 9000) + 0.0)}, payable in full or in installments. "
                 "Please review the enclosed summary and call me with any changes."),
        ("lines", ["Sincerely,", "", signer, "Account Executive"]),
        ("lines", ["Enclosure"]),
    ]  # fmt: skip
    return blocks, d.w


def brief(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German letter after DIN 5008: the sender's return line over the window address,
    an information block (Ihr Zeichen, Unser Zeichen, Kundennummer), "Ort, den Datum",
    Betreff, "Sehr geehrte Frau ...", "Mit freundlichen Grüßen" and "i. A."."""
    d = Doc(rng, "de")
    firm_name, subject, what = rng.choice((
        ("Stadtwerke Neuenburg GmbH", "Anpassung Ihrer monatlichen Abschlagszahlung",
         "Ihr monatlicher Abschlag"),
        ("Wohnbau Lahntal eG", "Mieterhöhung nach § 558 BGB", "Ihre monatliche Nettokaltmiete"),
        ("Hausverwaltung Körner & Partner GmbH", "Anpassung der Betriebskostenvorauszahlung",
         "Ihre monatliche Vorauszahlung"),
    ))  # fmt: skip
    firm = d.org(firm_name)
    day = meeting_day(rng)
    signer, addressee = d.people(1)[0], d.woman()
    city = rng.choice(("Berlin", "Gießen", "Freiburg"))
    written = rng.choice((dotted(day), words(day, "de")))
    shown = f"{city}, {rng.choice(('den ', ''))}{d.day(day, 'issue', written)}"
    info = [
        ("Ihr Zeichen", ref(rng, "AA-99")),
        ("Unser Zeichen", ref(rng, "AA/aa")),
        ("Kundennummer", ref(rng, "9999999")),
        ("Telefon", "0641 555-2270"),
    ]
    blocks: list[Block] = [
        ("lines", [f"{firm} · Postfach 11 02 · 35390 Gießen"]),
        ("columns", [(left, f"{a}: {b}") for left, (a, b) in zip(
            (f"Frau {addressee}", "Birkenweg 12", "35394 Gießen", ""), info, strict=True)]),
        ("lines", [_flush(shown)]),
        ("para", f"Betreff: {subject}"),
        ("lines", [f"Sehr geehrte Frau {addressee.split()[-1]},"]),
        ("para", f"wir teilen Ihnen mit, dass sich {what} ab dem übernächsten "
                 f"Monat auf {d.money(rng.randint(40, 160) + 0.0)} ändert. Bei Fragen "
                 "erreichen Sie uns montags bis freitags von 8 bis 18 Uhr."),
        ("lines", ["Mit freundlichen Grüßen", "", f"i. A. {signer}", "Kundenservice"]),
        ("lines", ["Sitz: Gießen · Amtsgericht Gießen HRB " + str(rng.randint(1000, 9999))]),
    ]  # fmt: skip
    return blocks, d.w


def amt(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German authority's letter: the office as letterhead, "Aktenzeichen" and "Datum"
    in a column, a deadline for a reply (no due date of a bill), the clerk's name."""
    d = Doc(rng, "de")
    office_name, town = rng.choice(
        (
            ("Landratsamt Ostalbkreis", "73430 Aalen"),
            ("Bezirksamt Pankow von Berlin", "13187 Berlin"),
            ("Stadt Bietigheim-Bissingen", "74321 Bietigheim-Bissingen"),
        )
    )
    office = d.org(office_name)
    day = meeting_day(rng)
    clerk, addressee = d.people(1)[0], d.man()
    shown = d.day(day, "issue", dotted(day))
    blocks: list[Block] = [
        ("lines", [office, "Bauordnungsamt", ""]),
        ("columns", [(f"Herrn {addressee}", f"Aktenzeichen: {ref(rng, '99-999.99/99')}"),
                     ("Lindenstraße 4", f"Bearbeiter: {clerk}"),
                     (town, f"Datum: {shown}")]),
        ("para", "Bauantrag: Errichtung eines Carports, Flurstück " + str(rng.randint(100, 999))),
        ("para", "Anhörung nach § 28 Verwaltungsverfahrensgesetz"),
        ("lines", [f"Sehr geehrter Herr {addressee.split()[-1]},"]),
        ("para", "zu Ihrem Antrag fehlen noch ein Lageplan und die Zustimmung des Nachbarn. "
                 f"Bitte reichen Sie die Unterlagen bis zum {dotted(day + dt.timedelta(days=28))} "
                 "ein. Die Gebühr beträgt voraussichtlich "
                 f"{d.money(rng.randint(80, 400) + 0.0)}."),
        ("lines", ["Mit freundlichen Grüßen", "Im Auftrag", "", clerk]),
    ]  # fmt: skip
    return blocks, d.w


def lettre(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French business letter: the sender top left, the addressee to the right, "Paris,
    le 3 mars 2026", "N/Réf." and "V/Réf.", "Objet :", "Madame," and "Veuillez agréer"."""
    d = Doc(rng, "fr")
    firm_name, subject, body = rng.choice((
        ("Cabinet Roussel Immobilier SARL", "régularisation des charges locatives",
         "le solde de la régularisation des charges s'élève à"),
        ("Déménagements Fontaine et Fils SAS", "confirmation de votre déménagement",
         "le montant forfaitaire retenu pour votre déménagement s'élève à"),
    ))  # fmt: skip
    firm = d.org(firm_name)
    day = meeting_day(rng)
    signer, addressee = d.man(), d.woman()
    city, street, town = rng.choice(
        (
            ("Lyon", "12, rue des Tanneurs", "69002 Lyon"),
            ("Nantes", "4, quai de la Fosse", "44000 Nantes"),
        )
    )
    shown = d.day(day, "issue", words(day, "fr"))
    ours = d.w.own_number(ref(rng, "AA/999"))
    blocks: list[Block] = [
        ("columns", [(firm, ""), (street, f"Madame {addressee}"),
                     (town, "8, allée des Acacias"), ("SIRET 512 345 678 00021",
                                                      "69300 Caluire-et-Cuire")]),
        ("lines", [_flush(f"{city}, le {shown}")]),
        ("lines", [f"N/Réf. : {ours}", f"V/Réf. : dossier {ref(rng, '9999')}"]),
        ("para", f"Objet : {subject}"),
        ("lines", ["Madame,"]),
        ("para", f"Suite à notre entretien téléphonique, nous vous confirmons que {body} "
                 f"{d.money(rng.randint(150, 900) + 0.5)} TTC. Nous restons à "
                 "votre disposition pour tout renseignement complémentaire."),
        ("para", "Veuillez agréer, Madame, l'expression de nos salutations distinguées."),
        ("lines", [signer, "Gérant"]),
    ]  # fmt: skip
    return blocks, d.w


def brief_nl(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Dutch letter: "Ons kenmerk", "Uw kenmerk", "Datum" in a block, "Betreft",
    "Geachte heer ...", "Met vriendelijke groet"."""
    d = Doc(rng, "nl")
    firm = d.org(rng.choice(("Woonstichting De Linie", "Woningcorporatie Eemvallei")))
    day = meeting_day(rng)
    signer, addressee = d.people(1)[0], d.man()
    shown = d.day(day, "issue", rng.choice((words(day, "nl"), f"{day.day}-{day.month}-{day.year}")))
    blocks: list[Block] = [
        ("lines", [firm, "Postbus 412", "3800 AK Amersfoort"]),
        ("lines", [f"De heer {addressee}", "Kastanjelaan 19", "3817 BD Amersfoort"]),
        ("kv", [("Datum", shown), ("Ons kenmerk", d.w.own_number(ref(rng, "AA-99-9999"))),
                ("Uw kenmerk", ref(rng, "999999")), ("Betreft", "jaarlijkse huuraanpassing")]),
        ("lines", [f"Geachte heer {addressee.split()[-1]},"]),
        ("para", "Per 1 juli wijzigt uw huur. De nieuwe kale huur bedraagt "
                 f"{d.money(rng.randint(600, 1100) + 0.45)} per maand. U kunt tot zes weken "
                 "na ontvangst van deze brief bezwaar maken."),
        ("lines", ["Met vriendelijke groet,", "", signer, "Afdeling Verhuur"]),
    ]  # fmt: skip
    return blocks, d.w


def carta(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish business letter: "Madrid, 3 de marzo de 2026", "N/Ref." and "S/Ref.",
    "Asunto:", "Estimada Sra. ...:", "Atentamente,"."""
    d = Doc(rng, "es")
    firm_name, subject, body = rng.choice((
        ("Gestoría Montalbán y Asociados S.L.", "presentación del modelo 303",
         "hemos presentado la autoliquidación del trimestre, con un resultado a ingresar de"),
        ("Seguros Levante Mutua", "renovación de su póliza de hogar",
         "su póliza se renovará automáticamente, con una prima anual de"),
    ))  # fmt: skip
    firm = d.org(firm_name)
    day = meeting_day(rng)
    signer, addressee = d.people(1)[0], d.woman()
    shown = d.day(day, "issue", words(day, "es"))
    ours = d.w.own_number(ref(rng, "AA-9999"))
    blocks: list[Block] = [
        ("lines", [firm, "C/ Colón, 18, 3º", "46004 Valencia", "CIF B-46123456"]),
        ("lines", [f"Sra. D.ª {addressee}", "Avda. del Puerto, 201", "46023 Valencia"]),
        ("lines", [_flush(f"Valencia, {shown}")]),
        ("lines", [f"N/Ref.: {ours}", f"S/Ref.: {ref(rng, '99/9999')}"]),
        ("para", f"Asunto: {subject}"),
        ("lines", [f"Estimada Sra. {addressee.split()[-1]}:"]),
        ("para", f"Le comunicamos que {body} "
                 f"{d.money(rng.randint(300, 3000) + 0.2)}."),
        ("lines", ["Atentamente,", "", signer, "Departamento Fiscal"]),
    ]  # fmt: skip
    return blocks, d.w


def lettera(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Italian letter from an office: "Prot. n." (a register number, not the letter's),
    "Milano, 3 marzo 2026", "Oggetto:", "Gentile Dott.ssa ...", "Cordiali saluti"."""
    d = Doc(rng, "it")
    office = d.org("Comune di Cernusco sul Naviglio")
    day = meeting_day(rng)
    signer, addressee = d.people(1)[0], d.woman()
    city = rng.choice(("Milano", "Cernusco sul Naviglio"))
    shown = d.day(day, "issue", rng.choice((words(day, "it"), dotted(day).replace(".", "/"))))
    blocks: list[Block] = [
        ("lines", [office, "Ufficio Tributi", "Via Tizzoni 2"]),
        ("columns", [(f"Prot. n. {rng.randint(1000, 30000)}/{day.year}", f"{city}, {shown}"),
                     ("", f"Gentile Dott.ssa {addressee}"), ("", "Via Monza 88"),
                     ("", "20063 Cernusco sul Naviglio (MI)")]),
        ("para", "Oggetto: rimborso TARI anno precedente"),
        ("lines", [f"Gentile Dott.ssa {addressee.split()[-1]},"]),
        ("para", "con riferimento alla Sua istanza, Le comunichiamo che è stato disposto il "
                 f"rimborso di {d.money(rng.randint(40, 300) + 0.8)} sul conto da Lei indicato."),
        ("lines", ["Cordiali saluti", "", "Il Responsabile del Servizio", signer]),
    ]  # fmt: skip
    return blocks, d.w


def mailed_letter(rng: random.Random) -> tuple[list[Block], Writer]:
    """A letter sent as an e-mail: the headers, the date and reference at the top of the
    body as the letter had them, the greeting, the closing and the signature with the firm."""
    d = Doc(rng, "en")
    firm_name, subject, job = rng.choice((
        ("Coldharbour Lettings Ltd", "Notice of rent review", "Lettings Manager"),
        ("Ardmore Accountancy Services Ltd", "Engagement letter - revised fees", "Director"),
    ))  # fmt: skip
    firm = d.org(firm_name)
    day = meeting_day(rng)
    signer, addressee = d.people(2)
    mailbox = "".join(ch for ch in signer.lower() if ch.isalpha() or ch == " ").replace(" ", ".")
    shown = d.day(day, "issue", english(day, rng))
    blocks: list[Block] = [
        ("kv", [("From", f"{signer} <{mailbox}@firm.example>"),
                ("To", f"{addressee} <{addressee.split()[0].lower()}@mail.example>"),
                ("Subject", subject)]),
        ("lines", [shown, f"Our ref: {d.w.own_number(ref(rng, 'AA/9999'))}"]),
        ("lines", [f"Dear {addressee.split()[0]},"]),
        ("para", "Further to our conversation, I write to confirm the terms we discussed. The "
                 f"revised monthly amount will be {d.money(rng.randint(500, 2500) + 0.0)} from "
                 "the next period. Please reply to this e-mail to confirm you are happy to "
                 "proceed."),
        ("lines", ["Kind regards,", "", signer, job,
                   firm, "Registered in England No. " + str(rng.randint(4000000, 9999999))]),
    ]  # fmt: skip
    return blocks, d.w


__all__ = [
    "amt", "brief", "brief_nl", "carta", "lettera", "lettre", "mailed_letter", "uk_letter",
    "us_letter",
]  # fmt: skip
