"""The item tables of :mod:`testbed.evaluation.variety_tables`: the lines (goods, services,
returns, deposits, discount lines), the columns they are printed in, and each line labelled
as a person keys it in (its amount is quantity x unit price, less its discount)."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from dataclasses import dataclass, replace

from testbed.evaluation.commerce_style import Printer, Style, pick_style, quantity_text
from testbed.evaluation.table_layouts import Column, Table, TableRow
from testbed.evaluation.table_words import (
    DEPOSITS,
    GOODS,
    GROUP_SUMS,
    GROUPS,
    HEADS,
    HOUR_UNITS,
    RETURNS,
    SERVICES,
    UNITS,
)

_ES = Style("es", "EUR", (" €", " EUR"), ",", (".",), ("dmy_slash",))
_IT = Style("it", "EUR", ("€ ", " €"), ",", (".",), ("dmy_slash", "dmy_dot"))
_STYLES = {"en": ("us", "uk", "ie", "au", "ca"), "de": ("de", "ch"), "fr": ("fr",), "nl": ("nl",)}
_NUMERIC = frozenset(
    {
        "qty",
        "unit",
        "disc",
        "amount",
        "vat_rate",
        "vat",
        "gross",
        "hours",
        "rate",
        "debit",
        "credit",
        "balance",
    }
)
#: Column layouts by role, in printed order.
ERP = ("pos", "sku", "desc", "qty", "uom", "unit", "amount")
TRADE = ("pos", "sku", "desc", "qty", "uom", "unit", "vat_rate", "amount")
TAX_GRID = ("sku", "desc", "qty", "unit", "disc", "amount", "vat_rate", "vat", "gross")
QTY_FIRST = ("qty", "uom", "sku", "desc", "unit", "amount")
AMOUNT_FIRST = ("desc", "amount", "qty", "unit")
HOURS = ("date", "desc", "hours", "rate", "amount")
PLAIN = ("desc", "qty", "unit", "amount")
SKU_PLAIN = ("sku", "desc", "qty", "unit", "amount")


@dataclass(frozen=True)
class Item:
    description: str
    qty: float | None
    unit: float | None
    uom: str = ""
    discount: int = 0
    code: str = ""
    amount: float | None = None  # a discount line's own amount

    @property
    def net(self) -> float:
        if self.amount is not None:
            return self.amount
        return round((self.qty or 0) * (self.unit or 0) * (1 - self.discount / 100), 2)


@dataclass(frozen=True)
class Profile:
    kind: str
    langs: tuple[str, ...]
    layouts: tuple[tuple[str, ...], ...]
    count: tuple[int, int] = (3, 6)
    wrap: tuple[int, int] = (22, 30)
    groups: bool = False
    extras: bool = False  # returns, deposits and discount lines
    header: bool = True
    long: bool = False
    services: bool = False


def printer(rng: random.Random, lang: str) -> Printer:
    if lang == "es":
        return Printer(rng, _ES)
    if lang == "it":
        return Printer(rng, _IT)
    return Printer(rng, pick_style(rng, _STYLES[lang]))


def _code(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(100000, 999999)}",
            f"{rng.choice('HKMRT')}{rng.choice('XPL')}-{rng.randint(1000, 9999)}",
            f"4{rng.randint(10**11, 10**12 - 1)}",
            f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}",
        )
    )


def _items(rng: random.Random, lang: str, profile: Profile, count: int) -> list[Item]:
    pool = SERVICES if profile.services else GOODS
    picked = (
        [rng.choice(pool) for _ in range(count)] if count > len(pool) else rng.sample(pool, count)
    )
    items = []
    for name, base in picked:
        uom = rng.choice(UNITS[lang])
        qty = rng.choice((1.0, 2.0, 3.0, 4.0, 6.0, 10.0, 12.0, 25.0, 50.0))
        if uom in ("kg", "m", "l") or profile.services:
            qty = rng.choice((0.5, 1.5, 2.25, 3.0, 7.5, 12.75))
        if profile.services:
            uom = HOUR_UNITS[lang]
        unit = round(base * rng.choice((1, 1, 1.08, 0.95)), 2)
        items.append(Item(name, qty, unit, uom, rng.choice((0, 0, 5, 10, 15)), _code(rng)))
    return items


def _extras(rng: random.Random, lang: str, items: list[Item]) -> list[Item]:
    """A return (negative count), a deposit and a discount line, some of them."""
    out = []
    if rng.random() < 0.6:
        source = rng.choice(items)
        name = rng.choice(RETURNS[lang]) + source.description.split(",")[0]
        out.append(Item(name, -rng.choice((1.0, 2.0)), source.unit, source.uom, code=source.code))
    if rng.random() < 0.5:
        out.append(
            Item(rng.choice(DEPOSITS[lang]), rng.choice((1.0, 2.0, 4.0)), 12.5, UNITS[lang][0])
        )
    if rng.random() < 0.5:
        base = sum(item.net for item in items)
        label = {
            "en": "Loyalty discount 5%",
            "de": "Treuerabatt 5 %",
            "fr": "Remise fidélité 5 %",
            "es": "Descuento cliente 5%",
            "nl": "Klantkorting 5%",
            "it": "Sconto fedeltà 5%",
        }[lang]
        out.append(Item(label, None, None, amount=-round(base * 0.05, 2)))
    return out


def _head(rng: random.Random, role: str, lang: str, two_lines: bool) -> tuple[str, ...]:
    options = HEADS[role][lang]
    split = [o for o in options if "|" in o]
    text = rng.choice(split if two_lines and split else options)
    return tuple(text.split("|"))


@dataclass(frozen=True)
class _Ctx:
    """What every cell of one table is printed with."""

    p: Printer
    vat_rate: int
    day: dt.date
    marked: bool
    qty_units: bool
    pos_step: int


def _cells(ctx: _Ctx, role: str, item: Item, number: int, lines: list[str]) -> list[str]:
    p, marked, qty_units = ctx.p, ctx.marked, ctx.qty_units
    eu = p.style.european

    def money(value: float) -> str:
        return p.money(value, mark=marked)

    if role == "desc":
        return lines
    if item.amount is not None and role not in ("amount", "gross"):
        return []  # a discount line: a description and an amount
    value = {
        "pos": lambda: str(number * ctx.pos_step),
        "sku": lambda: item.code,
        "qty": lambda: quantity_text(item.qty or 0, eu) + (f" {item.uom}" if qty_units else ""),
        "hours": lambda: quantity_text(item.qty or 0, eu),
        "uom": lambda: item.uom,
        "unit": lambda: money(item.unit or 0),
        "rate": lambda: money(item.unit or 0),
        "disc": lambda: f"{item.discount}%" if item.discount else "",
        "amount": lambda: money(item.net),
        "vat_rate": lambda: f"{ctx.vat_rate} %" if eu else f"{ctx.vat_rate}.0%",
        "vat": lambda: money(round(item.net * ctx.vat_rate / 100, 2)),
        "gross": lambda: money(item.net + round(item.net * ctx.vat_rate / 100, 2)),
        "date": lambda: p.day(ctx.day - dt.timedelta(days=3 * number), None),
    }[role]()
    return [value] if value else []


def item_table(
    p: Printer, lang: str, profile: Profile, roles: tuple[str, ...], *, vat_rate: int, day: dt.date
) -> tuple[Table, float]:
    """The table and the sum of its lines; every line labelled as a person keys it in."""
    rng = p.rng
    two_lines = rng.random() < 0.5
    columns = [Column(_head(rng, role, lang, two_lines), role in _NUMERIC) for role in roles]
    if two_lines and rng.random() < 0.5:  # one-line headers sit on the bottom line
        columns = [
            Column(("", *c.head) if len(c.head) == 1 else c.head, c.numeric) for c in columns
        ]
    marked = rng.random() < 0.45
    if not marked and "amount" in roles:  # the currency named once, in the amount's header
        at = roles.index("amount")
        cur = rng.choice((f"({p.code()})", p.mark.strip(), f"in {p.mark.strip()}"))
        columns[at] = Column((*columns[at].head[:-1], f"{columns[at].head[-1]} {cur}"), True)
    width = rng.randint(*profile.wrap)
    ctx = _Ctx(
        p, vat_rate, day, marked, "uom" not in roles and rng.random() < 0.5, rng.choice((1, 10))
    )
    count = rng.randint(*profile.count)
    items = _items(rng, lang, profile, count)
    if "disc" not in roles:
        items = [replace(item, discount=0) for item in items]
    groups: list[tuple[str | None, list[Item]]] = [(None, items)]
    if profile.groups and count >= 4:
        names = rng.sample(GROUPS[lang], 2)
        groups = [(names[0], items[: count // 2]), (names[1], items[count // 2 :])]
    if profile.extras:
        groups[-1] = (groups[-1][0], groups[-1][1] + _extras(rng, lang, items))
    sums = rng.random() < 0.7
    rows: list[TableRow] = []
    total = 0.0
    number = 0
    desc_at = roles.index("desc")
    for name, group in groups:
        if name is not None:
            rows.append(
                TableRow([[name] if i == desc_at else [] for i in range(len(roles))], "heading")
            )
        for item in group:
            number += 1
            lines = textwrap.wrap(item.description, width)[:3]
            cells = [_cells(ctx, role, item, number, lines) for role in roles]
            rows.append(TableRow(cells, value=item.net))
            p.item(
                item.description if len(lines) < 3 else " ".join(lines),
                item.qty if "qty" in roles or "hours" in roles else None,
                item.unit if item.amount is None and ("unit" in roles or "rate" in roles) else None,
                item.net,
            )
            total += item.net
        if name is not None and sums:
            label = rng.choice(GROUP_SUMS[lang]).format(group=name)
            cells = [[] for _ in roles]
            cells[desc_at] = [label]
            cells[roles.index("amount")] = [
                p.money(round(sum(i.net for i in group), 2), mark=marked)
            ]
            rows.append(TableRow(cells, "subtotal"))
    table = Table(
        columns,
        rows,
        header=profile.header,
        numbers_last=rng.random() < 0.3,
        tabs=rng.random() < 0.4,
    )
    return table, round(total, 2)


__all__ = ["Item", "Profile", "item_table", "printer"]
