"""Documents of the name-variety set written in German, French, Dutch, Spanish and Italian
the way those countries write them: a letter "z. Hd. Frau Dr. X" / "À l'attention de Mme X" /
"t.a.v. mevrouw X" / "A la atención de D.ª X" / "Alla c.a. della Sig.ra X", its salutation and
its closing ("Mit freundlichen Grüßen", "Cordialement", "Met vriendelijke groet",
"Atentamente", "Cordiali saluti") over the signer; a contract's parties "vertreten durch",
"représentée par", "en nombre y representación de", "vertegenwoordigd door", "rappresentata
da"; minutes with an attendee table headed in the language ("Name | Funktion | Unternehmen");
a bank statement with its account holder labelled in the language or only in the window of
the envelope, the bank named the way its country names banks ("Sparkasse Hohenlohe", "IJssel
Spaarbank", "Caisse d'Épargne Bretagne", "Caja Rural de Teruel", "Banca Popolare di Ravenna")
and the addressee an institution ("Gemeente Zwolle", "Mairie de Saint-Priest").

Its own names, not the cast of :mod:`testbed.evaluation.variety_name_styles`, so the rules
meet names they were not written for.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.commerce_style import Printer, pick_style
from testbed.evaluation.corpus import Block, Writer


@dataclass(frozen=True, slots=True)
class _Language:
    """How one language names and addresses people and firms in business papers."""

    style: str
    people: tuple[str, ...]
    firms: tuple[tuple[str, str], ...]
    institutions: tuple[str, ...]
    banks: tuple[str, ...]
    streets: tuple[str, ...]
    #: honorifics: (woman, man) before a name in an address, and in a salutation
    titles: tuple[str, str]
    attention: str  # "z. Hd. {title} {name}"
    salutation: tuple[str, str]  # to a woman, to a man: "Sehr geehrte Frau {family},"
    closing: str
    subject: str
    represented: str  # "{firm}, vertreten durch {name}, {role}"
    hereafter: str  # '\u2013 nachstehend „{role}“ genannt \u2013'
    roles: tuple[str, str, str]  # client, contractor, a signer's function
    heads: tuple[str, str, str]  # attendee table: name, function, organisation
    minutes: tuple[str, str]  # title, "minutes by" label
    statement: tuple[str, str, str, str]  # title, holder label, IBAN label, closing balance
    #: country code, "date", "chair", a letter's one sentence, a contract's title, "between", "and"
    words: tuple[str, str, str, str, str, str, str]


_LANGUAGES = (
    _Language(
        "de", ("Yannick Berger", "Henrike Voß", "Malte Jürgensen", "Svenja Albers",
               "Lennart Oberländer", "Wiebke Sander"),
        (("Holzbau Reuter", "GmbH"), ("Elbkontor Handels", "KG"), ("Brenner Antriebe", "AG")),
        ("Stadtwerke Lindau", "Turnverein Kirchheim"), ("Sparkasse Hohenlohe",
                                                        "Kreissparkasse Ostalb"),
        ("Lindenstraße 14", "Am Hafen 3"), ("Frau", "Herrn"), "z. Hd. {title} {name}",
        ("Sehr geehrte Frau {family},", "Sehr geehrter Herr {family},"),
        "Mit freundlichen Grüßen", "Betreff: Angebot Wartung",
        "{firm}, {street}, vertreten durch {role} {name},",
        "\u2013 nachstehend „{role}“ genannt \u2013",
        ("Auftraggeber", "Auftragnehmer", "den Geschäftsführer"),
        ("Name", "Funktion", "Unternehmen"), ("Protokoll der Besprechung", "Protokollführer"),
        ("Kontoauszug", "Kontoinhaber", "IBAN", "Neuer Kontostand"),
        ("DE", "Datum", "Vorsitz", "anbei erhalten Sie unser Angebot für die Wartung der Anlagen.",
         "Wartungsvertrag", "zwischen", "und"),
    ),
    _Language(
        "fr", ("Aurélien Dufresne", "Maëlle Garnier", "Baptiste Lemoine", "Solène Roux",
               "Gaspard Moreau", "Inès Chevalier"),
        (("Transports Vidal", "SAS"), ("Boulangerie Marchal", "SARL"), ("Ateliers Rivière", "SA")),
        ("Mairie de Saint-Priest", "Association Les Amis du Rail"),
        ("Caisse d'Épargne Bretagne", "Banque Populaire du Rhône"),
        ("12 rue des Lilas", "4 avenue Foch"), ("Mme", "M."), "À l'attention de {title} {name}",
        ("Madame {family},", "Monsieur {family},"),
        "Veuillez agréer nos salutations distinguées.", "Objet : devis d'entretien",
        "{firm}, dont le siège est situé {street}, représentée par {name}, {role},",
        "ci-après dénommée « le {role} »,", ("Client", "Prestataire", "en sa qualité de gérant"),
        ("Nom", "Fonction", "Société"), ("Compte rendu de la réunion", "Rédacteur"),
        ("Relevé de compte", "Titulaire du compte", "IBAN", "Nouveau solde"),
        ("FR", "Date", "Président", "vous trouverez ci-joint notre devis pour "
         "l'entretien des installations.",
         "Contrat d'entretien", "Entre", "Et"),
    ),
    _Language(
        "nl", ("Jeroen Bakker", "Femke Visser", "Daan van Dijk", "Lotte Mulder",
               "Sander Smit", "Anouk de Boer"),
        (("Bakker Installatietechniek", "B.V."), ("Groenhof Transport", "B.V."),
         ("Noordzee Visserij", "N.V.")),
        ("Gemeente Zwolle", "Stichting Groen Erfgoed"), ("IJssel Spaarbank", "Spaarbank Veluwe"),
        ("Kerkstraat 21", "Havenweg 7"), ("mevrouw", "de heer"), "t.a.v. {title} {name}",
        ("Geachte mevrouw {family},", "Geachte heer {family},"), "Met vriendelijke groet,",
        "Betreft: offerte onderhoud", "{firm}, gevestigd aan de {street}, vertegenwoordigd door "
        "{name}, {role},", "hierna te noemen: „{role}”,", ("Opdrachtgever", "Opdrachtnemer",
                                                           "directeur"),
        ("Naam", "Functie", "Organisatie"), ("Verslag van het overleg", "Notulist"),
        ("Rekeningafschrift", "Rekeninghouder", "IBAN", "Nieuw saldo"),
        ("NL", "Datum", "Voorzitter", "hierbij ontvangt u onze offerte voor het "
         "onderhoud van de installaties.",
         "Onderhoudscontract", "Tussen", "En"),
    ),
    _Language(
        "fr", ("Íñigo Salcedo", "Lucía Montenegro", "Álvaro Ibáñez", "Nerea Etxeberria",
               "Rodrigo Valverde", "Paloma Quintana"),
        (("Construcciones Iriarte", "S.L."), ("Talleres Navarro", "S.A."),
         ("Aceites del Sur", "S.L.")),
        ("Ayuntamiento de Huesca", "Fundación Mar Abierto"),
        ("Caja Rural de Teruel", "Banco Atlántico del Norte"),
        ("Calle Mayor 18", "Avenida de la Paz 42"), ("D.ª", "D."),
        "A la atención de {title} {name}",
        ("Estimada Sra. {family}:", "Estimado Sr. {family}:"), "Atentamente,",
        "Asunto: presupuesto de mantenimiento", "{firm}, con domicilio en {street}, "
        "representada por {name}, {role},", "(en adelante, «el {role}»),",
        ("Cliente", "Proveedor", "en calidad de administrador"), ("Nombre", "Cargo", "Empresa"),
        ("Acta de la reunión", "Secretario"),
        ("Extracto de cuenta", "Titular", "IBAN", "Saldo final"),
        ("ES", "Fecha", "Presidente", "le remitimos adjunto nuestro presupuesto "
         "para el mantenimiento de las instalaciones.",
         "Contrato de mantenimiento", "Reunidos", "Y"),
    ),
    _Language(
        "fr", ("Lorenzo Bianchi", "Chiara Colombo", "Matteo Ferri", "Giulia Marchetti",
               "Tommaso Greco", "Federica Rinaldi"),
        (("Officine Brambilla", "S.r.l."), ("Lanificio Sella", "S.p.A."),
         ("Trasporti Gallo", "S.r.l.")),
        ("Comune di Cremona", "Associazione Culturale Il Ponte"),
        ("Banca Popolare di Ravenna", "Cassa di Risparmio di Asti"),
        ("Via Roma 27", "Corso Vittorio Emanuele 112"), ("Sig.ra", "Sig."),
        "Alla c.a. {title} {name}", ("Gentile Sig.ra {family},", "Gentile Sig. {family},"),
        "Cordiali saluti", "Oggetto: preventivo di manutenzione",
        "{firm}, con sede in {street}, rappresentata da {name}, {role},",
        "(di seguito «il {role}»),", ("Committente", "Fornitore", "amministratore delegato"),
        ("Nome", "Ruolo", "Azienda"), ("Verbale della riunione", "Segretario"),
        ("Estratto conto", "Intestatario", "IBAN", "Saldo finale"),
        ("IT", "Data", "Presidente", "in allegato Le inviamo il nostro preventivo "
         "per la manutenzione degli impianti.",
         "Contratto di manutenzione", "Tra", "E"),
    ),
)  # fmt: skip


#: A statement's postings: a direct debit and a transfer in, by the bank's country.
_POSTINGS = {
    "DE": ("Lastschrift", "Gutschrift", "Buchungstext", "Betrag EUR"),
    "FR": ("prélèvement", "virement reçu", "Libellé", "Montant EUR"),
    "NL": ("incasso", "bijschrijving", "Omschrijving", "Bedrag EUR"),
    "ES": ("adeudo", "abono", "Concepto", "Importe EUR"),
    "IT": ("addebito", "bonifico", "Descrizione", "Importo EUR"),
}  # fmt: skip


def _day(rng: random.Random) -> dt.date:
    return dt.date(2026, 2, 2) + dt.timedelta(days=rng.randrange(0, 280))


def _draw(rng: random.Random, variant: int) -> tuple[_Language, Printer, list[str]]:
    language = _LANGUAGES[variant % len(_LANGUAGES)]
    p = Printer(rng, pick_style(rng, (language.style,)))
    p.date_style = "dmy_dot" if language.style == "de" else rng.choice(("dmy_slash", "dmy_dash"))
    people = list(language.people)
    rng.shuffle(people)
    return language, p, people


def letter_abroad(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A letter from a firm to an institution or a firm, for the attention of a person,
    greeted and signed in the language."""
    lang, p, people = _draw(rng, variant)
    w = p.w
    firm = w.org(rng.choice(lang.firms), dot=True)
    to = w.plain_org(rng.choice(lang.institutions))
    woman = variant % 2 == 0
    # the names alternate a man's and a woman's: the addressee is greeted as who they are
    addressee = w.person(rng.choice(lang.people[1::2] if woman else lang.people[0::2]))
    signer = w.person(next(name for name in people if name != addressee))
    title = lang.titles[0 if woman else 1]
    family = addressee.split()[-1]
    return [
        ("lines", [f"{firm} · {lang.streets[0]}"]),
        ("lines", [to, lang.attention.format(title=title, name=addressee), lang.streets[1]]),
        ("lines", [p.day(_day(rng), "issue")]),
        ("lines", [lang.subject]),
        ("para", lang.salutation[0 if woman else 1].format(family=family)),
        ("para", lang.words[3][:1].upper() + lang.words[3][1:]),
        ("lines", [lang.closing, "", signer, firm]),
    ], w  # fmt: skip


