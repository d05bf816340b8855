"""The firms, goods and the item table and totals every print of
:mod:`testbed.evaluation.variety_prints` is built from, by country and language."""

from __future__ import annotations

import random

from testbed.evaluation.variety_prints_style import Pen

#: Small businesses by country: (name, street, town line).
FIRMS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (
        ("Pine Street Print Shop LLC", "418 Pine Street", "Portland, OR 97205"),
        ("Cobalt Ridge Outfitters Inc.", "77 Canyon Road", "Boulder, CO 80302"),
        ("Marlow & Finch Design Co.", "2200 Lakeshore Dr, Suite 4", "Chicago, IL 60614"),
        ("Tri-County HVAC Services LLC", "9 Industrial Pkwy", "Dayton, OH 45414"),
        ("Greenhouse Analytics Corp.", "1450 Mission St", "San Francisco, CA 94103"),
    ),
    "uk": (
        ("Oakfield Joinery Ltd", "Unit 3, Mill Lane", "Harrogate HG1 2PQ"),
        ("Brackenbury Catering Supplies Ltd", "14 Dock Street", "Hull HU1 3AA"),
        ("Stonegate Digital Ltd", "Studio 5, 21 Old Street", "London EC1V 9HL"),
        ("Kestrel Plumbing & Heating Ltd", "88 Station Road", "Reading RG1 1LX"),
    ),
    "ie": (("Corrib Signs Ltd", "Unit 7, Liosban Business Park", "Galway H91 X2C3"),),
    "de": (
        ("Brandt Haustechnik GmbH & Co. KG", "Industriestraße 14", "33602 Bielefeld"),
        ("Hofmann Büroservice GmbH", "Lindenallee 3", "90402 Nürnberg"),
        ("Schreinerei Albers e.K.", "Am Mühlbach 7", "87435 Kempten"),
        ("Kessler Verpackungen GmbH", "Hafenweg 22", "28197 Bremen"),
        ("Vogt IT-Beratung UG (haftungsbeschränkt)", "Rosenstraße 9", "04109 Leipzig"),
    ),
    "at": (
        ("Pichler Elektrotechnik GmbH", "Wiener Straße 41", "4020 Linz"),
        ("Gruber & Huber OG", "Herrengasse 5", "8010 Graz"),
    ),
    "ch": (
        ("Meier Sanitär AG", "Bahnhofstrasse 12", "8400 Winterthur"),
        ("Brunner Informatik GmbH", "Seestrasse 88", "6003 Luzern"),
    ),
    "fr": (
        ("Atelier Moreau SARL", "12 rue des Tanneurs", "69002 Lyon"),
        (
            "Transports Giraud SAS",
            "ZI des Chesnes, 4 allée du Lac",
            "38070 Saint-Quentin-Fallavier",
        ),
        ("Imprimerie Lefebvre SA", "45 boulevard Voltaire", "75011 Paris"),
    ),
    "be": (
        ("Verhaeghe Bouwmaterialen BV", "Kortrijksesteenweg 210", "9000 Gent"),
        ("Peeters & Janssens BV", "Mechelsesteenweg 61", "2018 Antwerpen"),
    ),
    "nl": (
        ("Van der Berg Installatietechniek B.V.", "Energieweg 18", "3542 DZ Utrecht"),
        ("Studio Blauwdruk", "Oudegracht 112", "3511 AW Utrecht"),
        ("De Vries Groothandel B.V.", "Havenstraat 4", "1506 PS Zaandam"),
    ),
    "es": (
        ("Talleres Ruiz S.L.", "Calle de la Industria 23", "28823 Coslada (Madrid)"),
        ("Distribuciones Levante S.A.", "Avda. del Puerto 140", "46023 Valencia"),
    ),
    "it": (
        ("Ferramenta Bianchi S.r.l.", "Via Giuseppe Verdi 18", "20121 Milano (MI)"),
        ("Studio Grafico Conti S.n.c.", "Corso Vittorio Emanuele 201", "10128 Torino (TO)"),
    ),
    "pt": (("Sousa & Filhos, Lda.", "Rua do Almada 120", "4050-031 Porto"),),
    "se": (
        ("Nordström Bygg AB", "Industrigatan 6", "212 14 Malmö"),
        ("Lindgren Konsult AB", "Drottninggatan 45", "111 21 Stockholm"),
    ),
    "dk": (("Hansen & Lund ApS", "Vesterbrogade 98", "1620 København V"),),
    "no": (("Johnsen Rør AS", "Strandveien 30", "7042 Trondheim"),),
    "fi": (("Kallio Consulting Oy", "Hämeenkatu 14", "33100 Tampere"),),
}

