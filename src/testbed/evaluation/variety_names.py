"""Documents of the development set whose people and organisations are written the way real
documents write them (issue #18): e-mails with "From: Name <mailbox>" headers, "Family,
Given" in the Cc and a signature block (name, credentials, title | company, telephone);
letters with a letterhead, an addressee block under honorifics ("Prof. Dr.", "Herrn"), "p.p."
and "i.A." signatures and a cc list; minutes with a table of attendees (name, role,
organisation) or "In attendance ... Apologies were received from ..."; a contract "by and
between X ("Supplier") and Y ("Customer")" signed "Name:/Title:" in two columns; a report's
"Prepared by" in register order; a memo copied to people and departments. Among them the names
that are no party: streets named after people, products, towns, departments, Title Case
headings.

The truth is the generator's: each person and organisation it prints is labelled once, as a
reader would list it (:mod:`testbed.evaluation.variety_name_styles`).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace
from email.message import EmailMessage
from email.policy import SMTPUTF8
from email.utils import format_datetime

from testbed.evaluation.commerce_style import Printer, pick_style
from testbed.evaluation.corpus import Block, Case, Writer, with_evidence
from testbed.evaluation.render import as_text
from testbed.evaluation.truth import Evidence, printed_values, unmark
from testbed.evaluation.variety_name_abroad import (
    contract_abroad,
    letter_abroad,
    mail_abroad,
    minutes_table_abroad,
    statement_abroad,
)
from testbed.evaluation.variety_name_layouts import (
    logo_letter,
    minutes_abroad,
    minutes_lines,
    reply_email,
    uk_deed,
)
from testbed.evaluation.variety_name_styles import (
    CITIES,
    DEPARTMENTS,
    HEADINGS,
    JOB_TITLES,
    PERSON_STREETS,
    PRODUCTS,
    STREET_NAMES,
    TOWNS,
    Cast,
)

#: A generator takes its seeded random source and which of its draws this is (its n-th draw
#: shows its n-th way of signing or listing, so every way is in the set).
type _Generator = Callable[[random.Random, int], tuple[list[Block], Writer]]


def _day(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 300))


def _firm(w: Writer, firm: tuple[str, str]) -> str:
    return w.org(firm, dot=True)


def email_signature(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """An e-mail between two firms: headers with mailboxes, a Cc in register order, a
    greeting by first name and a signature block under the closing."""
    p = Printer(rng, pick_style(rng, ("us", "uk", "ie", "nl")))
    w, cast = p.w, Cast(rng)
    sender, reader, copied, second = cast.person(), cast.person(), cast.person(), cast.person()
    home, away = cast.firm(), cast.plain_firm()
    ours, theirs = cast.domain(home[0]), cast.domain(away)
    for person in (sender, reader, copied, second):
        w.person(person.label)
    firm = _firm(w, home)
    w.plain_org(away)
    product, town = rng.choice(PRODUCTS), rng.choice(CITIES)
    cc = f'"{copied.listed()}" <{copied.mailbox(theirs)}>, {second.label} <{second.mailbox(ours)}>'
    greeting = reader.native.split()[-1] if reader.native else reader.given
    signature = [rng.choice(("Best regards,", "Kind regards,", "Thanks,", "Cheers,"))]
    signature.append(cast.credentialled(sender) if rng.random() < 0.5 else sender.label)
    title = rng.choice(JOB_TITLES)
    if variant % 2 == 0:
        signature += [f"{title} | {firm}"]
    else:
        signature += [title, firm]
    signature += [
        f"T +44 20 7946 {rng.randint(1000, 9999)} | www.{ours}",
        rng.choice(PERSON_STREETS),
    ]
    sent = _day(rng)
    stamp = dt.datetime(sent.year, sent.month, sent.day, rng.randint(7, 19), 5, tzinfo=dt.UTC)
    w.dates.append(("issue", sent.isoformat()))
    return [
        ("kv", [("From", f"{sender.label} <{sender.mailbox(ours)}>"),
                ("To", f"{reader.label} <{reader.mailbox(theirs)}>"), ("Cc", cc),
                ("Subject", f"{product} rollout - {rng.choice(HEADINGS)}"),
                ("Date", w.key("issueDate", format_datetime(stamp)))]),
        ("para", f"Hi {greeting},"),
        ("para", f"Following our call with {away} in {town} last {sent.strftime('%B')}, the "
                 f"{product} pilot "
                 f"can start once {rng.choice(DEPARTMENTS)} has signed off the order. I have "
                 f"copied {copied.label.split()[0] if copied.native else copied.given} for the "
                 "delivery dates."),
        ("lines", signature),
    ], w  # fmt: skip


def letter_per_pro(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A business letter: letterhead and contacts, the addressee's block (titled name, firm,
    street, town), "Dear Dr. X", a signature signed "p.p." or with credentials, a cc list."""
    p = Printer(rng, pick_style(rng, ("uk", "ie", "au", "us")))
    w, cast = p.w, Cast(rng)
    firm = cast.firm()
    addressee, signer, assistant, copied = (cast.person() for _ in range(4))
    client = cast.plain_firm() if rng.random() < 0.5 else None
    head = _firm(w, firm)
    client_line = [w.plain_org(client)] if client else []
    for person in (addressee, signer, copied):
        w.person(person.label)
    family = addressee.native.split()[0] if addressee.native else addressee.family
    honorific = rng.choice(("Dr.", "Ms", "Mr", "Prof."))
    style = variant % 3
    if style == 0:
        signed = [f"p.p. {signer.label}", rng.choice(JOB_TITLES)]
    elif style == 1:
        w.person(assistant.label)
        signed = [assistant.label, f"pp {signer.label}", rng.choice(JOB_TITLES)]
    else:
        signed = [cast.credentialled(signer), rng.choice(JOB_TITLES), head]
    cc_style = rng.randrange(2)
    cc = (
        [f"cc: {copied.initialled}; {rng.choice(DEPARTMENTS)}"]
        if cc_style
        else [f"cc:  {cast.titled(copied)}, {rng.choice(DEPARTMENTS)}"]
    )
    if cc_style:  # only the initial is printed: that is the name a reader lists
        w.people[w.people.index(copied.label)] = copied.initialled
    return [
        ("lines", [head, rng.choice(PERSON_STREETS), rng.choice(TOWNS),
                   f"Tel. +353 21 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"]),
        ("lines", [p.day(_day(rng), "issue")]),
        ("lines", [f"{honorific} {addressee.label}", *client_line, rng.choice(PERSON_STREETS),
                   rng.choice(TOWNS)]),
        ("lines", [f"Re: {rng.choice(PRODUCTS)} - {rng.choice(HEADINGS)}"]),
        ("para", f"Dear {honorific} {family},"),
        ("para", f"Thank you for your letter of {rng.choice(('March', 'June', 'October'))}. We "
                 f"will ship the {rng.choice(PRODUCTS)} units to your {rng.choice(CITIES)} "
                 "site as agreed and invoice them separately."),
        ("lines", [rng.choice(("Yours sincerely,", "Yours faithfully,", "Kind regards,")), "",
                   *signed]),
        ("lines", cc),
    ], w  # fmt: skip