def contract_abroad(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A contract's parties, each a firm represented by a person, defined in the language's
    quotation marks, and the two signatures under the firms."""
    lang, p, people = _draw(rng, variant)
    w = p.w
    firms = list(lang.firms)
    rng.shuffle(firms)
    client, contractor = w.org(firms[0], dot=True), w.org(firms[1], dot=True)
    first, second = w.person(people[0]), w.person(people[1])
    client_role, contractor_role, function = lang.roles
    return [
        ("title", lang.words[4].upper() if variant % 2 else lang.words[4]),
        ("para", lang.words[5]),
        ("para", lang.represented.format(firm=client, street=lang.streets[0], name=first,
                                         role=function)),
        ("para", lang.hereafter.format(role=client_role)),
        ("para", lang.words[6]),
        ("para", lang.represented.format(firm=contractor, street=lang.streets[1], name=second,
                                         role=function)),
        ("para", lang.hereafter.format(role=contractor_role)),
        ("columns", [(client_role, contractor_role), (client, contractor), (first, second)]),
    ], w  # fmt: skip


def minutes_table_abroad(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """Minutes held by an institution: a table of attendees headed in the language, the
    minute-taker labelled."""
    lang, p, people = _draw(rng, variant)
    w = p.w
    body = w.plain_org(lang.institutions[variant % 2])
    firm = w.org(rng.choice(lang.firms), dot=True)
    here = [w.person(name) for name in people[:3]]
    rows = [list(lang.heads)]
    rows += [
        [name, role, org]
        for name, role, org in zip(
            here, (lang.words[2], lang.roles[0], lang.roles[1]), (body, body, firm), strict=True
        )
    ]
    return [
        ("title", f"{lang.minutes[0]} {p.day(_day(rng), 'issue')}"),
        ("lines", [body]),
        ("table", rows),
        ("para", f"{lang.minutes[1]}: {w.person(people[3])}"),
    ], w  # fmt: skip


def statement_abroad(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A bank statement: the bank the way its country names banks, the holder labelled (or
    only in the window of the envelope), the IBAN as the statement's number."""
    lang, p, people = _draw(rng, variant)
    w = p.w
    bank = w.plain_org(lang.banks[variant % 2])
    holder = w.person(people[0])
    title, holder_label, iban_label, closing = lang.statement
    country, date_word = lang.words[:2]
    w.number = (
        f"{country}{rng.randint(10, 99)} 6005 0101 {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)} 00"
    )
    balance = round(rng.uniform(900, 4000), 2)
    issued = _day(rng)
    debit, credit, details, amount = _POSTINGS[country]
    rows: list[list[str]] = []
    for days, detail, value in (
        (21, f"SEPA {debit}", -round(rng.uniform(20, 400), 2)),
        (9, f"SEPA {credit}", round(rng.uniform(500, 2500), 2)),
    ):
        rows.append([p.day(issued - dt.timedelta(days=days), None), detail, p.money(value)])
        p.item(detail, None, None, value)
        balance = round(balance + value, 2)
    head = [("lines", [bank, lang.streets[0]])]
    window = [("lines", [holder, lang.streets[1]])] if variant % 3 == 2 else []
    fields = [(holder_label, holder)] if variant % 3 != 2 else []
    return [
        *head, *window,
        ("title", title),
        ("kv", [*fields, (iban_label, w.key("documentNumber", w.number)),
                (date_word, p.day(issued, "issue"))]),
        ("table", [[date_word, details, amount], *rows]),
        ("kv", [(closing, p.total(balance))]),
    ], w  # fmt: skip


#: A mail program's printout, by language: from, sent, to, subject, a greeting, a closing.
_MAIL = (
    ("Von", "Gesendet", "An", "Betreff", "Hallo {given},", "Viele Grüße"),
    ("De", "Envoyé", "À", "Objet", "Bonjour {given},", "Bien à vous,"),
    ("Van", "Verzonden", "Aan", "Onderwerp", "Hoi {given},", "Groeten,"),
    ("De", "Enviado el", "Para", "Asunto", "Hola {given}:", "Un saludo,"),
    ("Da", "Inviato", "A", "Oggetto", "Ciao {given},", "Saluti,"),
)


def mail_abroad(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """An e-mail as a mail program prints it in the language: the sender with a mailbox,
    the recipients in register order ("Berger, Yannick; Voß, Henrike"), a first-name
    greeting and the signer's name and firm under an informal closing."""
    lang, p, people = _draw(rng, variant)
    w = p.w
    sender, first, second = (w.person(name) for name in people[:3])
    firm = w.org(rng.choice(lang.firms), dot=True)
    sent, to, subject, greeting, closing = _MAIL[variant % len(_MAIL)][1:]
    mailbox = f"{sender.split()[0][0].lower()}.{sender.split()[-1].lower()}@mail.example"

    def listed(name: str) -> str:
        return f"{name.rsplit(maxsplit=1)[-1]}, {' '.join(name.split()[:-1])}"

    issued = _day(rng)
    stamp = f"{p.day(issued, 'issue')} {rng.randint(8, 18)}:{rng.choice(('05', '20', '47'))}"
    return [
        ("lines", [f"{_MAIL[variant % len(_MAIL)][0]}: {sender} <{mailbox}>",
                   f"{sent}: {stamp}", f"{to}: {listed(first)}; {listed(second)}",
                   f"{subject}: {lang.subject.split(':')[-1].strip()}"]),
        ("para", greeting.format(given=first.split()[0])),
        ("para", lang.words[3][:1].upper() + lang.words[3][1:]),
        ("lines", [closing, sender, firm]),
    ], w  # fmt: skip


__all__ = [
    "contract_abroad",
    "letter_abroad",
    "mail_abroad",
    "minutes_table_abroad",
    "statement_abroad",
]
