"""Receipts of the development set as the software behind them e-mails them, and the bills the
same software sends, to tell the two apart (issue #18's document typing).

- a point-of-sale system's e-mailed receipt (the shop's name, the sum alone in large type,
  the items, tip, the card, a short receipt code, the POS maker's footer);
- a payment processor's receipt (labels in a band above their values: amount paid, date
  paid, payment method; the processor named in a footer);
- a payment app's receipt for a payment to a merchant ("You paid $25.00 USD to ..."), whose
  sender is the app and whose vendor is the merchant paid;
- and, not receipts, the same processor's invoice e-mail (an amount due by a date) and a
  utility's bill (an account, a billing period, the last payment, new charges, amount due).

In English, German, French, Dutch and Spanish; labelled as printed through
:class:`~testbed.evaluation.commerce_style.Printer`.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.boundary_words import masked_card, printer, when
from testbed.evaluation.corpus import Block, Writer

_CAFES = ("Larkspur Coffee Bar", "Tinder & Thyme", "Halcyon Bakehouse", "Kettle Row Deli")
_CAFE_GOODS = (
    ("Flat white", 3.8), ("Oat latte", 4.2), ("Cardamom bun", 3.5), ("Sourdough loaf", 6.0),
    ("Soup of the day", 7.5), ("Sparkling water", 2.4), ("Banana bread", 3.2),
)  # fmt: skip
#: A POS maker or processor (its footer names it; it sold nothing).
_PLATFORMS = (("Tallybox", "Inc."), ("Paystream", "Ltd"), ("Cashlane", "B.V."))
_SAAS = (("Brightnote Software", "Ltd"), ("Quarry Analytics", "Inc."), ("Loomwise", "GmbH"))
_MERCHANTS = ("Orchard Lane Prints", "Velvet Fern Studio", "Rivermill Outfitters")
_PEOPLE = ("Ines Vidal", "Mark Osei", "Lena Brandt", "Pieter de Wit", "Claire Morel")

#: Per language: the printer style and a POS receipt's words.
_POS_WORDS: dict[str, dict[str, str]] = {
    "en": {"style": "us", "subject": "Your receipt from {m} #{n}", "number": "Receipt #{n}",
           "subtotal": "Subtotal", "tax": "Sales tax", "tip": "Tip", "total": "Total",
           "when": "{d} at {t}", "footer": "Powered by {p}"},
    "de": {"style": "de", "subject": "Ihr Beleg von {m}", "number": "Beleg-Nr. {n}",
           "subtotal": "Zwischensumme", "tax": "inkl. MwSt. 19 %", "tip": "Trinkgeld",
           "total": "Gesamt", "when": "{d}, {t} Uhr", "footer": "Bereitgestellt von {p}"},
    "fr": {"style": "fr", "subject": "Votre reçu de {m}", "number": "Reçu n° {n}",
           "subtotal": "Sous-total", "tax": "dont TVA 10 %", "tip": "Pourboire",
           "total": "Total", "when": "{d} à {t}", "footer": "Propulsé par {p}"},
    "nl": {"style": "nl", "subject": "Je bon van {m}", "number": "Bonnummer {n}",
           "subtotal": "Subtotaal", "tax": "waarvan btw 9%", "tip": "Fooi", "total": "Totaal",
           "when": "{d} om {t}", "footer": "Mogelijk gemaakt door {p}"},
    "es": {"style": "es", "subject": "Tu recibo de {m}", "number": "Recibo n.º {n}",
           "subtotal": "Subtotal", "tax": "IVA incluido 10 %", "tip": "Propina",
           "total": "Total", "when": "{d} a las {t}", "footer": "Con la tecnología de {p}"},
}  # fmt: skip


def _clock(rng: random.Random, *, twelve: bool) -> str:
    hour, minute = rng.randint(7, 21), rng.randint(0, 59)
    if twelve:
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    return f"{hour:02d}:{minute:02d}"


def _platform(w: Writer, rng: random.Random) -> str:
    """A POS maker or processor, recorded among the organisations its footer names."""
    return w.org(rng.choice(_PLATFORMS), dot=True)


def pos_email(rng: random.Random) -> tuple[list[Block], Writer]:
    """A point-of-sale receipt e-mailed at the counter: the shop's name, the sum alone, the
    items, the card, a short receipt code and the POS maker's footer."""
    lang = rng.choice(tuple(_POS_WORDS))
    words = _POS_WORDS[lang]
    p = printer(rng, words["style"])
    w = p.w
    shop = rng.choice(_CAFES)
    w.vendor = w.plain_org(shop)
    w.number = f"{rng.choice('BCDFHKMPRTX')}{rng.randint(10, 99)}{rng.choice('QWXYZ')}"
    day = when(rng)
    lines, subtotal = [], 0.0
    for name, unit in rng.sample(_CAFE_GOODS, rng.randint(2, 4)):
        qty = rng.choice((1, 1, 2))
        amount = round(qty * unit, 2)
        subtotal += amount
        shown = f"{name} \u00d7 {qty}" if qty > 1 else name
        lines.append(f"{shown}   {p.money(amount)}")
        p.item(name, qty if qty > 1 else None, unit if qty > 1 else None, amount)
    subtotal = round(subtotal, 2)
    tip = round(subtotal * rng.choice((0.0, 0.1, 0.15)), 2)
    tax = round(subtotal * 0.0825, 2) if lang == "en" else round(subtotal * 0.09, 2)
    total = round(subtotal + tip + (tax if lang == "en" else 0.0), 2)
    platform = _platform(w, rng)
    sums = [(words["subtotal"], p.money(subtotal)), (words["tax"], p.money(tax))]
    if tip:
        sums.append((words["tip"], p.money(tip)))
    sums.append((words["total"], p.money(total)))
    code = w.key("documentNumber", w.number)
    blocks: list[Block] = [
        ("kv", [("From", f"{shop} <receipts@{platform.split()[0].lower()}.example>"),
                ("To", "me@post.example"),
                ("Subject", words["subject"].format(m=shop, n=w.number))]),
        ("title", w.key("vendor", shop)),
        ("lines", [rng.choice(("18 Foundry Street", "Rue des Tanneurs 4", "Oudegracht 112")),
                   p.total(total)]),
        ("lines", lines),
        ("kv", sums),
        ("lines", [masked_card(rng, lang) + rng.choice(("", " (contactless)")),
                   words["when"].format(d=p.day(day, "issue"), t=_clock(rng, twelve=lang == "en")),
                   words["number"].format(n=code)]),
        ("para", f"{words['footer'].format(p=platform.split()[0])}  \u00a9 {day.year} {platform}"),
    ]  # fmt: skip
    return blocks, w


