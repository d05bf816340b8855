"""Letters and minutes printed in English in Asia: a landlord's tenancy renewal, a bank's
notice of a new interest rate, the tax office's notice of additional assessment and the
minutes of a strata (MCST) or condominium corporation's general meeting.

Letters carry a reference line ("Our Ref") that is their number, and dates of other papers
in their text (the old tenancy, the previous meeting, the financial year) beside the day a
change takes effect; a bookkeeper reads the change's dates, not the history's.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meridian_style import PURSES, dater, day, digits, dmy, english
from testbed.evaluation.truth import Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

_TENANTS = ("Mr. Rahul Menon", "Ms. Angela Cruz", "Mr. Wong Kar Fai", "Dr. Lim Siew Ling")


def _first(d: dt.date) -> dt.date:
    """The first day of the month after ``d``."""
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def tenancy_renewal(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Singapore or Hong Kong landlord offers to renew a lease: the new term's start and
    expiry are the letter's effective and end dates; the old lease's are history."""
    country = rng.choice(("SG", "HK"))
    purse = PURSES[country]
    landlord = rng.choice(
        ("Pacific Crest Properties Pte Ltd", "Evergreen Realty Holdings Ltd.")
        if country == "SG"
        else ("Evergreen Realty Holdings Ltd.", "Kam Fung Estates Limited")
    )
    tenant = rng.choice(_TENANTS)
    written = day(rng)
    start = _first(written + dt.timedelta(days=30))
    years = rng.choice((1, 2))
    end = start.replace(year=start.year + years) - dt.timedelta(days=1)
    old_start = start.replace(year=start.year - 2)
    rent_old = float(rng.choice((2800, 3500, 3900, 4600, 15500, 22000)))
    rent = rent_old + rng.choice((100.0, 200.0, 300.0, 500.0))
    reply = start - dt.timedelta(days=rng.choice((14, 21, 30)))
    ref = f"{landlord.split()[0][:3].upper()}/LSE/{written.year}/{rng.randint(1, 999):04d}"
    unit = (
        "#"
        + f"{rng.randint(2, 30):02d}-{rng.randint(1, 12):02d}, 18 Jalan Mutiara, Singapore 249203"
        if country == "SG"
        else f"Flat {rng.choice('ABCDEFGH')}, {rng.randint(3, 30)}/F, Block 2, "
        "Harbour Garden, 8 Tai Hang Road, Hong Kong"
    )
    sheet = Sheet(
        head=[
            landlord,
            "Leasing & Asset Management",
            f"Tel: {'+65 6' if country == 'SG' else '+852 2'}{digits(rng, 3)} {digits(rng, 4)}",
        ],
        address=[tenant, unit],
        body=[
            (
                "kv",
                [
                    ("Our Ref", mark("documentNumber", ref)),
                    ("Date", mark("issueDate", english(written))),
                ],
            ),
            ("para", "Dear Sir / Madam,"),
            ("heading", f"RE: RENEWAL OF TENANCY - {unit.upper()}"),
            (
                "para",
                "We refer to the Tenancy Agreement dated "
                f"{english(old_start - dt.timedelta(days=rng.randint(7, 20)))} "
                f"for the above premises for a term commencing {english(old_start)} and expiring "
                "on "
                f"{english(start - dt.timedelta(days=1))}.",
            ),
            (
                "para",
                "Our client is agreeable to renew the tenancy for a further term of "
                f"{'one (1) year' if years == 1 else 'two (2) years'} "
                f"commencing on {mark('effectiveDate', english(start))} and expiring on "
                f"{mark('endDate', english(end))} "
                f"at a monthly rent of {purse.money(rent)} (previously {purse.money(rent_old)}), "
                "payable monthly in "
                "advance on the first day of each calendar month. All other terms remain "
                "unchanged.",
            ),
            (
                "para",
                "Kindly confirm your acceptance by signing and returning the duplicate of this "
                "letter on or "
                f"before {english(reply)}, failing which the offer shall lapse.",
            ),
            (
                "lines",
                [
                    "Yours sincerely,",
                    "",
                    rng.choice(("Grace Teo", "Patrick Leung", "Nora Ismail")),
                    f"for and on behalf of {landlord}",
                ],
            ),
        ],
    )
    signer = sheet.body[-1][1][2]
    labels = Labels(
        "letter",
        ref,
        (landlord,),
        (tenant, signer),
        None,
        None,
        ((rent, purse.code), (rent_old, purse.code)),
        (
            ("issue", written.isoformat()),
            ("effective", start.isoformat()),
            ("end", end.isoformat()),
        ),
    )
    return sheet, labels


