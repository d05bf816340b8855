"""The plainest paper in the inbox: an industrial supplier's invoice for goods shipped against
our purchase order, with its delivery note and ship date, and terms that may offer a cash
discount for early payment (so two days to pay by stand on it: the discount's and the net).
"""

from __future__ import annotations

import random

from testbed.evaluation.author_backoffice_orders import SUPPLIERS, order_rows
from testbed.evaluation.author_backoffice_style import (
    Paper,
    address,
    buyer,
    digits,
    later,
    letters,
    person,
    some_day,
)
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet


def goods_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A goods invoice: PO, delivery note and customer numbers beside its own; "2/10 Net 30"
    with both days written out (the net day is the due date), a due date in the panel, or the
    terms alone (then no day to pay by is printed, and none is labelled)."""
    p = Paper.of(rng)
    supplier, client, contact = rng.choice(SUPPLIERS), buyer(rng, p.place), person(rng)
    issued = some_day(rng)
    shipped = later(issued, -rng.randint(0, 3))
    number = rng.choice(
        (digits(rng, 6), f"INV{digits(rng, 7)}", f"{letters(rng, 2)}/{digits(rng, 5)}")
    )
    rows = order_rows(p, rng.randint(2, 6))
    net = round(sum(r[4] for r in rows), 2)
    freight = p.price(15, 180) if rng.random() < 0.6 else 0.0
    tax = round((net + freight) * p.place.rate, 2)
    total = round(net + freight + tax, 2)
    style = rng.choice(("discount", "panel", "terms"))
    discount_by, due = later(issued, 10), later(issued, 30)
    terms = "2/10 Net 30" if style != "panel" else rng.choice(("Net 30", "30 days net"))
    panel = [
        ("Invoice No.", mark("documentNumber", number)),
        ("Invoice Date", mark("issueDate", p.day(issued))),
        ("Customer No.", digits(rng, 5)),
        ("Your PO No.", f"45000{digits(rng, 5)}"),
        ("Delivery Note", f"DN{digits(rng, 7)}"),
        ("Ship Date", p.day(shipped)),
        ("Terms", terms),
    ]
    if style == "panel":
        panel.insert(2, ("Due Date", mark("dueDate", p.day(due))))
    sums = [("Merchandise", p.money(net))]
    if freight:
        sums.append(("Freight", p.money(freight)))
    sums += [(p.place.tax, p.money(tax)), ("Total Due", mark("total", p.money(total)))]
    body: list[Block] = [
        ("title", "INVOICE"),
        ("columns", [("Ship to:", "Ship via:"), (client, rng.choice(("Road freight", "Courier")))]),
        (
            "table",
            [
                ["SKU", "Description", "Qty", "UoM", "Unit Price", "Ext. Price"],
                *[[s, n, f"{q:g}", "EA", p.num(u), p.num(a)] for s, n, q, u, a in rows],
            ],
        ),
        ("kv", sums),
    ]
    if style == "discount":
        body.append(
            (
                "para",
                f"Terms 2/10 Net 30: deduct {p.money(round(total * 0.02, 2))} if paid by "
                f"{p.day(discount_by)}; otherwise the full amount is due by "
                f"{mark('dueDate', p.day(due))}.",
            )
        )
    body.append(("para", "Interest of 1.5% per month is charged on overdue balances."))
    sheet = Sheet(
        head=[
            mark("vendor", supplier),
            address(rng, p.place),
            f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}",
        ],
        panel=panel,
        address=["Bill to:", client, f"Attn: {contact}", address(rng, p.place)],
        body=body,
        footer=[f"Remit to {supplier} · {p.place.bank[0]}", "Thank you for your business."],
        text_panel=rng.choice(("kv", "columns", "kv_below")),
    )
    dates = [("issue", issued)] + ([("due", due)] if style != "terms" else [])
    items = tuple(LineItem(name, q, unit, amount) for _, name, q, unit, amount in rows)
    return sheet, p.labels(
        "invoice",
        number,
        organizations=(supplier, client),
        people=(contact,),
        vendor=supplier,
        total=total,
        dates=tuple(dates),
        items=items,
    )


__all__ = ["goods_invoice"]
