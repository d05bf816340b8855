"""Letters and notices around the bills: a final notice before disconnection, a penalty
charge notice, a subscription renewal notice and a direct-debit advance notice.

How this author reads them: a letter's own reference, if it prints one, is its number, not the
account, bill or mandate numbers it quotes. A final notice's new "pay before" day is its due
date (the old bill's due date is history) and the overdue sum its total. A penalty charge
notice bills the full charge; the day the full charge must be paid is its due date, the
earlier discount deadline only an offer. A renewal notice bills nothing yet: the renewal day
is when the new term takes effect. A direct-debit advance notice announces one collection:
that amount is what it bills and its collection day the due date; a notice listing several
collections has no single due date.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meterbox_style import (
    SAAS_NAMES,
    Notebook,
    day_between,
    digits,
    labelled,
    letters,
    uk_address,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


def final_notice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A final notice / disconnection warning: the letter date, the unpaid bill's number and
    date and its old due date, and a new "pay before" day to avoid disconnection."""
    nb = Notebook("gbp", rng.choice(["uk_long", "uk_num"]))
    vendor = rng.choice(["Brightwell Energy", "Fenwire Broadband", "Severn Dale Water"])
    person, address = uk_address(rng)
    issued = day_between(rng)
    bill_day = issued - dt.timedelta(days=rng.randint(35, 50))
    old_due = bill_day + dt.timedelta(days=14)
    due = issued + dt.timedelta(days=rng.choice([7, 10, 14]))
    owed = round(rng.uniform(60, 480), 2)
    reference = f"FN/{issued.year}/{digits(rng, 6)}" if rng.random() < 0.6 else None
    account = digits(rng, 8)
    refs = [("Account number", account)]
    if reference:
        refs.insert(0, ("Our reference", mark("documentNumber", reference)))
    refs.append(("Date", nb.date(issued, "issue")))
    body = [
        ("title", "FINAL NOTICE"),
        ("para", f"Dear {person},"),
        (
            "para",
            f"Our records show that bill no. {digits(rng, 9)} dated {nb.date(bill_day)} for "
            f"{nb.money(owed)} was due for payment on {nb.date(old_due)} and remains unpaid.",
        ),
        ("kv", [("Amount overdue", nb.money(owed, "total")), ("Pay before", nb.date(due, "due"))]),
        (
            "para",
            f"To avoid disconnection, please pay the full amount of {nb.money(owed)} before "
            f"{nb.date(due)}. If we do not hear from you, we may apply for a warrant to fit "
            f"a prepayment meter and add a charge of {nb.money(rng.choice([60.0, 150.0]))}.",
        ),
        (
            "para",
            f"If you have already paid, please ignore this letter. If you are struggling, "
            f"call us on 0330 808 {digits(rng, 4)}; we can agree a payment plan.",
        ),
        ("lines", ["Yours sincerely,", "", "Collections Team", vendor]),
    ]
    sheet = Sheet(
        head=[vendor, "Collections, PO Box 77, Bristol BS99 1UZ"],
        panel=refs,
        address=address,
        body=body,
        footer=[f"{vendor} Ltd. Calls may be recorded."],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return sheet, labelled(nb, "letter", reference, (vendor,), (person,), None, owed)


def renewal_notice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A subscription auto-renewal notice, as mailed a month ahead: plan, renewal day,
    price to be charged, card, and the last day to cancel; it bills nothing itself."""
    nb = Notebook(rng.choice(["usd", "gbp", "eur_ie"]), rng.choice(["us_long", "uk_long"]))
    vendor = rng.choice(SAAS_NAMES)
    person = rng.choice(["Hannah Cole", "Luis Ortega", "Wei Zhang"])
    issued = day_between(rng)
    renews = issued + dt.timedelta(days=rng.choice([7, 14, 30]))
    price = rng.choice([96.0, 144.0, 239.88, 480.0])
    body: list[Block] = [
        ("title", "Your subscription is about to renew"),
        ("para", f"Hi {person},"),
        (
            "para",
            f"This is a reminder that your annual {vendor} Pro subscription will renew "
            f"automatically on {nb.date(renews, 'effective')}. We will charge "
            f"{nb.money(price)} to your card ending {digits(rng, 4)}.",
        ),
        (
            "kv",
            [
                ("Subscription ID", f"SUB-{digits(rng, 7)}"),
                ("Account", f"{person.split()[0].lower()}@mail.example"),
                ("Next billing date", nb.date(renews)),
                ("Amount", nb.money(price)),
            ],
        ),
        (
            "para",
            f"If you would rather not renew, cancel before "
            f"{nb.date(renews - dt.timedelta(days=1))} "
            f"in Settings > Billing. Prices exclude applicable taxes.",
        ),
        ("lines", ["Thanks,", f"The {vendor} team"]),
    ]
    sheet = Sheet(
        head=[vendor, f"Sent {nb.date(issued, 'issue')}"],
        body=body,
        footer=[f"{vendor}, 548 Market St, San Francisco CA 94104"],
    )
    return sheet, labelled(nb, "letter", None, (vendor,), (person,), None, None)


def debit_notice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A direct-debit advance notice: creditor id and mandate reference, the bill it collects
    for (its own number quoted), and one collection day, or a schedule of several."""
    german = rng.random() < 0.5
    nb = Notebook(
        "eur_de" if german else rng.choice(["gbp", "eur_ie"]), "de_num" if german else "uk_long"
    )
    vendor = rng.choice(
        ["Stadtwerke Lindenau GmbH", "Kabelnetz Süd GmbH"]
        if german
        else ["Harbourside Insurance", "Quayside Fitness", "Kestrel Mobile"]
    )
    person = rng.choice(
        ["Jonas Becker", "Sabine Wolff"] if german else ["Gemma Hart", "Eoin Brady"]
    )
    issued = day_between(rng)
    collect = issued + dt.timedelta(days=rng.randint(5, 12))
    amount = round(rng.uniform(25, 320), 2)
    bill = digits(rng, 9)
    mandate = f"{letters(rng, 3)}{digits(rng, 8)}"
    if german:
        body: list[Block] = [
            ("title", "Vorabankündigung SEPA-Lastschrift"),
            ("para", f"Sehr geehrte(r) {person},"),
            (
                "para",
                f"zu Ihrer Rechnung Nr. {bill} ziehen wir den Betrag von "
                f"{nb.money(amount, 'total')} am {nb.date(collect, 'due')} von Ihrem Konto "
                f"IBAN DE** **** **** **** **{digits(rng, 2)} ein.",
            ),
            (
                "kv",
                [
                    ("Gläubiger-ID", f"DE{digits(rng, 2)}ZZZ{digits(rng, 11)}"),
                    ("Mandatsreferenz", mandate),
                ],
            ),
            ("para", "Bitte sorgen Sie für ausreichende Deckung Ihres Kontos."),
            ("lines", ["Mit freundlichen Grüßen", vendor]),
        ]
        head = [vendor, f"Leipzig, {nb.date(issued, 'issue')}"]
    else:
        body = [
            ("title", "Advance notice of Direct Debit"),
            ("para", f"Dear {person},"),
            ("kv", [("Service user number", digits(rng, 6)), ("Direct Debit reference", mandate)]),
        ]
        if rng.random() < 0.5:
            body.append(
                (
                    "para",
                    f"Following invoice {bill}, we will collect {nb.money(amount, 'total')} "
                    f"from your bank account on or just after {nb.date(collect, 'due')}.",
                )
            )
        else:
            schedule = [["Collection date", "Amount"]]
            for month in range(4):
                day = (collect.replace(day=1) + dt.timedelta(days=31 * month + 1)).replace(
                    day=min(collect.day, 28)
                )
                nb.also_due(day)
                schedule.append([nb.date(day), nb.money(amount)])
            body += [
                (
                    "para",
                    f"Your instalment plan for invoice {bill} totals {nb.money(amount * 4)}. "
                    f"We will collect the following payments:",
                ),
                ("table", schedule),
            ]
        body += [
            ("para", "Payments are protected by the Direct Debit Guarantee."),
            ("lines", ["Kind regards,", vendor]),
        ]
        head = [vendor, f"Date: {nb.date(issued, 'issue')}"]
    sheet = Sheet(
        head=head,
        address=[person],
        body=body,
        footer=[f"{vendor} · " + ("Kundenservice Mo-Fr" if german else "customer service Mon-Fri")],
    )
    single = sum(1 for role, _ in nb.dates if role == "due") == 1
    return sheet, labelled(
        nb, "letter", None, (vendor,), (person,), None, amount if single else None
    )


def penalty_notice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A parking penalty charge notice: PCN number, vehicle, contravention date and time, the
    date of the notice, a discounted charge by one date and the full charge by another."""
    nb = Notebook("gbp", rng.choice(["uk_num", "uk_long"]))
    council = rng.choice(["London Borough of Ashgrove", "Rivermouth City Council"])
    person = rng.choice(["Mr Daniel Frost", "Ms Priya Raman", "Mrs Helen Garside"])
    seen = day_between(rng)
    issued = seen + dt.timedelta(days=rng.randint(2, 6))
    discount_end = issued + dt.timedelta(days=14)
    due = issued + dt.timedelta(days=28)
    full = rng.choice([70.0, 110.0, 130.0, 160.0])
    pcn = f"{letters(rng, 2)}{digits(rng, 8)}"
    panel = [
        ("PCN number", mark("documentNumber", pcn)),
        ("Vehicle registration", f"{letters(rng, 2)}{digits(rng, 2)} {letters(rng, 3)}"),
        ("Date of notice", nb.date(issued, "issue")),
    ]
    body = [
        ("title", "Penalty Charge Notice"),
        (
            "kv",
            [
                ("Date of contravention", nb.date(seen)),
                ("Time", f"{rng.randint(8, 18):02d}:{rng.randrange(60):02d}"),
                ("Location", rng.choice(["High Street (pay and display)", "Kings Road bus lane"])),
                ("Contravention code", f"{rng.choice(['01', '12', '30', '34J'])}"),
                ("Penalty charge", nb.money(full, "total")),
            ],
        ),
        (
            "para",
            f"The penalty charge of {nb.money(full)} must be paid by {nb.date(due, 'due')}. "
            f"If you pay by {nb.date(discount_end)} the charge is reduced to "
            f"{nb.money(full / 2)}.",
        ),
        (
            "para",
            "If the charge is not paid and no representation is made, the council may serve "
            "a Charge Certificate increasing the charge by 50%.",
        ),
        (
            "para",
            f"Pay online, or call 020 {digits(rng, 4)} {digits(rng, 4)} quoting the PCN number.",
        ),
    ]
    sheet = Sheet(
        head=[council, "Parking Services, PO Box 9012"],
        panel=panel,
        address=[person, "22 Orchard Way", "Norwich NR4 6TB"],
        body=body,
        footer=["Issued under the Traffic Management Act 2004."],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return sheet, labelled(nb, "other", pcn, (council,), (person,), None, full)
