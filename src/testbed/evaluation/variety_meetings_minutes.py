"""Minutes as boards, committees, residents' groups, school governors, clubs, works councils
and associations write them, for :mod:`testbed.evaluation.variety_meetings`.

The meeting's date is the minutes' issue date wherever it stands: in the title line, in a
details table, under ``Datum:``, in a place-and-date opening sentence, or only in the page's
header; the date of the next meeting and of the earlier minutes approved are printed too,
with no role. Attendees stand one per line, in comma lists with roles in brackets, in tables
of name and role, and under the chair's and the secretary's signatures.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_meetings_style import (
    Doc,
    english,
    meeting_day,
    slashed,
    words,
)


def later(day: dt.date, weeks: int) -> dt.date:
    return day + dt.timedelta(weeks=weeks)


def board(rng: random.Random) -> tuple[list[Block], Writer]:
    """A British company's board minutes: the company and the meeting in the title lines,
    "Present:" with roles in brackets, "In attendance:", numbered minutes, the previous
    minutes approved, the next meeting's date and the chair's signature line."""
    d = Doc(rng, "en")
    company = d.org(rng.choice(("Halcyon Precision Castings Limited", "Wexcombe Dairies Ltd",
                                "Brackenridge Software Holdings plc")))  # fmt: skip
    day = meeting_day(rng)
    chair, ceo, cfo, ned, sec, guest = d.people(6)
    shown = d.day(day, "issue", english(day, rng))
    blocks: list[Block] = [
        ("title", company.upper()),
        ("lines", ["(Company No. 0" + str(rng.randint(1000000, 9999999)) + ")", "",
                   "MINUTES of a meeting of the Board of Directors held at the Registered "
                   f"Office on {shown} at 10.00 a.m."]),
        ("para", f"Present: {chair} (Chair), {ceo} (Chief Executive), {cfo} (Finance "
                 f"Director), {ned} (Non-Executive Director)"),
        ("para", f"In attendance: {sec} (Company Secretary); {guest} (Head of Sales, for "
                 "minute 4 only)"),
        ("heading", "1. Quorum and declarations of interest"),
        ("para", "The Chair noted that a quorum was present. No director declared an interest "
                 "in the business of the meeting."),
        ("heading", "2. Minutes of the previous meeting"),
        ("para", "The minutes of the meeting held on "
                 f"{english(later(day, -6), rng)} were approved as a correct record and "
                 "signed by the Chair."),
        ("heading", "3. Management accounts"),
        ("para", f"{cfo} presented the management accounts. Revenue for the quarter stood at "
                 f"{d.money(rng.randint(800, 2400) * 1000.0)} against budget. The Board "
                 "noted the report."),
        ("heading", "4. Sales pipeline"),
        ("para", f"{guest} joined the meeting and summarised the pipeline. RESOLVED that the "
                 "revised pricing be adopted with effect from the next quarter."),
        ("heading", "5. Date of next meeting"),
        ("para", f"The next meeting will be held on {english(later(day, 8), rng)}."),
        ("lines", ["There being no further business the meeting closed at 12.40 p.m.", "",
                   "Signed ..................................   Chair",
                   "Date  ..................................", ]),
    ]  # fmt: skip
    return blocks, d.w


def committee(rng: random.Random) -> tuple[list[Block], Writer]:
    """A committee's minutes with a details table (Date, Time, Venue, Chair, Minute-taker)
    over an attendee table of name, role and organisation, and actions in a table."""
    d = Doc(rng, "en")
    body = d.org(rng.choice(("Northfield Community Trust", "Avonmere Housing Association")))
    day = meeting_day(rng)
    people = d.people(5)
    roles = ("Chair", "Vice-Chair", "Treasurer", "Tenant representative", "Staff member")
    bodies = (body, body, body, "-", body)
    shown = d.day(day, "issue", rng.choice((slashed(day), english(day, rng))))
    table = [["Name", "Role", "Organisation"]]
    table += [[p, r, o] for p, r, o in zip(people, roles, bodies, strict=True)]
    blocks: list[Block] = [
        ("title", f"{body}"),
        ("heading", rng.choice(("Finance and Audit Committee", "Health & Safety Committee"))),
        ("kv", [("Date", shown), ("Time", "18:30 - 20:15"), ("Venue", "Meeting Room 2, "
                "Kingsway House"), ("Chair", people[0]), ("Minute-taker", people[4])]),
        ("heading", "Attendees"),
        ("table", table),
        ("para", "Apologies: none received."),
        ("heading", "Matters arising"),
        ("para", "Action 14 (fire door survey) is complete. Action 15 is carried forward. The "
                 f"minutes of {slashed(later(day, -4))} were agreed."),
        ("heading", "Actions"),
        ("table", [["No.", "Action", "Owner", "By"],
                   ["16", "Obtain three quotes for roof repairs", people[2],
                    slashed(later(day, 3))],
                   ["17", "Circulate revised risk register", people[1],
                    slashed(later(day, 2))]]),
        ("para", f"Next meeting: {slashed(later(day, 6))}, same venue."),
    ]  # fmt: skip
    return blocks, d.w


def residents(rng: random.Random) -> tuple[list[Block], Writer]:
    """A residents' association's annual general meeting: the date in the title sentence,
    those present one per line, apologies in prose, the treasurer's figures."""
    d = Doc(rng, "en")
    body = d.org(rng.choice(("Elm Park Residents' Association", "Riverside Gardens Tenants "
                             "and Residents Association")))  # fmt: skip
    day = meeting_day(rng)
    present = d.people(6)
    sorry = d.people(2)
    venue = rng.choice(("St Mark's Church Hall", "the Community Centre, Holloway Road"))
    shown = d.day(day, "issue", words(day, "en", weekday=True))
    balance = rng.randint(900, 4000) + rng.choice((0.0, 0.5, 0.25))
    blocks: list[Block] = [
        ("title", f"Minutes of the Annual General Meeting of {body} held on {shown} at "
                  f"{venue}"),
        ("heading", "Present"),
        ("lines", [f"{present[0]} (Chair)", f"{present[1]} (Secretary)",
                   f"{present[2]} (Treasurer)", *present[3:], "and 23 residents"]),
        ("para", f"Apologies were received from {sorry[0]} and {sorry[1]}."),
        ("heading", "1. Welcome"),
        ("para", f"{present[0]} welcomed everyone and thanked the parish for the use of the hall."),
        ("heading", "2. Treasurer's report"),
        ("para", f"{present[2]} reported a balance of {d.money(balance)} at the year end, "
                 f"with subscriptions of {d.money(rng.randint(300, 900) + 0.0)} received. The "
                 "accounts were adopted."),
        ("heading", "3. Election of officers"),
        ("para", "All officers were re-elected unopposed."),
        ("para", f"The meeting closed at 9.05 pm. Next committee meeting: "
                 f"{words(later(day, 5), 'en')}."),
    ]  # fmt: skip
    return blocks, d.w


