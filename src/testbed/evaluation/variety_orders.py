"""Order confirmations of the development set as web shops send them: the HTML of an
e-mail (a layout table around the whole message, the items in a table nested in it), the
e-mail itself (a MIME message, the HTML quoted-printable or base64 beside a plain-text part
that only points to it) and a plain-text alternative.

Shops print their items in ways no invoice does: no header row at all (a product picture,
the product with its options under it, "x 2", the row's amount), the count in the product's
cell ("2 x Linen duvet cover", "Qty: 2" on a line of its own, "€24.00 each"), a seller's
name under the product, the currency in every price cell. The totals follow in a table of
their own or as rows of the item table whose label spans the row, and not always with a
subtotal first: shipping ("Free" or an amount), a discount code, the tax, the total.

The truth is what a person keys in from the order: one row per product (its name; the
options printed under it are part of the cell, not another row), its count and amount, and
the unit price where one is printed; shipping, discounts and taxes in the totals are not
items.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from collections.abc import Callable
from dataclasses import replace
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from testbed.evaluation.commerce_style import Printer, pick_style, quantity_text
from testbed.evaluation.corpus import Case
from testbed.evaluation.truth import Evidence, printed_values, unmark

SHOPS = (
    ("Quillfeather Supply", "Ltd"),
    ("Bramblecot Home", ""),
    ("Voltaic Parts", "GmbH"),
    ("Kestrel Outdoor", "Inc."),
    ("Saltmarsh Tea Company", ""),
)
BUYERS = ("Imogen Fairweather", "Rafael Quintero", "Annelie Vos", "Theo Okonkwo", "Mira Lindahl")
#: (product, base price, its options as the shop prints them under it, or none).
PRODUCTS = (
    ("Linen duvet cover", 64.0, "Size: King / Colour: Sage"),
    ("Ceramic pour-over set", 38.5, "Colour: Sand"),
    ("USB-C charging cable 2 m", 12.99, None),
    ("Merino crew socks", 14.0, "Size: 42-45"),
    ("Cast iron skillet 26 cm", 49.9, None),
    ("Desk lamp with dimmer", 72.0, "Finish: Matt black"),
    ("Dot grid notebook A5", 9.5, "Pack of 3"),
    ("Trail running shoes", 129.95, "Size: EU 43 / Colour: Slate"),
    ("Beeswax food wraps", 16.0, None),
    ("Wireless earbuds", 89.0, "Colour: White"),
    ("Loose leaf Assam 250 g", 11.25, None),
    ("Bamboo cutting board", 27.0, "Size: Large"),
)
#: The item table's header row, when it has one, per language.
HEADS = {
    "en": (("Product", "Qty", "Price", "Total"), ("Item", "Quantity", "Unit price", "Amount")),
    "de": (("Artikel", "Menge", "Einzelpreis", "Gesamt"), ("Produkt", "Anzahl", "Preis", "Summe")),
}
#: "x 2" as shops print a count beside the product (a multiplication sign or a letter x).
_TIMES = ("\u00d7 {n}", "x {n}", "Qty {n}", "{n}")
#: Words of each language the shop writes in.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "order": ("Order #", "Order number: ", "Order no. "),
        "placed": ("Placed on ", "Order date: ", "Ordered on "),
        "summary": ("Order summary", "Your order", "Items in this order"),
        "subtotal": ("Subtotal", "Items subtotal", "Merchandise"),
        "shipping": ("Shipping", "Delivery", "Shipping & handling"),
        "free": ("Free", "FREE"),
        "discount": ("Discount ({code})", "Promo code {code}", "Voucher"),
        "tax": ("Tax", "Sales tax", "VAT included"),
        "total": ("Total", "Order total", "Total paid"),
        "qty": ("Qty: {n}", "Quantity: {n}"),
        "each": ("{p} each", "{p} / item"),
        "seller": ("Sold by: {s}",),
        "greeting": ("Hi {f}, thank you for your order!", "Thanks for shopping with us, {f}."),
    },
    "de": {
        "order": ("Bestellnummer: ", "Bestellung Nr. "),
        "placed": ("Bestelldatum: ", "Bestellt am "),
        "summary": ("Ihre Bestellung", "Bestellübersicht"),
        "subtotal": ("Zwischensumme", "Warenwert"),
        "shipping": ("Versand", "Versandkosten"),
        "free": ("Kostenlos", "gratis"),
        "discount": ("Rabatt ({code})", "Gutschein {code}"),
        "tax": ("enthaltene MwSt.", "MwSt. 19 %"),
        "total": ("Gesamtsumme", "Gesamt", "Summe"),
        "qty": ("Menge: {n}", "Anzahl: {n}"),
        "each": ("{p} / Stück", "je {p}"),
        "seller": ("Verkauft von: {s}",),
        "greeting": ("Hallo {f}, vielen Dank für Ihre Bestellung!",),
    },
}  # fmt: skip


def _items(p: Printer) -> list[tuple[str, str | None, float, float, float]]:
    """(product, options, count, unit price, amount) of two to five products."""
    rng = p.rng
    rows = []
    for name, base, options in rng.sample(PRODUCTS, rng.randint(2, 5)):
        qty = float(rng.choice((1, 1, 1, 2, 2, 3, 4)))
        unit = round(base * rng.choice((1, 1, 0.9, 1.1)), 2)
        shown = options if rng.random() < 0.7 else None
        rows.append((name, shown, qty, unit, round(qty * unit, 2)))
    return rows


def _totals(p: Printer, w: dict[str, tuple[str, ...]], items: float) -> list[tuple[str, str]]:
    """The lines under the items: shipping, a discount, tax, the total (a subtotal first,
    always before a discount); the shop's total is what was paid."""
    rng = p.rng
    lines: list[tuple[str, str]] = []
    discount = rng.random() < 0.35
    if discount or rng.random() < 0.6:  # a discount is taken off a subtotal
        lines.append((rng.choice(w["subtotal"]), p.money(items)))
    total = items
    extras: list[tuple[str, str]] = []
    if discount:
        off = round(items * rng.choice((0.1, 0.15)), 2)
        code = rng.choice(("WELCOME10", "SPRING15", "LOYAL"))
        extras.append((rng.choice(w["discount"]).format(code=code), p.money(-off)))
        total -= off
    if rng.random() < 0.75:
        fee = rng.choice((0.0, 4.95, 5.9, 7.5))
        extras.append((rng.choice(w["shipping"]), p.money(fee) if fee else rng.choice(w["free"])))
        total += fee
    rng.shuffle(extras)
    lines += extras
    if rng.random() < 0.4:  # the tax the prices include
        lines.append((rng.choice(w["tax"]), p.money(round(total * 0.19 / 1.19, 2))))
    lines.append((rng.choice(w["total"]), p.total(round(total, 2))))
    return lines


