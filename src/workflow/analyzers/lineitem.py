"""A line item as read from a table, and what ends a table: its totals and taxes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.analyzers.rows import Row

#: Most line items kept per document: a long ledger keeps its first, and the analysis stays
#: within a checkpoint.
MAX_LINE_ITEMS = 100
#: A row that closes the table: its totals and taxes.
TOTALS = re.compile(
    r"^\W{0,3}(?:(?:[^\W\d_]+\s+){0,2}(?:sub-?\s?total|total)\b|grand\s+total|tax\b|vat\b"
    r"|gst\b|sales\s+tax|(?:amount|balance)\s+(?:due|payable|paid)|balance\b"
    r"|(?:closing|new|opening|previous)\s+balance|zwischensumme|summe|gesamt|mwst|ust\b"
    r"|totale?\b)",
    re.IGNORECASE,
)


#: A page's running footer or header ("Page 1 of 2", "Seite 2/3", "- 2 -"): never a row.
PAGE_MARK = re.compile(
    r"^\W{0,3}(?:page|seite|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|von|/|de|sur)\s*\d{1,4})?\W{0,3}$"
    r"|^[-\u2013\s]*\d{1,4}[-\u2013\s]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LineItem:
    """One row of a table, read."""

    description: str
    quantity: float | None
    unit_price: float | None
    amount: float
    currency: str | None
    row: Row
    #: Under a bare "Price" column beside a quantity, the price may be the unit's or the
    #: row's: the row read the other way (the totals decide which, see ``structured``).
    as_amount: LineItem | None = None
    #: A discount column's rate in percent: the amount is quantity x unit price less it.
    discount: float | None = None

    @property
    def expected(self) -> float | None:
        """Quantity x unit price, less the row's discount: what the amount should be."""
        if self.quantity is None or self.unit_price is None:
            return None
        return round(self.quantity * self.unit_price * (1 - (self.discount or 0) / 100), 2)

    def to_json(self) -> dict[str, object]:
        return {
            "description": self.description,
            "quantity": self.quantity,
            "unitPrice": self.unit_price,
            "amount": self.amount,
        }


__all__ = ["MAX_LINE_ITEMS", "PAGE_MARK", "TOTALS", "LineItem"]
