"""What every quayside paper does the same way: it notes each labelled figure as it prints it
(so a label can never name something the page does not show), and it states its payment terms
in one of the many ways trade papers do.

The terms decide the due date as a clerk would read it: a date printed as due (``Due Date``,
``Payment due``, ``Net due``, ``Pay by``) is the due date; terms alone (``Net 30``,
``30 days EOM``, ``payable within 14 days of invoice date``, ``COD``, ``due on receipt``) put
no date on the page, so the paper has none; a ``2/10 net 30`` paper printing both its
discount date and its net date is due on the net date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.author_quayside_style import Locale, day, digits, money
from testbed.evaluation.truth import DATE_FIGURES, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet


@dataclass
class Paper:
    """The labels of one paper, filled in while its words are written."""

    template: str
    kind: str
    loc: Locale
    style: str
    number: str | None = None
    vendor: str | None = None
    total: tuple[float, str] | None = None
    orgs: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    rows: list[LineItem] | None = None

    def day(self, d: dt.date, role: str | None = None) -> str:
        """``d`` as this paper prints dates; with a ``role``, labelled and marked."""
        text = day(d, self.style)
        if role is None:
            return text
        self.dates.append((role, d.isoformat()))
        return mark(DATE_FIGURES[role], text)

    def money(self, amount: float, *, code: bool = False, total: bool = False) -> str:
        """``amount`` with its currency, labelled; ``total``: the paper's total, marked."""
        text = money(self.loc, amount, code=code)
        self.amounts.append((round(abs(amount), 2), self.loc.currency))
        if total:
            self.total = (round(abs(amount), 2), self.loc.currency)
            return mark("total", text)
        return text

    def plain(self, amount: float) -> str:
        """``amount`` without currency, as a table cell prints it (not labelled as money)."""
        return digits(self.loc, amount)

    def doc_number(self, text: str) -> str:
        """The paper's own number, labelled and marked."""
        self.number = text
        return mark("documentNumber", text)

    def seller(self, name: str) -> str:
        """The vendor's name, labelled and marked (its first printing)."""
        self.vendor = name
        self.orgs.append(name)
        return mark("vendor", name)

    def labels(self) -> Labels:
        return Labels(
            document_type=self.kind,
            number=self.number,
            organizations=tuple(dict.fromkeys(self.orgs)),
            people=tuple(dict.fromkeys(self.people)),
            vendor=self.vendor,
            total=self.total,
            amounts=tuple(dict.fromkeys(self.amounts)),
            dates=tuple(self.dates),
            line_items=tuple(self.rows) if self.rows is not None else None,
        )


def end_of_month(d: dt.date, months: int = 0) -> dt.date:
    """The last day of the month ``months`` after ``d``'s."""
    year, month = divmod(d.month - 1 + months, 12)
    year += d.year
    return dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])


#: Ways of stating payment terms, by weight.
TERMS = {
    "due": 5,
    "net": 3,
    "net+due": 4,
    "eom": 2,
    "eom+due": 2,
    "discount": 2,
    "within": 2,
    "cod": 1,
    "receipt": 1,
}


def terms(  # noqa: PLR0911 - one return per way of stating terms
    rng: random.Random, paper: Paper, issued: dt.date, label: str = "Due Date"
) -> tuple[list[tuple[str, str]], list[str]]:
    """Payment terms for a paper issued on ``issued``: the panel entries and the lines printed
    under the totals. A printed due date is labelled and marked; bare terms are not a date."""
    how = rng.choices(list(TERMS), weights=list(TERMS.values()))[0]
    days = rng.choice((7, 14, 21, 30, 45, 60))
    if how == "due":
        return [(label, paper.day(issued + dt.timedelta(days), "due"))], []
    if how == "net":
        return [("Terms", f"Net {days}")], [f"Payment terms: net {days} days from invoice date."]
    if how == "net+due":
        due = paper.day(issued + dt.timedelta(days), "due")
        return [("Terms", f"Net {days} days"), (label, due)], []
    if how in ("eom", "eom+due"):
        months = rng.choice((1, 2))
        words = f"{30 * months} days EOM"
        if how == "eom":
            return [("Terms", words)], [f"Terms of payment: {words}."]
        due = paper.day(end_of_month(issued, months), "due")
        return [("Payment terms", words), ("Payment due", due)], []
    if how == "discount":
        soon = paper.day(issued + dt.timedelta(10))
        due = paper.day(issued + dt.timedelta(30), "due")
        return [("Terms", "2/10 Net 30")], [f"2% discount if paid by {soon}. Net amount due {due}."]
    if how == "within":
        return [], [f"Payable within {days} days of invoice date."]
    if how == "cod":
        return [("Terms", "COD")], ["Terms: cash on delivery."]
    return [("Terms", "Due on receipt")], ["Payment is due on receipt of this invoice."]


def panel_layout(rng: random.Random, sheet: Sheet, entries: int) -> None:
    """The panel's style and its reading without positions, drawn (a band holds six at most)."""
    styles = ["box", "stack"] + (["band"] if entries <= 6 else [])
    sheet.panel_style = rng.choice(styles)
    sheet.text_panel = rng.choice(("kv", "kv", "kv_below", "columns"))


__all__ = ["TERMS", "Paper", "end_of_month", "panel_layout", "terms"]