def rate_notice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Korean or Japanese bank writes in English to a foreign borrower: a new rate from a
    day, and the new instalment from the next due date."""
    country = rng.choice(("KR", "JP"))
    purse = PURSES[country]
    bank = rng.choice(
        ("Hanul Savings Bank", "Seoul Global Bank, Foreign Customer Center")
        if country == "KR"
        else ("Tokai Regional Bank, International Desk", "Minato Trust Bank, Ltd.")
    )
    client = rng.choice(
        ("Mr. Daniel Okafor", "Ms. Priya Raman", "Mr. Thomas Becker", "Ms. Ana Beatriz Silva")
    )
    written = day(rng)
    start = _first(written + dt.timedelta(days=10))
    old, new = round(rng.uniform(2.5, 4.5), 2), 0.0
    new = round(old + rng.choice((-0.25, 0.15, 0.25, 0.35)), 2)
    instalment = float(round(rng.uniform(350_000, 2_400_000), -3))
    next_due = start.replace(day=25)
    ref = f"{'LN' if country == 'KR' else 'HL'}-{written.year}{written.month:02d}-{digits(rng, 5)}"
    show = dater("en" if rng.random() < 0.6 else "ymd.")
    sheet = Sheet(
        head=[bank, "Loan Administration Department"],
        panel=[
            ("Date", mark("issueDate", show(written))),
            ("Ref. No.", mark("documentNumber", ref)),
            ("Loan Account No.", f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}"),
        ],
        address=[
            client,
            "Apt. 1203, 55 Itaewon-ro, Yongsan-gu, Seoul"
            if country == "KR"
            else "2-7-1 Azabu-Juban, Minato-ku, Tokyo",
        ],
        body=[
            ("heading", "Notice of Change in Interest Rate"),
            ("para", f"Dear {client},"),
            (
                "para",
                "Thank you for banking with us. Following the periodic review of the reference "
                "rate, the interest "
                f"rate applicable to your loan will change from {old:.2f}% to {new:.2f}% per "
                "annum with effect "
                f"from {mark('effectiveDate', show(start))}.",
            ),
            (
                "para",
                f"Your monthly instalment will be {purse.money(instalment)}, starting with the "
                "instalment due on "
                f"{show(next_due)}. The instalment will be debited automatically from your "
                "designated account.",
            ),
            (
                "para",
                "If you have any questions, please contact your branch or our English service "
                "line.",
            ),
            ("lines", ["Yours faithfully,", bank.split(",")[0]]),
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    labels = Labels(
        "letter",
        ref,
        (bank.split(",")[0],),
        (client,),
        None,
        None,
        ((instalment, purse.code),),
        (("issue", written.isoformat()), ("effective", start.isoformat())),
    )
    return sheet, labels


def assessment_my(rng: random.Random) -> tuple[Sheet, Labels]:
    """The Malaysian tax office's notice of additional assessment: the taxpayer's file
    number is not the notice's; the tax payable is billed by a printed day."""
    purse = PURSES["MY"]
    taxpayer = rng.choice(
        ("Sunrise Logistics Sdn. Bhd.", "Kedai Elektrik Wah Seng Enterprise", "Tan Ah Kow")
    )
    written = day(rng)
    due = written + dt.timedelta(days=30)
    year = written.year - rng.choice((1, 2))
    tax = purse.round(rng.uniform(1200, 48000))
    penalty = purse.round(tax * 0.10)
    payable = purse.round(tax + penalty)
    number = f"B {written.year} {digits(rng, 7)}"
    show = rng.choice((dmy, english))
    sheet = Sheet(
        head=[
            "LEMBAGA HASIL DALAM NEGERI MALAYSIA",
            "Inland Revenue Board of Malaysia",
            "Menara Hasil, Persiaran Rimba Permai, 63000 Cyberjaya",
        ],
        panel=[
            ("Notice No.", mark("documentNumber", number)),
            ("Date of Notice", mark("issueDate", show(written))),
            ("Income Tax No.", f"{'C' if 'Bhd' in taxpayer else 'SG'} {digits(rng, 10)}"),
            ("Year of Assessment", str(year)),
        ],
        panel_style="box",
        address=[
            taxpayer,
            f"No. {rng.randint(1, 99)}, Jalan "
            f"{rng.choice(('Ampang', 'Bukit Bintang', 'Klang Lama'))}, Kuala Lumpur",
        ],
        body=[
            ("title", "NOTICE OF ADDITIONAL ASSESSMENT"),
            (
                "kv",
                [
                    ("Additional tax", purse.money(tax)),
                    ("Penalty under subsection 113(2)", purse.money(penalty)),
                    ("Total tax payable", mark("total", purse.money(payable))),
                ],
            ),
            (
                "para",
                "The amount payable must be paid within 30 days from the date of this notice, "
                "that is on or "
                f"before {mark('dueDate', show(due))}. A further increase of 10% will be imposed "
                "on any amount "
                "not paid by that date.",
            ),
            (
                "para",
                "If you disagree with this assessment you may appeal by Form Q within 30 days. "
                "Please quote "
                "your income tax number for all payments.",
            ),
            (
                "lines",
                [
                    "Director of Collection",
                    "This notice is computer generated; no signature is required.",
                ],
            ),
        ],
    )
    person = taxpayer == "Tan Ah Kow"
    labels = Labels(
        "letter",
        number,
        ("Inland Revenue Board of Malaysia",) + (() if person else (taxpayer,)),
        (taxpayer,) if person else (),
        None,
        (payable, "MYR"),
        ((tax, "MYR"), (penalty, "MYR"), (payable, "MYR")),
        (("issue", written.isoformat()), ("due", due.isoformat())),
    )
    return sheet, labels


