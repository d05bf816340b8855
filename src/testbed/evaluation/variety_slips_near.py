"""Short documents that look like receipts and are not: a pro-forma invoice asking for
payment in advance (an invoice), a supplier's order confirmation to be invoiced later and a
delivery note (``other``: no built-in class names them), and a payment reminder (a letter)."""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_slips_goods import digits
from testbed.evaluation.variety_slips_style import SlipWriter, cents, some_day

_PARTS = (
    ("Edelstahl-Schrauben M6x40 (100 St.)", 8.9),
    ("Kabelbinder 300mm schwarz", 4.35),
    ("LED-Panel 60x60 36W", 39.0),
    ("Montageschiene 2m", 12.4),
    ("Steckdose Aufputz grau", 6.15),
)
_GOODS = (
    ("Oak shelf bracket, pair", 14.5),
    ("Linen napkins, set of 4", 22.0),
    ("Ceramic mug, speckled", 9.75),
    ("Walnut serving board", 38.0),
)


def proforma(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A small shop's pro-forma invoice: payment in advance, goods sent when it is paid."""
    w = SlipWriter(rng, loc="en-GB", signed=True)
    shop = rng.choice(("Fernhill Makers Ltd", "Coastline Homeware Ltd"))
    buyer = w.person_name()
    day = some_day(rng)
    rows = [["Item", "Qty", "Unit price", "Total"]]
    for text, price in rng.sample(_GOODS, rng.randint(2, 3)):
        qty = rng.randint(1, 4)
        rows.append([text, str(qty), w.money(price), w.money(cents(qty * price))])
        w.item(text, cents(qty * price), qty, price)
    sub = cents(sum(r.amount for r in w.line_items))
    vat = cents(sub * 0.2)
    number = f"PF-{rng.randint(100, 999)}"
    blocks: list[Block] = [
        ("title", w.shop(shop)),
        ("lines", ["Unit 4, Tannery Yard, Frome BA11 1RE", f"VAT Reg. GB {digits(rng, 9)}"]),
        ("heading", "PRO FORMA INVOICE"),
        (
            "kv",
            [
                ("Pro forma no.", w.docno(number)),
                ("Date", w.day(day)),
                ("Valid until", w.day(day + dt.timedelta(days=14), None)),
                ("Customer", w.person(buyer)),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Subtotal", w.money(sub)),
                ("VAT 20%", w.money(vat)),
                ("Total due", w.total_money(cents(sub + vat))),
            ],
        ),
        (
            "para",
            "This is not a VAT invoice. Goods will be dispatched on receipt of cleared "
            "funds; a VAT invoice will follow with the goods.",
        ),
    ]
    return blocks, w


def auftrag(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A wholesaler's Auftragsbestätigung: the order confirmed, delivery week, invoiced with
    the goods (nothing paid yet)."""
    w = SlipWriter(rng, loc="de", signed=True)
    seller = rng.choice(("Elektro-Großhandel Vogt GmbH", "Befestigungstechnik Rauch GmbH"))
    buyer = rng.choice(("Haustechnik Sailer GmbH", "Elektro Brandl GmbH"))
    day = some_day(rng)
    rows = [["Pos.", "Artikel", "Menge", "Einzelpreis", "Gesamt"]]
    for pos, (text, price) in enumerate(rng.sample(_PARTS, 3), 1):
        qty = rng.choice((5, 10, 20))
        rows.append([str(pos), text, str(qty), w.money(price), w.money(cents(qty * price))])
    net = cents(sum(_amount(r[4]) for r in rows[1:]))
    blocks: list[Block] = [
        (
            "lines",
            [w.org((seller.removesuffix(" GmbH"), "GmbH")), "Industriestr. 12, 73037 Göppingen"],
        ),
        ("lines", [w.org((buyer.removesuffix(" GmbH"), "GmbH")), "Lange Gasse 3", "89073 Ulm"]),
        ("title", "Auftragsbestätigung"),
        (
            "kv",
            [
                ("Auftrags-Nr.", f"AB-{rng.randint(10000, 99999)}"),
                ("Datum", w.day(day)),
                (
                    "Ihre Bestellung",
                    f"{rng.randint(4000, 4999)} vom {w.day(day - dt.timedelta(days=2), None)}",
                ),
                ("Liefertermin", f"KW {day.isocalendar().week + 1}"),
            ],
        ),
        ("para", "Vielen Dank für Ihren Auftrag, den wir wie folgt bestätigen:"),
        ("table", rows),
        (
            "kv",
            [
                ("Warenwert netto", w.money(net)),
                ("zzgl. 19 % MwSt.", w.money(cents(net * 0.19))),
                ("Auftragswert brutto", w.money(cents(net * 1.19))),
            ],
        ),
        (
            "para",
            "Die Rechnung erhalten Sie mit der Lieferung. Zahlbar innerhalb von 30 Tagen "
            "nach Rechnungsdatum ohne Abzug.",
        ),
    ]
    return blocks, w


def _amount(text: str) -> float:
    digits_only = "".join(ch for ch in text if ch.isdigit() or ch in ",.")
    return float(digits_only.replace(".", "").replace(",", "."))


def lieferschein(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A delivery note: what was delivered and received, no prices at all."""
    w = SlipWriter(rng, loc=rng.choice(("de", "nl")), signed=True)
    de = w.loc == "de"
    seller = rng.choice((("Getränke Fuchs", "GmbH"), ("Bouwmaterialen Dijkstra", "B.V.")))
    day = some_day(rng)
    rows = [["Artikel", "Menge", "Einheit"] if de else ["Artikel", "Aantal", "Eenheid"]]
    goods = ("Mineralwasser 12x0,7l", "Apfelsaft 6x1l", "Pils 20x0,5l", "Leergut Kasten")
    unit = "Kasten" if de else "krat"
    rows += [[text, str(rng.randint(1, 12)), unit] for text in rng.sample(goods, 3)]
    blocks: list[Block] = [
        ("title", w.org(seller)),
        ("heading", "Lieferschein" if de else "Pakbon"),
        (
            "kv",
            [
                ("Lieferschein-Nr." if de else "Pakbonnummer", f"LS-{digits(rng, 6)}"),
                ("Lieferdatum" if de else "Leverdatum", w.day(day)),
            ],
        ),
        ("table", rows),
        (
            "lines",
            [
                "Ware vollständig und unbeschädigt erhalten:"
                if de
                else "Goederen in goede staat ontvangen:",
                "",
                "Unterschrift Empfänger" if de else "Handtekening ontvanger",
            ],
        ),
    ]
    return blocks, w


def reminder(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A payment reminder letter chasing an unpaid invoice."""
    w = SlipWriter(rng, loc=rng.choice(("en-GB", "fr")), signed=True)
    en = w.loc == "en-GB"
    sender = rng.choice((("Brightline Print", "Ltd"), ("Atelier Graphique Morel", "SARL")))
    person = w.person_name()
    day = some_day(rng)
    invoice = f"{rng.randint(2000, 2999)}"
    amount = cents(rng.uniform(80, 900))
    blocks: list[Block] = [
        ("title", w.org(sender)),
        (
            "lines",
            [
                w.person(person),
                "8 Mill Lane" if en else "3 rue des Lilas",
                "Bath BA1 5AB" if en else "69003 Lyon",
            ],
        ),
        ("para", w.day(day)),
        ("heading", "Payment reminder" if en else "Relance de paiement"),
        (
            "para",
            (
                f"Dear {person.split()[0]}, our records show that invoice {invoice} for "
                f"{w.money(amount)} dated {w.day(day - dt.timedelta(days=40), None)} is now "
                "overdue. Please arrange payment within 7 days. If you have already paid, "
                "please disregard this letter."
            )
            if en
            else (
                f"Madame, Monsieur, sauf erreur de notre part, la facture n° {invoice} d'un "
                f"montant de {w.money(amount)} du {w.day(day - dt.timedelta(days=40), None)} "
                "reste impayée. Merci de procéder au règlement sous huitaine."
            ),
        ),
        ("para", "Kind regards," if en else "Cordialement,"),
        ("lines", ["Accounts team" if en else "Service comptabilité"]),
    ]
    return blocks, w


__all__ = ["auftrag", "lieferschein", "proforma", "reminder"]
