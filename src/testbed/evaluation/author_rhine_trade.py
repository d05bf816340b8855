"""Ordering papers of author ``rhine``: a buyer's Bestellung (or an English purchase order
from a European firm) and a supplier's Auftragsbestätigung that quotes the buyer's order.

As read: a purchase order's vendor is the supplier it is sent to (printed in the address
field, not the letterhead); its number is the buyer's order number. An order confirmation
is filed with purchase orders too: it is the supplier's copy of the same order, its vendor
the supplier in the letterhead, its number the confirmation's own (the buyer's order number
it quotes belongs to the other paper). The delivery date of either is neither an issue nor a
due date. The total is the order's value as printed last (gross where a gross is printed).
"""

from __future__ import annotations

import random

from testbed.evaluation.author_rhine_german import GOODS
from testbed.evaluation.author_rhine_paper import BUYERS, firm, item_table, labels, net_of
from testbed.evaluation.author_rhine_style import (
    COUNTRIES,
    day_in_2026,
    digits,
    later,
    person,
    rows_of,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


def bestellung(rng: random.Random) -> tuple[Sheet, Labels]:
    """A purchase order from a German buyer, in German or in English."""
    english = rng.random() < 0.35
    country = COUNTRIES["DE"] if not english else COUNTRIES["DE€"]
    purchaser = rng.choice([b for b in BUYERS if "GmbH" in b.name])
    supplier = firm(rng, rng.choice(["DE", "DE", "AT", "NL"]))
    issued = day_in_2026(rng)
    delivery = later(issued, rng.randint(10, 30))
    number = rng.choice(
        [f"BE-2026-{digits(rng, 4)}", f"45{digits(rng, 8)}", f"PO-{digits(rng, 6)}"]
    )
    rows = rows_of(rng, GOODS, rng.randint(2, 5))
    net = net_of(rows)
    tax = round(net * 0.19, 2)
    gross = round(net + tax, 2)
    buyer_person = person(rng, "de")
    gross_printed = rng.random() < 0.6
    total = gross if gross_printed else net
    if english:
        panel = [
            ("PO number", mark("documentNumber", number)),
            ("Order date", mark("issueDate", country.date(issued))),
            ("Supplier no.", digits(rng, 6)),
            ("Requested delivery", country.date(delivery)),
            ("Buyer", buyer_person),
        ]
        header = ["Description", "Qty", "Unit price EUR", "Amount EUR"]
        sums = [("Net value", country.money(net))]
        if gross_printed:
            sums += [("VAT 19 %", country.money(tax)), ("Total order value", country.money(gross))]
        else:
            sums = [("Total net value", country.money(net))]
        title, supplier_label = "Purchase Order", "Supplier:"
        notes = (
            "Please confirm this order within 3 working days quoting our PO number. "
            "Delivery to: Goods receiving, Gate 2. Terms of payment: 30 days net."
        )
    else:
        panel = [
            ("Bestellnummer", mark("documentNumber", number)),
            ("Bestelldatum", mark("issueDate", country.date(issued))),
            ("Lieferantennummer", digits(rng, 6)),
            ("Liefertermin", country.date(delivery)),
            ("Einkäufer/in", buyer_person),
        ]
        header = ["Artikel", "Menge", "Preis/Einheit", "Gesamt"]
        sums = [("Bestellwert netto", country.money(net))]
        if gross_printed:
            sums += [
                ("zzgl. 19 % MwSt.", country.money(tax)),
                ("Bestellwert brutto", country.money(gross)),
            ]
        title, supplier_label = "Bestellung", "Lieferant:"
        notes = (
            "Bitte bestätigen Sie uns diese Bestellung umgehend unter Angabe unserer "
            "Bestellnummer. Es gelten unsere Allgemeinen Einkaufsbedingungen. "
            "Zahlung: 14 Tage 3 % Skonto, 45 Tage netto."
        )
    label, value = sums[-1]
    sums[-1] = (label, mark("total", value))
    body: list[Block] = [
        ("title", title),
        item_table(header, rows, country),
        ("kv", sums),
        ("para", notes),
        ("lines", [f"{purchaser.name}", buyer_person]),
    ]
    sheet = Sheet(
        head=[purchaser.name, f"{purchaser.street} · {purchaser.city}", "Einkauf / Purchasing"],
        panel=panel,
        panel_style=rng.choice(["box", "stack"]),
        address=[supplier_label, mark("vendor", supplier.name), supplier.street, supplier.city],
        body=body,
        footer=[f"{purchaser.name} · USt-IdNr. {purchaser.tax_id or 'DE 118 330 462'}"],
    )
    amounts = [(net, "EUR")] + ([(tax, "EUR"), (gross, "EUR")] if gross_printed else [])
    return sheet, labels(
        "purchase_order",
        number,
        [purchaser.name, supplier.name],
        [buyer_person],
        supplier.name,
        (total, "EUR"),
        amounts,
        [("issue", issued)],
        rows,
    )


def auftragsbestaetigung(rng: random.Random) -> tuple[Sheet, Labels]:
    """A supplier's order confirmation quoting the buyer's order number and date."""
    code = rng.choice(["DE", "DE€", "AT"])
    country = COUNTRIES[code]
    supplier = firm(rng, code[:2])
    purchaser = rng.choice(BUYERS)
    issued = day_in_2026(rng)
    ordered = later(issued, -rng.randint(1, 5))
    delivery = later(issued, rng.randint(7, 21))
    number = rng.choice([f"AB-{digits(rng, 6)}", f"AB 2026/{digits(rng, 4)}", f"7{digits(rng, 6)}"])
    their_order = rng.choice([f"BE-2026-{digits(rng, 4)}", f"45{digits(rng, 8)}"])
    rows = rows_of(rng, GOODS, rng.randint(2, 4))
    net = net_of(rows)
    rate = 20 if code == "AT" else 19
    tax = round(net * rate / 100, 2)
    gross = round(net + tax, 2)
    clerk = person(rng, "de")
    letter_style = rng.random() < 0.5
    intro = (
        f"vielen Dank für Ihre Bestellung Nr. {their_order} vom {country.date(ordered)}, "
        "die wir zu folgenden Bedingungen bestätigen:"
    )
    facts = [
        ("Auftragsbestätigung Nr.", mark("documentNumber", number)),
        ("Datum", mark("issueDate", country.date(issued))),
        ("Ihre Bestellung", f"{their_order} vom {country.date(ordered)}"),
        ("Kunden-Nr.", digits(rng, 5)),
        ("Liefertermin", f"{country.date(delivery)} (voraussichtlich)"),
    ]
    body: list[Block] = [("title", "Auftragsbestätigung")]
    if letter_style:
        body += [
            ("kv", facts[:2]),
            ("para", f"Sehr geehrte Damen und Herren, {intro}"),
            ("kv", facts[3:]),
        ]
    else:
        body += [("kv", facts)]
    body += [
        item_table(["Bezeichnung", "Menge", "Einzelpreis", "Betrag"], rows, country),
        (
            "kv",
            [
                ("Warenwert netto", country.money(net)),
                (f"MwSt. {rate} %", country.money(tax)),
                ("Auftragssumme", mark("total", country.money(gross))),
            ],
        ),
        (
            "para",
            "Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto. Lieferung frei Haus. "
            "Bitte prüfen Sie diese Auftragsbestätigung; Abweichungen teilen Sie uns "
            "bitte innerhalb von 3 Tagen mit.",
        ),
        ("lines", ["Mit freundlichen Grüßen", clerk, "Vertriebsinnendienst"]),
    ]
    sheet = Sheet(
        head=[mark("vendor", supplier.name), f"{supplier.street} · {supplier.city}"],
        address=[purchaser.name, purchaser.street, purchaser.city],
        body=body,
        footer=[f"{supplier.name} · {supplier.tax_id}"],
    )
    return sheet, labels(
        "purchase_order",
        number,
        [supplier.name, purchaser.name],
        [clerk],
        supplier.name,
        (gross, "EUR"),
        [(net, "EUR"), (tax, "EUR"), (gross, "EUR")],
        [("issue", issued)],
        rows,
    )


__all__ = ["auftragsbestaetigung", "bestellung"]
