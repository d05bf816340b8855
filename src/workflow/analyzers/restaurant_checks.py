"""A restaurant bill's own number: the check ("Check: 94659", "Check #94659", "Chk 1234",
"Guest check 0815", "Bill No. 77", "Ticket 4410", "Order #212") printed beside the table,
the guests and the server. Elsewhere "Check: 1234" is as likely the cheque a customer paid
with, so the label counts only on a paper that shows it was served at a table."""

from __future__ import annotations

import re
from itertools import islice

from workflow.analyzers.numbering import A_DATE, NOT_A_NUMBER

#: A label of a table's service, leading its line or its cell: "Table: 12", "Guests 4",
#: "Covers: 2", "Pax 3", "Server: Liam", "Waiter 07".
_SERVICE_LABEL = re.compile(
    r"(?:^|\t|[ ]{2,})[ \t]*\W{0,2}(?P<sign>table|tbl|guests?|covers?|pax|server|waiter"
    r"|waitress|waitstaff)\b[ \t]*(?:#|no\.?)?[ \t]*:?[ \t]*\w",
    re.I | re.M,
)
#: What each service label says: the table, the party seated at it, who served it.
_SIGN_MEANS = {
    "table": "table", "tbl": "table", "guest": "party", "guests": "party", "cover": "party",
    "covers": "party", "pax": "party", "server": "server", "waiter": "server",
    "waitress": "server", "waitstaff": "server",
}  # fmt: skip
#: A served bill shows this many of the three signs (a table and its server, a table and its
#: guests): one alone may be a furniture shop's "Table" or a computer's "Server".
_MIN_SIGNS = 2
#: The bill's own number, leading its line or its cell: "Check: 94659", "Chk 1234", "Guest
#: check #0815", "Bill No. 77", "Ticket: 4410", "Order # 212" (not "Check-in", not a date).
_CHECK_NUMBER = re.compile(
    r"(?:^|\t|[ ]{2,})[ \t]*\W{0,2}(?:guest[ \t]+)?(?P<label>check|chk|bill|ticket|order)"
    r"[ \t]*(?:no\.?|nr\.?|number|#)?[ \t]*[:.]?[ \t]*#?[ \t]*"
    r"(?P<id>\d[\d-]{0,15}\d|\d)\b(?![.,/:]\d)",
    re.I | re.M,
)
#: Check labels examined (bounds the work on adversarial text).
_MAX_CHECKS = 20


def served_at_table(text: str) -> bool:
    """Whether the paper shows a table's service: two of its table, its guests (covers) and
    its server (waiter) labelled."""
    signs = {_SIGN_MEANS[m["sign"].lower()] for m in islice(_SERVICE_LABEL.finditer(text), 50)}
    return len(signs) >= _MIN_SIGNS


def check_numbers(text: str) -> list[tuple[str, str, int]]:
    """``("check", number, offset)`` for each check number a restaurant bill prints; none on
    a paper not served at a table."""
    if not served_at_table(text):
        return []
    return [
        ("check", match["id"], match.start("id"))
        for match in islice(_CHECK_NUMBER.finditer(text), _MAX_CHECKS)
        if not A_DATE.fullmatch(match["id"]) and not NOT_A_NUMBER.search(match["id"])
    ]


__all__ = ["check_numbers", "served_at_table"]
