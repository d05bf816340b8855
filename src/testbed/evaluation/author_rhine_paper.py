"""What every paper of author ``rhine`` shares: the firms that write them, the sum of an
item table, and the labels put together from what was printed.

Kept apart from the templates so each template module says only what its paper prints.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.author_rhine_style import Country, quantity
from testbed.evaluation.truth import Block, Labels, LineItem


@dataclass(frozen=True, slots=True)
class Firm:
    """A firm as its letterhead prints it."""

    name: str
    street: str
    city: str
    tax_id: str


FIRMS = {
    "DE": [
        Firm(
            "Brandt & Vogel Haustechnik GmbH",
            "Industriestraße 14",
            "70565 Stuttgart",
            "DE 287 441 903",
        ),
        Firm(
            "Kessler Büroausstattung GmbH & Co. KG", "Am Hafen 3", "28217 Bremen", "DE 813 220 571"
        ),
        Firm("Nordlicht Elektro AG", "Gutenbergring 41", "22848 Norderstedt", "DE 129 663 018"),
        Firm("Hartmann Werkzeugbau e.K.", "Lindenallee 7", "90411 Nürnberg", "DE 301 558 742"),
        Firm(
            "Rheinland Druck & Medien GmbH", "Deutzer Freiheit 88", "50679 Köln", "DE 264 090 117"
        ),
    ],
    "AT": [
        Firm("Alpenglas Handels GmbH", "Wiener Straße 112", "4020 Linz", "ATU 65432198"),
        Firm("Donau IT-Service OG", "Praterstraße 31", "1020 Wien", "ATU 71239045"),
    ],
    "CH": [
        Firm(
            "Zürcher Treuhand Partner AG",
            "Seefeldstrasse 22",
            "8008 Zürich",
            "CHE-114.587.332 MWST",
        ),
        Firm("Berner Velo GmbH", "Monbijoustrasse 9", "3011 Bern", "CHE-260.914.501 MWST"),
    ],
    "FR": [
        Firm("Atelier Lumière SARL", "12 rue des Tanneurs", "69002 Lyon", "FR 47 512 384 906"),
        Firm(
            "Boulangerie Industrielle du Nord SAS",
            "4 avenue Foch",
            "59000 Lille",
            "FR 81 433 107 552",
        ),
        Firm(
            "Solutions Informatiques Garnier SA",
            "88 boulevard Haussmann",
            "75008 Paris",
            "FR 09 390 114 287",
        ),
    ],
    "BE": [Firm("Brasserie Van Damme SRL", "Rue Haute 61", "1000 Bruxelles", "BE 0456.789.123")],
    "NL": [
        Firm(
            "Van der Meer Installatietechniek B.V.",
            "Keizersgracht 220",
            "1016 DZ Amsterdam",
            "NL861234567B01",
        ),
        Firm(
            "Groene Hart Logistiek B.V.", "Industrieweg 5", "2712 LB Zoetermeer", "NL853201998B01"
        ),
    ],
    "IT": [
        Firm("Tipografia Moretti S.r.l.", "Via Roma 45", "40121 Bologna", "IT 02845610372"),
        Firm(
            "Ferramenta Lombarda S.p.A.", "Corso Buenos Aires 17", "20124 Milano", "IT 07733140961"
        ),
    ],
    "ES": [
        Firm("Suministros Levante S.L.", "Calle de Colón 22", "46004 Valencia", "B-46218833"),
        Firm("Talleres Ibéricos S.A.", "Avenida Diagonal 401", "08008 Barcelona", "A-08412290"),
    ],
    "PT": [
        Firm(
            "Cortiças do Douro, Lda.",
            "Rua de Santa Catarina 150",
            "4000-447 Porto",
            "PT 509 123 874",
        )
    ],
    "SE": [Firm("Norrland Verktyg AB", "Storgatan 12", "903 26 Umeå", "SE556677889901")],
    "DK": [
        Firm("Fjord Kontorservice ApS", "Vesterbrogade 74", "1620 København V", "DK 31 22 45 78")
    ],
    "PL": [Firm("Wiślane Meble Sp. z o.o.", "ul. Długa 18", "31-147 Kraków", "677-234-11-90")],
    "CZ": [Firm("Vltava Stavebniny s.r.o.", "Národní 27", "110 00 Praha 1", "CZ27184563")],
}

#: Customers (always German-speaking or international buyers; a paper names one).
BUYERS = [
    Firm("Lindner Logistik GmbH", "Hafenstraße 2", "20457 Hamburg", "DE 118 330 462"),
    Firm("Praxis Dr. Weiß", "Bahnhofplatz 5", "80335 München", ""),
    Firm("Café Sonnenschein UG", "Marktgasse 4", "79098 Freiburg", ""),
    Firm("Studio Vermeulen", "Oudegracht 91", "3511 AD Utrecht", ""),
    Firm("Hôtel des Alpes SA", "Place du Marché 3", "1204 Genève", ""),
    Firm("Europa Messebau GmbH", "Messeallee 1", "04356 Leipzig", "DE 141 772 905"),
    Firm("Ristorante Il Faro", "Lungomare 12", "47921 Rimini", ""),
    Firm("Polar Tech Oy", "Mannerheimintie 20", "00100 Helsinki", "FI 24551378"),
]


def firm(rng: random.Random, country: str) -> Firm:
    return rng.choice(FIRMS[country])


def buyer(rng: random.Random, seller: Firm) -> Firm:
    return rng.choice([b for b in BUYERS if b.name != seller.name])


def item_table(header: list[str], rows: list[LineItem], country: Country) -> Block:
    """The item table as printed: description, quantity, unit price, amount."""
    body = []
    for row in rows:
        cells = [
            row.description,
            quantity(row.quantity),
            country.number(row.unit_price or 0.0),
            country.number(row.amount),
        ]
        body.append(cells)
    return ("table", [header, *body])


def net_of(rows: list[LineItem]) -> float:
    return round(sum(row.amount for row in rows), 2)


def labels(  # noqa: PLR0917 - one argument per field a reader labels
    document_type: str,
    number: str | None,
    organizations: list[str],
    people: list[str],
    vendor: str | None,
    total: tuple[float, str] | None,
    amounts: list[tuple[float, str]],
    dates: list[tuple[str, dt.date]],
    rows: list[LineItem] | None,
) -> Labels:
    """The labels of one paper, each amount once, dates as ISO days."""
    seen: list[tuple[float, str]] = []
    for amount in amounts:
        rounded = (round(amount[0], 2), amount[1])
        if rounded not in seen:
            seen.append(rounded)
    return Labels(
        document_type=document_type,
        number=number,
        organizations=tuple(dict.fromkeys(organizations)),
        people=tuple(dict.fromkeys(people)),
        vendor=vendor,
        total=(round(total[0], 2), total[1]) if total else None,
        amounts=tuple(seen),
        dates=tuple((role, day.isoformat()) for role, day in dates),
        line_items=tuple(rows) if rows is not None else None,
    )


__all__ = ["BUYERS", "FIRMS", "Firm", "buyer", "firm", "item_table", "labels", "net_of"]