def _product_html(name: str, options: str | None, extra: list[str]) -> str:
    e = html.escape
    parts = [f"<strong>{e(name)}</strong>"]
    if options:
        parts.append(f"<span style='color:#777'>{e(options)}</span>")
    parts += [f"<span>{e(line)}</span>" for line in extra]
    return "<br>".join(parts)


def _html_rows(p: Printer, lang: str, layout: str) -> list[list[str]]:
    """The item table's rows as HTML cells, each product labelled as it is printed."""
    rng, e, w = p.rng, html.escape, WORDS[lang]
    rows: list[list[str]] = []
    if layout == "columns":
        rows.append([f"<th>{e(h)}</th>" for h in rng.choice(HEADS[lang])])
    for name, options, qty, unit, amount in _items(p):
        count = quantity_text(qty, p.style.european)
        picture = "<td width='64'><img src='cid:p.png' alt='' width='56'></td>"
        if layout == "card":  # no header: a picture, the product, "x 2", the amount
            shown = rng.choice(_TIMES).format(n=count)
            rows.append([picture, f"<td>{_product_html(name, options, [])}</td>",
                         f"<td align='right'>{e(shown)}</td>",
                         f"<td align='right'>{e(p.money(amount))}</td>"])  # fmt: skip
            p.item(name, qty, None, amount)
        elif layout == "columns":
            rows.append([f"<td>{_product_html(name, options, [])}</td>", f"<td>{count}</td>",
                         f"<td>{e(p.money(unit))}</td>",
                         f"<td>{e(p.money(amount))}</td>"])  # fmt: skip
            p.item(name, qty, unit, amount)
        elif layout == "inline":  # "2 x Product" in its cell, the unit price under it
            each = rng.choice(w["each"]).format(p=p.money(unit)) if qty > 1 else None
            cell = _product_html(f"{count} x {name}", options, [each] if each else [])
            rows.append([f"<td>{cell}</td>", f"<td align='right'>{e(p.money(amount))}</td>"])
            p.item(name, qty, unit if each else None, amount)
        else:  # stacked: the count and the seller on lines of their own under the product
            extra = [rng.choice(w["qty"]).format(n=count)]
            if rng.random() < 0.5:
                extra.append(rng.choice(w["seller"]).format(s=rng.choice(SHOPS)[0]))
            rows.append([picture, f"<td>{_product_html(name, options, extra)}</td>",
                         f"<td align='right'>{e(p.money(amount))}</td>"])  # fmt: skip
            p.item(name, qty, None, amount)
    return rows