PEOPLE = (
    "Sarah Whitaker",
    "Daniel Okonkwo",
    "Emily Hartmann",
    "Lukas Brenner",
    "Camille Dubois",
    "Joost Verbeek",
    "Lucía Navarro",
    "Giulia Ferri",
    "Mikael Sandberg",
    "Mette Kristensen",
    "Ana Ferreira",
    "Tom Gallagher",
    "Priya Raman",
    "Jana Novotná",
    "Marc Vandenbroucke",
)

#: Goods and services by language: (description, unit, lowest, highest unit price).
GOODS: dict[str, tuple[tuple[str, str, float, float], ...]] = {
    "en": (
        ("Website maintenance - monthly retainer", "mo", 250, 900),
        ("Business cards, 400gsm, 500 pcs", "pk", 35, 80),
        ("Consulting hours", "hr", 85, 160),
        ("Copper pipe 22mm x 3m", "ea", 14, 28),
        ("Boiler service and safety check", "ea", 90, 180),
        ("Oak worktop 3000 x 600 x 40", "ea", 180, 420),
        ("Installation labour", "hr", 45, 75),
        ("Vinyl banner 3m x 1m", "ea", 60, 140),
        ("Cloud hosting plan (Pro)", "mo", 29, 99),
        ("Catering trays, disposable (box of 50)", "box", 18, 36),
        ("Delivery & setup", "ea", 40, 95),
        ("HVAC filter MERV 13, 20x25x4", "ea", 22, 48),
        ("Logo design - revisions", "hr", 60, 110),
    ),
    "de": (
        ("Wartung Heizungsanlage", "Std.", 58, 86),
        ("Kupferrohr 22 mm, 5 m", "Stk.", 19, 42),
        ("Montagearbeiten", "Std.", 52, 78),
        ("Anfahrtspauschale", "pausch.", 35, 65),
        ("Kopierpapier A4, 80 g/m², 5 x 500 Blatt", "Karton", 21, 33),
        ("Buchhaltung Monat", "Monat", 180, 420),
        ("Faltkarton 600 x 400 x 400 mm", "Stk.", 1.2, 3.4),
        ("Eichenholz Tischplatte, geölt", "Stk.", 390, 880),
        ("IT-Beratung", "Std.", 95, 140),
        ("Thermostatventil DN15", "Stk.", 14, 31),
        ("Entsorgung Altmaterial", "pausch.", 40, 90),
    ),
    "fr": (
        ("Prestation de conseil", "jour", 450, 900),
        ("Impression flyers A5 recto-verso", "lot", 60, 190),
        ("Transport Lyon - Grenoble", "forfait", 180, 420),
        ("Main d'oeuvre", "h", 42, 68),
        ("Palette bois 1200 x 800", "u", 9, 16),
        ("Location hayon élévateur", "jour", 70, 120),
        ("Brochures 16 pages, 250 ex.", "lot", 240, 520),
    ),
    "nl": (
        ("Onderhoud cv-ketel", "st", 85, 140),
        ("Arbeidsloon monteur", "uur", 48, 72),
        ("Voorrijkosten", "st", 25, 45),
        ("Ontwerp huisstijl", "uur", 65, 95),
        ("Pallet koffiebekers 180 ml", "doos", 22, 39),
        ("Radiatorkraan thermostatisch", "st", 19, 38),
    ),
    "es": (
        ("Mano de obra oficial", "h", 28, 45),
        ("Revisión de maquinaria", "ud", 120, 260),
        ("Rodamiento SKF 6205", "ud", 8, 19),
        ("Transporte y portes", "ud", 35, 80),
        ("Aceite hidráulico ISO 46, 20 l", "ud", 55, 95),
    ),
    "it": (
        ("Viti autofilettanti 4x30 (conf. 200)", "conf", 6, 14),
        ("Trapano avvitatore 18V", "pz", 89, 179),
        ("Progettazione grafica", "ore", 40, 70),
        ("Stampa cataloghi 32 pagine", "pz", 2.1, 4.8),
        ("Manodopera", "ore", 30, 48),
    ),
    "pt": (
        ("Reparação de canalização", "h", 25, 40),
        ("Tubo PPR 25 mm (4 m)", "un", 6, 12),
        ("Deslocação", "un", 20, 35),
    ),
    "sv": (
        ("Snickeriarbete", "tim", 480, 650),
        ("Gipsskiva 13 mm", "st", 95, 140),
        ("Konsulttjänst", "tim", 950, 1350),
        ("Resekostnad", "st", 350, 600),
    ),
    "da": (
        ("Konsulentbistand", "time", 850, 1200),
        ("Licens, årlig", "stk", 1800, 4200),
        ("Kørsel", "km", 3.5, 3.9),
    ),
    "nb": (
        ("Rørleggerarbeid", "time", 780, 990),
        ("Varmtvannsbereder 200 l", "stk", 8900, 12400),
        ("Kjøring", "stk", 450, 690),
    ),
    "fi": (("Konsultointi", "h", 95, 140), ("Matkakulut", "kpl", 40, 90)),
}


