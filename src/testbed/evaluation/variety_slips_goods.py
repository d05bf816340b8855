"""What receipts sell, in each language: a till's article names (abbreviated as tills print
them), their price ranges and VAT classes, and a basket drawn from them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from testbed.evaluation.variety_slips_style import cents

#: (article as the till prints it, lowest and highest price, tax class: 0 reduced, 1 standard).
GROCERIES: dict[str, tuple[tuple[str, float, float, int], ...]] = {
    "de": (
        ("Vollmilch 3,5% 1L", 0.99, 1.39, 0),
        ("Bio Bananen", 1.29, 2.19, 0),
        ("Roggenmischbrot 750g", 1.89, 3.49, 0),
        ("Dt. Markenbutter", 1.99, 2.79, 0),
        ("Gouda jung Scheiben", 1.49, 2.69, 0),
        ("Mineralwasser 6x1,5L", 1.99, 3.29, 1),
        ("Kaffee Crema 1kg", 9.99, 15.99, 0),
        ("Rispentomaten", 1.79, 2.99, 0),
        ("Joghurt mild 3,8%", 0.45, 0.89, 0),
        ("Spaghetti No.5", 0.79, 1.69, 0),
        ("Toilettenpapier 3lg", 2.95, 4.45, 1),
        ("Spuelmittel Zitrone", 0.95, 1.85, 1),
        ("Apfelschorle 1L", 0.89, 1.49, 1),
        ("Eier Freiland 10St", 2.49, 3.99, 0),
    ),
    "fr": (
        ("LAIT DEMI-ECRM 1L", 0.95, 1.29, 0),
        ("BAGUETTE TRADITION", 1.05, 1.40, 0),
        ("EMMENTAL RAPE 200G", 1.89, 2.75, 0),
        ("YAOURT NATURE X4", 1.15, 1.95, 0),
        ("POMMES GALA", 2.19, 3.49, 0),
        ("EAU MINERALE 6X1.5L", 2.49, 3.79, 0),
        ("CAFE MOULU 250G", 2.89, 4.99, 0),
        ("LESSIVE LIQUIDE", 6.99, 11.90, 1),
        ("JAMBON BLANC X4", 2.49, 3.95, 0),
        ("PATES COQUILLETTES", 0.89, 1.59, 0),
        ("VIN ROUGE AOC", 4.95, 9.90, 1),
        ("ESSUIE-TOUT X2", 1.99, 3.20, 1),
    ),
    "es": (
        ("LECHE ENTERA BRIK", 0.85, 1.19, 0),
        ("PAN DE BARRA", 0.45, 0.95, 0),
        ("TOMATE RAMA", 1.45, 2.60, 0),
        ("ACEITE OLIVA V.E. 1L", 6.95, 9.85, 0),
        ("HUEVOS FRESCOS L-12", 2.10, 3.20, 0),
        ("YOGUR NATURAL 4U", 0.95, 1.60, 0),
        ("QUESO CURADO CUÑA", 3.80, 6.50, 0),
        ("AGUA MINERAL 1,5L", 0.32, 0.60, 0),
        ("DETERGENTE GEL", 4.50, 8.90, 1),
        ("CERVEZA LATA 33CL", 0.55, 0.95, 1),
        ("JAMON COCIDO LONCH", 1.75, 3.10, 0),
        ("PAPEL HIGIENICO 12R", 3.20, 5.40, 1),
    ),
    "it": (
        ("LATTE INTERO 1L", 1.09, 1.65, 0),
        ("PANE COMUNE", 1.20, 2.80, 0),
        ("PARMIGIANO REGG.", 3.90, 7.80, 0),
        ("PASTA PENNE RIGATE", 0.79, 1.49, 0),
        ("POMODORI PELATI", 0.69, 1.29, 0),
        ("ACQUA NATURALE 6X1,5", 1.99, 3.49, 1),
        ("CAFFE' MACINATO", 2.99, 5.49, 1),
        ("MOZZARELLA 125G", 0.89, 1.59, 0),
        ("DETERSIVO PIATTI", 1.49, 2.99, 1),
        ("MELE GOLDEN", 1.69, 2.49, 0),
        ("OLIO EXTRAV. 1L", 6.49, 10.90, 0),
        ("BISCOTTI FROLLINI", 1.59, 2.79, 1),
    ),
    "nl": (
        ("HALFVOLLE MELK", 1.09, 1.49, 0),
        ("VOLKORENBROOD", 1.79, 2.89, 0),
        ("JONGE KAAS PLAKKEN", 2.49, 4.29, 0),
        ("BANANEN", 1.39, 2.19, 0),
        ("KOFFIEBONEN", 5.99, 11.49, 0),
        ("PINDAKAAS", 2.19, 3.79, 0),
        ("SPA BLAUW 6X1,5L", 3.49, 5.29, 0),
        ("WASMIDDEL", 6.99, 12.99, 1),
        ("HAGELSLAG PUUR", 2.29, 3.49, 0),
        ("APPELSAP", 1.29, 2.19, 0),
        ("TOILETPAPIER", 3.99, 6.49, 1),
        ("KIPFILET", 4.29, 7.49, 0),
    ),
    "pt": (
        ("LEITE MEIO GORDO 1L", 0.75, 1.09, 0),
        ("PAO DE FORMA", 1.19, 2.29, 0),
        ("ARROZ CAROLINO 1KG", 1.09, 1.89, 0),
        ("AZEITE VIRGEM EXTRA", 5.99, 9.49, 0),
        ("BACALHAU POSTA", 7.99, 14.90, 0),
        ("QUEIJO FLAMENGO", 1.99, 3.49, 0),
        ("IOGURTE NATURAL", 0.89, 1.79, 0),
        ("AGUA 1,5L", 0.25, 0.59, 0),
        ("DETERGENTE LOICA", 1.49, 2.99, 1),
        ("CAFE TORRADO", 2.79, 4.99, 1),
        ("VINHO TINTO DOURO", 3.49, 7.99, 1),
        ("BANANA MADEIRA", 1.29, 2.19, 0),
    ),
    "en": (
        ("SEMI SKIMMED MILK 2PT", 1.25, 1.65, 0),
        ("WHOLEMEAL BREAD 800G", 0.95, 1.75, 0),
        ("BANANAS LOOSE", 0.79, 1.49, 0),
        ("MATURE CHEDDAR", 2.25, 4.50, 0),
        ("FREE RANGE EGGS 6", 1.69, 2.65, 0),
        ("ORANGE JUICE 1L", 1.45, 2.50, 0),
        ("BASMATI RICE 1KG", 1.85, 3.40, 0),
        ("INSTANT COFFEE 200G", 3.50, 6.75, 0),
        ("WASHING UP LIQUID", 0.99, 1.85, 1),
        ("KITCHEN ROLL 2PK", 1.70, 2.95, 1),
        ("PINOT GRIGIO 75CL", 5.50, 8.99, 1),
        ("CHICKEN BREAST FILLETS", 3.40, 5.95, 0),
    ),
}


@dataclass(frozen=True, slots=True)
class Article:
    """One line of a basket: quantity 1 prints as a bare price."""

    name: str
    qty: int
    unit: float
    tax: int

    @property
    def amount(self) -> float:
        return cents(self.qty * self.unit)


def basket(rng: random.Random, lang: str, count: int, *, multi: float = 0.3) -> list[Article]:
    """``count`` distinct articles of ``lang``'s tills, some bought several times."""
    chosen = rng.sample(GROCERIES[lang], count)
    out = []
    for name, low, high, tax in chosen:
        unit = cents(rng.uniform(low, high))
        qty = rng.choice((2, 2, 3, 4, 6)) if rng.random() < multi else 1
        out.append(Article(name, qty, unit, tax))
    return out


def vat_split(
    items: list[Article], rates: tuple[float, float]
) -> list[tuple[int, float, float, float]]:
    """Per tax class present: (class, gross, net, tax), net and tax from the gross."""
    out = []
    for tax_class in (0, 1):
        gross = cents(sum(item.amount for item in items if item.tax == tax_class))
        if gross:
            net = cents(gross / (1 + rates[tax_class] / 100))
            out.append((tax_class, gross, net, cents(gross - net)))
    return out


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def masked_pan(rng: random.Random, style: str = "*") -> str:
    last = digits(rng, 4)
    if style == "x":
        return f"XXXX XXXX XXXX {last}"
    if style == "#":
        return f"############{last}"
    return f"************{last}"


__all__ = ["GROCERIES", "Article", "basket", "digits", "masked_pan", "vat_split"]
