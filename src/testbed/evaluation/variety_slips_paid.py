"""Receipts of payments made online, as the services that send them lay them out: a payment
processor's receipt e-mail (labels in a band over their values) and its PDF (a receipt
number beside the invoice number it settles), PayPal's payment e-mail naming the merchant
paid, app store and Play-style receipts, and a SaaS "Payment receipt" mail in plain text."""

from __future__ import annotations

import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_slips_goods import digits
from testbed.evaluation.variety_slips_style import SlipWriter, cents, clock, some_day

_SAAS = (
    ("Ledgerly", "Growth plan"),
    ("Pipedeck", "Team seats"),
    ("Formhaus", "Pro annual"),
    ("Snapmeet", "Business plan"),
)


def processor_mail(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A payment processor's receipt e-mail: "Receipt from X", its number, a band of
    labels (amount paid, date paid, payment method) over their values, the summary."""
    loc = rng.choice(("en-US", "en-GB", "en-AU"))
    w = SlipWriter(rng, loc=loc, signed=True)
    merchant, plan = rng.choice(_SAAS)
    number = f"{rng.randint(1000, 2999)}-{rng.randint(1000, 9999)}"
    day = some_day(rng)
    seats = rng.choice((1, 1, 3, 5))
    unit = float(rng.choice((12, 19, 29, 49)))
    amount = seats * unit
    tax = cents(amount * (0.1 if loc == "en-AU" else 0.2 if loc == "en-GB" else 0.0))
    total = cents(amount + tax)
    w.item(plan, amount, seats, unit)
    summary = [["Summary", ""], [f"{plan} \u00d7 {seats}", w.money(amount)]]
    if tax:
        summary.append(["GST" if loc == "en-AU" else "VAT (20%)", w.money(tax)])
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{merchant} <invoice+statements@{merchant.lower()}.example>"),
                ("Subject", f"Your receipt from {merchant} #{number}"),
            ],
        ),
        ("title", f"Receipt from {w.shop(merchant)}"),
        ("para", f"Receipt #{w.docno(number)}"),
        (
            "table",
            [
                ["AMOUNT PAID", "DATE PAID", "PAYMENT METHOD"],
                [
                    w.total_money(total),
                    w.day(day, style="Mon d, Y"),
                    f"Visa \u2013 {digits(rng, 4)}",
                ],
            ],
        ),
        ("table", [*summary, ["Amount charged", w.money(total)]]),
        ("para", f"If you have any questions, contact us at billing@{merchant.lower()}.example."),
        (
            "para",
            f"You're receiving this email because you made a purchase at {merchant}, "
            "which partners with a payment processor to provide invoicing and payment "
            "processing.",
        ),
    ]
    return blocks, w


def processor_pdf(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """The processor's receipt as a PDF: receipt number, the invoice it paid, date paid,
    the merchant's and the customer's addresses side by side, the lines, amount paid."""
    w = SlipWriter(rng, loc=rng.choice(("en-US", "en-GB")), signed=True)
    merchant, plan = rng.choice(_SAAS)
    customer = w.person_name()
    number = f"{rng.randint(1000, 2999)}-{rng.randint(1000, 9999)}"
    invoice = (
        f"{''.join(rng.choice('ABCDEF0123456789') for _ in range(8))}-{rng.randint(1, 30):04d}"
    )
    day = some_day(rng)
    months = rng.choice((1, 12))
    unit = float(rng.choice((15, 24, 39)))
    amount = months * unit
    w.item(f"{plan} (monthly)", amount, months, unit)
    blocks: list[Block] = [
        ("title", "Receipt"),
        (
            "kv",
            [
                ("Invoice number", invoice),
                ("Receipt number", w.docno(number)),
                ("Date paid", w.day(day, style="Month d, Y")),
                ("Payment method", f"Mastercard - {digits(rng, 4)}"),
            ],
        ),
        (
            "columns",
            [
                (w.shop(merchant), "Bill to"),
                ("500 Howard Street", w.person(customer)),
                ("San Francisco, CA 94105", f"{customer.split()[0].lower()}@post.example"),
            ],
        ),
        ("heading", f"{w.money(amount)} paid on {w.day(day, None, 'Month d, Y')}"),
        (
            "table",
            [
                ["Description", "Qty", "Unit price", "Amount"],
                [f"{plan} (monthly)", str(months), w.money(unit), w.money(amount)],
            ],
        ),
        (
            "kv",
            [
                ("Subtotal", w.money(amount)),
                ("Total", w.money(amount)),
                ("Amount paid", w.total_money(amount)),
            ],
        ),
        ("para", f"Page 1 of 1 · {number}"),
    ]
    return blocks, w


def paypal_mail(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """PayPal's "You sent a payment" e-mail in German or English: the merchant paid is the
    vendor, the transaction code the number, the order's items under it."""
    loc = rng.choice(("de", "en-GB"))
    w = SlipWriter(rng, loc=loc, signed=True)
    merchant = rng.choice(("Stoffwerk Berlin", "Kaffeerösterei Hanse", "Velo Parts Outlet"))
    payer = w.person_name()
    code = f"{digits(rng, 1)}{rng.choice('TUVWXY')}{digits(rng, 6)}{rng.choice('ABCDEFGH')}"
    code += f"{digits(rng, 7)}{rng.choice('JKLMN')}"
    day = some_day(rng)
    items = rng.sample(
        (
            ("Leinenstoff Natur 1m", 11.75),
            ("Espresso Blend 500g", 14.9),
            ("Kettenschloss 11-fach", 6.49),
            ("Nähgarn Set", 8.2),
        ),
        2,
    )
    rows = []
    for text, price in items:
        qty = rng.choice((1, 2))
        rows.append([text, str(qty), w.money(price), w.money(cents(qty * price))])
        w.item(text, cents(qty * price), qty, price)
    shipping = 4.9
    total = cents(sum(r.amount for r in w.line_items) + shipping)
    de = loc == "de"
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", "service@paypal.example"),
                ("Subject", "Sie haben eine Zahlung gesendet" if de else "You sent a payment"),
            ],
        ),
        ("para", f"Hallo {w.person(payer)}," if de else f"Hello {w.person(payer)},"),
        (
            "para",
            (f"Sie haben eine Zahlung über {w.total_money(total)} an {w.shop(merchant)} gesendet.")
            if de
            else f"You sent a payment of {w.total_money(total)} to {w.shop(merchant)}.",
        ),
        (
            "kv",
            [
                ("Transaktionscode" if de else "Transaction ID", w.docno(code)),
                ("Transaktionsdatum" if de else "Transaction date", w.day(day)),
                ("Händler" if de else "Merchant", merchant),
            ],
        ),
        (
            "table",
            [
                [
                    "Beschreibung" if de else "Description",
                    "Anzahl" if de else "Quantity",
                    "Preis" if de else "Price",
                    "Betrag" if de else "Amount",
                ],
                *rows,
            ],
        ),
        (
            "kv",
            [
                ("Versand" if de else "Postage", w.money(shipping)),
                ("Gesamt" if de else "Total", w.money(total)),
            ],
        ),
        ("para", "Bezahlt mit PayPal-Guthaben" if de else "Paid with PayPal balance"),
    ]
    return blocks, w


