"""More documents of the name-variety set (:mod:`testbed.evaluation.variety_names`): an
English deed whose parties are numbered and written in capitals ("(1) NORDHAVN SHIPPING A/S
incorporated ... (the "Supplier")") and signed "for and on behalf of"; a reply e-mail quoting
the message before it ("On ..., Name <mail> wrote:") with a one-line signature after "--"; a
letter under a logo reduced to text, with the firm's legal name only in the footer, "FAO:" and
reference initials ("Our ref: JD/kl"); minutes in German, French, Dutch and Spanish
("Anwesend", "Présents", "Aanwezig", "Asistentes"); minutes listing one attendee a line with a
dash and a role, and attendees with their firm in brackets.

Labelled as :mod:`testbed.evaluation.variety_name_styles` says a reader lists names.
"""

from __future__ import annotations

import datetime as dt
import random
from email.utils import format_datetime

from testbed.evaluation.commerce_style import Printer, pick_style
from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_name_styles import (
    CITIES,
    HEADINGS,
    JOB_TITLES,
    PERSON_STREETS,
    PRODUCTS,
    TOWNS,
    Cast,
    Person,
)


def _day(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 300))


def _people(w: Writer, cast: Cast, count: int) -> list[Person]:
    people = [cast.person() for _ in range(count)]
    for person in people:
        w.person(person.label)
    return people


