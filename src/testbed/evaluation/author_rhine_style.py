"""How continental European papers write money and dates, and the firms, people and goods
that stand on them (author ``rhine``: documents written without reading the rules).

Each country groups digits its own way (``12.450,00 EUR``, ``1 234,56 €``, ``CHF 1'234.50``,
``1.234,56 kr.``) and names its months in its own language, so a paper's figures are
formatted here by its country, never by one shared convention.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.truth import LineItem

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
}


def grouped(amount: float, thousands: str, decimal: str) -> str:
    """``amount`` with two decimals, its thousands and decimal marks as given."""
    text = f"{abs(amount):,.2f}".replace(",", "\x00").replace(".", decimal)
    return ("-" if amount < 0 else "") + text.replace("\x00", thousands)


@dataclass(frozen=True, slots=True)
class Country:
    """How one country's papers print money and dates."""

    code: str
    language: str
    currency: str
    #: ``{n}`` is the grouped number.
    money_pattern: str
    thousands: str
    decimal: str
    #: strftime-like pattern with ``%d``, ``%m``, ``%Y`` (``%-d``: day without zero).
    date_pattern: str

    def number(self, amount: float) -> str:
        return grouped(amount, self.thousands, self.decimal)

    def money(self, amount: float) -> str:
        return self.money_pattern.format(n=self.number(amount))

    def date(self, day: dt.date) -> str:
        return (
            self.date_pattern.replace("%-d", str(day.day))
            .replace("%-m", str(day.month))
            .replace("%d", f"{day.day:02d}")
            .replace("%m", f"{day.month:02d}")
            .replace("%Y", str(day.year))
        )

    def long_date(self, day: dt.date) -> str:
        month = MONTHS[self.language].split()[day.month - 1]
        if self.language == "de":
            return f"{day.day}. {month} {day.year}"
        if self.language in ("es", "pt"):
            return f"{day.day} de {month} de {day.year}"
        if self.language == "cs":
            return f"{day.day}. {month} {day.year}"
        if self.language == "da":
            return f"{day.day}. {month} {day.year}"
        return f"{day.day} {month} {day.year}"


COUNTRIES = {
    "DE": Country("DE", "de", "EUR", "{n} EUR", ".", ",", "%d.%m.%Y"),
    "DE€": Country("DE", "de", "EUR", "{n} €", ".", ",", "%d.%m.%Y"),
    "AT": Country("AT", "de", "EUR", "EUR {n}", ".", ",", "%d.%m.%Y"),
    "CH": Country("CH", "de", "CHF", "CHF {n}", "'", ".", "%d.%m.%Y"),
    "FR": Country("FR", "fr", "EUR", "{n} €", " ", ",", "%d/%m/%Y"),
    "BE": Country("BE", "fr", "EUR", "{n} EUR", ".", ",", "%d/%m/%Y"),
    "NL": Country("NL", "nl", "EUR", "€ {n}", ".", ",", "%d-%m-%Y"),
    "IT": Country("IT", "it", "EUR", "€ {n}", ".", ",", "%d/%m/%Y"),
    "ES": Country("ES", "es", "EUR", "{n} €", ".", ",", "%d/%m/%Y"),
    "PT": Country("PT", "pt", "EUR", "{n} €", " ", ",", "%d-%m-%Y"),
    "SE": Country("SE", "sv", "SEK", "{n} kr", " ", ",", "%Y-%m-%d"),
    "DK": Country("DK", "da", "DKK", "{n} kr.", ".", ",", "%d.%m.%Y"),
    "PL": Country("PL", "pl", "PLN", "{n} zł", " ", ",", "%d.%m.%Y"),
    "CZ": Country("CZ", "cs", "CZK", "{n} Kč", " ", ",", "%-d. %-m. %Y"),
}


def day_in_2026(rng: random.Random, first_month: int = 1, last_month: int = 11) -> dt.date:
    """A working day of 2026 between the given months."""
    while True:
        day = dt.date(2026, rng.randint(first_month, last_month), rng.randint(1, 28))
        if day.weekday() < 5:
            return day


def later(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def rows_of(rng: random.Random, goods: list[tuple[str, float]], count: int) -> list[LineItem]:
    """``count`` item rows from a catalogue of (description, typical unit price)."""
    rows = []
    for description, price in rng.sample(goods, min(count, len(goods))):
        quantity = float(rng.choice([1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 25]))
        unit = round(price * rng.uniform(0.8, 1.25), 2)
        rows.append(LineItem(description, quantity, unit, round(quantity * unit, 2)))
    return rows


def quantity(value: float | None) -> str:
    return "" if value is None else str(int(value)) if value == int(value) else f"{value:g}"


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def person(rng: random.Random, language: str) -> str:
    first, last = {
        "de": (
            ["Anna", "Jürgen", "Katrin", "Matthias", "Sabine", "Thomas", "Ulrike", "Stefan"],
            ["Müller", "Schneider", "Hoffmann", "Weber", "Brandt", "Krüger", "Vogel", "Keller"],
        ),
        "fr": (
            ["Camille", "Julien", "Sophie", "Olivier", "Claire", "Nicolas", "Élodie", "Laurent"],
            ["Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier"],
        ),
        "nl": (
            ["Sanne", "Pieter", "Femke", "Joost", "Marieke", "Bram"],
            ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit"],
        ),
        "it": (
            ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro"],
            ["Rossi", "Bianchi", "Ferrari", "Esposito", "Colombo", "Ricci"],
        ),
        "es": (
            ["Lucía", "Javier", "Marta", "Carlos", "Elena", "Pablo"],
            ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero"],
        ),
    }.get(
        language,
        (
            ["Erik", "Karin", "Lars", "Ingrid", "Piotr", "Jana", "Tomáš", "Ewa"],
            ["Lindqvist", "Nielsen", "Kowalski", "Nováková", "Berg", "Dvořák"],
        ),
    )
    return f"{rng.choice(first)} {rng.choice(last)}"


def iban(rng: random.Random, country: str) -> str:
    """A printed IBAN in groups of four (the check digits are not computed: a paper's)."""
    length = {
        "DE": 18,
        "AT": 16,
        "CH": 17,
        "FR": 23,
        "BE": 12,
        "NL": 14,
        "IT": 23,
        "ES": 20,
        "PT": 21,
        "SE": 20,
        "DK": 14,
        "PL": 24,
        "CZ": 20,
    }.get(country, 18)
    body = f"{country}{digits(rng, 2)}" + digits(rng, length)
    if country == "NL":
        body = f"NL{digits(rng, 2)}INGB{digits(rng, 10)}"
    return " ".join(body[i : i + 4] for i in range(0, len(body), 4))


__all__ = [
    "COUNTRIES",
    "Country",
    "day_in_2026",
    "digits",
    "grouped",
    "iban",
    "later",
    "month_end",
    "person",
    "quantity",
    "rows_of",
]
