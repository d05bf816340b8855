"""Papers of author ``rhine`` that follow a sale: a Lieferschein (delivery note, goods
without prices) and a payment reminder (a German Zahlungserinnerung listing the unpaid
invoices, or a French lettre de relance).

As read: a delivery note is filed as ``other``; its number is the Lieferschein-Nr. (not the
customer's order number it quotes), its date the delivery's; it bills nothing and names no
vendor. A reminder is a letter with no number of its own (the invoice numbers it lists are
the invoices'), dated like a letter; it bills what is still owed (with the reminder fee when
one is added) and that sum is due on the new deadline it sets, not on the invoices' old
due dates; its vendor is the creditor who wrote it.
"""

from __future__ import annotations

import random

from testbed.evaluation.author_rhine_german import GOODS
from testbed.evaluation.author_rhine_paper import BUYERS, buyer, firm, labels
from testbed.evaluation.author_rhine_style import (
    COUNTRIES,
    day_in_2026,
    digits,
    iban,
    later,
    person,
    quantity,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


def lieferschein(rng: random.Random) -> tuple[Sheet, Labels]:
    """A delivery note: what was shipped, against which order, signed for on receipt."""
    country = COUNTRIES["DE"]
    supplier = firm(rng, rng.choice(["DE", "AT"]))
    customer = rng.choice(BUYERS)
    shipped = day_in_2026(rng)
    ordered = later(shipped, -rng.randint(3, 14))
    number = rng.choice(
        [f"LS-{digits(rng, 6)}", f"80{digits(rng, 6)}", f"LS 2026/{digits(rng, 4)}"]
    )
    order = f"BE-2026-{digits(rng, 4)}"
    goods = rng.sample(
        [g for g in GOODS if "pauschale" not in g[0] and "Std." not in g[0]], rng.randint(2, 5)
    )
    table = [["Art.-Nr.", "Bezeichnung", "Menge", "Einheit"]]
    for description, _ in goods:
        amount = quantity(float(rng.choice([1, 2, 4, 5, 10, 20])))
        table.append([digits(rng, 6), description, amount, rng.choice(["Stk", "Stk", "Pak"])])
    packer = person(rng, "de")
    sheet = Sheet(
        head=[supplier.name, f"{supplier.street} · {supplier.city}"],
        panel=[
            ("Lieferschein-Nr.", mark("documentNumber", number)),
            ("Lieferdatum", mark("issueDate", country.date(shipped))),
            ("Kunden-Nr.", digits(rng, 5)),
            ("Ihre Bestellung", f"{order} vom {country.date(ordered)}"),
        ],
        panel_style=rng.choice(["box", "band"]),
        address=[
            "Lieferanschrift:",
            customer.name,
            "Warenannahme Tor 2",
            customer.street,
            customer.city,
        ],
        body=[
            ("title", "Lieferschein"),
            ("table", table),
            (
                "para",
                f"Versandart: Spedition, {rng.randint(1, 4)} Palette(n), Gewicht "
                f"{rng.randint(40, 900)} kg. Die Rechnung folgt gesondert.",
            ),
            (
                "lines",
                [
                    f"Kommissioniert: {packer}",
                    "",
                    "Ware vollständig und unbeschädigt erhalten:",
                    "Datum / Unterschrift ______________________",
                ],
            ),
        ],
        footer=[f"{supplier.name} · {supplier.tax_id}"],
    )
    return sheet, labels(
        "other",
        number,
        [supplier.name, customer.name],
        [packer],
        None,
        None,
        [],
        [("issue", shipped)],
        None,
    )


def mahnung(rng: random.Random) -> tuple[Sheet, Labels]:
    """A reminder: the unpaid invoices with their old dates, the fee, a new deadline."""
    french = rng.random() < 0.4
    country = COUNTRIES["FR" if french else "DE"]
    creditor = firm(rng, "FR" if french else "DE")
    debtor = buyer(rng, creditor)
    dated = day_in_2026(rng, 3, 11)
    deadline = later(dated, rng.choice([7, 10, 14]))
    invoices = []
    for _ in range(1 if french else rng.randint(1, 3)):
        issued = later(dated, -rng.randint(35, 80))
        number = f"F26-{digits(rng, 5)}" if french else f"RE-2026-{digits(rng, 5)}"
        invoices.append((number, issued, later(issued, 30), round(rng.uniform(90, 4200), 2)))
    owed = round(sum(amount for *_, amount in invoices), 2)
    cur = "EUR"
    writer = person(rng, country.language)
    if french:
        number, issued, due_then, amount = invoices[0]
        city = creditor.city.split(" ", 1)[1]
        body: list[Block] = [
            ("lines", [f"{city}, le {mark('issueDate', country.long_date(dated))}"]),
            ("heading", "Objet : Relance \u2013 facture impayée"),
            ("para", "Madame, Monsieur,"),
            (
                "para",
                f"Sauf erreur de notre part, la facture n° {number} du "
                f"{country.date(issued)}, échue le {country.date(due_then)}, d'un montant "
                f"de {mark('total', country.money(amount))}, reste impayée à ce jour.",
            ),
            (
                "para",
                "Nous vous prions de bien vouloir régler cette somme avant le "
                f"{mark('dueDate', country.long_date(deadline))} par virement sur le compte "
                f"IBAN {iban(rng, 'FR')}. À défaut, l'indemnité forfaitaire pour frais de "
                f"recouvrement de {country.money(40)} sera appliquée.",
            ),
            (
                "para",
                "Si votre règlement a été effectué entre-temps, nous vous remercions de ne "
                "pas tenir compte de ce courrier.",
            ),
            (
                "lines",
                [
                    "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
                    "",
                    writer,
                    "Service comptabilité",
                ],
            ),
        ]
        total, amounts = owed, [(owed, cur), (40.0, cur)]
        panel: list[tuple[str, str]] = []
    else:
        fee = float(rng.choice([0, 5, 7.5]))
        total = round(owed + fee, 2)
        table = [["Rechnung Nr.", "Rechnungsdatum", "fällig am", "Betrag"]]
        table += [
            [n, country.date(i), country.date(d), country.money(a)] for n, i, d, a in invoices
        ]
        sums = [("Offener Betrag", country.money(owed))]
        if fee:
            sums += [("Mahngebühr", country.money(fee))]
        sums.append(("Zu zahlender Betrag", mark("total", country.money(total))))
        body = [
            ("title", "Zahlungserinnerung" if not fee else "1. Mahnung"),
            (
                "para",
                "Sehr geehrte Damen und Herren, sicher haben Sie in der Hektik des "
                "Alltags übersehen, dass die folgenden Rechnungen noch offen sind:",
            ),
            ("table", table),
            ("kv", sums),
            (
                "para",
                f"Bitte überweisen Sie den Betrag bis zum "
                f"{mark('dueDate', country.date(deadline))} auf unser Konto "
                f"{iban(rng, 'DE')}. Sollten Sie inzwischen gezahlt haben, betrachten Sie "
                "dieses Schreiben bitte als gegenstandslos.",
            ),
            ("lines", ["Mit freundlichen Grüßen", writer, "Debitorenbuchhaltung"]),
        ]
        amounts = [(a, cur) for *_, a in invoices] + [(owed, cur), (total, cur)]
        amounts += [(fee, cur)] if fee else []
        panel = [
            ("Kundennummer", digits(rng, 5)),
            ("Ansprechpartner", writer),
            ("Datum", mark("issueDate", country.date(dated))),
        ]
    sheet = Sheet(
        head=[mark("vendor", creditor.name), f"{creditor.street} · {creditor.city}"],
        panel=panel,
        panel_style="box",
        address=[debtor.name, debtor.street, debtor.city],
        body=body,
        footer=[f"{creditor.name} · {creditor.tax_id}"],
    )
    return sheet, labels(
        "letter",
        None,
        [creditor.name, debtor.name],
        [writer],
        creditor.name,
        (total, cur),
        amounts,
        [("issue", dated), ("due", deadline)],
        None,
    )


__all__ = ["lieferschein", "mahnung"]