def uk_deed(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """Numbered parties in capitals with company numbers and registered offices, a person as
    the second party, and execution blocks "Signed by X for and on behalf of Y"."""
    p = Printer(rng, pick_style(rng, ("uk", "ie")))
    w, cast = p.w, Cast(rng)
    firm = cast.firm()
    w.org(firm, dot=True)
    director, consultant = _people(w, cast, 2)
    name = f"{firm[0]} {firm[1]}".upper()
    person = consultant.label.upper() if variant % 2 == 0 else consultant.label
    return [
        ("title", "CONSULTANCY AGREEMENT"),
        ("para", f"THIS AGREEMENT is made on {p.day(_day(rng), 'effective')}"),
        ("heading", "PARTIES"),
        ("para", f"(1) {name} incorporated and registered in England and Wales with company "
                 f"number {rng.randint(10**7, 10**8 - 1):08d} whose registered office is at "
                 f'{rng.choice(PERSON_STREETS)}, {rng.choice(TOWNS)} (the "Supplier"); and'),
        ("para", f'(2) {person} of {rng.choice(PERSON_STREETS)} (the "Consultant").'),
        ("heading", rng.choice(HEADINGS)),
        ("para", f"The Consultant shall advise the Supplier on the {rng.choice(PRODUCTS)} "
                 "programme."),
        ("lines", [f"Signed by {director.label}", f"for and on behalf of {name}",
                   "....................................", "Director"]),
        ("lines", [f"Signed by {consultant.label}", "...................................."]),
    ], w  # fmt: skip


def reply_email(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A reply with the message it answers quoted below "On <date>, Name <mail> wrote:", a
    sender known by the mailbox only in the header, a signature line after "--", and a Bcc."""
    p = Printer(rng, pick_style(rng, ("us", "uk", "au")))
    w, cast = p.w, Cast(rng)
    sender, asker, hidden = _people(w, cast, 3)
    home, away = cast.firm(), cast.plain_firm()
    firm = w.org(home, dot=True)
    w.plain_org(away)
    ours, theirs = cast.domain(home[0]), cast.domain(away)
    sent = _day(rng)
    earlier = sent - dt.timedelta(days=rng.randint(1, 6))
    stamp = dt.datetime(sent.year, sent.month, sent.day, rng.randint(7, 19), 40, tzinfo=dt.UTC)
    w.dates.append(("issue", sent.isoformat()))
    title = rng.choice(JOB_TITLES)
    mobile = f"M: +61 4{rng.randint(10, 99)} 555 {rng.randint(100, 999)}"
    line = (
        f"{sender.label} | {title} | {firm}"
        if variant % 2 == 0
        else f"{sender.label}\n{title}, {firm}\n{mobile}"
    )
    return [
        ("kv", [("From", sender.mailbox(ours)), ("To", f"{asker.label} <{asker.mailbox(theirs)}>"),
                ("Bcc", f"{hidden.label} <{hidden.mailbox(ours)}>"),
                ("Subject", f"Re: {rng.choice(PRODUCTS)} quote"),
                ("Date", w.key("issueDate", format_datetime(stamp)))]),
        ("para", f"Hi {asker.given or asker.label.split()[-1]}, yes, the price holds until "
                 f"{rng.choice(('June', 'August', 'December'))}."),
        ("lines", ["--", *line.split("\n")]),
        ("lines", [f"On {p.day(earlier, None)}, {asker.label} <{asker.mailbox(theirs)}> wrote:",
                   f"> Does the quote for the {rng.choice(PRODUCTS)} still hold? The team at",
                   f"> {away} would like to order before the end of the quarter."]),
    ], w  # fmt: skip


def logo_letter(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """A letter under a logo reduced to text (the brand in capitals and a tagline), the firm's
    legal name only in the footer; "FAO:" above the addressee, "Our ref: JD/kl"."""
    p = Printer(rng, pick_style(rng, ("uk", "ie", "au")))
    w, cast = p.w, Cast(rng)
    firm = cast.firm()
    legal = w.org(firm, dot=True)
    addressee, signer = _people(w, cast, 2)
    client = cast.plain_firm()
    brand = firm[0].split()[0].upper()
    initials = f"{signer.label[0]}{signer.label.split()[-1][0]}/{rng.choice(('kl', 'ab', 'mt'))}"
    fao = (
        f"FAO: {addressee.label}" if variant % 2 == 0 else f"For the attention of {addressee.label}"
    )
    return [
        ("lines", [brand, rng.choice(("Design · Build · Maintain", "Logistics that listens",
                                      "Precision since 1962"))]),
        ("lines", [w.plain_org(client), fao, rng.choice(PERSON_STREETS), rng.choice(TOWNS)]),
        ("kv", [("Our ref", initials), ("Date", p.day(_day(rng), "issue"))]),
        ("para", "Dear Sir or Madam,"),
        ("para", f"Further to your visit to {rng.choice(CITIES)}, we enclose the revised plan for "
                 f"the {rng.choice(PRODUCTS)}."),
        ("lines", ["Yours faithfully,", "", f"{signer.label} ({rng.choice(('Ms', 'Mr', 'Dr'))})",
                   rng.choice(JOB_TITLES)]),
        ("lines", [f"{legal} · Registered office: {rng.choice(PERSON_STREETS)} · "
                   f"Company no. {rng.randint(10**6, 10**7 - 1)}"]),
    ], w  # fmt: skip


#: How minutes are headed and labelled in four languages: title, present, absent, minutes by.
_MINUTES_WORDS = (
    ("Protokoll der Sitzung vom", "Anwesend", "Entschuldigt", "Protokoll", "de"),
    ("Procès-verbal de la réunion du", "Présents", "Excusés", "Secrétaire de séance", "fr"),
    ("Notulen van de vergadering van", "Aanwezig", "Afwezig met bericht", "Notulist", "nl"),
    ("Acta de la reunión del", "Asistentes", "Ausentes", "Secretaria", "de"),
)


def minutes_abroad(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """Minutes in German, French, Dutch or Spanish: present and excused in one line each, the
    minute-taker labelled."""
    title, present, absent, scribe, style = _MINUTES_WORDS[variant % len(_MINUTES_WORDS)]
    p = Printer(rng, pick_style(rng, (style,)))
    w, cast = p.w, Cast(rng)
    here, away, writer = _people(w, cast, 3), _people(w, cast, 1), _people(w, cast, 1)
    body = w.plain_org(cast.plain_firm())
    return [
        ("title", f"{body}: {title} {p.day(_day(rng), 'issue')}"),
        ("para", f"{present}: {', '.join(cast.titled(person) if i == 0 else person.label
                                          for i, person in enumerate(here))}"),
        ("para", f"{absent}: {away[0].label}"),
        ("para", f"{scribe}: {writer[0].label}"),
        ("heading", "1. " + rng.choice(PRODUCTS)),
    ], w  # fmt: skip


def minutes_lines(rng: random.Random, variant: int) -> tuple[list[Block], Writer]:
    """Minutes listing one attendee a line ("Jane Doe - Chair", with a hyphen or an en
    dash) and guests with their firm in brackets."""
    p = Printer(rng, pick_style(rng, ("uk", "us", "ca")))
    w, cast = p.w, Cast(rng)
    members = _people(w, cast, 3)
    guests = _people(w, cast, 2)
    firms = [cast.firm(), cast.firm()]
    names = [w.org(firm, dot=True) for firm in firms]
    dash = " \u2013 " if variant % 2 == 0 else " - "
    guests_line = ", ".join(f"{g.label} ({n})" for g, n in zip(guests, names, strict=True))
    roles = ("Chair", "Treasurer", "Secretary")
    return [
        ("title", f"Board meeting minutes, {p.day(_day(rng), 'issue')}"),
        ("heading", "Present"),
        ("lines", [f"{m.label}{dash}{role}" for m, role in zip(members, roles, strict=True)]),
        ("para", f"Guests: {guests_line}"),
        ("heading", rng.choice(HEADINGS)),
        ("para", f"{members[0].label} welcomed the guests from {rng.choice(CITIES)}."),
    ], w  # fmt: skip


__all__ = ["logo_letter", "minutes_abroad", "minutes_lines", "reply_email", "uk_deed"]
