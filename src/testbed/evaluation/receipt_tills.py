"""Paper receipts of the development set as tills and card terminals print them beyond the
boundary tills (:mod:`testbed.evaluation.boundary_tills`):

- a US chain store's till: the store's number beside its name, the register's "ST# OP# TE#
  TR#" line, item codes and tax flags, a tax line with its rate, the card's tender block,
  "CHANGE DUE", "# ITEMS SOLD" and a date with a two-digit year and the time;
- a restaurant's check before the tip: server, table and guests, the check's number, the
  suggested gratuities and blank tip and total lines to fill in, in English; a German
  restaurant's bill headed "Rechnung" and paid at the table (a receipt to a reader), with the
  tax office's entertainment-expense lines to fill in;
- a card terminal's customer slip in German, French, Dutch, Spanish and Italian: no items,
  the amount, the terminal's lines, the slip's own number where the terminal prints one;
- a till in Australia, Canada or New Zealand, its prices in a bare "$" (the country's dollar,
  said only by the address and the tax registration).

Labelled as printed through :class:`~testbed.evaluation.commerce_style.Printer`.
"""

from __future__ import annotations

import random

from testbed.evaluation.boundary_words import printer, when
from testbed.evaluation.commerce_style import Printer, Style
from testbed.evaluation.corpus import Block, Writer

_CHAINS = ("Cedar Lane Market", "Pine Hollow Pharmacy", "Bayview Hardware", "Quickstop Foods")
_CHAIN_GOODS = (
    ("PAPER TOWELS 6PK", 8.97), ("AA BATTERIES 8", 9.48), ("2% MILK GAL", 3.48),
    ("WOOD SCREWS 100", 6.28), ("DISH SOAP", 2.94), ("COFFEE FILTERS", 3.12),
    ("LIGHT BULB LED", 4.98), ("TRAIL MIX", 5.47),
)  # fmt: skip
_DINERS = ("Saltbox Oyster House", "Copper Pot Bistro", "Juniper Table")
_DISHES = (
    ("Clam chowder", 9.5), ("Caesar salad", 12.0), ("Fish & chips", 19.0),
    ("Ribeye steak", 34.0), ("House red, glass", 11.0), ("Sparkling water", 4.0),
    ("Key lime pie", 8.5),
)  # fmt: skip
_GASTHAUS = ("Gasthaus Zum Löwen", "Wirtshaus am Markt", "Ristorante Da Nino")
_GERICHTE = (
    ("Wiener Schnitzel", 18.9), ("Käsespätzle", 13.5), ("Apfelschorle 0,4l", 3.9),
    ("Weizenbier 0,5l", 4.6), ("Tagessuppe", 5.2), ("Apfelstrudel", 6.8),
)  # fmt: skip


