"""The papers of one purchase for the ledger packets
(:mod:`testbed.evaluation.variety_ledger_packets`), in English and German: the buyer's
purchase order, the supplier's delivery note (quantities, no prices) and the supplier's
invoice quoting both; and a supplier's statement of account (open invoices, a payment and a
credit note, the balance brought forward not a row) followed by the customer's remittance
advice, in English and French.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_ledger_build import Drawn
from testbed.evaluation.variety_ledger_paper import Doc, Row, Table
from testbed.evaluation.variety_ledger_style import Pen, cents, someday

_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "buyer": ("Kestrel Print & Packaging Ltd", "Unit 9, Hadrian Park, Gateshead NE11 0SP"),
        "seller": ("Wearside Industrial Supplies Ltd", "Pallion Quay, Sunderland SR4 6UB"),
        "po": "PURCHASE ORDER", "pono": "PO number", "dn": "DELIVERY NOTE",
        "dnno": "Delivery note no.",
        "inv": "INVOICE", "invno": "Invoice number", "date": "Date", "due": "Due date",
        "yourpo": "Your order", "cols_po": ("Item", "Description", "Qty", "Unit price", "Total"),
        "cols_dn": ("Item", "Description", "Ordered", "Delivered"),
        "cols_inv": ("Item", "Description", "Qty", "Unit", "Price", "Amount"),
        "net": "Net total", "vat": "VAT 20%", "gross": "Total", "sign": "Received by: ____________",
        "unit": "pcs", "terms": "Payment 30 days net",
    },
    "de": {
        "buyer": ("Druckerei Lindner GmbH", "Gewerbering 14, 90451 Nürnberg"),
        "seller": ("Technischer Handel Pfister KG", "Am Hafen 3, 97080 Würzburg"),
        "po": "BESTELLUNG", "pono": "Bestell-Nr.", "dn": "LIEFERSCHEIN", "dnno": "Lieferschein-Nr.",
        "inv": "RECHNUNG", "invno": "Rechnungs-Nr.", "date": "Datum", "due": "Fällig am",
        "yourpo": "Ihre Bestellung", "cols_po": ("Art.-Nr.", "Bezeichnung", "Menge", "Preis/Stk.",
                                                 "Gesamt"),
        "cols_dn": ("Art.-Nr.", "Bezeichnung", "bestellt", "geliefert"),
        "cols_inv": ("Art.-Nr.", "Bezeichnung", "Menge", "Einh.", "Einzelpreis", "Betrag"),
        "net": "Summe netto", "vat": "MwSt. 19 %", "gross": "Gesamtbetrag",
        "sign": "Ware erhalten: ____________", "unit": "Stk.", "terms": "Zahlbar in 30 Tagen netto",
    },
}  # fmt: skip
_GOODS = {
    "en": (("Nitrile gloves, box of 100, size L", 6.2), ("Stretch wrap 500mm x 300m", 11.4),
           ("Packing tape 48mm x 66m brown", 1.35), ("Safety boots S3, size 9", 39.0),
           ("Hi-vis vest yellow, XL", 2.8), ("Cable ties 300mm black, pack of 100", 3.9)),
    "de": (("Nitrilhandschuhe Gr. L, 100 Stk.", 7.1), ("Stretchfolie 500 mm x 300 m", 12.9),
           ("Packband PP 50 mm x 66 m braun", 1.6), ("Sicherheitsschuh S3 Gr. 43", 44.5),
           ("Warnweste gelb, Gr. XL", 3.2), ("Kabelbinder 300 mm schwarz, 100 Stk.", 4.4)),
}  # fmt: skip
_LOCALE = {"en": "uk", "de": "de"}


@dataclass(frozen=True, slots=True)
class Order:
    lang: str
    day: dt.date
    po: str
    note: str
    lines: tuple[tuple[str, str, int, float], ...]  # code, text, count, price


def order_facts(rng: random.Random, lang: str) -> Order:
    picked = rng.sample(_GOODS[lang], rng.randint(3, 5))
    lines = tuple((f"{rng.randint(100000, 999999)}", text, rng.choice((5, 10, 20, 40)), price)
                  for text, price in picked)  # fmt: skip
    return Order(lang, someday(rng), f"{rng.randint(4500000000, 4500099999)}",
                 f"{rng.randint(800000, 899999)}", lines)  # fmt: skip


def purchase_order(rng: random.Random, o: Order) -> Drawn:
    w = _WORDS[o.lang]
    p = Pen.start(rng, _LOCALE[o.lang])
    buyer, street = w["buyer"]
    p.firm(buyer)
    seller = p.seller(w["seller"][0])
    rows = []
    net = 0.0
    for code, text, count, price in o.lines:
        amount = cents(count * price)
        net += amount
        p.item(text, float(count), price, amount)
        rows.append(Row([code, text, str(count), p.num(price), p.num(amount)], value=amount))
    table = Table(list(w["cols_po"]), rows, frozenset({2, 3, 4}), [12, 50, 8, 12, 12], wrap=1)
    blocks = [
        ("side", ([buyer, street], [w["po"]])),
        ("gap", 1),
        ("kv", [(w["pono"], p.ident(o.po)), (w["date"], p.day(o.day, "issue"))]),
        ("gap", 1),
        ("text", [seller, w["seller"][1]]),
        ("gap", 1),
        ("table", table),
        ("totals", [(w["net"], p.total(net))]),
    ]  # fmt: skip
    return Drawn(Doc(blocks), p, o.day)


def delivery_note(rng: random.Random, o: Order) -> Drawn:
    w = _WORDS[o.lang]
    p = Pen.start(rng, _LOCALE[o.lang])
    seller, street = w["seller"]
    p.firm(seller)
    p.firm(w["buyer"][0])
    shipped = o.day + dt.timedelta(days=3)
    rows = [Row([code, text, str(count), str(count)]) for code, text, count, _ in o.lines]
    table = Table(list(w["cols_dn"]), rows, frozenset({2, 3}), [12, 56, 10, 10], wrap=1,
                  rules="grid")  # fmt: skip
    blocks = [
        ("side", ([seller, street], [w["dn"]])),
        ("gap", 1),
        ("kv", [(w["dnno"], o.note), (w["date"], p.day(shipped, None)),
                (w["yourpo"], o.po)]),
        ("gap", 1),
        ("text", [w["buyer"][0], w["buyer"][1]]),
        ("gap", 1),
        ("table", table),
        ("gap", 2),
        ("text", [w["sign"]]),
    ]  # fmt: skip
    return Drawn(Doc(blocks), p, shipped)


def trail_invoice(rng: random.Random, o: Order) -> Drawn:
    w = _WORDS[o.lang]
    p = Pen.start(rng, _LOCALE[o.lang])
    seller = p.seller(w["seller"][0])
    p.firm(w["buyer"][0])
    issued = o.day + dt.timedelta(days=4)
    rows = []
    net = 0.0
    for code, text, count, price in o.lines:
        amount = cents(count * price)
        net += amount
        p.item(text, float(count), price, amount)
        rows.append(Row([code, text, str(count), w["unit"], p.num(price), p.num(amount)],
                        value=amount))  # fmt: skip
    rate = 0.2 if o.lang == "en" else 0.19
    vat = cents(net * rate)
    table = Table(list(w["cols_inv"]), rows, frozenset({2, 4, 5}), [12, 46, 7, 7, 12, 12],
                  wrap=1, rules="lines")  # fmt: skip
    blocks = [
        ("side", ([seller, w["seller"][1]], [])),
        ("rtitle", w["inv"]),
        ("gap", 1),
        ("text", [w["buyer"][0], w["buyer"][1]]),
        ("gap", 1),
        ("rkv", [(w["invno"], p.ident(f"{rng.randint(10000, 99999)}")),
                 (w["date"], p.day(issued, "issue")), (w["yourpo"], o.po),
                 (w["dnno"], o.note), (w["due"], p.day(issued + dt.timedelta(days=30), "due"))]),
        ("gap", 1),
        ("table", table),
        ("totals", [(w["net"], p.money(net)), (w["vat"], p.money(vat)),
                    (w["gross"], p.total(net + vat))]),
        ("small", [w["terms"]]),
    ]  # fmt: skip
    return Drawn(Doc(blocks), p, issued)


_STATEMENT: dict[str, tuple[Any, ...]] = {
    "en": ("uk", "Statement of Account", "Account no.", "Statement date", "Date", "Reference",
           "Details", "Amount", "Balance", "Balance brought forward", "Invoice", "Payment received",
           "Credit note", "Balance due", "Please pay by", "REMITTANCE ADVICE", "Payment date",
           "Invoices paid", "Amount paid", "Total paid",
           ("Ashworth Electrical Wholesale Ltd", "Mill Lane, Bolton BL3 6DW"),
           ("Pendle Lighting Installations Ltd", "Unit 2, Lomeshaye Ind. Est., Nelson BB9 7DR")),
    "fr": ("fr", "Relevé de compte", "N° client", "Date du relevé", "Date", "Référence",
           "Libellé", "Montant", "Solde", "Solde reporté", "Facture", "Règlement reçu", "Avoir",
           "Solde à payer", "À régler avant le", "AVIS DE PAIEMENT", "Date du virement",
           "Factures réglées", "Montant réglé", "Total réglé",
           ("Comptoir Électrique Rhodanien SAS", "27 quai Perrache, 69002 Lyon"),
           ("Lumière & Réseaux SARL", "5 rue de la Part-Dieu, 69003 Lyon")),
}  # fmt: skip


def statement_pair(rng: random.Random, lang: str) -> tuple[Drawn, Drawn]:
    """A supplier's statement of account and the customer's remittance advice paying it."""
    s = _STATEMENT[lang]
    p = Pen.start(rng, s[0])
    supplier, street = s[20]
    customer, street2 = s[21]
    p.firm(customer)
    p.firm(supplier)
    day = someday(rng)
    account = p.ident(f"{customer[:3].upper()}{rng.randint(100, 999)}")
    opening = cents(rng.uniform(300, 2500))
    balance = opening
    rows: list[Row] = []
    open_invoices = []
    kinds = rng.sample((10, 10, 10, 11, 12), 5)
    for offset, kind in zip(sorted(rng.sample(range(1, 28), 5)), kinds, strict=True):
        when = day - dt.timedelta(days=30 - offset)
        if kind == 11:
            amount = -opening
        elif kind == 12:
            amount = -cents(rng.uniform(20, 120))
        else:
            amount = cents(rng.uniform(80, 1500))
        ref = f"{'INV' if kind == 10 else 'CN' if kind == 12 else 'PMT'}{rng.randint(10000, 99999)}"
        balance = cents(balance + amount)
        text = s[kind]
        p.item(text, None, None, amount)
        rows.append(
            Row([p.day(when, None), ref, text, p.num(amount), p.num(balance)], value=amount)
        )
        if kind == 10:
            open_invoices.append((ref, when, amount))
    table = Table([s[4], s[5], s[6], s[7], s[8]], [Row(["", "", s[9], "", p.num(opening)]),
                  *rows], frozenset({3, 4}), [14, 16, 36, 14, 14], wrap=2,
                  rules="lines")  # fmt: skip
    due = day + dt.timedelta(days=14)
    statement = Doc([
        ("side", ([supplier, street], [s[1]])),
        ("gap", 1),
        ("text", [customer, street2]),
        ("gap", 1),
        ("rkv", [(s[2], account), (s[3], p.day(day, "issue"))]),
        ("gap", 1),
        ("table", table),
        ("totals", [(s[13], p.total(balance))]),
        ("text", [f"{s[14]} {p.day(due, 'due')}"]),
    ])  # fmt: skip
    first = Drawn(statement, p, day)
    q = Pen.start(rng, s[0])
    q.firm(customer)
    q.firm(supplier)
    paid_on = due - dt.timedelta(days=3)
    paid = [(ref, amount) for ref, _, amount in open_invoices] or [("-", balance)]
    total = cents(sum(a for _, a in paid))
    advice = Doc([
        ("side", ([customer, street2], [s[15]])),
        ("gap", 1),
        ("text", [supplier, street]),
        ("gap", 1),
        ("kv", [(s[2], unmark(account)), (s[16], q.day(paid_on, None))]),
        ("gap", 1),
        ("table", Table([s[17], s[18]], [Row([ref, q.num(a)]) for ref, a in paid],
                        frozenset({1}), [40, 20], wrap=0, rules="lines")),
        ("totals", [(s[19], q.money(total))]),
    ])  # fmt: skip
    return first, Drawn(advice, q, paid_on)


__all__ = ["Order", "delivery_note", "order_facts", "purchase_order", "statement_pair",
           "trail_invoice"]  # fmt: skip