def firm(rng: random.Random, country: str, taken: set[str]) -> tuple[str, str, str]:
    """A firm of ``country`` not yet used in this document."""
    choices = [f for f in FIRMS[country] if f[0] not in taken] or list(FIRMS["uk"])
    chosen = rng.choice(choices)
    taken.add(chosen[0])
    return chosen


def goods(rng: random.Random, lang: str, count: int) -> list[tuple[str, str, float, float]]:
    """``count`` rows: (description, unit, quantity, unit price)."""
    chosen = rng.sample(GOODS[lang], min(count, len(GOODS[lang])))
    while len(chosen) < count:  # long tables repeat goods in other sizes
        desc, unit, low, high = rng.choice(GOODS[lang])
        chosen.append((f"{desc} ({len(chosen) + 1})", unit, low, high))
    rows = []
    for desc, unit, low, high in chosen:
        hours = unit in ("hr", "Std.", "h", "uur", "ore", "tim", "time", "jour")
        qty = (
            rng.choice((1, 1.5, 2, 3, 4.5, 6, 8))
            if hours
            else float(rng.choice((1, 1, 2, 3, 5, 10, 12, 25)))
        )
        price = round(rng.uniform(low, high), 2)
        rows.append((desc, unit, qty, price))
    return rows


#: Table columns a print may have, in its order: pos, desc, qty, unit, price, vat, amount.
def item_table(
    pen: Pen,
    rows: list[tuple[str, str, float, float]],
    header: dict[str, str],
    *,
    vat_rate: float | None = None,
    desc_extra: list[str] | None = None,
) -> tuple[list[list[str]], float]:
    """The item table under ``header`` (its keys, in order, choose the columns) and the net
    sum of its rows; each row is labelled as a line item."""
    table = [list(header.values())]
    net = 0.0
    for index, (desc, unit, qty, price) in enumerate(rows):
        amount = round(qty * price, 2)
        net += amount
        counted = "qty" in header or "qty_unit" in header
        pen.item(desc, qty if counted else None, price if "price" in header else None, amount)
        shown = desc if not desc_extra else f"{desc}\n{desc_extra[index]}"
        cells = {
            "pos": str(index + 1),
            "pos10": str((index + 1) * 10),
            "code": f"{pen.rng.randint(10000, 99999)}",
            "desc": shown,
            "qty": pen.qty(qty),
            "unit": unit,
            "qty_unit": f"{pen.qty(qty)} {unit}",
            "price": pen.num(price),
            "vat": f"{pen.qty((vat_rate or 0) * 100)}%",
            "amount": pen.num(amount),
        }
        table.append([cells[key] for key in header])
    return table, round(net, 2)


def with_vat(net: float, rate: float) -> tuple[float, float]:
    """The tax at ``rate`` on ``net`` and the gross sum."""
    tax = round(net * rate, 2)
    return tax, round(net + tax, 2)


def address(pen: Pen, chosen: tuple[str, str, str], *, vendor: bool = False) -> list[str]:
    """A firm's address block, its name recorded (``vendor``: as the seller)."""
    return [pen.org(chosen[0], vendor=vendor), chosen[1], chosen[2]]


def parties(
    pen: Pen, country: str, buyer_country: str | None = None
) -> tuple[list[str], list[str]]:
    """The seller's and the buyer's address blocks (the seller recorded as the vendor)."""
    taken: set[str] = set()
    seller = address(pen, firm(pen.rng, country, taken), vendor=True)
    buyer = address(pen, firm(pen.rng, buyer_country or country, taken))
    return seller, buyer


__all__ = [
    "FIRMS",
    "GOODS",
    "PEOPLE",
    "address",
    "firm",
    "goods",
    "item_table",
    "parties",
    "with_vat",
]
