"""Trade papers printed in English in East and South-East Asia: a Korean supplier's delivery
order, a Japanese maker's quotation and a purchase order from a Malaysian, Philippine or
Singaporean buyer.

None of them bills: a delivery order counts goods, a quotation offers a price until a day,
a purchase order commits the buyer. Each still carries several numbers (the buyer's P.O.,
the seller's invoice, a requisition) and a delivery date beside its own date.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meridian_style import (
    PURSES,
    dater,
    day,
    digits,
    dmy,
    english,
    qty,
    rows_of,
)
from testbed.evaluation.truth import Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

_KR = (
    ("Hanbit Industrial Co., Ltd.", "45, Gasan digital 1-ro, Geumcheon-gu, Seoul 08594, Korea"),
    ("Daehan Packaging Corporation", "112, Namdong-daero, Namdong-gu, Incheon 21633, Korea"),
    ("Busan Marine Parts Co., Ltd.", "27, Jungang-daero, Jung-gu, Busan 48939, Korea"),
)
_KR_GOODS = (
    ("Corrugated carton box 600x400x400", "BOX"),
    ("Stainless hex bolt M12x40", "EA"),
    ("Marine grade rubber gasket", "EA"),
    ("PE stretch film 500mm", "ROLL"),
    ("Pallet wrap label set", "SET"),
)
_JP = (
    ("Sakura Precision Machinery Co., Ltd.", "2-14-3 Shibaura, Minato-ku, Tokyo 108-0023"),
    ("Kansai Optical Instruments Inc.", "1-8-20 Nishi-Honmachi, Nishi-ku, Osaka 550-0005"),
    ("Hokuto Electronics K.K.", "3-5-1 Kita-Shinagawa, Shinagawa-ku, Tokyo 140-0001"),
)
_JP_GOODS = (
    ("CNC spindle unit SP-40", 480000.0),
    ("Linear guide rail 1,200 mm", 36500.0),
    ("Installation and calibration", 120000.0),
    ("Optical encoder module", 58000.0),
    ("Operator training (1 day)", 95000.0),
)
_BUYERS = (
    ("Sunrise Logistics Sdn. Bhd.", "MY"),
    ("Makati Medical Imaging Center Inc.", "PH"),
    ("Harbourfront Dental Clinic Pte. Ltd.", "SG"),
    ("Greenleaf F&B Management Pte Ltd", "SG"),
    ("Davao Fresh Produce Corporation", "PH"),
)
_SUPPLIERS = {
    "MY": ("Penang Precision Parts Sdn Bhd", "Syarikat Perniagaan Cahaya Sdn. Bhd."),
    "PH": ("Bayanihan Trading Corporation", "Cebu Pacific Hardware & Construction Supply"),
    "SG": ("Lion City Office Supplies Pte. Ltd.", "Merlion Aircon Engineering Pte Ltd"),
}
_DIAL = {"MY": "+60 3", "PH": "+63 2", "SG": "+65"}
_PO_GOODS = (
    ("Nitrile examination gloves (box of 100)", 14.5),
    ("Disposable face mask 3-ply (box of 50)", 6.8),
    ("Stainless steel shelving 4-tier", 289.0),
    ("Packing tape 48mm x 100m", 3.2),
    ("Printer paper A4 70gsm (ream)", 5.9),
    ("Fire extinguisher ABC 9 kg", 145.0),
)


def delivery_order_kr(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Korean supplier's delivery order: goods and quantities only, its own D/O number
    beside the buyer's P.O. and the invoice that will follow."""
    name, address = rng.choice(_KR)
    client = rng.choice(
        (
            "Pacific Rim Assembly (M) Sdn. Bhd.",
            "Sinar Jaya Manufacturing Pte Ltd",
            "Nagoya Auto Components Co., Ltd.",
        )
    )
    issued = day(rng)
    dot = rng.random() < 0.5
    show = dater("ymd." if dot else "ymd-")
    number = f"DO-{issued.year % 100}{issued.month:02d}-{rng.randint(1, 999):04d}"
    table = [["No.", "Item Code", "Description", "Unit", "Qty"]]
    for index, (text, unit) in enumerate(rng.sample(_KR_GOODS, rng.randint(1, 4))):
        table.append(
            [
                str(index + 1),
                f"{text[:2].upper()}-{digits(rng, 4)}",
                text,
                unit,
                str(rng.choice((50, 100, 240, 500, 1200))),
            ]
        )
    sheet = Sheet(
        head=[
            mark("vendor", name),
            address,
            f"Business Registration No.: {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}",
        ],
        panel=[
            ("D/O No.", mark("documentNumber", number)),
            ("Date", mark("issueDate", show(issued))),
            ("Your P/O No.", f"{rng.randint(4500000000, 4509999999)}"),
            ("Invoice No.", f"{name[:2].upper()}-INV-{issued.year % 100}-{rng.randint(100, 999)}"),
            ("Delivery Date", show(issued + dt.timedelta(days=rng.randint(1, 5)))),
            ("Vehicle No.", f"{rng.randint(10, 99)}{rng.choice('GNDR')} {digits(rng, 4)}"),
        ],
        panel_style=rng.choice(("box", "stack")),
        address=["Ship To:", client, "Receiving Dock 2"],
        body=[
            ("title", "DELIVERY ORDER"),
            ("table", table),
            (
                "para",
                "Please check the goods on receipt. Claims for shortage or damage must be made "
                "within "
                "7 days of delivery.",
            ),
            (
                "columns",
                [
                    ("Delivered by: ____________", "Received in good order and condition:"),
                    ("", "Name / Signature / Company Chop / Date"),
                ],
            ),
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    labels = Labels(
        "other", number, (name, client), (), name, None, (), (("issue", issued.isoformat()),), None
    )
    return sheet, labels


def quotation_jp(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Japanese maker's quotation in English: yen without decimals, consumption tax, the
    qualified-invoice registration number, and the day the offer lapses."""
    purse = PURSES["JP"]
    name, address = rng.choice(_JP)
    client = rng.choice(
        (
            "Sinar Jaya Manufacturing Pte Ltd",
            "Pacific Rim Assembly (M) Sdn. Bhd.",
            "Thai Summit Tooling Co., Ltd.",
        )
    )
    issued = day(rng)
    valid = issued + dt.timedelta(days=rng.choice((30, 60, 90)))
    show = dater(rng.choice(("ymd/", "en-mdy")))
    number = rng.choice(
        (
            f"Q{issued.year % 100}-{issued.month:02d}{issued.day:02d}-{rng.randint(1, 9):02d}",
            f"QT-{rng.randint(100000, 999999)}",
            f"{rng.randint(2600, 2699)}-{rng.randint(10, 99)}",
        )
    )
    rows = rows_of(rng, _JP_GOODS, purse, 4)
    subtotal = purse.round(sum(r.amount for r in rows))
    tax = float(int(subtotal * 0.10))
    total = subtotal + tax
    table = [["Item", "Description", "Q'ty", "Unit Price (JPY)", "Amount (JPY)"]]
    table += [
        [
            str(i + 1),
            r.description,
            qty(r.quantity),
            purse.plain(r.unit_price or 0),
            purse.plain(r.amount),
        ]
        for i, r in enumerate(rows)
    ]
    sheet = Sheet(
        head=[mark("vendor", name), address, f"Registration No.: T{digits(rng, 13)}"],
        panel=[
            ("Quotation No.", mark("documentNumber", number)),
            ("Date", mark("issueDate", show(issued))),
            ("Valid Until", mark("endDate", show(valid))),
            ("Your Ref.", f"RFQ-{digits(rng, 5)}"),
            ("Delivery", f"Approx. {rng.randint(4, 12)} weeks after receipt of order"),
            (
                "Payment",
                rng.choice(("T/T 30 days after delivery", "End of month following delivery")),
            ),
        ],
        address=["Messrs.", client],
        body=[
            ("title", "QUOTATION"),
            ("para", "We thank you for your inquiry and are pleased to quote as follows:"),
            ("table", table),
            (
                "kv",
                [
                    ("Subtotal", purse.money(subtotal)),
                    ("Consumption Tax (10%)", purse.money(tax)),
                    ("Total Amount", mark("total", purse.money(total))),
                ],
            ),
            (
                "bullets",
                [
                    "Prices are ex-works Tokyo, packing for export included.",
                    "This quotation is subject to our general terms of sale.",
                ],
            ),
            (
                "lines",
                ["Sales Department", rng.choice(("Kenji Watanabe", "Yuki Tanaka", "Hiroshi Sato"))],
            ),
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    person = next(line for line in sheet.body[-1][1] if line != "Sales Department")
    labels = Labels(
        "other",
        number,
        (name, client),
        (person,),
        name,
        (total, "JPY"),
        ((subtotal, "JPY"), (tax, "JPY"), (total, "JPY")),
        (("issue", issued.isoformat()), ("end", valid.isoformat())),
        None,
    )
    return sheet, labels


def purchase_order(rng: random.Random) -> tuple[Sheet, Labels]:
    """A buyer's purchase order: the buyer prints it, the supplier named in its vendor box
    sells; a requisition number and a required delivery date stand beside the PO's own."""
    buyer, country = rng.choice(_BUYERS)
    purse = PURSES[country]
    supplier = rng.choice(_SUPPLIERS[country])
    issued = day(rng)
    show = english if country == "PH" and rng.random() < 0.5 else dmy
    number = rng.choice(
        (
            f"PO-{issued.year % 100}-{rng.randint(1, 99999):05d}",
            f"{rng.randint(4500000000, 4599999999)}",
            f"PO{issued.year}{rng.randint(1, 9999):04d}",
        )
    )
    rows = rows_of(rng, _PO_GOODS, purse, 4)
    subtotal = purse.round(sum(r.amount for r in rows))
    rate = {"MY": 0.0, "PH": 0.12, "SG": 0.09}[country]
    tax = purse.round(subtotal * rate)
    total = purse.round(subtotal + tax)
    table = [["Item", "Description", "Qty", "Unit Price", "Amount"]]
    table += [
        [
            f"{10 * (i + 1)}",
            r.description,
            qty(r.quantity),
            purse.plain(r.unit_price or 0),
            purse.plain(r.amount),
        ]
        for i, r in enumerate(rows)
    ]
    sums = [("Sub Total", purse.money(subtotal))]
    if rate:
        sums.append((f"{'VAT 12%' if country == 'PH' else 'GST 9%'}", purse.money(tax)))
    sums.append(("Total Order Amount", mark("total", purse.money(total))))
    sheet = Sheet(
        head=[
            buyer,
            "Procurement Department",
            f"Tel: {_DIAL[country]} {digits(rng, 4)} {digits(rng, 4)}",
        ],
        panel=[
            ("PO No.", mark("documentNumber", number)),
            ("PO Date", mark("issueDate", show(issued))),
            ("Requisition No.", f"PR-{issued.year}-{rng.randint(1, 999):04d}"),
            ("Delivery Required By", show(issued + dt.timedelta(days=rng.randint(7, 30)))),
            ("Payment Terms", rng.choice(("30 days from invoice", "Net 45", "COD"))),
            ("Currency", purse.code),
        ],
        panel_style="box",
        address=["Vendor:", mark("vendor", supplier), f"Vendor Code: V{rng.randint(1000, 9999)}"],
        body=[
            ("title", "PURCHASE ORDER"),
            ("table", table),
            ("kv", sums),
            (
                "para",
                "Please quote our PO number on all invoices and delivery orders. Goods are "
                "subject to "
                "inspection on receipt.",
            ),
            (
                "columns",
                [
                    ("Prepared by:", "Approved by:"),
                    (
                        rng.choice(
                            ("Siti Aminah binti Yusof", "Maria Clara Reyes", "Tan Wei Ling")
                        ),
                        rng.choice(("Lim Boon Keng", "Jose Rizal Mercado", "Nurul Huda Ismail")),
                    ),
                ],
            ),
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    people = sheet.body[-1][1][1]
    amounts = ((subtotal, purse.code), *([(tax, purse.code)] if rate else []), (total, purse.code))
    labels = Labels(
        "purchase_order",
        number,
        (buyer, supplier),
        tuple(people),
        supplier,
        (total, purse.code),
        amounts,
        (("issue", issued.isoformat()),),
        tuple(rows),
    )
    return sheet, labels


__all__ = ["delivery_order_kr", "purchase_order", "quotation_jp"]