#: A processor's receipt per language: title, the band's labels, summary and footer words.
_GRID_WORDS: dict[str, dict[str, str]] = {
    "en": {"style": "us", "title": "Receipt from {v}", "number": "Receipt #{n}",
           "paid": "AMOUNT PAID", "date": "DATE PAID", "method": "PAYMENT METHOD",
           "summary": "SUMMARY", "charged": "Amount charged",
           "footer": "You're receiving this email because you made a purchase at {v}, which "
                     "partners with {p} to provide invoicing and payment processing."},
    "de": {"style": "de", "title": "Beleg von {v}", "number": "Beleg Nr. {n}",
           "paid": "BEZAHLTER BETRAG", "date": "ZAHLUNGSDATUM", "method": "ZAHLUNGSMETHODE",
           "summary": "ÜBERSICHT", "charged": "Abgebuchter Betrag",
           "footer": "Sie erhalten diese E-Mail, weil Sie bei {v} eingekauft haben. {v} "
                     "arbeitet für Rechnungsstellung und Zahlungsabwicklung mit {p} zusammen."},
    "fr": {"style": "fr", "title": "Reçu de {v}", "number": "Reçu n° {n}",
           "paid": "MONTANT PAYÉ", "date": "DATE DU PAIEMENT", "method": "MOYEN DE PAIEMENT",
           "summary": "RÉCAPITULATIF", "charged": "Montant débité",
           "footer": "Vous recevez cet e-mail suite à un achat effectué auprès de {v}, qui "
                     "s'appuie sur {p} pour la facturation et le traitement des paiements."},
}  # fmt: skip


