"""Contracts as firms, landlords and employers write them, for
:mod:`testbed.evaluation.variety_meetings`: service agreements, an NDA, leases, an
employment contract and a software order form, in English, German, French, Dutch, Spanish
and Italian.

The agreement's number stands under the title or in a schedule's table; the date it is made
(the issue date) in the opening words ("THIS AGREEMENT is dated ...", "En Valencia, a ..."),
in the closing "Fait à Lyon, le ..." or at the signatures; the start and the end of the term
in prose ("prend effet le ...", "befristet bis zum ...") or in a table of key details.
Registration numbers, dates of birth and identity numbers are printed beside them, no key
figures.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_meetings_style import Doc, dotted, english, meeting_day, ref, words


def _start(day: dt.date) -> dt.date:
    """The first of the month after next: when a term begins."""
    month = day.month + 2
    return dt.date(day.year + (month > 12), (month - 1) % 12 + 1, 1)


def _end(start: dt.date, years: int) -> dt.date:
    return start.replace(year=start.year + years) - dt.timedelta(days=1)


def services_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """An English services agreement: "THIS AGREEMENT is dated", numbered parties with
    company numbers, defined terms, and a schedule of key details (commencement, expiry,
    charges) under the agreement's number."""
    d = Doc(rng, "en")
    supplier = d.org(rng.choice(("Cloverleaf Facilities Services Ltd", "Tamar Data Centres Ltd")))
    customer = d.org(rng.choice(("Harrowgate Logistics Limited", "Penrose Medical Group Ltd")))
    day = meeting_day(rng)
    start = _start(day)
    end = _end(start, rng.choice((1, 2, 3)))
    number = d.number(ref(rng, "SA-9999-999"))
    a, b = d.people(2)
    blocks: list[Block] = [
        ("title", "SERVICES AGREEMENT"),
        ("lines", [f"Agreement No. {number}"]),
        ("para", f"THIS AGREEMENT is dated {d.day(day, 'issue', english(day, rng))}"),
        ("heading", "PARTIES"),
        ("para", f"(1) {supplier.upper()} incorporated and registered in England and Wales with "
                 f"company number {rng.randint(1000000, 9999999):08d} whose registered office is "
                 "at Unit 4, Marsh Lane, Plymouth PL6 8LN (the \"Supplier\"); and"),
        ("para", f"(2) {customer.upper()} incorporated and registered in England and Wales "
                 f"with company number {rng.randint(1000000, 9999999):08d} whose registered "
                 "office is at 9 Wharf Street, Leeds LS2 7EQ (the \"Customer\")."),
        ("heading", "1. Term"),
        ("para", "This agreement shall commence on the Commencement Date and shall continue "
                 "until the Expiry Date unless terminated earlier in accordance with clause 9."),
        ("heading", "2. Charges"),
        ("para", "The Customer shall pay the Charges monthly in arrears within 30 days of "
                 "receipt of a valid invoice."),
        ("heading", "SCHEDULE 1 - KEY DETAILS"),
        ("table", [["Item", "Detail"],
                   ["Commencement Date", d.day(start, "effective", english(start, rng))],
                   ["Expiry Date", d.day(end, "end", english(end, rng))],
                   ["Charges", f"{d.money(rng.randint(15, 90) * 100.0)} per month plus VAT"],
                   ["Notice period", "three (3) months"]]),
        ("lines", ["", f"Signed by {a}, Director, for and on behalf of {supplier}",
                   "......................................",
                   f"Signed by {b}, Director, for and on behalf of {customer}",
                   "......................................"]),
    ]  # fmt: skip
    return blocks, d.w