def _time(rng: random.Random) -> str:
    return f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def chain_till(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US chain store's till receipt."""
    p = printer(rng, "us")
    w = p.w
    chain = rng.choice(_CHAINS)
    w.vendor = w.plain_org(chain)
    store = f"{rng.randint(100, 9999):04d}"
    day = when(rng)
    if rng.random() < 0.5:
        heading = [f"{w.key('vendor', chain.upper())} #{store}"]
    else:
        heading = [w.key("vendor", chain.upper()), f"STORE #{store}"]
    lines = [
        *heading,
        rng.choice(("1450 MAIN ST", "77 HARBOR BLVD", "2200 W LAKE AVE")),
        rng.choice(("SPRINGFIELD IL 62704", "PORTLAND OR 97205", "AUSTIN TX 78701")),
        f"({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}",
        f"ST# {store} OP# {rng.randint(1, 99):06d} TE# {rng.randint(1, 40):02d} "
        f"TR# {rng.randint(1000, 9999):05d}",
    ]
    subtotal, taxable = 0.0, 0.0
    picked = rng.sample(_CHAIN_GOODS, rng.randint(3, 6))
    for name, unit in picked:
        qty = rng.choice((1, 1, 1, 2))
        amount = round(qty * unit, 2)
        subtotal += amount
        flag = rng.choice(("T", "N", "X"))
        taxable += amount if flag != "N" else 0.0
        upc = f"{rng.randint(10**11, 10**12 - 1)}"
        if qty > 1:
            lines.append(f"  {qty} AT 1 FOR {p.number(unit)}")
        lines.append(f"{name}  {upc} {p.number(amount)} {flag}")
        p.item(name, qty if qty > 1 else None, unit if qty > 1 else None, amount)
    subtotal = round(subtotal, 2)
    rate = rng.choice((0.0625, 0.0825, 0.07))
    tax = round(taxable * rate, 2)
    total = round(subtotal + tax, 2)
    w.number = f"{rng.randint(1000, 9999)}"
    marked = rng.random() < 0.5  # many US tills print no "$" at all
    lines += [
        f"SUBTOTAL  {p.number(subtotal)}",
        f"TAX 1  {rate * 100:.3f} %  {p.number(tax)}",
        f"TOTAL  {p.total(total, mark=marked)}",
        f"{rng.choice(('VISA', 'DEBIT', 'MCARD'))} TEND  {p.number(total)}",
        f"ACCOUNT #  **** **** **** {rng.randint(1000, 9999)}",
        f"APPROVAL # {rng.randint(10000, 99999)}{rng.choice('ABZ')}",
        f"REF # {rng.randint(10**11, 10**12 - 1)}",
        f"TERMINAL # {rng.randint(10**7, 10**8 - 1)}",
        "CHANGE DUE  0.00",
        f"# ITEMS SOLD {len(picked)}",
        f"TRANS # {w.key('documentNumber', w.number)}",
        f"{w.key('issueDate', f'{day.month:02d}/{day.day:02d}/{day.year % 100:02d}')}  "
        f"{_time(rng)}",
        rng.choice(("THANK YOU FOR SHOPPING", "LOW PRICES. EVERY DAY.", "SAVE YOUR RECEIPT")),
    ]
    w.dates.append(("issue", day.isoformat()))  # printed with a two-digit year
    if not marked:  # a number without its currency is no amount a reader lists as money
        w.amounts.remove((total, "USD"))
    return [("lines", lines)], w


def restaurant_check(rng: random.Random) -> tuple[list[Block], Writer]:
    """A restaurant's check brought to the table, before the tip: suggested gratuities and
    blank lines for the tip and the total to be written in."""
    p = printer(rng, rng.choice(("us", "us", "uk")))
    w = p.w
    diner = rng.choice(_DINERS)
    w.vendor = w.plain_org(diner)
    w.number = f"{rng.randint(1000, 99999)}"
    day = when(rng)
    lines = [
        w.key("vendor", diner),
        rng.choice(("9 Wharf Road", "310 Bleecker St", "42 Castle Street")),
        f"Server: {rng.randint(100, 999)}   Table {rng.randint(1, 40)}   "
        f"Guests {rng.randint(1, 6)}",
        f"Check #{w.key('documentNumber', w.number)}   {p.day(day, 'issue')}  "
        f"{rng.randint(5, 10)}:{rng.randint(0, 59):02d} PM",
    ]
    subtotal = 0.0
    for name, unit in rng.sample(_DISHES, rng.randint(3, 5)):
        qty = rng.choice((1, 1, 2))
        amount = round(qty * unit, 2)
        subtotal += amount
        lines.append(f"{qty} {name}  {p.number(amount)}")
        p.item(name, qty, unit, amount)
    subtotal = round(subtotal, 2)
    tax = round(subtotal * (0.0875 if p.style.currency == "USD" else 0.0), 2)
    total = round(subtotal + tax, 2)
    lines += [f"Subtotal  {p.number(subtotal)}"]
    if tax:
        lines.append(f"Tax  {p.number(tax)}")
    lines += [
        f"{rng.choice(('Total', 'Amount Due', 'Balance Due'))}  {p.total(total)}",
        "Suggested Gratuity",
        *(f"{pct}% = {p.money(round(subtotal * pct / 100, 2))}" for pct in (18, 20, 22)),
        "Tip: ______________",
        "Total: ______________",
        "Signature: ______________",
        rng.choice(("Thank you for dining with us!", "Thanks for joining us tonight")),
    ]
    return [("lines", lines)], w


def bewirtung(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German restaurant's bill, headed "Rechnung" and paid at the table (cash or card),
    with the lines the tax office wants filled in for a business meal."""
    p = printer(rng, "de")
    w = p.w
    house = rng.choice(_GASTHAUS)
    w.vendor = w.plain_org(house)
    w.number = f"{rng.randint(1000, 99999)}"
    day = when(rng)
    lines = [
        w.key("vendor", house),
        rng.choice(("Marktplatz 3, 79098 Freiburg", "Lindenstraße 12, 90402 Nürnberg")),
        f"Steuer-Nr. {rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}",
        f"Rechnung Nr. {w.key('documentNumber', w.number)}",
        f"Tisch {rng.randint(1, 30)}   Bedienung: {rng.randint(1, 20)}",
        f"{p.day(day, 'issue')}  {_time(rng)[:5]}",
    ]
    total = 0.0
    for name, unit in rng.sample(_GERICHTE, rng.randint(3, 5)):
        qty = rng.choice((1, 1, 2))
        amount = round(qty * unit, 2)
        total += amount
        lines.append(f"{qty} x {name}  {p.number(amount)}")
        p.item(name, qty, unit, amount)
    total = round(total, 2)
    net = round(total / 1.19, 2)
    lines += [f"Summe  {p.total(total)}"]
    if rng.random() < 0.5:
        given = float(int(total) + rng.choice((5, 10, 20)))
        lines += [f"Gegeben Bar  {p.money(given)}", f"Zurück  {p.money(round(given - total, 2))}"]
    else:
        lines += [f"Kartenzahlung  {p.money(total)}"]
    lines += [
        f"MwSt 19%  Netto {p.number(net)}  MwSt {p.number(round(total - net, 2))}",
        "Angaben zum Nachweis von Bewirtungsaufwendungen",
        "Bewirtete Person(en): ______________",
        "Anlass der Bewirtung: ______________",
        "Ort, Datum, Unterschrift: ______________",
        "Vielen Dank für Ihren Besuch!",
    ]
    return [("lines", lines)], w


def _slip_de(p: Printer, rng: random.Random, amount: str, number: str, day: str) -> list[str]:
    return [
        "Kundenbeleg", "Kartenzahlung", rng.choice(("girocard", "Visa Debit", "Mastercard")),
        f"Datum: {day}   Uhrzeit: {_time(rng)} Uhr", f"Beleg-Nr. {number}",
        f"Trace-Nr. {rng.randint(10**5, 10**6 - 1):06d}",
        f"Terminal-ID {rng.randint(10**7, 10**8 - 1)}",
        f"Karte ############{rng.randint(1000, 9999)}  Folge-Nr. 0{rng.randint(0, 3)}",
        f"Genehmigungs-Nr. {rng.randint(10**5, 10**6 - 1)}", f"BETRAG  {amount}",
        "Zahlung erfolgt", "Bitte Beleg aufbewahren",
    ]  # fmt: skip


def _slip_fr(p: Printer, rng: random.Random, amount: str, number: str, day: str) -> list[str]:
    return [
        "CARTE BANCAIRE", "SANS CONTACT", f"A000000042{rng.randint(1000, 9999)}",
        f"le {day} a {_time(rng)}", f"Ticket n° {number}",
        f"############{rng.randint(1000, 9999)}", f"No AUTO: {rng.randint(10**5, 10**6 - 1)}",
        f"MONTANT = {amount}", "DEBIT", "TICKET CLIENT", "A CONSERVER",
    ]  # fmt: skip


def _slip_nl(p: Printer, rng: random.Random, amount: str, number: str, day: str) -> list[str]:
    return [
        f"Terminal  {rng.choice('ABCT')}{rng.randint(10**6, 10**7 - 1)}",
        f"Merchant  {rng.randint(10**6, 10**7 - 1)}", f"Periode  {rng.randint(1000, 9999)}",
        f"Transactie  {number}", "Maestro", f"Kaart  xxxxxxxxxxxxxx{rng.randint(1000, 9999)}",
        "BETALING", f"Datum  {day} {_time(rng)[:5]}",
        f"Autorisatiecode  {rng.randint(10**5, 10**6 - 1)}", f"Totaal  {amount}", "Akkoord",
    ]  # fmt: skip


def _slip_es(p: Printer, rng: random.Random, amount: str, number: str, day: str) -> list[str]:
    return [
        f"COMERCIO: {rng.randint(10**8, 10**9 - 1)}", f"TERMINAL: {rng.randint(10**7, 10**8 - 1)}",
        f"OPERACION: {number}", f"FECHA: {day}  HORA: {_time(rng)[:5]}",
        f"TARJETA: ************{rng.randint(1000, 9999)}", "VISA DEBIT",
        f"AUT: {rng.randint(10**5, 10**6 - 1)}", "VENTA", f"IMPORTE: {amount}",
        "COPIA PARA EL CLIENTE",
    ]  # fmt: skip


def _slip_it(p: Printer, rng: random.Random, amount: str, number: str, day: str) -> list[str]:
    return [
        "ACQUISTO", f"Data {day}  Ora {_time(rng)[:5]}",
        f"Term. {rng.randint(10**7, 10**8 - 1)}  Eserc. {rng.randint(10**6, 10**7 - 1)}",
        f"Operazione n. {number}", f"STAN {rng.randint(10**5, 10**6 - 1)}",
        f"PAN ************{rng.randint(1000, 9999)}", f"IMPORTO {amount}",
        "TRANSAZIONE ESEGUITA", "COPIA CLIENTE",
    ]  # fmt: skip


_SLIPS = {"de": _slip_de, "fr": _slip_fr, "nl": _slip_nl, "es": _slip_es, "it": _slip_it}
_SLIP_SHOPS = {
    "de": ("Bäckerei Sonnenkorn", "Heilbronner Str. 9"),
    "fr": ("Librairie des Quais", "12 quai Saint-Michel"),
    "nl": ("Fietsenmaker Van Leeuwen", "Vismarkt 4"),
    "es": ("Ferretería Los Olivos", "C/ Mayor 21"),
    "it": ("Farmacia San Marco", "Via Roma 8"),
}


def terminal_slip(rng: random.Random) -> tuple[list[Block], Writer]:
    """A card terminal's customer slip: the merchant, the amount, the terminal's lines."""
    lang = rng.choice(tuple(_SLIPS))
    p = printer(rng, lang)
    p.mark = " EUR" if lang in ("fr", "nl") else rng.choice(("EUR ", " EUR"))
    w = p.w
    shop, street = _SLIP_SHOPS[lang]
    w.vendor = w.plain_org(shop)
    w.number = f"{rng.randint(1, 9999):04d}" if lang != "fr" else f"{rng.randint(1, 999):06d}"
    day = when(rng)
    shown = (
        f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
        if lang in ("fr", "it")
        else p.day(day, None)
    )
    w.dates.append(("issue", day.isoformat()))
    amount = round(rng.uniform(3, 180), 2)
    body = _SLIPS[lang](
        p, rng, p.total(amount), w.key("documentNumber", w.number), w.key("issueDate", shown)
    )
    return [("lines", [w.key("vendor", shop.upper()), street, *body])], w


#: Countries whose tills print a bare "$": (style, where the shop is, its tax registration,
#: the tax line and its rate, whether the tax is added on top of the prices).
_DOLLAR_SHOPS = (
    (Style("au", "AUD", ("$",), ".", (",",), ("dmy_slash",)), "Banksia Hardware",
     "214 George St, Sydney NSW 2000", "ABN {a} 824 753 556", "GST included", 1 / 11, False),
    (Style("ca", "CAD", ("$",), ".", (",",), ("iso", "us_short")), "Maple Row Grocers",
     "1200 Queen St W, Toronto ON M5V 2T6", "GST/HST # 8{a}45 6789 RT0001", "HST 13%", 0.13,
     True),
    (Style("nz", "NZD", ("$",), ".", (",",), ("dmy_slash",)), "Kowhai Books",
     "88 Cuba Street, Wellington 6011", "GST No. 1{a}-345-678", "GST 15% incl.", 3 / 23,
     False),
)  # fmt: skip


def dollar_till(rng: random.Random) -> tuple[list[Block], Writer]:
    """A till in Australia, Canada or New Zealand: its prices in "$", its country said only
    by its address and tax registration."""
    style, shop, address, registration, tax_word, rate, on_top = rng.choice(_DOLLAR_SHOPS)
    p = Printer(rng, style)
    w = p.w
    w.vendor = w.plain_org(shop)
    w.number = f"{rng.randint(10000, 99999)}"
    day = when(rng)
    lines = [
        w.key("vendor", shop.upper()), address,
        registration.format(a=rng.randint(10, 99)),
        rng.choice(("TAX INVOICE", "RECEIPT", "SALES RECEIPT")),
        f"{p.day(day, 'issue')} {_time(rng)[:5]}",
        f"Receipt #{w.key('documentNumber', w.number)}",
    ]  # fmt: skip
    net = 0.0
    for name, unit in rng.sample(_CHAIN_GOODS, rng.randint(2, 4)):
        lines.append(f"{name.title()}  {p.money(unit)}")
        p.item(name.title(), None, None, unit)
        net += unit
    net = round(net, 2)
    tax = round(net * rate, 2)
    total = round(net + tax, 2) if on_top else net
    if on_top:
        lines += [f"Subtotal  {p.money(net)}", f"{tax_word}  {p.money(tax)}"]
    lines.append(f"TOTAL  {p.total(total)}")
    if not on_top:
        lines.append(f"{tax_word}  {p.money(tax)}")
    lines += [
        f"{rng.choice(('EFTPOS', 'DEBIT', 'VISA'))}  {p.money(total)}",
        f"APPROVED  {rng.randint(100000, 999999)}",
        rng.choice(("Thank you for shopping with us", "Please keep your receipt")),
    ]
    return [("lines", lines)], w


__all__ = ["bewirtung", "chain_till", "dollar_till", "restaurant_check", "terminal_slip"]
