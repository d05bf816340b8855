"""Till slips of the development set's boundary documents: a pharmacy's and a supermarket's,
with what real tills print around the items: a loyalty block (points earned, balance), a VAT
analysis table (rate, net, VAT, gross), the tender and change, the card terminal's lines (AID,
PAN sequence, verified by PIN), the operator and the till. In English, German, French, Dutch,
Italian and Spanish; a Spanish till slip is headed "FACTURA SIMPLIFICADA" (a simplified
invoice by law) and an Italian one "DOCUMENTO COMMERCIALE", and both are receipts to a reader.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from testbed.evaluation.boundary_words import printer, when
from testbed.evaluation.commerce_style import Printer
from testbed.evaluation.corpus import Block, Writer

_PHARMACY_GOODS = (
    ("Paracetamol 500mg 16", 1.89),
    ("Hand cream 75ml", 4.5),
    ("Vitamin D3 90 tabs", 7.99),
    ("Plasters assorted", 3.25),
    ("Nasal spray", 5.49),
    ("Sun lotion SPF30", 9.99),
)
_GROCERY_GOODS = (
    ("Bananen 1kg", 1.79),
    ("Volkoren brood", 2.45),
    ("Pomodori pelati", 0.99),
    ("Mozzarella 125g", 1.19),
    ("Leche entera 1L", 0.95),
    ("Aceite oliva 1L", 7.45),
    ("Yoghurt naturel", 1.35),
    ("Caffè macinato 250g", 3.89),
)
#: Per language: (VAT rates by letter, words used around the items).
_TILL_WORDS = {
    "en": (
        {"A": 0.2, "B": 0.0},
        {
            "total": "TOTAL",
            "card": "CARD",
            "cash": "CASH",
            "change": "CHANGE DUE",
            "vat": ("VAT", "NET", "VAT", "GROSS"),
            "till": "Till {t}  Op {o}  Trans {n}",
            "loyalty": ("Advantage Card ****{d}", "Points earned {e}", "Points balance {b}"),
            "bye": "Thank you for shopping with us",
            "items": "{k} ITEMS",
        },
    ),
    "de": (
        {"A": 0.19, "B": 0.07},
        {
            "total": "SUMME",
            "card": "Karte",
            "cash": "Bar",
            "change": "Rückgeld",
            "vat": ("MwSt", "Netto", "MwSt", "Brutto"),
            "till": "Kasse {t}  Bed. {o}  Bon-Nr. {n}",
            "loyalty": ("Kundenkarte ****{d}", "Punkte heute {e}", "Punktestand {b}"),
            "bye": "Vielen Dank für Ihren Einkauf",
            "items": "{k} Artikel",
        },
    ),
    "fr": (
        {"A": 0.2, "B": 0.055},
        {
            "total": "TOTAL TTC",
            "card": "CB",
            "cash": "ESPECES",
            "change": "RENDU",
            "vat": ("TVA", "HT", "TVA", "TTC"),
            "till": "Caisse {t}  Hôte {o}  Ticket {n}",
            "loyalty": ("Carte fidélité ****{d}", "Points gagnés {e}", "Solde points {b}"),
            "bye": "Merci de votre visite",
            "items": "{k} ARTICLES",
        },
    ),
    "nl": (
        {"A": 0.09, "B": 0.21},
        {
            "total": "TOTAAL",
            "card": "PIN",
            "cash": "CONTANT",
            "change": "WISSELGELD",
            "vat": ("BTW", "Excl.", "BTW", "Incl."),
            "till": "Kassa {t}  Kassier {o}  Bon {n}",
            "loyalty": ("Bonuskaart ****{d}", "Zegels vandaag {e}", "Zegels totaal {b}"),
            "bye": "Bedankt en tot ziens",
            "items": "{k} ARTIKELEN",
        },
    ),
    "it": (
        {"A": 0.1, "B": 0.22},
        {
            "total": "TOTALE COMPLESSIVO",
            "card": "PAGAMENTO ELETTRONICO",
            "cash": "CONTANTI",
            "change": "RESTO",
            "vat": ("IVA", "IMPONIBILE", "IMPOSTA", "TOTALE"),
            "till": "Cassa {t}  Operatore {o}  Doc. n. {n}",
            "loyalty": ("Carta fedeltà ****{d}", "Punti oggi {e}", "Saldo punti {b}"),
            "bye": "Grazie e arrivederci",
            "items": "{k} ARTICOLI",
        },
    ),
    "es": (
        {"A": 0.1, "B": 0.21},
        {
            "total": "TOTAL",
            "card": "TARJETA",
            "cash": "EFECTIVO",
            "change": "CAMBIO",
            "vat": ("IVA", "BASE", "CUOTA", "TOTAL"),
            "till": "Caja {t}  Cajero {o}  Nº {n}",
            "loyalty": ("Tarjeta club ****{d}", "Puntos hoy {e}", "Saldo puntos {b}"),
            "bye": "Gracias por su visita",
            "items": "{k} ARTICULOS",
        },
    ),
}
_TITLES = {"it": "DOCUMENTO COMMERCIALE di vendita o prestazione", "es": "FACTURA SIMPLIFICADA"}


def _vat_block(
    p: Printer, words: Mapping[str, object], rates: dict[str, float], gross: dict[str, float]
) -> list[str]:
    """The VAT analysis: per tax letter, its rate, net, VAT and gross (no currency marks)."""
    heads = words["vat"]
    assert isinstance(heads, tuple)
    lines = [f"{heads[0]} %   {heads[1]}   {heads[2]}   {heads[3]}"]
    for letter, amount in sorted(gross.items()):
        rate = rates[letter]
        net = round(amount / (1 + rate), 2)
        lines.append(
            f"{letter} {rate * 100:g}%   {p.number(net)}   {p.number(round(amount - net, 2))}   "
            f"{p.number(amount)}"
        )
    return lines


def till(
    rng: random.Random, lang: str, shop: str, goods: tuple[tuple[str, float], ...]
) -> tuple[list[Block], Writer]:
    """A till slip in ``lang``: header, items with their tax letter, total, tender, the VAT
    analysis, the loyalty block and the terminal's lines."""
    style = {"en": "uk", "de": "de", "fr": "fr", "nl": "nl", "it": "it", "es": "es"}[lang]
    p = printer(rng, style)
    w = p.w
    rates, words = _TILL_WORDS[lang]
    w.vendor = w.plain_org(shop)
    w.number = f"{rng.randint(1000, 9999)}"
    day = when(rng)
    lines = [
        w.key("vendor", shop.upper()),
        rng.choice(("Via Garibaldi 14", "Kerkstraat 7", "High Street 112", "Calle Real 9")),
    ]
    if lang in _TITLES:
        lines.append(_TITLES[lang])
    lines.append(f"{p.day(day, 'issue')}  {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}")
    lines.append(
        str(words["till"]).format(
            t=rng.randint(1, 9), o=rng.randint(10, 99), n=w.key("documentNumber", w.number)
        )
    )
    gross: dict[str, float] = {}
    total = 0.0
    picked = rng.sample(goods, rng.randint(3, 5))
    for name, unit in picked:
        qty = rng.choice((1, 1, 2))
        amount = round(qty * unit, 2)
        letter = rng.choice(tuple(rates))
        gross[letter] = round(gross.get(letter, 0.0) + amount, 2)
        total += amount
        if qty > 1:
            lines.append(f"{name}  {qty} x {p.number(unit)}  {p.number(amount)} {letter}")
        else:
            lines.append(f"{name}  {p.number(amount)} {letter}")
        p.item(name, qty if qty > 1 else None, unit if qty > 1 else None, amount)
    total = round(total, 2)
    lines.append(str(words["items"]).format(k=len(picked)))
    lines.append(f"{words['total']}  {p.total(total)}")
    if rng.random() < 0.5:
        given = float(int(total) + rng.choice((1, 5, 10)))
        lines += [
            f"{words['cash']}  {p.money(given)}",
            f"{words['change']}  {p.money(round(given - total, 2))}",
        ]
    else:
        lines += [
            f"{words['card']}  {p.money(total)}",
            f"AID A00000000{rng.choice(('31010', '41010'))}",
            f"PAN SEQ 0{rng.randint(0, 3)}   AUTH {rng.randint(100000, 999999)}",
            rng.choice(("VERIFIED BY PIN", "CONTACTLESS")),
        ]
    lines += _vat_block(p, words, rates, gross)
    loyalty = words["loyalty"]
    assert isinstance(loyalty, tuple)
    earned = int(total)
    lines += [
        loyalty[0].format(d=rng.randint(1000, 9999)),
        loyalty[1].format(e=earned),
        loyalty[2].format(b=earned + rng.randint(100, 3000)),
    ]
    lines.append(str(words["bye"]))
    return [("lines", lines)], w


def pharmacy(rng: random.Random) -> tuple[list[Block], Writer]:
    """A pharmacy's till slip in English, German or French."""
    lang = rng.choice(("en", "de", "fr"))
    shop = {"en": "Wellcroft Chemist", "de": "Linden-Apotheke", "fr": "Pharmacie du Marché"}[lang]
    return till(rng, lang, shop, _PHARMACY_GOODS)


def grocery(rng: random.Random) -> tuple[list[Block], Writer]:
    """A supermarket's till slip in Dutch, Italian or Spanish."""
    lang = rng.choice(("nl", "it", "es"))
    shop = {"nl": "Buurtsuper De Linde", "it": "Supermercato Sole", "es": "Mercado La Plaza"}[lang]
    return till(rng, lang, shop, _GROCERY_GOODS)


__all__ = ["grocery", "pharmacy", "till"]
