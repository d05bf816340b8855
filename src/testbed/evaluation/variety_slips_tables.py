"""Restaurant and bar receipts as their till software prints them: a US check with suggested
gratuities and the tip added at the card terminal, a German restaurant's Rechnung with the
entertainment-expense form under it, a Paris café's addition, a Spanish bar's ticket, an
Italian trattoria's cover charge, a British pub's tab with a discretionary service charge,
and a Dutch restaurant's split bill."""

from __future__ import annotations

import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_slips_goods import digits, masked_pan
from testbed.evaluation.variety_slips_style import Slip, SlipWriter, cents, clock, some_day

#: Each language's menu: (dish or drink as the till prints it, price).
MENUS: dict[str, tuple[tuple[str, float], ...]] = {
    "en": (
        ("Margarita Rocks", 12.0),
        ("Fish Tacos", 16.5),
        ("Caesar Salad", 11.0),
        ("Ribeye 12oz", 34.0),
        ("Draft IPA", 7.5),
        ("Iced Tea", 3.25),
        ("Wings 10pc", 14.0),
        ("Pinot Noir Gl", 13.0),
        ("Fries", 5.0),
    ),
    "de": (
        ("Weißbier 0,5l", 4.6),
        ("Apfelschorle 0,4l", 3.4),
        ("Schnitzel Wiener Art", 16.9),
        ("Käsespätzle", 13.5),
        ("Rinderroulade", 19.8),
        ("Espresso", 2.6),
        ("Apfelstrudel", 6.2),
        ("Grauburgunder 0,2l", 6.8),
    ),
    "fr": (
        ("CAFE", 2.2),
        ("CREME", 4.5),
        ("CROQUE MONSIEUR", 9.5),
        ("SALADE NICOISE", 14.0),
        ("PICHET ROSE 25CL", 8.0),
        ("DEMI PRESSION", 4.8),
        ("TARTE TATIN", 7.5),
    ),
    "es": (
        ("CAÑA", 2.2),
        ("TINTO DE VERANO", 3.5),
        ("PATATAS BRAVAS", 5.5),
        ("CROQUETAS JAMON", 7.0),
        ("CAFE CON LECHE", 1.6),
        ("TOSTADA TOMATE", 2.8),
        ("CALAMARES", 9.5),
    ),
    "it": (
        ("ACQUA NAT. 0,75", 2.5),
        ("TAGLIATELLE RAGU", 12.0),
        ("PIZZA MARGHERITA", 8.0),
        ("VINO ROSSO 1/4", 6.0),
        ("TIRAMISU", 6.0),
        ("CAFFE", 1.5),
        ("BISTECCA", 24.0),
    ),
    "nl": (
        ("Bitterballen 8st", 7.5),
        ("Heineken tap", 3.6),
        ("Saté van de haas", 19.5),
        ("Cappuccino", 3.4),
        ("Appeltaart", 4.9),
        ("Huiswijn wit gl", 5.2),
    ),
    "gb": (
        ("Pint Landlord", 5.2),
        ("Fish & Chips", 15.95),
        ("Sunday Roast Beef", 18.5),
        ("Sticky Toffee Pud", 7.25),
        ("Lime & Soda", 2.1),
        ("G&T Double", 9.8),
    ),
}


def _order(rng: random.Random, menu: str, count: int) -> list[tuple[str, int, float]]:
    return [(d, rng.choice((1, 1, 2, 2, 3)), p) for d, p in rng.sample(MENUS[menu], count)]


