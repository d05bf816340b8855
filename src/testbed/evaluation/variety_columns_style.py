"""How the countries of :mod:`testbed.evaluation.variety_columns` write money, dates, labels
and the registration lines of a letterhead's footer, and the firms that send and receive.

Every figure goes through a :class:`Pen`, which formats it the country's way and records it
in the writer's labels (and marks a key figure where it is first printed).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.corpus import Writer

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # US UK DE AT CH FR NL ES IT
    lang: str  # en de fr nl es it
    currency: str
    symbol: str
    letter: bool = False


COUNTRIES = {
    "US": Country("US", "en", "USD", "$", letter=True),
    "UK": Country("UK", "en", "GBP", "£"),
    "DE": Country("DE", "de", "EUR", "EUR"),
    "AT": Country("AT", "de", "EUR", "€"),
    "CH": Country("CH", "de", "CHF", "CHF"),
    "FR": Country("FR", "fr", "EUR", "€"),
    "NL": Country("NL", "nl", "EUR", "€"),
    "ES": Country("ES", "es", "EUR", "€"),
    "IT": Country("IT", "it", "EUR", "€"),
}

#: (name, legal form) of sellers and buyers by country.
FIRMS = {
    "US": (("Copperline Fabrication", "Inc."), ("Bayview Print Works", "LLC"),
           ("Hollis & Grant Supply", "Co."), ("Prairie Wind Electric", "Inc."),
           ("Stonegate Janitorial", "LLC"), ("Cedar Hollow Software", "Corp.")),
    "UK": (("Ashcombe Joinery", "Ltd"), ("Fenwick & Hale Stationers", "Ltd"),
           ("Marlow Catering Supplies", "Limited"), ("Thistledown Engineering", "Ltd"),
           ("Kestrel Print Services", "LLP"), ("Ravensworth Estates", "plc")),
    "DE": (("Brandt Metallbau", "GmbH"), ("Lindner Elektrotechnik", "GmbH & Co. KG"),
           ("Sommerfeld Bürobedarf", "GmbH"), ("Hofmann Verpackungen", "KG"),
           ("Kranich Datentechnik", "AG"), ("Weidemann Haustechnik", "GmbH")),
    "AT": (("Pichler Holzbau", "GmbH"), ("Alpenblick Gastro", "KG"),
           ("Gruber Fenstertechnik", "GmbH")),
    "CH": (("Zürcher Feinmechanik", "AG"), ("Bergmann Reinigungen", "GmbH"),
           ("Seeland Druck", "AG")),
    "FR": (("Atelier Dumoulin", "SARL"), ("Maison Bréval Traiteur", "SAS"),
           ("Lavergne Climatisation", "SARL"), ("Éditions du Pont-Neuf", "SA")),
    "NL": (("Bakker Installatietechniek", "B.V."), ("De Groot Drukwerk", "B.V."),
           ("Visser Kantoorinrichting", "B.V.")),
    "ES": (("Suministros Ebro", "S.L."), ("Carpintería Almudena", "S.L."),
           ("Talleres Guadiana", "S.A.")),
    "IT": (("Officine Bertoldi", "S.r.l."), ("Tipografia Lanzoni", "S.n.c."),
           ("Ferramenta Castelli", "S.p.A.")),
}  # fmt: skip
BANKS = {
    "US": ("Chase Bank", "Wells Fargo Bank", "Bank of America"),
    "UK": ("Barclays Bank", "Lloyds Bank", "NatWest"),
    "DE": ("Commerzbank AG", "Sparkasse Hannover", "Volksbank Mittelhessen"),
    "AT": ("Raiffeisenbank Wien", "Erste Bank"),
    "CH": ("Zürcher Kantonalbank", "UBS Switzerland AG"),
    "FR": ("Crédit Agricole", "BNP Paribas"),
    "NL": ("Rabobank", "ING Bank"),
    "ES": ("Banco Sabadell", "CaixaBank"),
    "IT": ("Banca Sella", "Intesa Sanpaolo"),
}
PEOPLE = {
    "en": ("Megan Sutter", "Rhys Calloway", "Dana Whitlock", "Owen Pritchard", "Tessa Marlow"),
    "de": ("Jürgen Albers", "Katrin Seidel", "Florian Mertens", "Sabine Krüger"),
    "fr": ("Camille Rousseau", "Julien Marchand", "Élodie Garnier"),
    "nl": ("Sanne de Vries", "Joris Mulder", "Femke Janssen"),
    "es": ("Lucía Herrero", "Álvaro Medina", "Marta Quintana"),
    "it": ("Giulia Ferrante", "Matteo Rinaldi", "Chiara Bellini"),
}
STREETS = {
    "US": ("1840 Industrial Pkwy", "Springfield, IL 62703"),
    "UK": ("Unit 4, Brookfield Trading Estate", "Leicester LE4 9SP"),
    "DE": ("Gewerbestraße 14", "30179 Hannover"),
    "AT": ("Mariahilfer Straße 88", "1070 Wien"),
    "CH": ("Hardturmstrasse 120", "8005 Zürich"),
    "FR": ("12 rue des Tanneurs", "69002 Lyon"),
    "NL": ("Industrieweg 31", "3542 AD Utrecht"),
    "ES": ("Calle de Alcalá 214", "28028 Madrid"),
    "IT": ("Via Emilia Ovest 45", "41123 Modena"),
}
CUSTOMER_STREETS = {
    "US": ("55 Harbor Drive, Suite 300", "Tampa, FL 33602"),
    "UK": ("22 Castle Street", "Edinburgh EH2 3DN"),
    "DE": ("Am Weidendamm 3", "10117 Berlin"),
    "AT": ("Landstraße 19", "4020 Linz"),
    "CH": ("Bahnhofplatz 7", "3011 Bern"),
    "FR": ("8 avenue Jean Jaurès", "31000 Toulouse"),
    "NL": ("Keizersgracht 401", "1016 EK Amsterdam"),
    "ES": ("Avenida Diagonal 520", "08006 Barcelona"),
    "IT": ("Corso Vercelli 12", "20145 Milano"),
}


class Pen:
    """Prints the facts of one document the way its country writes them, into a Writer."""

    def __init__(self, rng: random.Random, country: str) -> None:
        self.rng = rng
        self.country = COUNTRIES[country]
        self.writer = Writer(rng, currency=self.country.currency)
        self.date_style = self._date_style()
        self.symbol_style = rng.random()

    def _date_style(self) -> str:
        code = self.country.code
        if code == "US":
            return self.rng.choice(("mdy", "mdy", "mdy", "mon"))
        if code == "UK":
            return self.rng.choice(("dmy", "dmy", "long", "abbr"))
        if code in ("DE", "AT", "CH"):
            return "dot"
        if code == "NL":
            return self.rng.choice(("dash", "dash", "dmy"))
        return "dmy"

    # -- parties ---------------------------------------------------------------------------

    def firm(self, taken: set[str], country: str | None = None) -> str:
        choices = [f for f in FIRMS[country or self.country.code] if f[0] not in taken]
        base, form = self.rng.choice(choices)
        taken.add(base)
        name = f"{base} {form}"
        self._add(self.writer.organizations, name.rstrip("."))
        return name

    def seller(self, name: str) -> None:
        """``name`` (printed) is the vendor."""
        self.writer.vendor = name.rstrip(".")

    def bank(self) -> str:
        name = self.rng.choice(BANKS[self.country.code])
        self._add(self.writer.organizations, name)
        return name

    def person(self, taken: set[str]) -> str:
        choices = [p for p in PEOPLE[self.country.lang] if p not in taken]
        name = self.rng.choice(choices)
        taken.add(name)
        self._add(self.writer.people, name)
        return name

    # -- money and dates -------------------------------------------------------------------

    def number(self, amount: float) -> str:
        """The bare number as the country groups it: 1,234.56 / 1.234,56 / 1 234,56 / 1'234.50."""
        plain = f"{amount:,.2f}"
        code = self.country.code
        if code in ("US", "UK"):
            return plain
        if code == "CH":
            return plain.replace(",", "'")
        if code == "FR":
            return plain.replace(",", " ").replace(".", ",")
        return plain.replace(",", "#").replace(".", ",").replace("#", ".")

    def money(self, amount: float, *, bare: bool = False) -> str:
        """``amount`` printed with the currency, and recorded (``bare``: the number alone, as a
        table's cells print it, not recorded among the document's amounts)."""
        number = self.number(amount)
        if bare:
            return number
        self._add(self.writer.amounts, (round(amount, 2), self.country.currency))
        return self._with_currency(number)

    def _with_currency(self, number: str) -> str:
        code, symbol = self.country.code, self.country.symbol
        if code in ("US", "UK"):
            return f"{symbol}{number}"
        if code == "CH":
            return f"CHF {number}"
        if code == "DE":
            return f"{number} EUR" if self.symbol_style < 0.5 else f"{number} €"
        if code in ("FR", "ES"):
            return f"{number} €"
        return f"€ {number}"

    def less(self, amount: float) -> str:
        """A deduction, printed and recorded with its minus sign."""
        text = self.money(amount, bare=True)
        self._add(self.writer.amounts, (-round(amount, 2), self.country.currency))
        return "-" + self._with_currency(text)

    def total(self, amount: float, *, bare: bool = False) -> str:
        self.writer.total = (round(amount, 2), self.country.currency)
        return self.writer.key("total", self.money(amount, bare=bare))

    def date(self, day: dt.date, role: str | None = None) -> str:
        text = self.when(day)
        if role is None:
            return text
        self._add(self.writer.dates, (role, day.isoformat()))
        figure = {"issue": "issueDate", "due": "dueDate"}[role]
        return self.writer.key(figure, text)

    def when(self, day: dt.date) -> str:
        return when(day, self.date_style)

    def ident(self, text: str) -> str:
        """The document's own number, labelled and marked."""
        self.writer.number = text
        return self.writer.key("documentNumber", text)

    def item(self, description: str, qty: float | None, unit: float | None, amount: float) -> None:
        self.writer.line_item(description, qty, unit, amount)

    @staticmethod
    def _add[T](items: list[T], item: T) -> None:
        if item not in items:
            items.append(item)