def _term(day: dt.date) -> str:
    return "Autumn" if day.month >= 9 else "Spring" if day.month <= 4 else "Summer"


def governors(rng: random.Random) -> tuple[list[Block], Writer]:
    """A school's full governing board, dated only in the header fields: governors present
    with their category, those absent with and without consent, and the clerk."""
    d = Doc(rng, "en")
    school = d.org(rng.choice(("Oakfield Primary School", "St Aidan's C of E Academy")))
    day = meeting_day(rng)
    g = d.people(7)
    shown = d.day(day, "issue", rng.choice((slashed(day), english(day, rng))))
    blocks: list[Block] = [
        ("lines", [school, "Full Governing Board", ""]),
        ("kv", [("Meeting", f"{_term(day)} Term {rng.randint(1, 2)}"), ("Date", shown),
                ("Time", "6.00pm"), ("Location", "School library")]),
        ("heading", "Governors present"),
        ("lines", [f"{g[0]} - Chair (Co-opted)", f"{g[1]} - Headteacher",
                   f"{g[2]} - Parent governor", f"{g[3]} - Staff governor",
                   f"{g[4]} - Local authority governor"]),
        ("kv", [("Apologies (consent given)", g[5]), ("Absent", "none"),
                ("Clerk", f"{g[6]} (Governance Professional)")]),
        ("heading", "Part 1 minutes"),
        ("para", "1. The minutes of the meeting on "
                 f"{slashed(later(day, -7))} were approved and signed."),
        ("para", f"2. Headteacher's report: attendance 95.8%. {g[1]} answered questions on "
                 "the new phonics scheme."),
        ("para", "3. Budget monitoring: the board noted a forecast in-year surplus of "
                 f"{d.money(rng.randint(5, 40) * 1000.0)}."),
        ("para", f"Date of next meeting: {english(later(day, 7), rng)} at 6pm."),
        ("lines", ["", "Signed (Chair): ______________________   Date: ____________"]),
    ]  # fmt: skip
    return blocks, d.w