def strata_minutes(rng: random.Random) -> tuple[Sheet, Labels]:
    """Minutes of a strata or condominium general meeting: the meeting's own date; the
    previous meeting and the financial year are other papers' dates; the new contributions
    take effect on a day of their own."""
    country = rng.choice(("SG", "PH"))
    purse = PURSES[country]
    if country == "SG":
        body_name = f"Management Corporation Strata Title Plan No. {rng.randint(1000, 4999)}"
        estate = rng.choice(("The Trevose", "Palm Grove Residences", "Kovan Melody"))
    else:
        estate = rng.choice(
            ("Ortigas Business Hub", "Salcedo Park Towers", "Mango Avenue Residences")
        )
        body_name = f"{estate} Condominium Corporation"
    held = day(rng)
    previous = held.replace(year=held.year - 1) - dt.timedelta(days=rng.randint(0, 20))
    effective = _first(held + dt.timedelta(days=25))
    fund, sinking = round(rng.uniform(0.25, 0.6), 2), round(rng.uniform(0.05, 0.2), 2)
    budget = float(round(rng.uniform(180_000, 950_000), -2))
    chair, secretary, agent = rng.sample(
        [
            "Mr. Lee Chong Wei",
            "Mrs. Carmen Villanueva",
            "Mr. Arjun Pillai",
            "Ms. Joanne Tay",
            "Atty. Ramon Dizon",
            "Mr. Victor Soh",
        ],
        3,
    )
    when = english(held) if rng.random() < 0.6 else dmy(held)
    sheet = Sheet(
        head=[body_name, estate],
        body=[
            ("title", f"MINUTES OF THE {rng.randint(5, 30)}TH ANNUAL GENERAL MEETING"),
            (
                "kv",
                [
                    ("Date", mark("issueDate", when)),
                    ("Time", "10.00 a.m."),
                    ("Venue", "Function Room, Level 1"),
                ],
            ),
            (
                "kv",
                [
                    (
                        "Present",
                        f"{rng.randint(35, 160)} subsidiary proprietors / unit owners (in person "
                        "or by proxy)",
                    ),
                    ("Chairperson", chair),
                    ("Secretary", secretary),
                    ("In attendance", f"{agent}, Managing Agent"),
                ],
            ),
            ("heading", "1. Quorum"),
            (
                "para",
                "The chairperson declared that a quorum was present and called the meeting to "
                "order.",
            ),
            ("heading", "2. Confirmation of minutes"),
            (
                "para",
                f"The minutes of the previous annual general meeting held on {english(previous)} "
                "were confirmed without amendment.",
            ),
            ("heading", "3. Audited accounts"),
            (
                "para",
                "The audited financial statements for the year ended 31 December "
                f"{held.year - 1} were adopted.",
            ),
            ("heading", "4. Budget and contributions"),
            (
                "para",
                f"It was resolved that the budget of {purse.money(budget)} for the coming year "
                "be approved and that the "
                f"contributions be {purse.money(fund)} (maintenance fund) and "
                f"{purse.money(sinking)} (sinking fund) per share "
                f"value per month, with effect from {mark('effectiveDate', english(effective))}.",
            ),
            ("heading", "5. Closure"),
            (
                "para",
                "There being no other business, the meeting closed at 12.15 p.m. with a vote of "
                "thanks to the chair.",
            ),
            ("lines", ["Confirmed by:", chair, "Chairperson"]),
        ],
    )
    labels = Labels(
        "minutes",
        None,
        (body_name,),
        (chair, secretary, agent),
        None,
        None,
        ((budget, purse.code), (fund, purse.code), (sinking, purse.code)),
        (("issue", held.isoformat()), ("effective", effective.isoformat())),
    )
    return sheet, labels


__all__ = ["assessment_my", "rate_notice", "strata_minutes", "tenancy_renewal"]
