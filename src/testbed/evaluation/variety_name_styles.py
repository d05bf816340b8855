"""How the people and organisations of the name-variety documents
(:mod:`testbed.evaluation.variety_names`) are written: names of many origins (particles,
hyphens, apostrophes, family-first Vietnamese names, middle initials, "Jr."), honorifics and
academic titles before them ("Prof. Dr.", "Herr", "Dipl.-Ing."), credentials after them
("PhD", "MBA", "CPA"), the "Family, Given" order of lists and tables, organisations with and
without legal forms, ampersands and digits, and the names that are not parties (streets named
after people, products, cities, departments, headings).

The label of a person is the name a reader writes down: given name first, with a generational
suffix ("Jr.") but without honorifics or credentials; a family-first name stays as printed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

GIVEN = (
    "Siobhan", "Karl-Heinz", "Marie-Claire", "Thandiwe", "Yuki", "Oluwaseun", "Ingrid",
    "Rafael", "Zofia", "Dmitri", "Leilani", "Anneliese", "Cormac", "Beatriz", "Hamid",
    "Eleanor", "Joaquín", "Freya", "Tobias", "Nkechi", "Mikael", "Rosalind", "Bogdan", "Aurelio",
)  # fmt: skip
FAMILY = (
    "O'Neil", "van der Meulen", "de la Fuente", "MacAllister", "Papadakis", "Brandt-Höller",
    "dos Santos", "Abernathy", "Okonkwo", "Kowalczyk", "Haugland", "Al-Mansouri", "Whitlock",
    "Fairbanks", "Delacroix", "Esposito", "Vogt", "ter Horst", "McKenna", "Szymańska",
)  # fmt: skip
#: Vietnamese names, printed family name first as their bearers write them.
FAMILY_FIRST = ("Nguyen Thi Lan", "Tran Van Minh", "Pham Quoc Bao", "Le Thi Hoa")
GENERATIONAL = ("Jr.", "Sr.", "III")
CREDENTIALS = ("PhD", "MBA", "CPA", "Esq.", "M.D.", "FCA", "MSc")
HONORIFICS = ("Dr.", "Prof. Dr.", "Mr.", "Ms.", "Mrs", "Mr", "Ms", "Prof.")
GERMAN_HONORIFICS = ("Herr", "Frau", "Herr Dr.", "Frau Dr.", "Dipl.-Ing.")
JOB_TITLES = (
    "Senior Account Manager", "Head of Procurement", "Chief Operating Officer",
    "Project Lead, Infrastructure", "VP Sales EMEA", "Company Secretary", "General Counsel",
    "Customer Success Manager", "Geschäftsführer", "Directrice commerciale",
    "Managing Partner", "Treasurer",
)  # fmt: skip

#: (name, legal form): ampersands, digits, initials, legal forms of many countries.
FIRMS = (
    ("Brandt & Kessler", "GmbH & Co. KG"), ("Hallgren & Lund", "AB"), ("Q8 Maritime", "Ltd"),
    ("4Sight Optics", "Inc."), ("O'Rourke & Sons", "Ltd"), ("Ferreira, Lopes & Associados", "Lda."),
    ("Studio Vesper", "S.r.l."), ("Nordhavn Shipping", "A/S"), ("Ateliers Delorme", "SARL"),
    ("Kaito Precision", "K.K."), ("Meridia Health", "Pty Ltd"), ("3K Plastics", "GmbH"),
    ("Vandermolen Bouw", "B.V."), ("Cierzo Energía", "S.L."), ("JKR Freight", "LLC"),
    ("Lindqvist Hagberg & Partners", "LLP"), ("Tessaro", "S.p.A."), ("Baltic Amber Trading", "UAB"),
)  # fmt: skip
#: Organisations that print no legal form (practices, studios, housing associations, acronyms).
PLAIN_FIRMS = (
    "Blackthorn Architects", "Greenway Dental", "Harrowgate Housing Association",
    "Kestrel Analytics", "ZN3 Labs", "Marlowe Chambers", "Fenwick County Council",
    "Orchard Lane Veterinary Practice",
)  # fmt: skip
#: Parts of an organisation: a reader does not list them as parties of their own.
DEPARTMENTS = (
    "Finance Department", "Accounts Payable", "Human Resources", "the Procurement Team",
    "IT Service Desk", "Legal Department", "Facilities Management",
)  # fmt: skip
#: Streets named after people: an address, not a party.
PERSON_STREETS = (
    "1200 Martin Luther King Jr. Blvd", "14 rue Victor Hugo", "Karl-Marx-Allee 90",
    "27 George Washington Way", "Avenida Simón Bolívar 310", "8 Florence Nightingale Close",
)  # fmt: skip
CITIES = ("San Jose", "Santa Monica", "Den Haag", "St. Gallen", "Los Alamos", "Salt Lake City")
TOWNS = (
    "San Jose, CA 95112", "10115 Berlin", "75003 Paris", "Santa Monica, CA 90401",
    "2511 CV Den Haag", "9000 St. Gallen", "Cork T12 X2E4", "08013 Barcelona",
)  # fmt: skip
#: The same streets named without their numbers, as prose mentions them.
STREET_NAMES = tuple(" ".join(w for w in s.split() if not w[0].isdigit()) for s in PERSON_STREETS)
PRODUCTS = (
    "Orion Series 5", "Falcon Pro 14", "Aurora Desk Lamp", "Vega Sync", "Harbor Cloud Suite",
    "Nimbus Air Purifier",
)  # fmt: skip
#: Headings in Title Case: capitalised words that name nobody.
HEADINGS = (
    "Scope Of Work", "Next Steps", "Action Items", "Any Other Business", "Risk Register",
    "Lessons Learned", "Grant Funding", "Payment Schedule", "Service Levels",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Person:
    """One person of a document: the parts of the name, and what is written around it."""

    given: str
    family: str
    middle: str = ""
    generational: str = ""
    #: A family-first name ("Nguyen Thi Lan") is printed as it is, in every form.
    native: str = ""

    @property
    def label(self) -> str:
        """The name a reader lists: given name first, with "Jr." but no title."""
        if self.native:
            return self.native
        parts = [self.given, self.middle, self.family, self.generational]
        return " ".join(part for part in parts if part)

    @property
    def initialled(self) -> str:
        """ "K. van der Meulen": the form a reader lists when only the initial is printed."""
        if self.native:
            return self.native
        return f"{self.given[0]}. {self.family}"

    def listed(self) -> str:
        """ "van der Meulen, Karl-Heinz": the order of registers, tables and e-mail headers."""
        if self.native:
            return self.native
        tail = f" {self.generational}" if self.generational else ""
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.family}, {self.given}{middle}{tail}"

    def mailbox(self, domain: str) -> str:
        """The e-mail address a firm gives the person: ``given.family@domain`` or ``gfamily@``."""
        given = _ascii(self.native.split()[-1] if self.native else self.given)
        family = _ascii(self.native.split()[0] if self.native else self.family)
        local = f"{given}.{family}" if len(given) % 2 else f"{given[0]}{family}"
        return f"{local}@{domain}"


def _ascii(name: str) -> str:
    plain = name.casefold().translate(str.maketrans("áéíóúñöüßńąę", "aeiounousnae"))
    return "".join(ch for ch in plain if ch.isalnum())


class Cast:
    """Draws a document's people and organisations, each once, and writes their names with
    the titles and credentials documents put around them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._given = list(GIVEN)
        self._family = list(FAMILY)
        self._native = list(FAMILY_FIRST)
        self._firms = list(FIRMS)
        self._plain = list(PLAIN_FIRMS)
        rng.shuffle(self._given)
        rng.shuffle(self._family)
        rng.shuffle(self._native)
        rng.shuffle(self._firms)
        rng.shuffle(self._plain)

    def person(self) -> Person:
        roll = self.rng.random()
        if roll < 0.12 and self._native:
            return Person("", "", native=self._native.pop())
        middle = self.rng.choice("JQRMKT") + "." if roll > 0.8 else ""
        generational = self.rng.choice(GENERATIONAL) if 0.7 < roll <= 0.8 else ""
        return Person(self._given.pop(), self._family.pop(), middle, generational)

    def firm(self) -> tuple[str, str]:
        return self._firms.pop()

    def plain_firm(self) -> str:
        return self._plain.pop()

    def titled(self, person: Person, *, german: bool = False) -> str:
        """The name with an honorific or academic title in front, sometimes credentials."""
        honorific = self.rng.choice(GERMAN_HONORIFICS if german else HONORIFICS)
        name = person.label
        if not german and not person.native and self.rng.random() < 0.4:
            name = f"{name}, {self.rng.choice(CREDENTIALS)}"
        return f"{honorific} {name}"

    def credentialled(self, person: Person) -> str:
        """ "Eleanor Whitlock, PhD", "Rafael Esposito MBA": credentials after the name."""
        separator = self.rng.choice((", ", " "))
        return f"{person.label}{separator}{self.rng.choice(CREDENTIALS)}"

    def domain(self, firm: str) -> str:
        words = [_ascii(word) for word in firm.split() if _ascii(word)]
        return f"{'-'.join(words[:2])}.{self.rng.choice(('com', 'io', 'de', 'co.uk', 'eu'))}"