def german_letter(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A German business letter: "Herrn / Dr. Name / Firma / Straße", "Sehr geehrter Herr
    Dr. X", and two signatures side by side, "ppa." and "i.A."."""
    p = Printer(rng, pick_style(rng, ("de", "ch")))
    w, cast = p.w, Cast(rng)
    firm, client = cast.firm(), cast.firm()
    addressee, manager, clerk = cast.person(), cast.person(), cast.person()
    head, to_firm = _firm(w, firm), _firm(w, client)
    for person in (addressee, manager, clerk):
        w.person(person.label)
    family = addressee.native.split()[0] if addressee.native else addressee.family
    return [
        ("lines", [f"{head} · {rng.choice(PERSON_STREETS)} · {rng.choice(TOWNS)}"]),
        ("lines", ["Herrn", f"Dr. {addressee.label}", to_firm, rng.choice(PERSON_STREETS),
                   rng.choice(TOWNS)]),
        ("lines", [f"Datum: {p.day(_day(rng), 'issue')}"]),
        ("lines", [f"Ihre Anfrage zu {rng.choice(PRODUCTS)}"]),
        ("para", f"Sehr geehrter Herr Dr. {family},"),
        ("para", "vielen Dank für Ihre Anfrage. Die Lieferung erfolgt wie besprochen im "
                 f"{rng.choice(('März', 'Juni', 'Oktober'))}; die Buchhaltung erhält die "
                 "Rechnung gesondert."),
        ("lines", ["Mit freundlichen Grüßen", head]),
        ("columns", [(f"ppa. {manager.label}", f"i.A. {clerk.label}"),
                     ("Prokurist", rng.choice(("Vertrieb", "Kundenservice", "Einkauf")))]),
    ], w  # fmt: skip


def minutes_table(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """Minutes with a table of attendees (name in register order, role, organisation),
    apologies in one line, and actions owned by people named in full."""
    p = Printer(rng, pick_style(rng, ("uk", "nl", "au", "ca")))
    w, cast = p.w, Cast(rng)
    people = [cast.person() for _ in range(4)]
    absent = [cast.person(), cast.person()]
    firm, practice = cast.firm(), cast.plain_firm()
    for person in (*people, *absent):
        w.person(person.label)
    names = [_firm(w, firm), w.plain_org(practice)]
    roles = ("Chair", "Project Sponsor", "Minutes", rng.choice(JOB_TITLES))
    rows: list[list[str]] = [["Name", "Role", "Organisation"]]
    for index, (person, role) in enumerate(zip(people, roles, strict=True)):
        shown = person.listed() if index % 2 == 0 else cast.titled(person)
        rows.append([shown, role, names[index % 2]])
    heading = f"{rng.choice(PRODUCTS)} progress meeting"
    return [
        ("title", heading),
        ("kv", [("Meeting date", p.day(_day(rng), "issue")), ("Venue", rng.choice(TOWNS))]),
        ("heading", "Attendees"),
        ("table", rows),
        ("para", f"Apologies: {absent[0].listed()}; {cast.titled(absent[1])}"),
        ("heading", rng.choice(HEADINGS)),
        ("para", f"{people[0].label} opened the meeting. {rng.choice(DEPARTMENTS)} reported "
                 f"that the {rng.choice(PRODUCTS)} budget is on track."),
        ("heading", "Action Items"),
        ("table", [["Action", "Owner"],
                   ["Circulate the revised plan", people[2].label],
                   ["Confirm the venue", people[3].label]]),
    ], w  # fmt: skip


def minutes_prose(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A council's or society's minutes: "In attendance:" with titles and roles in one
    paragraph, "Apologies were received from A and B", "Also present: C (Firm)"."""
    p = Printer(rng, pick_style(rng, ("uk", "ie", "au")))
    w, cast = p.w, Cast(rng)
    chair, members, absent = cast.person(), [cast.person(), cast.person()], cast.person()
    other, guest, guest_firm = cast.person(), cast.person(), cast.firm()
    body = cast.plain_firm()
    for person in (chair, *members, absent, other, guest):
        w.person(person.label)
    council, firm = w.plain_org(body), _firm(w, guest_firm)
    present = (
        f"Cllr {chair.label} (Chair); {cast.titled(members[0])}; {members[1].label}, Treasurer"
    )
    return [
        ("title", f"{council}: Minutes of the meeting held on {p.day(_day(rng), 'issue')}"),
        ("para", f"In attendance: {present}"),
        ("para", f"Apologies were received from {absent.label} and {other.label}."),
        ("para", f"Also present: {guest.label} ({firm})"),
        ("heading", rng.choice(HEADINGS)),
        ("para", f"The meeting noted the resurfacing of {rng.choice(STREET_NAMES)} and the "
                 f"new {rng.choice(PRODUCTS)} in the library."),
    ], w  # fmt: skip


def contract_parties(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A services agreement "by and between" two firms with defined roles, a notices clause
    with an "Attention:" line, and signature blocks with "By:", "Name:" and "Title:"."""
    p = Printer(rng, pick_style(rng, ("us", "ca", "uk")))
    w, cast = p.w, Cast(rng)
    supplier, customer = cast.firm(), cast.firm()
    a, b, counsel = cast.person(), cast.person(), cast.person()
    first, second = _firm(w, supplier), _firm(w, customer)
    for person in (a, b, counsel):
        w.person(person.label)
    start = _day(rng)
    return [
        ("title", "Master Services Agreement"),
        ("para", f'This Master Services Agreement (the "Agreement") is entered into as of '
                 f"{p.day(start, 'effective')} by and between {first}, with offices at "
                 f'{rng.choice(PERSON_STREETS)} ("Supplier"), and {second} ("Customer").'),
        ("heading", rng.choice(HEADINGS)),
        ("para", f"Supplier shall host and support {rng.choice(PRODUCTS)} for Customer."),
        ("heading", "Notices"),
        ("para", f"Notices to Customer shall be sent to Attention: {counsel.label}, General "
                 "Counsel."),
        ("columns", [(first, second), ("By: ____________________", "By: ____________________"),
                     (f"Name: {a.label}", f"Name: {b.label}"),
                     (f"Title: {rng.choice(JOB_TITLES)}", f"Title: {rng.choice(JOB_TITLES)}")]),
    ], w  # fmt: skip


def report_cover(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A report's cover: authors in register order, who it was prepared for, a reviewer
    with title and credentials, contributors listed with credentials."""
    p = Printer(rng, pick_style(rng, ("uk", "us", "au")))
    w, cast = p.w, Cast(rng)
    authors, reviewer = [cast.person(), cast.person()], cast.person()
    helpers = [cast.person(), cast.person()]
    client = cast.plain_firm()
    for person in (*authors, reviewer, *helpers):
        w.person(person.label)
    title = f"{rng.choice(PRODUCTS)}: {rng.choice(HEADINGS)} Review"
    return [
        ("title", title),
        ("kv", [("Prepared by", "; ".join(author.listed() for author in authors)),
                ("Prepared for", w.plain_org(client)),
                ("Reviewed by", cast.titled(reviewer)),
                ("Date", p.day(_day(rng), "issue"))]),
        ("heading", "Contributors"),
        ("bullets", [cast.credentialled(person) for person in helpers]),
        ("heading", rng.choice(HEADINGS)),
        ("para", f"Usage in {rng.choice(CITIES)} grew every month from January "
                 f"to May; {rng.choice(DEPARTMENTS)} expects the trend to hold."),
    ], w  # fmt: skip


def memo_cc(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """An internal memo to a department, from a person with credentials and title, copied to
    people (one by initial) and a department."""
    p = Printer(rng, pick_style(rng, ("us", "uk", "ca")))
    w, cast = p.w, Cast(rng)
    author, first, second = cast.person(), cast.person(), cast.person()
    for person in (author, first, second):
        w.person(person.label)
    company = cast.plain_firm()
    return [
        ("title", "MEMORANDUM"),
        ("kv", [("TO", rng.choice(DEPARTMENTS)),
                ("FROM", f"{cast.credentialled(author)}, {rng.choice(JOB_TITLES)}"),
                ("CC", f"{first.label}; {second.listed()}; {rng.choice(DEPARTMENTS)}"),
                ("DATE", p.day(_day(rng), "issue")),
                ("RE", rng.choice(HEADINGS))]),
        ("para", f"From {rng.choice(('January', 'April', 'July'))}, orders for the "
                 f"{rng.choice(PRODUCTS)} go through {w.plain_org(company)}'s new portal."),
    ], w  # fmt: skip


#: (kind, generator, the formats of its cases in order).
PLAN: tuple[tuple[str, _Generator, tuple[str, ...]], ...] = (
    ("memo", email_signature, ("eml", "eml", "html")),
    ("letter", letter_per_pro, ("pdf", "docx", "png")),
    ("letter", german_letter, ("pdf", "txt")),
    ("minutes", minutes_table, ("docx", "html", "md")),
    ("minutes", minutes_prose, ("txt", "pdf")),
    ("contract", contract_parties, ("docx", "pdf")),
    ("report", report_cover, ("md", "pdf")),
    ("memo", memo_cc, ("txt", "docx")),
    ("contract", uk_deed, ("docx", "pdf")),
    ("memo", reply_email, ("eml", "txt")),
    ("letter", logo_letter, ("pdf", "docx")),
    ("minutes", minutes_abroad, ("txt", "docx", "md", "pdf")),
    ("minutes", minutes_lines, ("html", "txt")),
    ("letter", letter_abroad, ("pdf", "docx", "txt", "html", "md")),
    ("contract", contract_abroad, ("docx", "pdf", "txt", "html", "pdf")),
    ("minutes", minutes_table_abroad, ("html", "docx", "md", "pdf", "txt")),
    ("statement", statement_abroad, ("pdf", "html", "txt", "pdf", "docx")),
    ("memo", mail_abroad, ("txt", "pdf", "docx", "txt", "html")),
)


def build_variety_names(seed: str) -> list[Case]:
    """The name-variety cases, labelled by their generators and drawn once for evidence."""
    cases: list[Case] = []
    for kind, generator, formats in PLAN:
        name = generator.__name__.replace("_", "-")
        for index, fmt in enumerate(formats):
            rng = random.Random(f"{seed}-names-{name}-{index}")  # noqa: S311 - not for secrets
            blocks, writer = generator(rng, index)
            case = Case(
                case_id=f"names-{name}-{index + 1:02d}",
                kind=kind,
                fmt=fmt,
                layout=name,
                blocks=tuple(blocks),
                labels=writer.labels(kind),
            )
            cases.append(_as_email(case, rng) if fmt == "eml" else with_evidence(case))
    return cases


def _as_email(case: Case, rng: random.Random) -> Case:
    """The case as an RFC 5322 message: its leading fields as headers, the rest as body."""
    headers = {label: unmark(value) for label, value in case.blocks[0][1]}
    message = EmailMessage()
    for header in ("From", "To", "Cc", "Bcc", "Subject", "Date"):
        if header in headers:
            message[header] = headers[header]
    message["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@mail.example>"
    message.set_content(as_text(case.blocks[1:]), cte="8bit")
    data = message.as_bytes(policy=SMTPUTF8)
    evidence = tuple(sorted((name, Evidence(1, None)) for name in printed_values(case.blocks)))
    return replace(case, data=data, labels=replace(case.labels, evidence=evidence))


__all__ = ["PLAN", "build_variety_names"]
