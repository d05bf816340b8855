"""How the meetings family (:mod:`testbed.evaluation.variety_meetings`) writes names, dates
and money in English, German, French, Dutch, Spanish and Italian, each printed value recorded
in the labels.

Dates the way each language writes them in a heading, a place-and-date line or a form:
"3rd March 2026", "March 3, 2026", "Tuesday 3 March 2026", "3. März 2026", "03.03.2026",
"le 1er avril 2026", "1° aprile 2026", "3 de marzo de 2026", "dinsdag 3 maart 2026". People
and bodies are this module's own: boards, residents' groups, clubs, Vereine, syndicats de
copropriétaires, Verenigingen van Eigenaars, comunidades de propietarios, condomini.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Writer
from testbed.evaluation.figure_locale import MONTHS, WEEKDAYS, Money, Sheet, ordinal

#: Given names and family names per language (pooled into full names by :meth:`Doc.people`).
GIVEN = {
    "en": ("Margaret", "Desmond", "Priyanka", "Callum", "Beatrice", "Oluwaseun", "Rhiannon",
           "Tobias", "Georgina", "Imran", "Harriet", "Declan", "Yvonne", "Rupert", "Shauna"),
    "de": ("Ulrike", "Bernd", "Katrin", "Volker", "Sabine", "Jürgen", "Anneliese", "Torsten",
           "Heike", "Matthias", "Dörte", "Florian", "Gisela", "Ralf"),
    "fr": ("Élodie", "Thierry", "Sandrine", "Gaëtan", "Martine", "Benoît", "Aurélie",
           "Pascal", "Solène", "Hervé", "Nathalie", "Yannick"),
    "nl": ("Marieke", "Joost", "Ingrid", "Sander", "Femke", "Wouter", "Annelies", "Bram",
           "Ilse", "Gerrit", "Lotte", "Ruud"),
    "es": ("Inmaculada", "Joaquín", "Montserrat", "Álvaro", "Rocío", "Ignacio", "Pilar",
           "Fernando", "Nuria", "Gonzalo", "Remedios", "Esteban"),
    "it": ("Giovanna", "Massimo", "Franca", "Stefano", "Ornella", "Gianluca", "Rosaria",
           "Alessandro", "Patrizia", "Davide", "Loredana", "Fabrizio"),
}  # fmt: skip
#: The given names of :data:`GIVEN` that are women's (for "Ms", "Frau", "Madame", "Sra.").
WOMEN = frozenset(
    {
        "Margaret",
        "Priyanka",
        "Beatrice",
        "Rhiannon",
        "Georgina",
        "Harriet",
        "Yvonne",
        "Shauna",
        "Ulrike",
        "Katrin",
        "Sabine",
        "Anneliese",
        "Heike",
        "Dörte",
        "Gisela",
        "Élodie",
        "Sandrine",
        "Martine",
        "Aurélie",
        "Solène",
        "Nathalie",
        "Marieke",
        "Ingrid",
        "Femke",
        "Annelies",
        "Ilse",
        "Lotte",
        "Inmaculada",
        "Montserrat",
        "Rocío",
        "Pilar",
        "Nuria",
        "Remedios",
        "Giovanna",
        "Franca",
        "Ornella",
        "Rosaria",
        "Patrizia",
        "Loredana",
    }
)
FAMILY = {
    "en": ("Ashworth", "Okonjo", "Fairbairn", "Chaudhry", "Pemberton", "Mulholland",
           "Trevelyan", "Nwachukwu", "Hargreaves", "Delaney", "Whitlock", "Rasmussen",
           "Carmody", "Ellery", "Quinlan"),
    "de": ("Hoffmeister", "Brandauer", "Kettler", "Wilmsen", "Grabowski", "Siebert",
           "Lindemann", "Oberhuber", "Rautenberg", "Pfeiffer", "Drewes", "Stallmann"),
    "fr": ("Lemaire", "Vasseur", "Charpentier", "Rousselot", "Delaunay", "Marchetti",
           "Guillot", "Perrin", "Besnard", "Fontaine", "Lacroix", "Tessier"),
    "nl": ("Van der Meulen", "Bosman", "Kuipers", "Verhoeven", "De Graaf", "Hoekstra",
           "Dijkman", "Van Leeuwen", "Smits", "Brouwer", "Terpstra", "Mulder"),
    "es": ("Castellanos", "Villanueva", "Iglesias", "Montoya", "Aranda", "Carrasco",
           "Quintana", "Salcedo", "Barrios", "Echeverría", "Peñalver", "Robles"),
    "it": ("Bertolini", "Ferraresi", "Santangelo", "Colombo", "Marchesini", "Pellegrino",
           "Galimberti", "Donati", "Rinaldi", "Zanetti", "Bellandi", "Vitale"),
}  # fmt: skip
#: How each language writes money: (currency, pattern, decimal mark, group mark).
MONEY = {
    "en": Money("GBP", "£{n}", ".", ","),
    "us": Money("USD", "${n}", ".", ","),
    "de": Money("EUR", "{n} EUR", ",", "."),
    "fr": Money("EUR", "{n} €", ",", " "),
    "nl": Money("EUR", "€ {n}", ",", "."),
    "es": Money("EUR", "{n} €", ",", "."),
    "it": Money("EUR", "€ {n}", ",", "."),
}


def meeting_day(rng: random.Random) -> dt.date:
    """A weekday evening's or morning's meeting in 2025 or 2026."""
    day = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 420))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def words(day: dt.date, lang: str, *, weekday: bool = False, first: bool = True) -> str:
    """``day`` in words: "3 March 2026", "3. März 2026", "1er avril 2026" (``first``: the
    French and Italian way with the first of a month), "3 de marzo de 2026"."""
    month = MONTHS["en" if lang == "us" else lang][day.month - 1]
    number = str(day.day)
    if first and day.day == 1 and lang in ("fr", "it"):
        number = "1er" if lang == "fr" else "1°"
    text = {
        "en": f"{day.day} {month} {day.year}",
        "us": f"{month} {day.day}, {day.year}",
        "de": f"{day.day}. {month} {day.year}",
        "es": f"{day.day} de {month} de {day.year}",
    }.get(lang, f"{number} {month} {day.year}")
    if not weekday:
        return text
    name = WEEKDAYS["en" if lang == "us" else lang][day.weekday()]
    return f"{name}, {text}" if lang in ("de", "es", "us") else f"{name} {text}"


def english(day: dt.date, rng: random.Random) -> str:
    """``day`` as British minutes and letters write it, one of several ways."""
    month = MONTHS["en"][day.month - 1]
    return rng.choice(
        (
            f"{ordinal(day.day)} {month} {day.year}",
            f"{day.day} {month} {day.year}",
            f"{day.day} {month[:3]} {day.year}",
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{WEEKDAYS['en'][day.weekday()]} {ordinal(day.day)} {month} {day.year}",
        )
    )


def dotted(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def slashed(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def dashed(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


class Doc:
    """One document's labels, with the names of its language: everything printed through it
    is recorded as it is printed."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.s = Sheet(Writer(rng), MONEY[lang])
        self.w = self.s.w
        self._taken: set[str] = set()

    def people(self, count: int, *, woman: bool | None = None) -> list[str]:
        """``count`` distinct full names of this document's language (women's or men's when
        ``woman`` says), each labelled: every one is printed in full in the document."""
        lang = "en" if self.lang == "us" else self.lang
        names: list[str] = []
        while len(names) < count:
            given, family = self.rng.choice(GIVEN[lang]), self.rng.choice(FAMILY[lang])
            if given in self._taken or family in self._taken:
                continue
            if woman is not None and (given in WOMEN) != woman:
                continue
            self._taken |= {given, family}
            names.append(self.w.person(f"{given} {family}"))
        return names

    def woman(self) -> str:
        return self.people(1, woman=True)[0]

    def man(self) -> str:
        return self.people(1, woman=False)[0]

    def org(self, name: str) -> str:
        return self.w.plain_org(name)

    def day(self, day: dt.date, role: str | None, text: str) -> str:
        return self.s.day(day, role, text)

    def money(self, amount: float) -> str:
        return self.s.money(amount)

    def number(self, ident: str) -> str:
        return self.s.number(ident)


def ref(rng: random.Random, pattern: str) -> str:
    """A reference built from ``pattern``: ``9`` a digit, ``A`` a capital letter."""
    return "".join(
        str(rng.randint(0, 9)) if ch == "9" else chr(rng.randint(65, 90)) if ch == "A" else ch
        for ch in pattern
    )


__all__ = [
    "Doc", "dashed", "dotted", "english", "meeting_day", "ref", "slashed", "words",
]  # fmt: skip