def order_html(rng: random.Random) -> tuple[str, Printer]:
    """An order e-mail's HTML (marks kept) and the printer holding its labels."""
    style = pick_style(rng, ("us", "uk", "de", "ie", "ca", "au", "nl"))
    p = Printer(rng, style)
    lang = "de" if style.name == "de" and rng.random() < 0.7 else "en"
    w = WORDS[lang]
    head = _head(p, w)
    layout = rng.choice(("card", "columns", "inline", "stacked"))
    rows = _html_rows(p, lang, layout)
    items = round(sum(item.amount for item in p.w.line_items), 2)
    sums = _totals(p, w, items)
    e = html.escape
    body = "".join(f"<tr>{''.join(cells)}</tr>" for cells in rows)
    width = max(len(cells) for cells in rows)
    sum_rows = ""
    for label, value in sums:
        bold = ("<b>", "</b>") if label in w["total"] else ("", "")
        sum_rows += (
            f"<tr><td colspan='{width - 1}' align='right'>{bold[0]}{e(label)}{bold[1]}</td>"
            f"<td align='right'>{bold[0]}{e(value)}{bold[1]}</td></tr>"
        )
    joined = rng.random() < 0.5  # the totals as rows of the item table, or a table of their own
    tables = (
        f"<table width='100%' cellpadding='6'>{body}{sum_rows}</table>"
        if joined
        else f"<table width='100%' cellpadding='6'>{body}</table>"
        f"<table width='100%' cellpadding='4' style='margin-top:12px'>{sum_rows}</table>"
    )
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{font-family:Arial}"
        "</style></head><body style='margin:0'><table width='100%' cellpadding='0' "
        "cellspacing='0'><tr><td align='center'><table width='600' cellpadding='0'><tr><td>"
        f"{head}<h3>{e(rng.choice(w['summary']))}</h3>{tables}"
        "<p>Questions? Reply to this e-mail or visit our help centre.</p>"
        "</td></tr></table></td></tr></table></body></html>"
    )
    return page, p


def _head(p: Printer, w: dict[str, tuple[str, ...]]) -> str:
    rng, e = p.rng, html.escape
    shop = rng.choice(SHOPS)
    name = p.w.org(shop) if shop[1] else p.w.plain_org(shop[0])
    p.w.vendor = f"{shop[0]} {shop[1]}".strip().rstrip(".")
    buyer = p.w.person(rng.choice(BUYERS))
    p.w.number = rng.choice(
        (
            f"{rng.randint(1000, 99999)}",
            f"SO-{rng.randint(100000, 999999)}",
            f"W{rng.randint(10**7, 10**8 - 1)}",
        )
    )
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    number = f"{rng.choice(w['order'])}{p.w.key('documentNumber', p.w.number)}"
    placed = f"{rng.choice(w['placed'])}{p.day(day, 'issue')}"
    greeting = rng.choice(w["greeting"]).format(f=buyer.split()[0])
    return (
        f"<h1 style='font-size:22px'>{e(p.w.key('vendor', name))}</h1>"
        f"<p>{e(greeting)}</p><p>{e(number)}<br>{e(placed)}</p>"
    )