def nda_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US mutual NDA: "entered into as of ... (the "Effective Date") by and between",
    a term in years with no end date printed, signature blocks By / Name / Title / Date."""
    d = Doc(rng, "us")
    one = d.org(rng.choice(("Sablewood Robotics, Inc.", "Northgate BioAnalytics, Inc.")))
    two = d.org(rng.choice(("Ferro Capital Partners LLC", "Juniper Ridge Consulting LLC")))
    day = meeting_day(rng)
    a, b = d.people(2)
    effective = d.day(day, "effective", words(day, "us"))
    signed = words(day, "us")
    blocks: list[Block] = [
        ("title", "MUTUAL NON-DISCLOSURE AGREEMENT"),
        ("para", f"This Mutual Non-Disclosure Agreement (this \"Agreement\") is entered into as of "
                 f"{effective} (the \"Effective Date\") by and between {one}, a Delaware "
                 f"corporation, and {two}, a New York limited liability company (each, a "
                 "\"Party\")."),
        ("para", "1. Confidential Information. Each Party may disclose information that is "
                 "marked or identified as confidential at the time of disclosure."),
        ("para", "2. Term. This Agreement shall remain in effect for two (2) years from the "
                 "Effective Date; obligations of confidentiality survive for three (3) years."),
        ("para", "3. Governing Law. This Agreement is governed by the laws of the State of New "
                 "York."),
        ("columns", [(one, two), ("By: ______________________", "By: ______________________"),
                     (f"Name: {a}", f"Name: {b}"), ("Title: Chief Executive Officer",
                                                    "Title: Managing Member"),
                     (f"Date: {d.day(day, 'issue', signed)}", f"Date: {signed}")]),
    ]  # fmt: skip
    return blocks, d.w


def tenancy_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """An English assured shorthold tenancy: particulars as label and value, the term
    beginning and ending on named dates, rent and deposit, the parties as individuals."""
    d = Doc(rng, "en")
    agent = d.org(rng.choice(("Hollis & Crane Lettings Ltd", "Saltmarsh Estates Ltd")))
    day = meeting_day(rng)
    start = _start(day)
    end = _end(start, 1)
    landlord, tenant, second = d.people(3)
    blocks: list[Block] = [
        ("title", "ASSURED SHORTHOLD TENANCY AGREEMENT"),
        ("kv", [("Date of this Agreement", d.day(day, "issue", english(day, rng))),
                ("Landlord", f"{landlord}, c/o {agent}, 3 Fore Street, Truro TR1 2HU"),
                ("Tenant(s)", f"{tenant} and {second}"),
                ("Property", "Flat 2, 41 Lemon Street, Truro TR1 2NS"),
                ("Term", f"12 months beginning on {d.day(start, 'effective', english(start, rng))} "
                         f"and ending on {d.day(end, 'end', english(end, rng))}"),
                ("Rent", f"{d.money(rng.randint(8, 16) * 100.0)} per calendar month, payable "
                         "in advance on the 1st of each month"),
                ("Deposit", f"{d.money(rng.randint(9, 18) * 100 + 0.0)}, protected in a "
                            "government-approved scheme")]),
        ("para", "The Tenant agrees to keep the Property in good and clean condition and not "
                 "to sublet without the Landlord's written consent."),
        ("lines", ["", "Signed by the Landlord's agent: ____________________", "",
                   "Signed by the Tenant(s): ____________________   ____________________"]),
    ]  # fmt: skip
    return blocks, d.w


def arbeitsvertrag(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German fixed-term employment contract: the employer "vertreten durch", the
    employee with a date of birth, "beginnt am", "befristet bis zum", the salary, and
    "Ort, Datum" over the signatures."""
    d = Doc(rng, "de")
    firm = d.org(rng.choice(("Brandauer Haustechnik GmbH", "Mainfranken Logistik GmbH & Co. KG")))
    day = meeting_day(rng)
    start = _start(day)
    end = _end(start, 1)
    boss, worker = d.man(), d.woman()
    born = dt.date(rng.randint(1975, 2001), rng.randint(1, 12), rng.randint(1, 28))
    city = rng.choice(("Würzburg", "Kassel", "Bamberg"))
    blocks: list[Block] = [
        ("title", "Arbeitsvertrag"),
        ("para", f"zwischen der {firm}, vertreten durch den Geschäftsführer {boss}, "
                 "- nachstehend „Arbeitgeber“ genannt -"),
        ("para", f"und Frau {worker}, geboren am {dotted(born)}, wohnhaft Hauptstraße 7, "
                 f"{city} - nachstehend „Arbeitnehmerin“ genannt -"),
        ("para", f"Personalnummer: {rng.randint(10000, 99999)}"),
        ("heading", "§ 1 Beginn und Dauer"),
        ("para", "Das Arbeitsverhältnis beginnt am "
                 f"{d.day(start, 'effective', dotted(start))} und ist befristet bis zum "
                 f"{d.day(end, 'end', dotted(end))}. Die ersten sechs Monate gelten als "
                 "Probezeit."),
        ("heading", "§ 2 Tätigkeit"),
        ("para", "Die Arbeitnehmerin wird als Sachbearbeiterin Disposition eingestellt."),
        ("heading", "§ 3 Vergütung"),
        ("para", "Die Arbeitnehmerin erhält ein monatliches Bruttogehalt von "
                 f"{d.money(rng.randint(30, 52) * 100.0)}, zahlbar jeweils zum Monatsende."),
        ("heading", "§ 4 Urlaub"),
        ("para", "Der Urlaubsanspruch beträgt 28 Arbeitstage im Kalenderjahr."),
        ("lines", ["", f"{city}, {d.day(day, 'issue', dotted(day))}", ""]),
        ("columns", [("______________________", "______________________"),
                     (f"{boss} (Arbeitgeber)", f"{worker} (Arbeitnehmerin)")]),
    ]  # fmt: skip
    return blocks, d.w