def when(day: dt.date, style: str) -> str:
    """``day`` in ``style``: mdy 10/05/2026, dmy 05/10/2026, dot 05.10.2026, dash 05-10-2026,
    long 5 October 2026, abbr 05-Oct-2026, mon Oct 5, 2026."""
    d, m, y = day.day, day.month, day.year
    month = _MONTHS[m - 1]
    return {
        "mdy": f"{m:02d}/{d:02d}/{y}",
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "long": f"{d} {month} {y}",
        "abbr": f"{d:02d}-{month[:3]}-{y}",
        "mon": f"{month[:3]} {d}, {y}",
    }[style]


DATE_STYLES = ("mdy", "dmy", "dot", "dash", "long", "abbr", "mon")


def some_day(rng: random.Random) -> dt.date:
    return dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 420))


def registration(rng: random.Random, country: str) -> list[str]:  # noqa: PLR0911 - a country each
    """The registration lines a letterhead's footer prints: tax ids and register numbers that
    look like document numbers."""
    n = rng.randrange
    if country == "US":
        return [f"EIN {n(10, 99)}-{n(1000000, 9999999)}", f"Contractor Lic. #{n(100000, 999999)}"]
    if country == "UK":
        return [
            f"Registered in England & Wales No. {n(1000000, 9999999):08d}",
            f"VAT Reg. No. GB {n(100, 999)} {n(1000, 9999)} {n(10, 99)}",
        ]
    if country in ("DE", "AT"):
        court = "Amtsgericht Hannover HRB" if country == "DE" else "Firmenbuch FN"
        vat = f"DE{n(100000000, 999999999)}" if country == "DE" else f"ATU{n(10000000, 99999999)}"
        return [
            f"{court} {n(10000, 99999)}",
            f"USt-IdNr. {vat}",
            f"Steuer-Nr. {n(10, 99)}/{n(100, 999)}/{n(10000, 99999)}",
        ]
    if country == "CH":
        return [
            f"MWST CHE-{n(100, 999)}.{n(100, 999)}.{n(100, 999)}",
            f"Handelsregister CH-{n(100, 999)}.{n(1000, 9999)}.{n(100, 999)}-{n(1, 9)}",
        ]
    if country == "FR":
        siren = f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
        return [
            f"SIRET {siren} {n(10000, 99999)}",
            f"RCS Lyon B {siren}",
            f"TVA intracom. FR{n(10, 99)}{siren.replace(' ', '')}",
        ]
    if country == "NL":
        return [f"KvK {n(10000000, 99999999)}", f"BTW NL{n(100000000, 999999999)}B01"]
    if country == "ES":
        return [
            f"CIF B{n(10000000, 99999999)}",
            f"Reg. Merc. Madrid, Tomo {n(1000, 9999)}, Folio {n(10, 999)}",
        ]
    return [f"P.IVA {n(10000000000, 99999999999)}", f"REA MO-{n(100000, 999999)}"]


def bank_lines(rng: random.Random, country: str, bank: str) -> list[str]:
    n = rng.randrange
    if country == "US":
        return [bank, f"ABA {n(100000000, 999999999)}", f"Acct {n(1000000000, 9999999999)}"]
    if country == "UK":
        return [
            bank,
            f"Sort code {n(10, 99)}-{n(10, 99)}-{n(10, 99)}",
            f"Account {n(10000000, 99999999)}",
        ]
    prefix = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR76", "NL": "NL", "ES": "ES", "IT": "IT"}
    groups = " ".join(f"{n(1000, 9999)}" for _ in range(4))
    return [
        bank,
        f"IBAN {prefix[country]}{n(10, 99)} {groups} {n(10, 99)}",
        f"BIC {bank[:4].upper()}XX{n(10, 99)}",
    ]
