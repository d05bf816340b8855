"""Letters, contracts and meeting minutes as people write them, for the world generators
(:mod:`testbed.evaluation.variety_world`).

Letters: a German business letter (the sender in one line over the address window, the
date after the place, "Betreff", the amounts in a sentence), a French one ("Paris, le 4
mars 2026", "Objet :") and an English payment reminder dated by a bare date under the
letterhead. Contracts: a German "Dienstleistungsvertrag" whose term is in its own
paragraph, an English tenancy agreement ("commencing on ... and ending on ..."). Minutes:
English trustees' minutes dated in the heading's sentence ("Present: A (Chair), B, C",
"In attendance", "Apologies"), Dutch "Notulen" ("Aanwezig", "Afwezig met bericht",
"Notulist") and a German "Protokoll" ("Teilnehmende"). The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.figure_locale import WEEKDAYS
from testbed.evaluation.variety_world_style import firm, sheet, someday, when


def brief(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German business letter announcing a rent increase: the date after the place, no
    label; the old and new rent in the sentence; the new rent's start as its effective
    date."""
    s, _ = sheet(rng, "de")
    written = someday(rng)
    start = dt.date(written.year + (written.month > 9), (written.month + 2) % 12 + 1, 1)
    landlord = firm(s, rng.choice(("Wohnbau Isartal", "Hausverwaltung Rieder")), "GmbH")
    tenant = s.w.person(rng.choice(("Katrin Vogel", "Martin Schreiber")))
    clerk = s.w.person(rng.choice(("Ulrike Brandl", "Florian Hager")))
    old = rng.choice((780.0, 845.0, 910.0))
    new = round(old * 1.05, 2)
    salute = "Frau" if tenant.startswith("K") else "Herr"
    blocks: list[Block] = [
        ("lines", [f"{landlord} · Leopoldstraße 60 · 80802 München"]),
        (
            "lines",
            [
                f"{salute} {tenant}" if salute == "Frau" else f"Herrn {tenant}",
                "Schleißheimer Str. 141",
                "80797 München",
            ],
        ),
        ("lines", [f"München, {s.day(written, 'issue', when(written, 'long-de'))}"]),
        ("lines", ["Betreff: Anpassung der Nettokaltmiete gemäß § 558 BGB"]),
        ("para", f"Sehr geehrte{'' if salute == 'Frau' else 'r'} {salute} {tenant.split()[-1]},"),
        (
            "para",
            f"die Nettokaltmiete für Ihre Wohnung beträgt derzeit {s.money(old)} monatlich. "
            f"Wir bitten Sie, einer Erhöhung auf {s.money(new)} mit Wirkung zum "
            f"{s.day(start, 'effective', when(start, 'dot'))} zuzustimmen.",
        ),
        ("para", "Für Rückfragen stehen wir Ihnen gern zur Verfügung."),
        ("lines", ["Mit freundlichen Grüßen", "", clerk, landlord]),
    ]
    return blocks, s.w