def prestation(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French services contract: "Contrat n°", the companies with capital, RCS and
    representative, "ci-après dénommée", "prend effet le ... jusqu'au ...", "Fait à"."""
    d = Doc(rng, "fr")
    provider_name, service = rng.choice(
        (
            ("Nettoyage Lemaire SAS", "l'entretien des locaux du Client deux fois par semaine"),
            ("Informatique Delaunay SARL", "la maintenance du parc informatique du Client"),
        )
    )
    provider = d.org(provider_name)
    client = d.org(rng.choice(("Clinique Vétérinaire des Deux Rives SELARL",
                               "Boulangeries Perrin SAS")))  # fmt: skip
    day = meeting_day(rng)
    start = _start(day)
    end = _end(start, 1)
    a, b = d.man(), d.people(1)[0]
    city = rng.choice(("Lyon", "Grenoble"))
    blocks: list[Block] = [
        ("title", "CONTRAT DE PRESTATION DE SERVICES"),
        ("lines", [f"Contrat n° {d.number(ref(rng, 'CPS-9999-999'))}"]),
        ("para", "ENTRE LES SOUSSIGNÉS :"),
        ("para", f"{provider}, au capital de 10 000 €, immatriculée au RCS de {city} sous le "
                 f"numéro {rng.randint(300, 899)} {rng.randint(100, 999)} {rng.randint(100, 999)}, "
                 f"représentée par {a}, Président, ci-après dénommée « le Prestataire »,"),
        ("para", f"ET {client}, représentée par {b}, ci-après dénommée « le Client »."),
        ("heading", "Article 1 - Objet"),
        ("para", f"Le Prestataire assure {service}."),
        ("heading", "Article 2 - Durée"),
        ("para", "Le présent contrat prend effet le "
                 f"{d.day(start, 'effective', words(start, 'fr'))} pour une durée de douze mois, "
                 f"soit jusqu'au {d.day(end, 'end', words(end, 'fr'))}. Il pourra être renouvelé "
                 "par avenant."),
        ("heading", "Article 3 - Prix"),
        ("para", "Le prix forfaitaire mensuel est fixé à "
                 f"{d.money(rng.randint(4, 30) * 100.0)} HT."),
        ("para", f"Fait à {city}, le {d.day(day, 'issue', words(day, 'fr'))}, en deux "
                 "exemplaires originaux."),
        ("columns", [("Pour le Prestataire", "Pour le Client"), (a, b)]),
    ]  # fmt: skip
    return blocks, d.w


def opdracht(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Dutch contract for services: "Contractnummer", the parties with their KvK numbers
    "hierna te noemen", the start and end dates, signed "te ... op ..."."""
    d = Doc(rng, "nl")
    one = d.org(rng.choice(("Kuipers Groenvoorziening B.V.", "Terpstra ICT Beheer B.V.")))
    two = d.org(rng.choice(("Stichting Zorggroep Eemland", "Gemeente Leusden")))
    day = meeting_day(rng)
    start = _start(day)
    end = _end(start, 2)
    a, b = d.people(2)
    blocks: list[Block] = [
        ("title", "OVEREENKOMST VAN OPDRACHT"),
        ("kv", [("Contractnummer", d.number(ref(rng, "OVK-99-999"))),
                ("Ingangsdatum", d.day(start, "effective", words(start, "nl"))),
                ("Einddatum", d.day(end, "end", words(end, "nl")))]),
        ("para", "De ondergetekenden:"),
        ("para", f"1. {one}, gevestigd te Amersfoort, ingeschreven in het Handelsregister onder "
                 f"nummer {rng.randint(10000000, 99999999)}, hierbij vertegenwoordigd door {a}, "
                 "hierna te noemen: \"Opdrachtnemer\";"),
        ("para", f"2. {two}, hierbij vertegenwoordigd door {b}, hierna te noemen: "
                 "\"Opdrachtgever\";"),
        ("para", "komen overeen dat Opdrachtnemer het onderhoud verzorgt tegen een vergoeding "
                 f"van {d.money(rng.randint(10, 60) * 100.0)} per kwartaal, exclusief btw."),
        ("para", "Aldus overeengekomen en in tweevoud ondertekend te Amersfoort op "
                 f"{d.day(day, 'issue', words(day, 'nl'))}."),
        ("columns", [("Opdrachtnemer", "Opdrachtgever"), (a, b)]),
    ]  # fmt: skip
    return blocks, d.w


def arrendamiento(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish housing lease: "En Valencia, a ...", REUNIDOS with DNI numbers, the term
    "entrará en vigor el día ... finalizando el ...", the rent and the deposit."""
    d = Doc(rng, "es")
    day = meeting_day(rng)
    start = _start(day)
    end = _end(start, 1)
    owner, tenant = d.man(), d.woman()
    city = rng.choice(("Valencia", "Sevilla", "Málaga"))
    rent = rng.randint(6, 14) * 50.0
    blocks: list[Block] = [
        ("title", "CONTRATO DE ARRENDAMIENTO DE VIVIENDA"),
        ("para", f"En {city}, a {d.day(day, 'issue', words(day, 'es'))}."),
        ("heading", "REUNIDOS"),
        ("para", f"De una parte, D. {owner}, mayor de edad, con DNI {ref(rng, '99999999A')}, en "
                 "adelante el ARRENDADOR."),
        ("para", f"De otra parte, D.ª {tenant}, mayor de edad, con DNI {ref(rng, '99999999A')}, "
                 "en adelante la ARRENDATARIA."),
        ("heading", "CLÁUSULAS"),
        ("para", "PRIMERA. Duración. El contrato entrará en vigor el día "
                 f"{d.day(start, 'effective', words(start, 'es'))} y tendrá una duración de un "
                 f"año, finalizando el {d.day(end, 'end', words(end, 'es'))}."),
        ("para", f"SEGUNDA. Renta. La renta mensual es de {d.money(rent)}, pagadera dentro de "
                 "los siete primeros días de cada mes."),
        ("para", f"TERCERA. Fianza. La arrendataria entrega {d.money(rent * 2)} en concepto de "
                 "fianza."),
        ("columns", [("EL ARRENDADOR", "LA ARRENDATARIA"), (owner, tenant)]),
    ]  # fmt: skip
    return blocks, d.w


def locazione(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Italian lease: the parties with their fiscal codes, "decorrenza dal ... e scadenza
    il ...", the yearly rent, and "Letto, approvato e sottoscritto. Torino, ..." at the end."""
    d = Doc(rng, "it")
    day = meeting_day(rng)
    start = _start(day)
    end = _end(start, 4)
    owner, tenant = d.man(), d.woman()
    city = rng.choice(("Torino", "Bologna"))
    blocks: list[Block] = [
        ("title", "CONTRATTO DI LOCAZIONE AD USO ABITATIVO"),
        ("para", f"Con la presente scrittura privata il Sig. {owner}, C.F. "
                 f"{ref(rng, 'AAAAAA99A99A999A')}, di seguito «locatore», concede in locazione "
                 f"alla Sig.ra {tenant}, C.F. {ref(rng, 'AAAAAA99A99A999A')}, di seguito "
                 "«conduttore», l'unità immobiliare sita in Via Po 31, interno 6."),
        ("para", "Art. 1 - La locazione avrà la durata di anni quattro, con decorrenza dal "
                 f"{d.day(start, 'effective', words(start, 'it'))} e scadenza il "
                 f"{d.day(end, 'end', words(end, 'it'))}."),
        ("para", "Art. 2 - Il canone annuo è convenuto in "
                 f"{d.money(rng.randint(60, 140) * 100.0)}, "
                 "da corrispondersi in dodici rate mensili anticipate."),
        ("para", "Art. 3 - Il conduttore versa un deposito cauzionale pari a tre mensilità."),
        ("para", "Letto, approvato e sottoscritto. "
                 f"{city}, {d.day(day, 'issue', words(day, 'it'))}"),
        ("columns", [("Il locatore", "Il conduttore"), (owner, tenant)]),
    ]  # fmt: skip
    return blocks, d.w


def order_form(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US software order form under a master agreement: a table of the form's number,
    order date and subscription start and end, the fees, and signatures by both sides."""
    d = Doc(rng, "us")
    vendor = d.org(rng.choice(("Clearpath Workforce Software, Inc.", "Ledgerline Systems, Inc.")))
    buyer = d.org(rng.choice(("Hudson Valley Credit Union", "Brazos County Hospital District")))
    day = meeting_day(rng)
    start = _start(day)
    end = _end(start, 3)
    a, b = d.people(2)
    us = "{d.month}/{d.day}/{d.year}"
    blocks: list[Block] = [
        ("lines", [vendor, "500 Congress Avenue, Austin, TX 78701"]),
        ("title", "ORDER FORM"),
        ("para", f"This Order Form is governed by the Master Subscription Agreement between "
                 f"{vendor} and {buyer}."),
        ("table", [["Order Form Number", d.number(ref(rng, "Q-99999"))],
                   ["Order Date", d.day(day, "issue", us.format(d=day))],
                   ["Subscription Start Date", d.day(start, "effective", us.format(d=start))],
                   ["Subscription End Date", d.day(end, "end", us.format(d=end))],
                   ["Billing Frequency", "Annual, in advance"],
                   ["Payment Terms", "Net 45"]]),
        ("table", [["Product", "Qty", "Annual Fee"],
                   ["Workforce Cloud - Enterprise", f"{rng.randint(50, 400)} users",
                    d.money(rng.randint(20, 90) * 1000.0)],
                   ["Premier Support", "1", d.money(rng.randint(3, 9) * 1000.0)]]),
        ("columns", [(vendor, buyer), ("Signature: ____________", "Signature: ____________"),
                     (f"Name: {a}", f"Name: {b}")]),
    ]  # fmt: skip
    return blocks, d.w


__all__ = [
    "arbeitsvertrag", "arrendamiento", "locazione", "nda_us", "opdracht", "order_form",
    "prestation", "services_uk", "tenancy_uk",
]  # fmt: skip
