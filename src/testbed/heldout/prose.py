"""Held-out minutes (attendee lists, the meeting date in the heading), letters and
contracts."""

from __future__ import annotations

import datetime as dt
import random

from testbed.heldout.commerce import Made
from testbed.heldout.ledger import Ledger, some_day
from testbed.heldout.sheet import Element, Sheet
from testbed.heldout.vocab import FIRMS, ROLES, SOCIETIES, STREETS, TOWNS


def minutes(rng: random.Random, fmt: str) -> Made:
    style = rng.choice(("uk", "us", "de"))
    w = Ledger(rng, style)
    body_name = w.org(rng.choice(SOCIETIES))
    held = some_day(rng)
    committee = rng.choice(
        ("Management Committee", "Board of Trustees", "Finance Committee", "Annual General Meeting")
    )
    weekday = held.strftime("%A")
    when = w.day(held, "issue")
    heading = rng.choice(
        (
            f"Minutes of the {committee} of {body_name} held on {weekday} {when}",
            f"{body_name} - {committee}: minutes of the meeting of {when}",
            f"{committee.upper()} MEETING, {when}",
        )
    )
    present = [w.person() for _ in range(rng.randint(3, 6))]
    chair, *others = present
    apologies = [w.person() for _ in range(rng.randint(0, 2))]
    secretary = w.person()
    listed = f"{chair} (Chair), " + ", ".join(others)
    if rng.random() < 0.4:
        listed = f"{chair} (in the chair), " + ", ".join(others[:-1]) + f" and {others[-1]}"
    balance = round(rng.uniform(800, 48000), 2)
    grant = round(rng.uniform(200, 6000), -1)
    attendance: list[tuple[str, str]] = [("Present", listed)]
    if apologies:
        attendance.append(("Apologies", ", ".join(apologies)))
    attendance.append(("In attendance", f"{secretary} (minutes)"))
    body: list[Element] = [("title", heading)]
    if body_name not in heading:
        body.append(("lines", [body_name]))
    body += [
        ("fields", attendance),
        (
            "text",
            f"1. Welcome. {chair.split()[0]} opened the meeting at "
            f"{rng.choice(('7.00 pm', '18:30', '10 am'))} and confirmed it was quorate.",
        ),
        ("text", "2. Minutes of the previous meeting were approved as a true record."),
        (
            "text",
            f"3. Treasurer's report. The accounts show a balance of {w.money(balance)}. "
            f"It was agreed to award a grant of {w.money(grant)} to the youth section.",
        ),
        (
            "text",
            f"4. Any other business. None. The next meeting will be held on "
            f"{w.day(held + dt.timedelta(days=rng.choice((28, 35, 42))))}.",
        ),
    ]
    return Sheet.of(body), w.labels("minutes")


def letter(rng: random.Random, fmt: str) -> Made:
    sender_firm = rng.choice(FIRMS)
    w = Ledger(rng, sender_firm[2])
    company = w.firm(sender_firm)
    written = some_day(rng)
    recipient = w.person()
    signer = w.person()
    honorific = rng.choice(("Mr", "Ms", "Dr", "Mrs"))
    reply = written + dt.timedelta(days=rng.choice((10, 14, 28)))
    topic = rng.choice(("claim", "deposit", "quotation", "overdue"))
    amount = round(rng.uniform(150, 25000), 2)
    ours = f"{rng.choice(('CL', 'AC', 'Q'))}/{rng.randint(1000, 9999)}/{written.year % 100}"
    place = TOWNS[sender_firm[2]].split()[-1].rstrip(",")
    dated = w.day(written, "issue")
    money, by = w.money(amount), w.day(reply, "due")
    text = {
        "claim": "Thank you for submitting your claim. Having reviewed the documents, we are "
        f"able to offer a settlement of {money}. Please confirm your acceptance by {by}.",
        "deposit": f"We confirm receipt of your deposit of {money}. The balance falls due on {by}.",
        "quotation": f"As discussed, our quotation for the works comes to {money} including "
        f"materials. The offer is open until {by}.",
        "overdue": f"Our records show that {money} remains unpaid. We would ask you to settle "
        f"the amount by {by} to avoid further action.",
    }[topic]
    surname = recipient.split()[-1]
    body: list[Element] = [
        (
            "head",
            [company, *_lines(rng, sender_firm[2])],
            [f"Our ref: {ours}", f"{place}, {dated}"],
        ),
        ("lines", [f"{honorific} {recipient}", *_lines(rng, rng.choice(list(TOWNS)))]),
        ("text", f"Dear {honorific} {surname},"),
        ("text", text),
        ("text", "Should you have any questions, please contact me directly."),
        (
            "lines",
            [
                rng.choice(("Yours sincerely,", "Kind regards,", "With best regards,")),
                "",
                signer,
                rng.choice(ROLES),
            ],
        ),
    ]
    return Sheet.of(body), w.labels("letter")


def contract(rng: random.Random, fmt: str) -> Made:
    first, second = rng.sample(FIRMS, 2)
    w = Ledger(rng, first[2])
    a, b = w.firm(first), w.firm(second)
    start = some_day(rng)
    months = rng.choice((12, 24, 36))
    end = start.replace(year=start.year + months // 12) - dt.timedelta(days=1)
    fee = round(rng.choice((18000, 48000, 96500, 7200)) * rng.choice((1.0, 1.05)), 2)
    number = f"{rng.choice(('SA', 'MSA', 'LA'))}-{start.year}-{rng.randint(10, 999)}"
    signers = [w.person(), w.person()]
    kind = rng.choice(("SERVICE AGREEMENT", "Maintenance Contract", "Framework Agreement"))
    body: list[Element] = [
        ("title", kind),
        ("fields", [("Contract No.", w.doc_number(number))]),
        (
            "text",
            f"between {a}, {_lines(rng, first[2])[0]}, {TOWNS[first[2]]} (hereinafter the "
            f'"Customer") and {b}, {TOWNS[second[2]]} (hereinafter the "Contractor").',
        ),
        ("title", "1. Subject"),
        ("text", "The Contractor shall maintain and service the installations listed in Annex 1."),
        ("title", "2. Term"),
        (
            "text",
            f"This contract takes effect on {w.day(start, 'effective')} and runs for {months} "
            f"months until {w.day(end, 'end')}. It renews only by written agreement.",
        ),
        ("title", "3. Remuneration"),
        (
            "text",
            f"The Customer shall pay an annual fee of {w.money(fee)} plus statutory VAT, "
            f"payable quarterly in advance.",
        ),
    ]
    later: list[Element] = [
        ("title", "4. Liability and termination"),
        (
            "text",
            "Either party may terminate this contract for good cause. The Contractor's "
            "liability is limited to the annual fee.",
        ),
        (
            "sign",
            [
                [f"For {a}", signers[0], rng.choice(ROLES)],
                [f"For {b}", signers[1], rng.choice(ROLES)],
            ],
        ),
    ]
    if rng.random() < 0.5:
        return Sheet.of(body, later), w.labels("contract")
    return Sheet.of(body + later), w.labels("contract")


def _lines(rng: random.Random, style: str) -> list[str]:
    number, street = rng.randint(1, 99), rng.choice(STREETS)
    return [f"{number} {street}" if style in ("us", "uk") else f"{street} {number}", TOWNS[style]]