def order_text(rng: random.Random) -> tuple[str, Printer]:
    """The same kind of order as a shop's plain-text alternative: each product on a line of
    its own with its count and amount (or the count on a line under it), its options
    indented beneath, then the totals as "Label  amount" lines."""
    style = pick_style(rng, ("us", "uk", "de", "ie", "ca", "au", "nl"))
    p = Printer(rng, style)
    lang = "de" if style.name == "de" and rng.random() < 0.7 else "en"
    w = WORDS[lang]
    shop = rng.choice(SHOPS)
    name = p.w.org(shop) if shop[1] else p.w.plain_org(shop[0])
    p.w.vendor = f"{shop[0]} {shop[1]}".strip().rstrip(".")
    buyer = p.w.person(rng.choice(BUYERS))
    p.w.number = f"{rng.randint(1000, 99999)}"
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    lines = [
        p.w.key("vendor", name),
        "",
        rng.choice(w["greeting"]).format(f=buyer.split()[0]),
        "",
        f"{rng.choice(w['order'])}{p.w.key('documentNumber', p.w.number)}",
        f"{rng.choice(w['placed'])}{p.day(day, 'issue')}",
        "",
        rng.choice(w["summary"]).upper(),
        "-" * 40,
    ]
    layout = rng.choice(("times", "leading", "below"))
    for product, options, qty, _unit, amount in _items(p):
        count = quantity_text(qty, p.style.european)
        money = p.money(amount)
        if layout == "times":
            lines.append(_padded(f"{product} \u00d7 {count}", money))
        elif layout == "leading":
            lines.append(_padded(f"{count} x {product}", money))
        else:
            lines.append(product)
        if options:
            lines.append(f"  {options}")
        if layout == "below":
            lines += [f"  {rng.choice(w['qty']).format(n=count)}", f"  {money}"]
        p.item(product, qty, None, amount)
    items = round(sum(item.amount for item in p.w.line_items), 2)
    lines.append("-" * 40)
    lines += [_padded(f"{label}:", value) for label, value in _totals(p, w, items)]
    lines += ["", "Thank you for shopping with us."]
    return "\n".join(lines) + "\n", p


def _padded(text: str, amount: str) -> str:
    """``text`` and ``amount`` on one line, the amount flush right (its marks take no room)."""
    return text.ljust(34) + " " * max(1, 14 - len(unmark(amount))) + amount


def as_mail(page: str, p: Printer, rng: random.Random) -> bytes:
    """The order's HTML as the shop mails it: a MIME message whose plain-text part only
    points to the HTML one, the HTML quoted-printable or base64."""
    shop = p.w.vendor or "Shop"
    buyer = p.w.people[0] if p.w.people else "Customer"
    issued = next((day for role, day in p.w.dates if role == "issue"), "2026-01-05")
    message = EmailMessage()
    message["From"] = f"{shop} <orders@{shop.split()[0].lower()}.example>"
    message["To"] = f"{buyer} <{buyer.split()[0].lower()}@mail.example>"
    message["Subject"] = rng.choice(
        ("Your order {n} is confirmed", "Order confirmation #{n}", "We've got your order {n}")
    ).format(n=p.w.number)
    sent = dt.datetime.fromisoformat(issued).replace(hour=rng.randint(7, 21), tzinfo=dt.UTC)
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@mail.example>"
    message.set_content("Thank you for your order. Open this e-mail in a browser to see it.")
    message.add_alternative(page, subtype="html", cte=rng.choice(("quoted-printable", "base64")))
    message.set_boundary(f"=_order_{rng.randint(10**9, 10**10)}")  # the same on every run
    return message.as_bytes(policy=SMTP)


#: The order generators and the format each writes.
_PLAN: tuple[tuple[Callable[[random.Random], tuple[str, Printer]], str], ...] = (
    *((order_html, "html") for _ in range(10)),
    *((order_text, "txt") for _ in range(5)),
    *((order_html, "eml") for _ in range(5)),
)


def build_variety_orders(seed: str) -> list[Case]:
    """The order confirmations, each labelled by its generator (no geometry: page 1)."""
    cases = []
    for index, (generator, fmt) in enumerate(_PLAN):
        rng = random.Random(f"{seed}-orders-{index}")  # noqa: S311 - not for secrets
        marked, printer = generator(rng)
        labels = printer.w.labels("receipt")
        evidence = tuple(sorted((name, Evidence(1, None)) for name in printed_values(marked)))
        cases.append(
            Case(
                case_id=f"orders-{index + 1:02d}",
                kind="receipt",
                fmt=fmt,
                layout=generator.__name__.replace("_", "-"),
                blocks=(),
                labels=replace(labels, evidence=evidence),
                data=as_mail(unmark(marked), printer, rng)
                if fmt == "eml"
                else unmark(marked).encode(),
            )
        )
    return cases


__all__ = ["build_variety_orders", "order_html", "order_text"]
