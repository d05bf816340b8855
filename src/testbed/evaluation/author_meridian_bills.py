"""A household's electricity bill in the Philippines, Malaysia or Singapore, and a Mexican
payment receipt (the CFDI "recibo electrónico de pago" that acknowledges an invoice paid).

A utility bill prints its reading period, a disconnection or GIRO deduction date and the
arrears carried from the last bill beside its own date and pay-by date; a payment receipt
prints the day the money arrived and the invoices it settles beside the day it was issued.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meridian_style import (
    PURSES,
    dater,
    day,
    digits,
    uuid_like,
    ymd,
)
from testbed.evaluation.truth import Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

#: Country -> the utility, its words for the bill's labels, and its tariff per kWh.
_UTILITIES = {
    "PH": (
        "Luzon Consolidated Power Company, Inc.",
        11.42,
        ("Bill Date", "Please Pay On or Before", "SOA No.", "Total Amount Due", "Previous Balance"),
    ),
    "MY": (
        "Semenanjung Tenaga Utiliti Berhad",
        0.516,
        (
            "Tarikh Bil / Bill Date",
            "Bayar Sebelum / Pay Before",
            "No. Invois / Invoice No.",
            "Jumlah Perlu Dibayar / Total Amount Payable",
            "Baki Terdahulu / Previous Balance",
        ),
    ),
    "SG": (
        "Straits Energy Services Pte Ltd",
        0.2987,
        ("Bill Date", "Due Date", "Bill No.", "Total Amount Payable", "Outstanding Balance"),
    ),
}
_HOMES = {
    "PH": ("Maria Theresa Dela Cruz", "Blk 12 Lot 4, Camella Homes", "Bacoor, Cavite 4102"),
    "MY": (
        "Muhammad Hafiz bin Abdullah",
        "No. 8, Jalan Kenanga 3",
        "Taman Melawati, 53100 Kuala Lumpur",
    ),
    "SG": ("Mr. Ong Beng Huat", "Blk 456 Ang Mo Kio Ave 10 #08-1234", "Singapore 560456"),
}


def electricity_bill(rng: random.Random) -> tuple[Sheet, Labels]:
    """An electricity bill: the reading period, the energy charge as kWh at a tariff, fixed
    charges and tax; arrears, when there are any, are billed again in the amount due."""
    country = rng.choice(("PH", "MY", "SG"))
    purse = PURSES[country]
    utility, tariff, (dated, pay_by, number_label, due_label, arrears_label) = _UTILITIES[country]
    holder, *address = _HOMES[country]
    billed = day(rng)
    period_end = billed - dt.timedelta(days=rng.randint(1, 4))
    period_start = period_end - dt.timedelta(days=rng.randint(28, 31))
    due = billed + dt.timedelta(days=rng.choice((9, 14, 21)))
    kwh = float(rng.randint(120, 780))
    energy = purse.round(kwh * tariff)
    rows = [LineItem(f"Energy charge ({kwh:g} kWh)", kwh, tariff, energy)]
    fixed = {
        "PH": (
            "Distribution and metering charge",
            "Universal charges",
            "Government taxes (VAT 12%)",
        ),
        "MY": ("Caj perkhidmatan / Service charge", "KWTBB 1.6%", "Service Tax 8%"),
        "SG": ("Meter and service charge", "Carbon tax pass-through", "GST 9%"),
    }[country]
    for index, text in enumerate(fixed):
        if index == 2:
            amount = purse.round(
                sum(r.amount for r in rows) * {"PH": 0.12, "MY": 0.08, "SG": 0.09}[country]
            )
        else:
            amount = purse.round(energy * rng.uniform(0.02, 0.25))
        rows.append(LineItem(text, None, None, amount))
    current = purse.round(sum(r.amount for r in rows))
    arrears = purse.round(rng.uniform(0.3, 1.1) * current) if rng.random() < 0.3 else 0.0
    total = purse.round(current + arrears)
    show = dater("en-mdy" if country == "PH" else "dmy/")
    brief = dater("en-short" if country == "PH" else "dmy/")
    number = {
        "PH": f"{digits(rng, 12)}",
        "MY": f"{rng.randint(10, 99)}{digits(rng, 8)}",
        "SG": f"{billed.year % 100}{billed.month:02d}{digits(rng, 6)}",
    }[country]
    panel = [
        ("Account No.", f"{digits(rng, 10)}"),
        (number_label, mark("documentNumber", number)),
        (dated, mark("issueDate", show(billed))),
        ("Billing Period", f"{brief(period_start)} - {brief(period_end)}"),
        (pay_by, mark("dueDate", show(due))),
    ]
    table = [["Charges", "Quantity", "Rate", "Amount"]]
    table += [
        [
            r.description,
            f"{r.quantity:g} kWh" if r.quantity else "",
            f"{r.unit_price:.4f}" if r.unit_price else "",
            purse.plain(r.amount),
        ]
        for r in rows
    ]
    sums = [
        ("Current Charges", purse.money(current)),
        (arrears_label, purse.money(arrears)),
        (due_label, mark("total", purse.money(total))),
    ]
    notes = {
        "PH": f"Disconnection date if unpaid: {show(due + dt.timedelta(days=7))}. "
        f"Meter No. {digits(rng, 8)}.",
        "MY": "Bil ini dijana oleh komputer. This bill is computer generated.",
        "SG": "If you are on GIRO, the amount will be deducted on "
        f"{show(due + dt.timedelta(days=3))}.",
    }[country]
    sheet = Sheet(
        head=[mark("vendor", utility), "Customer Service Hotline 1-800-" + digits(rng, 7)],
        panel=panel,
        panel_style="box",
        address=[holder, *address],
        body=[
            ("title", "STATEMENT OF ACCOUNT" if country == "PH" else "ELECTRICITY BILL"),
            ("table", table),
            ("kv", sums),
            ("para", notes),
        ],
        slip=[
            (
                "lines",
                [
                    f"PAYMENT SLIP - {utility}",
                    f"{number_label}: {number}",
                    f"{due_label}: {purse.money(total)}",
                    f"{pay_by}: {show(due)}",
                ],
            )
        ],
    )
    amounts = ((current, purse.code), (arrears, purse.code), (total, purse.code))
    labels = Labels(
        "invoice",
        number,
        (utility,),
        (holder,),
        utility,
        (total, purse.code),
        amounts,
        (("issue", billed.isoformat()), ("due", due.isoformat())),
        tuple(rows),
    )
    return sheet, labels


def recibo_pago_mx(rng: random.Random) -> tuple[Sheet, Labels]:
    """A CFDI payment receipt: its own serie and folio, the day the payment arrived, and the
    invoices it settles (each by its UUID, its folio and the part paid)."""
    purse = PURSES["MX"]
    name, rfc = rng.choice(
        (
            ("Comercializadora Tlaloc S.A. de C.V.", "CTL0904153K2"),
            ("Servicios Integrales del Bajío S. de R.L. de C.V.", "SIB120611QW8"),
        )
    )
    client = rng.choice(
        ("Grupo Hotelero Pacífico S.A. de C.V.", "Distribuidora Ramírez e Hijos S.A. de C.V.")
    )
    paid = day(rng)
    issued = paid + dt.timedelta(days=rng.randint(1, 9))
    folio = str(rng.randint(100, 9999))
    table = [
        [
            "UUID relacionado",
            "Serie-Folio",
            "Parc.",
            "Saldo anterior",
            "Importe pagado",
            "Saldo insoluto",
        ]
    ]
    rows = []
    for _ in range(rng.randint(1, 3)):
        before = purse.round(rng.uniform(4000, 90000))
        part = rng.choice((1, 1, 2))
        settled = before if part == 1 else purse.round(before * rng.choice((0.5, 0.3)))
        invoice = f"{rng.choice(('A', 'F'))}-{rng.randint(1000, 48000)}"
        rows.append(LineItem(invoice, None, None, settled))
        table.append(
            [
                uuid_like(rng),
                invoice,
                str(part),
                purse.plain(before),
                purse.plain(settled),
                purse.plain(purse.round(before - settled)),
            ]
        )
    total = purse.round(sum(r.amount for r in rows))
    sheet = Sheet(
        head=[
            mark("vendor", name),
            f"RFC: {rfc}",
            "Régimen fiscal: 601 General de Ley Personas Morales",
        ],
        panel=[
            ("Recibo electrónico de pago", "CFDI tipo P"),
            ("Serie", "P"),
            ("Folio", mark("documentNumber", folio)),
            (
                "Fecha de emisión",
                mark("issueDate", ymd(issued))
                + f"T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00",
            ),
        ],
        address=["Receptor:", client],
        body=[
            ("lines", [f"Folio fiscal: {uuid_like(rng)}"]),
            ("heading", "Información del pago"),
            (
                "kv",
                [
                    ("Fecha de pago", f"{ymd(paid)}T12:00:00"),
                    ("Forma de pago", "03 - Transferencia electrónica de fondos"),
                    ("Moneda", "MXN"),
                    ("Monto", mark("total", purse.money(total))),
                    ("Número de operación", digits(rng, 10)),
                ],
            ),
            ("heading", "Documentos relacionados"),
            ("table", table),
        ],
        footer=["Este documento es una representación impresa de un CFDI de recepción de pagos."],
    )
    labels = Labels(
        "receipt",
        folio,
        (name, client),
        (),
        name,
        (total, "MXN"),
        ((total, "MXN"),),
        (("issue", issued.isoformat()),),
        tuple(rows),
    )
    return sheet, labels


__all__ = ["electricity_bill", "recibo_pago_mx"]