def processor_grid(rng: random.Random) -> tuple[list[Block], Writer]:
    """A payment processor's receipt: the amount paid, the date paid and the card in a band
    of labels above their values, the receipt's number, a summary, the processor's footer."""
    lang = rng.choice(tuple(_GRID_WORDS))
    words = _GRID_WORDS[lang]
    p = printer(rng, words["style"] if lang != "en" else rng.choice(("us", "uk", "au")))
    w = p.w
    seller = rng.choice(_SAAS)
    vendor = w.org(seller)
    w.vendor = f"{seller[0]} {seller[1]}".rstrip(".")
    w.number = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    day = when(rng)
    seats = rng.randint(1, 8)
    unit = float(rng.choice((9, 15, 24, 39)))
    net = round(seats * unit, 2)
    tax = round(net * 0.2, 2) if p.style.currency != "USD" else 0.0
    total = round(net + tax, 2)
    plan = rng.choice(("Pro plan", "Team plan", "Business seats"))
    p.item(plan, seats, unit, net)
    summary = [[f"{plan} \u00d7 {seats}", p.money(net)]]
    if tax:
        summary.append([rng.choice(("VAT (20%)", "Tax")), p.money(tax)])
    summary.append([words["charged"], p.money(total)])
    platform = w.plain_org(rng.choice(_PLATFORMS)[0])  # the footer names the brand alone
    blocks: list[Block] = [
        ("title", words["title"].format(v=w.key("vendor", vendor))),
        ("para", words["number"].format(n=w.key("documentNumber", w.number))),
        ("table", [[words["paid"], words["date"], words["method"]],
                   [p.total(total), p.day(day, "issue"), masked_card(rng, lang)]]),
        ("heading", words["summary"]),
        ("table", summary),
        ("para", words["footer"].format(v=vendor, p=platform)),
    ]  # fmt: skip
    return blocks, w


#: A payment app's receipt: (style, subject, headline, merchant, id, date, sent, footer).
_APP_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("us", "Receipt for your payment to {m}", "You paid {a} to {m}", "Merchant",
           "Transaction ID", "Transaction date", "Paid with", "Total"),
    "de": ("de", "Beleg für Ihre Zahlung an {m}", "Sie haben {a} an {m} gezahlt", "Händler",
           "Transaktionscode", "Transaktionsdatum", "Bezahlt mit", "Gesamtbetrag"),
    "fr": ("fr", "Reçu de votre paiement à {m}", "Vous avez payé {a} à {m}", "Marchand",
           "Numéro de transaction", "Date de la transaction", "Payé avec", "Total"),
    "nl": ("nl", "Betalingsbewijs voor {m}", "Je hebt {a} betaald aan {m}", "Verkoper",
           "Transactiecode", "Transactiedatum", "Betaald met", "Totaal"),
}  # fmt: skip


def payment_app(rng: random.Random) -> tuple[list[Block], Writer]:
    """A payment app's receipt for a purchase from a merchant: the app sends it, the merchant
    is who was paid; the transaction's id is its number."""
    lang = rng.choice(tuple(_APP_WORDS))
    style, subject, headline, merchant, id_word, date_word, with_word, total_word = _APP_WORDS[lang]
    p = printer(rng, style)
    w = p.w
    shop = rng.choice(_MERCHANTS)
    w.vendor = w.plain_org(shop)
    w.number = f"{rng.randint(1, 9)}{rng.choice('ABCDEFGH')}{rng.randint(10**13, 10**14 - 1)}"
    day = when(rng)
    app = _platform(w, rng)
    goods = rng.sample((("Art print A3", 28.0), ("Poster tube", 4.5), ("Tote bag", 16.0)), 2)
    rows, subtotal = [["Description", "Qty", "Amount"]], 0.0
    for name, unit in goods:
        qty = rng.choice((1, 2))
        amount = round(qty * unit, 2)
        subtotal += amount
        rows.append([name, str(qty), p.money(amount)])
        p.item(name, qty, unit, amount)
    shipping = rng.choice((0.0, 5.0))
    total = round(subtotal + shipping, 2)
    # "$25.00 USD": a symbol's currency named after the sum, as payment apps print it.
    code = f" {p.style.currency}" if p.mark.strip() in ("$", "\u20ac", "\u00a3") else ""
    blocks: list[Block] = [
        ("kv", [("From", f"{app.split()[0]} <service@{app.split()[0].lower()}.example>"),
                ("To", f"{w.person(rng.choice(_PEOPLE))} <buyer@post.example>"),
                ("Subject", subject.format(m=shop))]),
        ("title", headline.format(a=p.total(total) + code, m=w.key("vendor", shop))),
        ("kv", [(merchant, shop), (id_word, w.key("documentNumber", w.number)),
                (date_word, p.day(day, "issue")),
                (with_word, masked_card(rng, lang))]),
        ("table", rows),
        ("kv", [*([("Shipping", p.money(shipping))] if shipping else []),
                (total_word, f"{p.money(total)}{code}")]),
        ("para", f"\u00a9 {day.year} {app}"),
    ]  # fmt: skip
    return blocks, w