def app_store(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """An app store's receipt: account, billed to, date, order id and document number in a
    band, the app and its renewal date, VAT included, the store's legal entity at the foot."""
    w = SlipWriter(rng, loc=rng.choice(("en-GB", "en-AU")), signed=True)
    buyer = w.person_name()
    day = some_day(rng)
    app, price = rng.choice(
        (("Tiny Planner Pro", 4.99), ("Stargazer+", 2.99), ("Lingo Daily Premium", 9.99))
    )
    order = "M" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    document = digits(rng, 12)
    tax = cents(price / 11 if w.loc == "en-AU" else price / 6)
    w.item(f"{app} Monthly", price)
    blocks: list[Block] = [
        ("title", "Receipt"),
        (
            "table",
            [
                ["ACCOUNT", "BILLED TO", "DATE"],
                [
                    f"{buyer.split()[0].lower()}@post.example",
                    f"Visa .... {digits(rng, 4)}",
                    w.day(day, style="d Mon Y"),
                ],
                ["ORDER ID", "DOCUMENT NO.", ""],
                [order, w.docno(document), ""],
            ],
        ),
        ("lines", [w.person(buyer), "12 Harbour Road", "Brighton"]),
        (
            "table",
            [["App Store", "Type", "Price"], [f"{app} Monthly", "Subscription", w.money(price)]],
        ),
        ("lines", [f"Renews {w.day(some_day(rng), None, 'd Mon Y')}"]),
        (
            "kv",
            [
                ("GST included" if w.loc == "en-AU" else "VAT charged at 20%", w.money(tax)),
                ("TOTAL", w.total_money(price)),
            ],
        ),
        (
            "para",
            f"{w.shop('Orchard Distribution International Ltd')}., Hollyhill Industrial "
            "Estate, Cork, Ireland. VAT No. IE9700053D",
        ),
    ]
    return blocks, w


def play_receipt(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Play-style order receipt: "Order number: GPA....", the order date with its time
    and zone, the item, its price per month, the payment method."""
    loc = rng.choice(("de", "fr", "es", "it"))
    w = SlipWriter(rng, loc=loc, signed=True)
    words = {
        "de": (
            "Vielen Dank",
            "Bestellnummer",
            "Bestelldatum",
            "Artikel",
            "Preis",
            "Gesamt",
            "Zahlungsmethode",
            "/Monat",
        ),
        "fr": (
            "Merci",
            "Numéro de commande",
            "Date de la commande",
            "Article",
            "Prix",
            "Total",
            "Mode de paiement",
            "/mois",
        ),
        "es": (
            "Gracias",
            "Número de pedido",
            "Fecha del pedido",
            "Artículo",
            "Precio",
            "Total",
            "Método de pago",
            "/mes",
        ),
        "it": (
            "Grazie",
            "Numero ordine",
            "Data ordine",
            "Articolo",
            "Prezzo",
            "Totale",
            "Metodo di pagamento",
            "/mese",
        ),
    }[loc]
    number = f"GPA.{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    day = some_day(rng)
    item, price = rng.choice(
        (("Cloud Storage 100 GB", 1.99), ("Podcast Hero Premium", 5.49), ("Chess Coach Plus", 3.99))
    )
    w.item(item, price)
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", "Play Store <payments-noreply@play.example>"),
                ("Subject", f"{words[0]}: {item}"),
            ],
        ),
        ("title", f"{w.shop('Playfield Store')}"),
        ("para", f"{words[0]}!"),
        (
            "kv",
            [
                (words[1], w.docno(number)),
                (words[2], f"{w.day(day)} {clock(rng, seconds=True)} MEZ"),
            ],
        ),
        ("table", [[words[3], words[4]], [item, f"{w.money(price)}{words[7]}"]]),
        ("kv", [(words[5], f"{w.total_money(price)}{words[7]}"), (words[6], "PayPal")]),
        ("para", "Playfield Commerce Limited, Gordon House, Barrow Street, Dublin 4, Ireland"),
    ]
    w.plain_org("Playfield Commerce Limited")
    return blocks, w


def saas_mail(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A SaaS "Payment receipt" e-mail in plain sentences and a short list: who paid, how
    much, when, the receipt number and the invoice it paid."""
    w = SlipWriter(rng, loc=rng.choice(("en-US", "en-GB", "en-NZ")), signed=True)
    merchant, plan = rng.choice(_SAAS)
    user = w.person_name()
    day = some_day(rng)
    amount = float(rng.choice((9, 25, 79, 149)))
    number = f"RCPT-{day.year}-{rng.randint(100, 99999):05d}"
    invoice = f"INV-{rng.randint(1000, 9999)}"
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{merchant} Billing <billing@{merchant.lower()}.example>"),
                ("Subject", f"Payment receipt for {plan}"),
            ],
        ),
        ("para", f"Hi {user.split()[0]},"),
        ("para", f"We received your payment for {plan}. Thanks for being a {merchant} customer!"),
        (
            "lines",
            [
                f"Amount paid: {w.total_money(amount)}",
                f"Paid on: {w.day(day)}",
                f"Receipt number: {w.docno(number)}",
                f"Invoice: {invoice}",
                f"Card: Amex ending {digits(rng, 4)}",
            ],
        ),
        ("para", "You can download a PDF copy from Settings > Billing."),
        ("para", f"— The {w.shop(merchant)} team"),
    ]
    return blocks, w


__all__ = [
    "app_store",
    "paypal_mail",
    "play_receipt",
    "processor_mail",
    "processor_pdf",
    "saas_mail",
]