def lettre(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French letter terminating a contract: "Paris, le 4 mars 2026", "Objet :", the
    contract number, the end date in the sentence, the formal closing."""
    s, _ = sheet(rng, "fr")
    written = someday(rng)
    end = written + dt.timedelta(days=30)
    sender = s.w.person(rng.choice(("Claire Dubois", "Antoine Lefèvre")))
    company = firm(s, rng.choice(("Assurances Mutuelles du Rhône", "Télécom Horizon")), "SA")
    blocks: list[Block] = [
        ("lines", [sender, "27 rue Oberkampf", "75011 Paris"]),
        ("lines", [company, "Service résiliations", "BP 4410", "69401 Lyon Cedex 03"]),
        ("lines", [f"Paris, le {s.day(written, 'issue', when(written, 'long-fr'))}"]),
        (
            "lines",
            [
                f"Objet : Résiliation du contrat n° {rng.randint(10**6, 10**7 - 1)}",
                "Lettre recommandée avec accusé de réception",
            ],
        ),
        ("para", "Madame, Monsieur,"),
        (
            "para",
            "Par la présente, je vous informe de ma décision de résilier le contrat cité en "
            "référence. Conformément aux conditions générales, le contrat prendra fin le "
            f"{s.day(end, 'end', when(end, 'long-fr'))}.",
        ),
        (
            "para",
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        ),
        ("lines", [sender]),
    ]
    return blocks, s.w


def reminder(rng: random.Random) -> tuple[list[Block], Writer]:
    """An English payment reminder: a bare date under the letterhead, the overdue invoice
    and its amount in a sentence, "by" a date to pay (its due date)."""
    s, loc = sheet(rng, rng.choice(("uk", "us", "au")))
    written = someday(rng)
    due = written + dt.timedelta(days=7)
    style = {"uk": "long-en", "us": "us_long", "au": "dmy"}[loc.name]
    sender = firm(s, rng.choice(("Brightmoor Accountancy", "Lowther Print & Design")), "Ltd")
    debtor = firm(s, rng.choice(("Quayside Cafés", "Hartley Removals")), "Ltd")
    person = s.w.person(rng.choice(("Mr Daniel Osei", "Ms Fiona Campbell")).split(" ", 1)[1])
    signer = s.w.person(rng.choice(("Rachel Whitmore", "Imran Qureshi")))
    invoice = f"{rng.randint(2000, 4999)}"
    amount = round(rng.uniform(300, 4000), 2)
    blocks: list[Block] = [
        ("lines", [sender, "3 Chapel Yard, Kendal LA9 4BT", "accounts@post.example"]),
        ("lines", [s.day(written, "issue", when(written, style))]),
        ("lines", [person, debtor, "9 Mill Street", "Penrith CA11 7HQ"]),
        ("para", f"Dear {person.split()[0]},"),
        (
            "para",
            f"Our records show that invoice {invoice} for {s.money(amount)} is now overdue. "
            "We would be grateful if you could arrange payment by "
            f"{s.day(due, 'due', when(due, style))}. If you have already paid, please "
            "disregard this letter.",
        ),
        ("lines", ["Yours sincerely,", "", signer, "Credit Control"]),
    ]
    return blocks, s.w


def vertrag(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German service contract: "zwischen ... (nachfolgend „Auftraggeber") und ...",
    "§ 4 Vertragslaufzeit" with its start and end dates, the monthly fee "zzgl. USt.", blank
    place-and-date lines over the signatures."""
    s, _ = sheet(rng, "de")
    start = dt.date(2025 + rng.randint(0, 1), rng.randint(1, 12), 1)
    end = dt.date(start.year + rng.choice((1, 2)), start.month, 1) - dt.timedelta(days=1)
    client = firm(s, rng.choice(("Stadtwerke Ebersberg", "Klinikum am Inn")), "GmbH")
    provider = firm(s, rng.choice(("Gebäudereinigung Huber", "Sicherheitsdienst Falk")), "GmbH")
    signers = [
        s.w.person(n)
        for n in rng.sample(
            ("Dr. Ingrid Sauer", "Bernd Holzer", "Tanja Wimmer", "Klaus Obermaier"), 2
        )
    ]
    fee = rng.choice((2400.0, 3850.0, 5120.0))
    blocks: list[Block] = [
        ("title", "Dienstleistungsvertrag"),
        (
            "para",
            f"zwischen der {client}, Bahnhofplatz 1, 85560 Ebersberg (nachfolgend "
            f"„Auftraggeber“) und der {provider}, Gewerbestraße 12, 85435 Erding "
            "(nachfolgend „Auftragnehmer“)",
        ),
        ("heading", "§ 1 Vertragsgegenstand"),
        ("para", "Der Auftragnehmer erbringt die in Anlage 1 beschriebenen Leistungen."),
        ("heading", "§ 3 Vergütung"),
        (
            "para",
            f"Die Vergütung beträgt monatlich {s.money(fee)} zzgl. der gesetzlichen "
            "Umsatzsteuer und ist jeweils zum Monatsende fällig.",
        ),
        ("heading", "§ 4 Vertragslaufzeit"),
        (
            "para",
            f"Der Vertrag beginnt am {s.day(start, 'effective', when(start, 'dot'))} und endet "
            f"am {s.day(end, 'end', when(end, 'dot'))}, ohne dass es einer Kündigung bedarf.",
        ),
        (
            "columns",
            [
                ("Ort, Datum: ____________", "Ort, Datum: ____________"),
                ("Für den Auftraggeber", "Für den Auftragnehmer"),
                (signers[0], signers[1]),
            ],
        ),
    ]
    return blocks, s.w


def tenancy(rng: random.Random) -> tuple[list[Block], Writer]:
    """An English tenancy agreement: the landlord a company, two tenants, "The Term ...
    commencing on ... and ending on ...", the rent in words and figures."""
    s, loc = sheet(rng, rng.choice(("uk", "us")))
    start = someday(rng).replace(day=1)
    end = dt.date(start.year + 1, start.month, 1) - dt.timedelta(days=1)
    style = "en_ord" if loc.name == "uk" else "us_long"
    landlord = firm(s, rng.choice(("Beacon Lettings", "Parkside Residential")), "Ltd")
    tenants = [
        s.w.person(n)
        for n in rng.sample(
            ("Sophie Turner-Hale", "James Okafor", "Ellie Marsh", "Tomasz Nowicki"), 2
        )
    ]
    rent = rng.choice((1250.0, 1475.0, 1850.0))
    words = {
        1250.0: "one thousand two hundred and fifty",
        1475.0: "one thousand four hundred and seventy-five",
        1850.0: "one thousand eight hundred and fifty",
    }[rent]
    blocks: list[Block] = [
        (
            "title",
            "ASSURED SHORTHOLD TENANCY AGREEMENT"
            if loc.name == "uk"
            else "RESIDENTIAL LEASE AGREEMENT",
        ),
        (
            "kv",
            [
                ("The Landlord", landlord),
                ("The Tenants", f"{tenants[0]} and {tenants[1]}"),
                ("The Property", "Flat 5, 22 Regent Terrace"),
            ],
        ),
        (
            "para",
            f"1. The Term. The tenancy is for a fixed term of twelve months commencing on "
            f"{s.day(start, 'effective', when(start, style))} and ending on "
            f"{s.day(end, 'end', when(end, style))}.",
        ),
        (
            "para",
            f"2. Rent. The Tenants shall pay rent of {words} "
            f"{'pounds' if loc.name == 'uk' else 'dollars'} ({s.money(rent)}) per calendar "
            "month, in advance, on the first day of each month.",
        ),
        ("para", f"3. Deposit. A deposit of {s.money(rent * 1.0)} is payable on signing."),
        (
            "columns",
            [
                ("Signed by the Landlord", "Signed by the Tenants"),
                (f"for {landlord}", f"{tenants[0]}, {tenants[1]}"),
            ],
        ),
    ]
    return blocks, s.w


def trustees(rng: random.Random) -> tuple[list[Block], Writer]:
    """English trustees' minutes: the date in the heading's sentence with its weekday,
    "Present: A (Chair), B, C", "In attendance: D (Clerk)", "Apologies: E"."""
    s, _ = sheet(rng, "uk")
    held = someday(rng)
    charity = s.w.plain_org(
        rng.choice(("Wyre Valley Community Trust", "Friends of Ashdown Library"))
    )
    names = rng.sample(
        (
            "Margaret Ellison",
            "Peter Dunmore",
            "Kofi Mensah",
            "Helen Ashworth",
            "Gwen Parry",
            "Rajesh Nair",
            "Colin Bright",
        ),
        6,
    )
    for name in names:
        s.w.person(name)
    day = f"{WEEKDAYS['en'][held.weekday()]} {s.day(held, 'issue', when(held, 'en_ord'))}"
    grant = rng.choice((2500.0, 4800.0, 12000.0))
    blocks: list[Block] = [
        (
            "title",
            f"Minutes of the meeting of the Board of Trustees of {charity} held on {day} "
            f"at {rng.choice(('6.30pm', '7pm', '10am'))} in the Village Hall",
        ),
        ("para", f"Present: {names[0]} (Chair), {names[1]}, {names[2]}, {names[3]}"),
        ("para", f"In attendance: {names[4]} (Clerk)"),
        ("para", f"Apologies: {names[5]}"),
        ("heading", "1. Minutes of the previous meeting"),
        ("para", "The minutes were agreed as a true record and signed by the Chair."),
        ("heading", "2. Finance"),
        (
            "para",
            f"{names[1].split()[0]} reported a grant of {s.money(grant)} from the county "
            "council. It was resolved to accept the grant.",
        ),
        ("para", "There being no further business the meeting closed at 8.05pm."),
    ]
    return blocks, s.w


def notulen(rng: random.Random) -> tuple[list[Block], Writer]:
    """Dutch minutes: "Notulen ledenvergadering d.d. 4 maart 2026", "Aanwezig:", "Afwezig met
    bericht:", "Notulist:", the actions in a table."""
    s, _ = sheet(rng, "nl")
    held = someday(rng)
    club = s.w.plain_org(
        rng.choice(("Tennisvereniging De Lobbers", "Volkstuinvereniging Ons Belang"))
    )
    names = rng.sample(
        (
            "Jan de Vries",
            "Ingrid Bos",
            "Pieter Smit",
            "Marloes Kok",
            "Ahmed El Amrani",
            "Wouter Dekker",
        ),
        6,
    )
    for name in names:
        s.w.person(name)
    blocks: list[Block] = [
        (
            "title",
            f"Notulen ledenvergadering {club} d.d. {s.day(held, 'issue', when(held, 'long-nl'))}",
        ),
        (
            "kv",
            [
                (
                    "Aanwezig",
                    f"{names[0]} (voorzitter), {names[1]} (penningmeester), {names[2]}, {names[3]}",
                ),
                ("Afwezig met bericht", names[4]),
                ("Notulist", names[5]),
            ],
        ),
        ("heading", "1. Opening"),
        ("para", "De voorzitter opent de vergadering om 20.00 uur en heet iedereen welkom."),
        ("heading", "2. Financiën"),
        (
            "para",
            "De contributie voor volgend jaar wordt vastgesteld op "
            f"{s.money(rng.choice((95.0, 120.0)))}.",
        ),
        (
            "table",
            [
                ["Actie", "Wie"],
                ["Offerte nieuwe verlichting", names[2]],
                ["Nieuwsbrief versturen", names[3]],
            ],
        ),
    ]
    return blocks, s.w


def protokoll(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German meeting record: "Protokoll der Teamsitzung vom 04.03.2026", "Teilnehmende:"
    one name a line, "Protokoll:", the decisions as bullets."""
    s, _ = sheet(rng, "de")
    held = someday(rng)
    company = firm(s, rng.choice(("Kessler Medientechnik", "Brunnhuber Logistik")), "GmbH")
    names = rng.sample(
        ("Anja Köhler", "Sebastian Roth", "Melanie Graf", "Yusuf Demir", "Lena Hartmann"), 4
    )
    for name in names:
        s.w.person(name)
    blocks: list[Block] = [
        ("title", f"Protokoll der Teamsitzung vom {s.day(held, 'issue', when(held, 'dot'))}"),
        ("lines", [company, "Ort: Besprechungsraum 2", "Beginn: 09:30 Uhr, Ende: 10:45 Uhr"]),
        ("heading", "Teilnehmende"),
        ("bullets", names[:3]),
        ("lines", [f"Protokoll: {names[3]}"]),
        ("heading", "Beschlüsse"),
        (
            "bullets",
            [
                f"Das Budget für die Messe wird auf {s.money(rng.choice((18000.0, 25000.0)))} "
                "festgelegt.",
                f"{names[1].split()[0]} klärt die Standgröße bis zur nächsten Sitzung.",
            ],
        ),
    ]
    return blocks, s.w


__all__ = ["brief", "lettre", "notulen", "protokoll", "reminder", "tenancy", "trustees", "vertrag"]