def check_us(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A US restaurant check paid by card, the tip added on the terminal: the total paid is
    the check's total and the tip."""
    w = SlipWriter(rng, loc="en-US")
    s = Slip(40)
    s.center(
        w.shop(rng.choice(("The Copper Pot", "Rosalita's Cantina", "Harbor Oyster House"))),
        "415 Main St, Portland ME 04101",
    )
    server = rng.choice(("Jenna", "Marcus", "Tia"))
    check = str(rng.randint(1000, 9999))
    s.blank().add(f"Server: {server}    Table 12/1", f"Guests: {rng.randint(2, 4)}")
    s.add(f"Check #{w.docno(check)}")
    day, hour = some_day(rng), clock(rng)
    s.add(f"{w.day(day, style=rng.choice(('m/d/Y', 'Mon d, Y')))} {hour}").rule()
    sub = 0.0
    for dish, qty, price in _order(rng, "en", rng.randint(3, 6)):
        amount = cents(qty * price)
        s.lr(f"{qty} {dish}", w.num(amount))
        w.item(dish, amount, qty, None)
        sub = cents(sub + amount)
    tax = cents(sub * 0.055)
    s.rule().lr("Subtotal", w.num(sub)).lr("Tax", w.num(tax))
    check_total = cents(sub + tax)
    tip = cents(check_total * rng.choice((0.18, 0.2, 0.22)))
    total = cents(check_total + tip)
    s.lr("Check Total", w.sign(check_total, "${n}")).blank()
    s.center("Suggested Gratuity")
    for rate in (18, 20, 22):
        s.lr(
            f"  {rate}% (Tip {w.num(cents(check_total * rate / 100))})",
            w.num(cents(check_total * (1 + rate / 100))),
        )
    s.blank().add(f"MASTERCARD {masked_pan(rng, 'x')[-9:]}", f"Auth: {digits(rng, 6)}")
    s.lr("Amount", w.num(check_total)).lr("+ Tip", w.sign(tip, "${n}"))
    s.lr("= Total", w.total_money(total)).blank().center("Thank you! Come again")
    return [("lines", s.lines)], w


def bewirtung(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A German restaurant's Rechnung paid at the table, with the Bewirtungsbeleg's blanks
    for the guests, the occasion and the tip."""
    w = SlipWriter(rng, loc="de")
    s = Slip(40)
    s.center(
        w.shop(rng.choice(("Gasthaus Zum Hirschen", "Wirtshaus am Dom", "Ristorante Da Enzo"))),
        "Domplatz 4 · 93047 Regensburg",
        f"Steuernr. 244/{digits(rng, 3)}/{digits(rng, 5)}",
    )
    number = str(rng.randint(10000, 99999))
    day, hour = some_day(rng), clock(rng)
    s.blank().center(f"Rechnung Nr. {w.docno(number)}")
    s.add(f"Tisch {rng.randint(1, 30)}   Bedienung: {rng.choice(('Anna', 'Lukas', 'Mia'))}")
    s.add(f"Datum: {w.day(day, style='d.m.Y')}  {hour} Uhr").rule()
    total = 0.0
    for dish, qty, price in _order(rng, "de", rng.randint(3, 6)):
        amount = cents(qty * price)
        s.lr(f"{qty} x {dish}", w.num(amount))
        if qty > 1:
            s.add(f"      à {w.num(price)}")
        w.item(dish, amount, qty, price if qty > 1 else None)
        total = cents(total + amount)
    s.rule("=").lr("Summe EUR", w.sum_bare(total))
    s.lr("  enth. MwSt 19%", w.num(cents(total - total / 1.19)))
    s.lr(rng.choice(("EC-Karte", "Bar", "VISA")), w.num(total)).blank()
    s.add(
        "Angaben zum Nachweis der Höhe und der",
        "betrieblichen Veranlassung von",
        "Bewirtungsaufwendungen (§ 4 Abs. 5 Ziff. 2 EStG)",
        "",
        "Bewirtete Personen:",
        "_" * 38,
        "Anlass der Bewirtung:",
        "_" * 38,
        "Trinkgeld: ________",
        "Ort, Datum: _______________",
        "Unterschrift: _____________",
    )
    s.blank().center("Vielen Dank für Ihren Besuch!")
    return [("lines", s.lines)], w


def addition(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Paris café's addition: table, covers, waiter, service compris, paid by CB."""
    w = SlipWriter(rng, loc="fr")
    s = Slip(36)
    s.center(
        w.shop(rng.choice(("CAFE DES PHARES", "LE PETIT ZINC", "BRASSERIE DU MARCHE"))),
        "7 PLACE DE LA BASTILLE",
        "75004 PARIS",
        f"SIRET {digits(rng, 14)}",
    )
    day, hour = some_day(rng), clock(rng)
    s.blank().add(
        f"Table {rng.randint(1, 40)}  Couverts {rng.randint(1, 4)}",
        f"Serveur : {rng.choice(('JULIEN', 'SAMIA', 'MARC'))}",
    )
    s.add(f"Ticket n° {w.docno(digits(rng, 5))}  {w.day(day, style='d/m/Y')} {hour}").rule()
    total = 0.0
    for dish, qty, price in _order(rng, "fr", rng.randint(2, 5)):
        amount = cents(qty * price)
        s.cols([str(qty), dish, w.num(price), w.num(amount)], [3, 18, -7, -8])
        w.item(dish, amount, qty, price)
        total = cents(total + amount)
    s.rule().lr("TOTAL TTC", w.total_money(total))
    s.lr("dont TVA 10%", w.num(cents(total - total / 1.1)))
    s.lr("CB", w.num(total)).blank().center("SERVICE COMPRIS", "MERCI DE VOTRE VISITE")
    return [("lines", s.lines)], w


def bar_es(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Spanish bar's ticket: factura simplificada number, mesa and camarero, IVA incluido."""
    w = SlipWriter(rng, loc="es")
    s = Slip(32)
    s.center(
        w.shop(rng.choice(("Bar Restaurante Casa Paco", "Cervecería La Esquina"))),
        "C/ Embajadores 61, Madrid",
        f"CIF: B{digits(rng, 8)}",
    ).blank()
    number = f"T{rng.randint(1, 9)}/{digits(rng, 6)}"
    day, hour = some_day(rng), clock(rng)
    s.add(f"Fra. Simplificada: {w.docno(number)}", f"Fecha: {w.day(day)}  Hora: {hour}")
    s.add(f"Mesa: {rng.randint(1, 20)}  Camarero: {rng.choice(('LUIS', 'ROCIO'))}").rule()
    s.cols(["Ud", "Descripción", "Importe"], [3, 19, -10])
    total = 0.0
    for dish, qty, price in _order(rng, "es", rng.randint(2, 5)):
        amount = cents(qty * price)
        s.cols([str(qty), dish, w.num(amount)], [3, 19, -10])
        w.item(dish, amount, qty, None)
        total = cents(total + amount)
    s.rule().lr("TOTAL", w.total_money(total)).center("IVA INCLUIDO").blank()
    given = float(int(total / 10) * 10 + 10)
    s.lr("Entregado", w.num(given)).lr("Cambio", w.num(cents(given - total)))
    s.blank().center("GRACIAS POR SU VISITA")
    return [("lines", s.lines)], w


def trattoria(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """An Italian trattoria's documento commerciale with the coperto charged per person."""
    w = SlipWriter(rng, loc="it")
    s = Slip(40)
    s.center(
        w.shop(rng.choice(("TRATTORIA DA MIMMO", "OSTERIA DEL PONTE"))),
        "Via dei Neri 22r - 50122 Firenze",
        f"P.IVA {digits(rng, 11)}",
    ).blank()
    s.center("DOCUMENTO COMMERCIALE", "di vendita o prestazione").blank()
    covers = rng.randint(2, 5)
    s.add(f"{covers} x 2,50")
    s.cols(["COPERTO", "10%", w.num(covers * 2.5)], [24, -6, -10])
    w.item("COPERTO", covers * 2.5, covers, 2.5)
    total = covers * 2.5
    for dish, qty, price in _order(rng, "it", rng.randint(3, 5)):
        amount = cents(qty * price)
        if qty > 1:
            s.add(f"{qty} x {w.num(price)}")
        s.cols([dish, "10%", w.num(amount)], [24, -6, -10])
        w.item(dish, amount, qty if qty > 1 else None, price if qty > 1 else None)
        total = cents(total + amount)
    s.rule().lr("TOTALE COMPLESSIVO", w.sum_bare(total))
    s.lr("di cui IVA", w.num(cents(total - total / 1.1)))
    s.lr("Pagamento elettronico", w.num(total)).lr("Importo pagato", w.num(total)).blank()
    day, hour = some_day(rng), clock(rng)
    s.lr(w.day(day, style="d-m-Y"), hour)
    s.add(f"DOCUMENTO N. {w.docno(f'{rng.randint(1, 999):04d}-{rng.randint(1, 300):04d}')}")
    s.blank().center("GRAZIE E ARRIVEDERCI")
    return [("lines", s.lines)], w


def pub_tab(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A British pub's closed tab with a 12.5% discretionary service charge in the total."""
    w = SlipWriter(rng, loc="en-GB")
    s = Slip(36)
    s.center(
        w.shop(rng.choice(("The Red Lion", "The Crown & Anchor", "The Fox and Hounds"))),
        "Church Lane, Lavenham",
        "Sudbury CO10 9QZ",
        f"VAT No. {digits(rng, 9)}",
    )
    day, hour = some_day(rng), clock(rng)
    s.blank().add(f"Tab: {rng.choice(('TOM', 'SARAH', 'TABLE 9'))}   Covers: {rng.randint(2, 6)}")
    s.add(f"{w.day(day, style='d/m/Y')} {hour}  Clerk: Bev").rule()
    sub = 0.0
    for dish, qty, price in _order(rng, "gb", rng.randint(3, 6)):
        amount = cents(qty * price)
        s.lr(f"{qty} {dish}", w.sign(amount, "£{n}"))
        w.item(dish, amount, qty, None)
        sub = cents(sub + amount)
    service = cents(sub * 0.125)
    total = cents(sub + service)
    s.rule().lr("Subtotal", w.sign(sub, "£{n}"))
    s.lr("Service 12.5% (discretionary)", w.sign(service, "£{n}"))
    s.lr("TOTAL TO PAY", w.total_money(total)).lr("Card", w.sign(total, "£{n}")).blank()
    s.add(f"VAT @ 20% incl  {w.sign(cents(sub - sub / 1.2), '£{n}')}")
    s.add(f"Transaction {w.docno(digits(rng, 5))}").blank()
    s.center("Service charge goes 100% to our staff", "Cheers!")
    return [("lines", s.lines)], w


def split_nl(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Dutch restaurant's split bill: the whole table's total, then this guest's share paid
    by PIN (the amount this receipt was paid with)."""
    w = SlipWriter(rng, loc="nl")
    s = Slip(36)
    s.center(
        w.shop(rng.choice(("Eetcafé De Zwaan", "Restaurant Het Pakhuis"))),
        "Oudegracht 112, 3511 AX Utrecht",
    ).blank()
    day, hour = some_day(rng), clock(rng)
    s.add(f"Tafel {rng.randint(1, 25)}   Bediende: Sanne", f"Datum: {w.day(day)} {hour}")
    s.add(f"Rekeningnr: {w.docno(digits(rng, 6))}").rule()
    whole = 0.0
    for dish, qty, price in _order(rng, "nl", rng.randint(3, 5)):
        amount = cents(qty * price)
        s.cols([str(qty), dish, w.num(amount)], [3, 22, -11])
        w.item(dish, amount, qty, None)
        whole = cents(whole + amount)
    parts = rng.choice((2, 3))
    share = cents(whole / parts)
    s.rule().lr("Totaal", w.sign(whole, "€ {n}"))
    s.lr(f"Gesplitst: deel 1 van {parts}", "").lr("Te betalen", w.total_money(share))
    s.lr("Betaald PIN", w.num(share)).lr("Nog open", w.num(cents(whole - share))).blank()
    s.add(f"BTW 9%  {w.num(cents(share - share / 1.09))}").center("Bedankt en eet smakelijk!")
    return [("lines", s.lines)], w


__all__ = [
    "MENUS",
    "addition",
    "bar_es",
    "bewirtung",
    "check_us",
    "pub_tab",
    "split_nl",
    "trattoria",
]
