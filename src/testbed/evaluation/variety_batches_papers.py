"""The papers around the commercial ones in :mod:`testbed.evaluation.variety_batches`: a
claimant's cover letter, an insurer's claim form over one or two pages, a fax cover sheet, an
e-mail printed from a mail program with its attachments listed, a reference letter, an expense
claim form, a sheet of photographs, a loss adjuster's report, and the long single documents
(a contract with its schedule, minutes, a report) whose later pages must stay with the first.
"""

from __future__ import annotations

import datetime as dt

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_batches_docs import Firm, letterhead


def cover_letter(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    sender: str,
    address: list[str],
    to: list[str],
    day: dt.date,
    body: list[str],
    enclosures: list[str],
    *,
    reference: str | None = None,
) -> list[list[Block]]:
    """A private person's letter: address top right, the addressee, the date, the enclosures
    it sends listed under the signature."""
    blocks: list[Block] = [("columns", [("", w.person(sender)), *(("", line) for line in address)])]
    blocks.append(("lines", [w.plain_org(to[0]) if to else "", *to[1:]]))
    blocks.append(("para", w.date(day, "issue")))
    if reference:
        blocks.append(("para", f"Your reference: {reference}"))
    blocks.append(("para", "Dear Sir or Madam,"))
    blocks += [("para", text) for text in body]
    blocks.append(("lines", ["Yours faithfully,", "", sender]))
    if enclosures:
        blocks.append(("lines", ["Enc.", *(f"  {item}" for item in enclosures)]))
    return [blocks]