def club(rng: random.Random) -> tuple[list[Block], Writer]:
    """An American club's board meeting: "Date:" at the top, attendees in a comma list,
    absent members, call to order, motions, and the secretary's "Respectfully submitted"."""
    d = Doc(rng, "us")
    body = d.org(rng.choice(("Maple Grove Rotary Club", "Lakeview Garden Club",
                             "Cedar Falls Youth Soccer League")))  # fmt: skip
    day = meeting_day(rng)
    p = d.people(7)
    shown = d.day(day, "issue", rng.choice((words(day, "us"), f"{day.month}/{day.day}/{day.year}")))
    blocks: list[Block] = [
        ("title", f"{body} - Board Meeting Minutes"),
        ("kv", [("Date", shown), ("Location", "Fellowship Hall, 214 Oak Street")]),
        ("para", f"Attendees: {p[0]} (President), {p[1]} (Vice President), {p[2]} (Treasurer), "
                 f"{p[3]} (Secretary), {p[4]}, {p[5]}"),
        ("para", f"Absent: {p[6]}"),
        ("para", f"Call to Order: The meeting was called to order at 7:02 p.m. by {p[0]}."),
        ("para", f"Approval of Minutes: {p[4]} moved to approve the minutes of "
                 f"{words(later(day, -4), 'us')}; seconded by {p[5]}. Motion carried."),
        ("para", f"Treasurer's Report: checking balance {d.money(rng.randint(2000, 15000) + 0.0)}; "
                 f"fundraiser proceeds {d.money(rng.randint(400, 3000) + 0.75)}."),
        ("para", f"Next Meeting: {words(later(day, 4), 'us', weekday=True)}, 7:00 p.m."),
        ("para", "Adjournment: 8:41 p.m."),
        ("lines", ["Respectfully submitted,", p[3], "Secretary"]),
    ]  # fmt: skip
    return blocks, d.w


def team_notes(rng: random.Random) -> tuple[list[Block], Writer]:
    """A team's meeting notes from a wiki or an e-mail, dated only in the line under the
    title (date, time, where), attendees as a list, actions with due dates of their own."""
    d = Doc(rng, "en")
    firm = d.org(rng.choice(("Quayside Analytics Ltd", "Brightfield Renewables Ltd")))
    day = meeting_day(rng)
    p = d.people(5)
    shown = d.day(day, "issue", rng.choice((words(day, "en", weekday=True), day.isoformat())))
    blocks: list[Block] = [
        ("title", rng.choice(("Product Steering Group", "Weekly Ops Sync",
                              "Project Kestrel checkpoint"))),
        ("lines", [f"{shown} | 14:00-14:45 | Teams", f"{firm} - internal"]),
        ("heading", "Attendees"),
        ("bullets", [f"{p[0]} (facilitator)", p[1], p[2], f"{p[3]} (notes)"]),
        ("para", f"Apologies: {p[4]}"),
        ("heading", "Discussion"),
        ("bullets", ["Release 4.2 slipped one week; QA sign-off outstanding.",
                     "Supplier contract renewal under review by procurement."]),
        ("heading", "Actions"),
        ("bullets", [f"{p[1]}: confirm test environment by {words(later(day, 1), 'en')}",
                     f"{p[2]}: draft customer comms"]),
    ]  # fmt: skip
    return blocks, d.w


__all__ = [
    "board", "club", "committee", "governors", "later", "residents", "team_notes",
]  # fmt: skip