def invoice_email(rng: random.Random) -> tuple[list[Block], Writer]:
    """Not a receipt: the processor's invoice e-mail, an amount due by a date, a button to
    pay it; the same band of labels above values as its receipts."""
    p = printer(rng, rng.choice(("us", "uk", "de")))
    w = p.w
    german = p.style.name == "de"
    seller = rng.choice(_SAAS)
    vendor = w.org(seller)
    w.vendor = f"{seller[0]} {seller[1]}".rstrip(".")
    w.number = f"{seller[0][:3].upper()}-{rng.randint(1000, 9999)}"
    issued = when(rng)
    due = issued + dt.timedelta(days=rng.choice((14, 30)))
    hours = rng.randint(4, 40)
    rate = float(rng.choice((85, 110, 140)))
    total = round(hours * rate, 2)
    p.item("Consulting hours", hours, rate, total)
    heads = (
        ("RECHNUNGSNUMMER", "FÄLLIG AM", "FÄLLIGER BETRAG")
        if german
        else ("INVOICE NUMBER", "DUE DATE", "AMOUNT DUE")
    )
    blocks: list[Block] = [
        ("title", ("Rechnung von {v}" if german else "Invoice from {v}").format(
            v=w.key("vendor", vendor))),
        ("para", ("Ausgestellt am {d}" if german else "Issued {d}").format(
            d=p.day(issued, "issue"))),
        ("table", [list(heads), [w.key("documentNumber", w.number), p.day(due, "due"),
                                 p.total(total)]]),
        ("para", "Rechnung bezahlen" if german else "Pay this invoice"),
        ("table", [["Beschreibung" if german else "Description", "Qty", "Amount"],
                   ["Consulting hours", str(hours), p.money(total)]]),
        ("para", (f"Fragen? Kontaktieren Sie {vendor} unter billing@example.com." if german
                  else f"Questions? Contact {vendor} at billing@example.com.")),
    ]  # fmt: skip
    return blocks, w


def utility_bill(rng: random.Random) -> tuple[list[Block], Writer]:
    """Not a receipt and not a statement: a utility's bill, an account and a billing period,
    the last payment received, the period's charges and the amount due by a date."""
    p = printer(rng, rng.choice(("us", "uk")))
    w = p.w
    utility = rng.choice((("Clearwater Energy", "Ltd"), ("Northfield Water", "Co.")))
    vendor = w.org(utility)
    w.vendor = f"{utility[0]} {utility[1]}".rstrip(".")
    w.number = f"{rng.randint(100000, 999999)}"
    customer = w.person(rng.choice(_PEOPLE))
    issued = when(rng)
    due = issued + dt.timedelta(days=21)
    start = issued - dt.timedelta(days=35)
    previous = round(rng.uniform(40, 140), 2)
    used = rng.randint(180, 620)
    unit = rng.choice((0.18, 0.24, 0.31))
    energy = round(used * unit, 2)
    standing = round(rng.uniform(8, 15), 2)
    total = round(energy + standing, 2)
    p.item(f"Usage {used} kWh", used, unit, energy)
    p.item("Standing charge", None, None, standing)
    blocks: list[Block] = [
        ("title", w.key("vendor", vendor)),
        ("heading", rng.choice(("Your energy bill", "Your bill"))),
        ("kv", [("Account number", f"{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}"),
                ("Bill number", w.key("documentNumber", w.number)),
                ("Bill date", p.day(issued, "issue")),
                ("Billing period", f"{p.day(start, None)} - {p.day(issued, None)}"),
                ("Customer", customer)]),
        ("table", [["", "Amount"],
                   ["Previous bill", p.money(previous)],
                   ["Payment received - thank you", p.money(-previous)],
                   [f"Usage {used} kWh at {unit:.2f}", p.money(energy)],
                   ["Standing charge", p.money(standing)]]),
        ("kv", [("Amount due", p.total(total)), ("Due date", p.day(due, "due"))]),
        ("para", "Pay by direct debit, online or by phone. Please pay by the due date."),
    ]  # fmt: skip
    return blocks, w


__all__ = ["invoice_email", "payment_app", "pos_email", "processor_grid", "utility_bill"]