def firm_letter(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    firm: Firm,
    to: list[str],
    day: dt.date,
    greeting: str,
    body: list[str],
    signer: tuple[str, str],
    *,
    ours: str | None = None,
    pages: int = 1,
    header: str = "none",
) -> list[list[Block]]:
    """A firm's letter on its letterhead, over ``pages``; a later page carries the running
    header ``header`` names (``short``: addressee, date and page; ``dash``: ``- 2 -``)."""
    blocks = letterhead(w, firm, sells=False)
    blocks.append(("lines", to))
    blocks.append(("para", f"Date: {w.date(day, 'issue')}"))
    if ours:  # the sender's reference: the letter's own number
        blocks.append(("para", f"Our ref: {w.own_number(ours)}"))
    blocks.append(("para", greeting))
    cut = len(body) if pages == 1 else max(1, len(body) // 2)
    blocks += [("para", text) for text in body[:cut]]
    out = [blocks]
    if pages > 1:
        later: list[Block] = []
        if header == "short":
            later.append(("lines", [f"{to[0]}  -  {w.date(day, None)}  -  page 2"]))
        elif header == "dash":
            later.append(("lines", ["- 2 -"]))
        later += [("para", text) for text in body[cut:]]
        out.append(later)
    out[-1].append(("lines", ["Yours faithfully,", "", "", w.person(signer[0]), signer[1]]))
    return out


def claim_form(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    insurer: str,
    claimant: str,
    policy: str,
    claim: str,
    day: dt.date,
    loss: dt.date,
    costs: list[tuple[str, float]],
    *,
    pages: int = 1,
) -> list[list[Block]]:
    """An insurer's claim form filled in: policy and claim numbers, the incident, the costs
    claimed and their total, the declaration signed and dated; over two pages the second
    opens on its next numbered part under the form's code."""
    w.number = claim
    first: list[Block] = [
        ("lines", [w.plain_org(insurer), "Claims Department"]),
        ("title", "CLAIM FORM"),
        ("kv", [("Policy number", policy), ("Claim reference", w.key("documentNumber", claim))]),
        ("heading", "1. Policyholder"),
        ("kv", [("Name", w.person(claimant)), ("Telephone", "07700 900" + claim[-3:])]),
        ("heading", "2. The incident"),
        (
            "kv",
            [
                ("Date of incident", w.date(loss, None)),
                ("Where did it happen", "Outside home address"),
            ],
        ),
        (
            "para",
            "Describe what happened: Vehicle was struck while "
            "parked; damage to rear bumper and tailgate.",
        ),
        ("heading", "3. Costs claimed"),
        ("table", [["Item", "Amount"], *([what, w.money(amount)] for what, amount in costs)]),
        ("kv", [("Total amount claimed", w.total_money(sum(a for _, a in costs)))]),
    ]
    last: list[Block] = [
        ("heading", "4. Declaration"),
        (
            "para",
            "I declare that the information given is true and "
            "complete to the best of my knowledge.",
        ),
        ("kv", [("Signed", claimant), ("Date", w.date(day, "issue"))]),
    ]
    if pages == 1:
        return [first + last]
    first.append(("para", "CF-MV/03  Page 1 of 2"))
    return [first, [*last, ("para", "CF-MV/03  Page 2 of 2")]]


def fax_cover(  # noqa: PLR0917 - the parts in the order they print
    w: Writer, sender: Firm, to: str, fax_to: str, day: dt.date, pages: int, note: str
) -> list[list[Block]]:
    """A fax cover sheet: who to, who from, the number of pages, a note."""
    blocks: list[Block] = [
        ("lines", [w.plain_org(f"{sender.name} {sender.suffix}"), sender.street, sender.town]),
        ("title", "FAX"),
    ]
    blocks.append(
        (
            "kv",
            [
                ("To", to),
                ("Fax", fax_to),
                ("From", "Accounts Receivable"),
                ("Fax", sender.phone),
                ("Date", w.date(day, "issue")),
                ("Pages", f"{pages} (including this cover)"),
            ],
        )
    )
    blocks.append(("para", note))
    blocks.append(("para", "If you do not receive all pages, please call us on the number above."))
    return [blocks]


def email_print(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    reader: str,
    sender: tuple[str, str],
    to: tuple[str, str],
    sent: dt.date,
    subject: str,
    body: list[str],
    attachments: list[str],
) -> list[list[Block]]:
    """A message printed from a mail program: the reader's name on a rule, the headers, the
    attachments listed, the body (``letter``; dated the day it was sent)."""
    at = f"{sent.strftime('%A')} {w.date(sent, 'issue')} 09:{len(subject) % 50 + 10}"
    return [
        [
            ("lines", [reader, "_" * 70]),
            (
                "kv",
                [
                    ("From", f"{w.person(sender[0])} <{sender[1]}>"),
                    ("Sent", at),
                    ("To", f"{w.person(to[0])} <{to[1]}>"),
                    ("Subject", subject),
                    ("Attachments", "; ".join(attachments)),
                ],
            ),
            *(("para", text) for text in body),
            ("lines", ["Kind regards", sender[0]]),
        ]
    ]


def reference_letter(  # noqa: PLR0917 - the parts in the order they print
    w: Writer, firm: Firm, day: dt.date, tenant: str, signer: tuple[str, str], body: str
) -> list[list[Block]]:
    """A landlord's or employer's reference, greeted "To whom it may concern"."""
    blocks = letterhead(w, firm, sells=False)
    blocks.append(("para", w.date(day, "issue")))
    blocks.append(("heading", f"Reference: {w.person(tenant)}"))
    blocks.append(("para", "To whom it may concern,"))
    blocks.append(("para", body))
    blocks.append(("lines", ["Yours faithfully,", "", w.person(signer[0]), signer[1]]))
    return [blocks]


def expense_claim(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    company: str,
    employee: str,
    number: str,
    day: dt.date,
    spent: list[tuple[dt.date, str, str, float]],
) -> list[list[Block]]:
    """An employee's expense claim (a ``form``): each receipt claimed, the total claimed,
    signed and approved; the receipts follow it in the batch."""
    w.number = number
    rows = [["Date", "Description", "Category", "Amount"]]
    rows += [
        [w.date(when, None), what, category, w.money(amount)]
        for when, what, category, amount in spent
    ]
    return [
        [
            ("lines", [w.plain_org(company)]),
            ("title", "Expense Claim"),
            (
                "kv",
                [
                    ("Claim no.", w.key("documentNumber", number)),
                    ("Employee", w.person(employee)),
                    ("Cost centre", "CC-" + number[-3:]),
                ],
            ),
            ("table", rows),
            (
                "kv",
                [
                    ("Total claimed", w.total_money(sum(s[3] for s in spent))),
                    ("Receipts attached", str(len(spent))),
                ],
            ),
            (
                "kv",
                [
                    ("Claimant signature", employee),
                    ("Date submitted", w.date(day, "issue")),
                    ("Approved by", ""),
                ],
            ),
        ]
    ]


def photo_sheet(w: Writer, claim: str, captions: list[str]) -> list[list[Block]]:
    """A page of photographs of damage with their captions (``other``)."""
    blocks: list[Block] = [("heading", f"Photographs - claim {claim}")]
    for index, caption in enumerate(captions, 1):
        blocks.append(("lines", ["", "[ photograph ]", "", f"Photo {index}: {caption}"]))
    return [blocks]


def adjuster_report(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    firm: Firm,
    claim: str,
    day: dt.date,
    insured: str,
    findings: list[str],
    *,
    pages: int,
) -> list[list[Block]]:
    """A loss adjuster's report: numbered headings, its later pages headed by its reference."""
    blocks = letterhead(w, firm, sells=False)
    blocks.append(("title", "Loss Adjuster's Report"))
    blocks.append(
        (
            "kv",
            [
                ("Insured", w.person(insured)),
                ("Claim", claim),
                ("Report date", w.date(day, "issue")),
            ],
        )
    )
    parts = [
        ("1. Background", findings[0]),
        ("2. Circumstances", findings[1]),
        ("3. Inspection", findings[2]),
        ("4. Recommendation", findings[3]),
    ]
    out = [blocks]
    per = -(-len(parts) // pages)
    for index in range(pages):
        page = out[0] if index == 0 else [("lines", [f"Claim {claim} - Report - {index + 1}"])]
        for heading, text in parts[index * per : (index + 1) * per]:
            page += [("heading", heading), ("para", text), ("para", text)]
        if index:
            out.append(page)
    return out


def contract(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    title: str,
    parties: tuple[str, str],
    number: str,
    dated: dt.date,
    start: dt.date,
    end: dt.date,
    clauses: list[tuple[str, str]],
    *,
    pages: int,
    numbering: str,
    schedule: list[tuple[str, str]] | None = None,
) -> list[list[Block]]:
    """A contract over ``pages``: its clauses run on with headings and no title; page numbers
    as ``numbering`` says (``page_of``, ``dash``, ``none``); its signatures on the last page
    and a schedule behind them."""
    w.number = number
    first: list[Block] = [
        ("title", title),
        ("para", f"Agreement No. {w.key('documentNumber', number)}"),
        (
            "para",
            f"This Agreement is dated {w.date(dated, 'issue')} and is made between "
            f'{w.org((parties[0], "Ltd"), dot=False)} (the "Provider") and '
            f'{w.org((parties[1], "Limited"))} (the "Client").',
        ),
        (
            "kv",
            [
                ("Commencement Date", w.date(start, "effective")),
                ("Expiry Date", w.date(end, "end")),
            ],
        ),
    ]
    body = [first] + [[] for _ in range(pages - 1)]
    per = -(-len(clauses) // pages)
    for index, (heading, text) in enumerate(clauses):
        body[index // per].extend([("heading", f"{index + 1}. {heading}"), ("para", text)])
    body[-1].append(
        (
            "columns",
            [
                ("Signed for the Provider", "Signed for the Client"),
                ("______________________", "______________________"),
                ("Director", "Director"),
            ],
        )
    )
    if schedule:
        body.append(
            [
                ("heading", "SCHEDULE 1"),
                ("table", [["Service", "Charge"], *[list(r) for r in schedule]]),
            ]
        )
    total = len(body)
    for index, page in enumerate(body, 1):
        if numbering == "page_of":
            page.append(("para", f"Page {index} of {total}"))
        elif numbering == "dash":
            page.append(("para", f"- {index} -"))
    return body


def minutes(
    w: Writer, body: str, day: dt.date, present: list[str], items: list[tuple[str, str]]
) -> list[list[Block]]:
    """Minutes of a committee over two pages; the second goes on with numbered items only."""
    first: list[Block] = [
        ("title", f"Minutes of the {body}"),
        ("para", f"Held on {w.date(day, 'issue')} at 7.00 pm in the community room."),
        ("para", "Present: " + ", ".join(w.person(p) for p in present)),
    ]
    half = len(items) // 2
    for index, (heading, text) in enumerate(items[:half], 1):
        first += [("heading", f"{index}. {heading}"), ("para", text)]
    second: list[Block] = []
    for index, (heading, text) in enumerate(items[half:], half + 1):
        second += [("heading", f"{index}. {heading}"), ("para", text)]
    second.append(("para", "The meeting closed at 8.45 pm."))
    return [first, second]
