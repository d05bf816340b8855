"""Tills beyond the supermarket aisle: Portugal's fatura simplificada with its ATCUD and
certified program's line, a US chain's register tape with UPCs and the debit terminal's
lines."""

from __future__ import annotations

import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_slips_goods import basket, digits, masked_pan, vat_split
from testbed.evaluation.variety_slips_style import Slip, SlipWriter, cents, clock, some_day


def fatura_pt(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Portuguese fatura simplificada: NIF, IVA letters, ATCUD and the certified program."""
    w = SlipWriter(rng, loc="pt")
    s = Slip(40)
    firm = rng.choice(("Mercearia Avenida, Lda", "Supermercado Flor do Minho, Lda"))
    s.center(
        w.shop(firm), "Rua de Santa Catarina, 210", "4000-447 Porto", f"NIF: 5{digits(rng, 8)}"
    ).blank()
    number = f"FS {rng.randint(1, 99):03d}/{rng.randint(1000, 99999)}"
    day, hour = some_day(rng), clock(rng)
    s.add(f"Fatura Simplificada {w.docno(number)}", "Original")
    s.add(
        f"Data: {w.day(day, style=rng.choice(('Y-m-d', 'd-m-Y')))} {hour}",
        "Contribuinte: 999999990",
    ).blank()
    items = basket(rng, "pt", rng.randint(3, 7))
    for item in items:
        letter = "AC"[item.tax]
        if item.qty > 1:
            s.lr(f"({letter}) {item.name}", "")
            s.lr(f"     {item.qty} X {w.num(item.unit)}", w.num(item.amount))
        else:
            s.lr(f"({letter}) {item.name}", w.num(item.amount))
        w.item(
            item.name,
            item.amount,
            item.qty if item.qty > 1 else None,
            item.unit if item.qty > 1 else None,
        )
    total = cents(sum(i.amount for i in items))
    s.rule().lr("TOTAL A PAGAR", w.sum_bare(total)).lr("Multibanco", w.num(total)).blank()
    s.cols(["Taxa", "Base", "IVA", "Total"], [8, -10, -8, -10])
    for cls, gross, net, tax in vat_split(items, (6, 23)):
        s.cols([("A 6%", "C 23%")[cls], w.num(net), w.num(tax), w.num(gross)], [8, -10, -8, -10])
    s.blank().add(
        f"ATCUD: {rng.choice(('JJ7Y8K3L', 'HB2K9QW4'))}-{rng.randint(1000, 99999)}",
        f"{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUV')}{rng.choice('ABCDWXYZ')}"
        f"{rng.randint(0, 9)}-Processado por programa certificado n.º {rng.randint(1000, 2999)}/AT",
    )
    s.center("Obrigado pela sua preferência")
    return [("lines", s.lines)], w


def register_us(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A US chain's register tape: UPCs and tax flags, store, operator, terminal and
    transaction numbers, the card's approval lines, no currency sign on the items."""
    w = SlipWriter(rng, loc="en-US")
    s = Slip(40)
    chain = rng.choice(("Valley Fresh Market", "Piggly Plains Grocery", "Harvest Basket"))
    s.center(w.shop(chain), rng.choice(("Save money. Live fresh.", "Your neighborhood grocer")))
    s.center(
        f"({rng.randint(200, 989)}) {digits(rng, 3)}-{digits(rng, 4)}",
        f"{rng.randint(100, 9999)} {rng.choice(('E Main St', 'W Broadway', 'N Elm Ave'))}",
        rng.choice(("Tulsa OK 74120", "Dayton OH 45402", "Boise ID 83702")),
    )
    trans = f"{rng.randint(1, 9999):05d}"
    s.add(
        f"ST# {rng.randint(1000, 5999)} OP# {digits(rng, 6)} TE# {rng.randint(1, 40):02d} "
        f"TR# {w.docno(trans)}"
    )
    items = basket(rng, "en", rng.randint(4, 8), multi=0.2)
    for item in items:
        code = digits(rng, 12)
        name = item.name[:16]
        if item.qty > 1:
            s.add(f"  {item.qty} AT 1 FOR {w.num(item.unit)}")
        s.cols([name, code, "FN"[item.tax], w.num(item.amount)], [17, 13, 2, -8])
        w.item(
            name,
            item.amount,
            item.qty if item.qty > 1 else None,
            item.unit if item.qty > 1 else None,
        )
    sub = cents(sum(i.amount for i in items))
    rate = rng.choice((7.25, 8.0, 6.5, 8.875))
    tax = cents(sum(i.amount for i in items if i.tax) * rate / 100)
    total = cents(sub + tax)
    s.lr("SUBTOTAL", w.num(sub)).lr(f"TAX 1  {rate:.3f} %", w.num(tax))
    s.lr("TOTAL", w.sum_bare(total) if rng.random() < 0.5 else w.total_money(total))
    s.lr("DEBIT TEND", w.num(total)).lr("CHANGE DUE", "0.00").blank()
    s.add(
        "EFT DEBIT  PAY FROM PRIMARY",
        f"{w.num(total)} TOTAL PURCHASE",
        f"US DEBIT  {masked_pan(rng, 'x')} I 0",
        f"APPROVAL # {digits(rng, 6)}",
        f"REF # {digits(rng, 12)}",
        f"NETWORK ID. 0069 TERMINAL # SC{digits(rng, 6)}",
    )
    day, hour = some_day(rng), clock(rng, seconds=True)
    s.lr(w.day(day, style=rng.choice(("m/d/y", "m/d/Y"))), hour).blank()
    s.center(
        f"# ITEMS SOLD {sum(i.qty for i in items)}",
        f"TC# {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
        "Low Prices You Can Trust. Every Day.",
    )
    return [("lines", s.lines)], w


def tax_invoice_au(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """An Australian supermarket till headed "Tax Invoice" with its ABN: GST items flagged,
    the GST included in the total, EFTPOS, store, lane and transaction numbers."""
    w = SlipWriter(rng, loc="en-AU")
    s = Slip(40)
    s.center(w.shop(rng.choice(("Foodworks Bellingen", "IGA Stirling Hills", "Drakes Fresh"))))
    s.center(
        "Tax Invoice",
        f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        rng.choice(("Ph: 02 6655 1234", "Ph: 08 8339 4321")),
    ).blank()
    items = basket(rng, "en", rng.randint(4, 7), multi=0.2)
    for item in items:
        flag = "^" if item.tax else " "
        if item.qty > 1:
            s.add(f"{flag}{item.name}", f"  Qty {item.qty} @ {w.sign(item.unit, '${n}')} each")
            s.lr("", w.num(item.amount))
        else:
            s.lr(f"{flag}{item.name}", w.num(item.amount))
        w.item(
            item.name,
            item.amount,
            item.qty if item.qty > 1 else None,
            item.unit if item.qty > 1 else None,
        )
    total = cents(sum(i.amount for i in items))
    gst = cents(sum(i.amount for i in items if i.tax) / 11)
    s.lr(f"{len(items)} SUBTOTAL", w.num(total)).rule()
    s.lr("TOTAL", w.total_money(total)).lr("EFTPOS", w.num(total)).blank()
    s.add("^ Denotes GST applicable item", f"Total includes GST  {w.sign(gst, '${n}')}").blank()
    day, hour = some_day(rng), clock(rng)
    s.add(
        f"Store {rng.randint(1000, 5999)} Lane {rng.randint(1, 12)} "
        f"Trans {w.docno(digits(rng, 4))}",
        f"{w.day(day, style='d/m/Y')} {hour}",
    )
    s.blank().add(
        "Customer Copy",
        "Card: DEBIT CARD",
        f"Card No: {masked_pan(rng, '#')}",
        f"Approval Code: {digits(rng, 6)}",
        f"Purchase: AUD {w.num(total)}",
    )
    s.center("(00) APPROVED").blank().center("Thanks for shopping local!")
    return [("lines", s.lines)], w


def dairy_nz(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A New Zealand dairy's till: GST number, cash paid with Swedish rounding to 10 cents."""
    w = SlipWriter(rng, loc="en-NZ")
    s = Slip(32)
    s.center(
        w.shop(rng.choice(("Kelburn Dairy", "Ponsonby Superette"))),
        f"GST No: {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
    ).blank()
    rows = rng.sample(
        (
            ("Milk 2L Lite Blue", 4.59),
            ("Vogels Bread", 5.49),
            ("Pineapple Lumps", 3.99),
            ("L&P 1.5L", 3.79),
            ("Pie Mince & Cheese", 5.50),
            ("Dominion Post", 3.30),
        ),
        rng.randint(2, 4),
    )
    for text, price in rows:
        s.lr(text, w.num(price))
        w.item(text, price)
    sub = cents(sum(p for _, p in rows))
    paid = round(round(sub * 10) / 10, 2)
    s.rule().lr("Total", w.sign(sub, "${n}"))
    s.lr("Rounding", f"{'-' if paid < sub else ''}{w.num(abs(cents(paid - sub)))}")
    s.lr("Total Due", w.total_money(paid))
    given = float(int(paid / 10) * 10 + 10)
    s.lr("Cash", w.num(given)).lr("Change", w.num(cents(given - paid))).blank()
    s.add(f"GST incl: {w.num(cents(paid * 3 / 23))}")
    day, hour = some_day(rng), clock(rng)
    s.add(f"{w.day(day, style='d/m/y')} {hour}  #{w.docno(digits(rng, 5))}")
    s.blank().center("Cheers, see you soon")
    return [("lines", s.lines)], w


def kundenbeleg(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A German card terminal's customer copy alone (no till behind it): the merchant, the
    terminal's numbers, the amount."""
    w = SlipWriter(rng, loc="de")
    s = Slip(rng.choice((24, 28)))
    s.center(
        w.shop(rng.choice(("Blumen Wagner", "Taxi-Zentrale Ulm", "Friseur Haarwerk"))),
        rng.choice(("Hirschstr. 9", "Münsterplatz 1")),
        "89073 Ulm",
    ).blank()
    s.center("Kartenzahlung", rng.choice(("girocard", "Mastercard", "VISA")), "kontaktlos")
    day, hour = some_day(rng), clock(rng)
    s.blank().add(f"Datum {w.day(day, style='d.m.Y')}", f"Uhrzeit {hour}:{rng.randint(10, 59)} Uhr")
    s.add(
        f"Beleg-Nr. {w.docno(str(rng.randint(1, 9999)))}",
        f"Trace-Nr. {digits(rng, 6)}",
        f"Terminal-ID {digits(rng, 8)}",
        f"TA-Nr. {digits(rng, 6)}",
        f"VU-Nr. {digits(rng, 9)}",
        f"Karte {masked_pan(rng, '#')[-8:]}",
        f"Folge-Nr. {rng.randint(1, 9):04d}",
        f"AID A0000000{digits(rng, 6)}",
        f"Autor.-Nr. {digits(rng, 6)}",
    )
    amount = cents(rng.uniform(6, 95))
    s.blank().lr("Betrag", f"EUR {w.sum_bare(amount)}")
    s.blank().center("Zahlung erfolgt", "* Kundenbeleg *")
    return [("lines", s.lines)], w


def merchant_copy(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A US card slip, merchant copy: a sale with blank tip and total lines to sign."""
    w = SlipWriter(rng, loc="en-US")
    s = Slip(32)
    s.center(
        w.shop(rng.choice(("Lucky Dragon Noodle Bar", "Bluebonnet Nail Spa"))),
        "2210 Guadalupe St",
        "Austin, TX 78705",
        f"({rng.randint(200, 999)}) 555-0{digits(rng, 3)}",
    )
    day, hour = some_day(rng), clock(rng)
    s.blank().lr(w.day(day, style="m/d/Y"), hour)
    s.lr("MERCHANT ID:", digits(rng, 12)).lr("TERMINAL ID:", digits(rng, 8)).blank()
    s.center("SALE").add(f"VISA {masked_pan(rng, 'x')[-9:]}", "ENTRY METHOD: CHIP")
    s.add(
        f"INVOICE: {w.docno(digits(rng, 6))}",
        f"APPROVAL CODE: {digits(rng, 6)}",
        f"REF #: {digits(rng, 10)}",
    ).blank()
    amount = cents(rng.uniform(18, 140))
    s.lr("AMOUNT:", w.total_money(amount)).blank().lr("TIP:", "__________").blank()
    s.lr("TOTAL:", "__________").blank().add("X______________________________")
    s.center(
        "I AGREE TO PAY ABOVE TOTAL",
        "AMOUNT ACCORDING TO CARD ISSUER",
        "AGREEMENT",
        "MERCHANT COPY",
    )
    return [("lines", s.lines)], w


def kiosk_nl(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Dutch tobacconist's and newsagent's kassabon: a lottery ticket and a paper."""
    w = SlipWriter(rng, loc="nl")
    s = Slip(32)
    s.center(
        w.shop(rng.choice(("Tabakspeciaalzaak Brandsma", "Sigarenmagazijn De Hoek"))),
        "Gedempte Gracht 41",
        "1811 GE Alkmaar",
        f"KvK {digits(rng, 8)}",
    ).blank()
    rows = rng.sample(
        (
            ("Staatsloterij 1/5 lot", 3.50),
            ("Lucky Day", 1.00),
            ("NRC weekend", 4.75),
            ("Zegels 10x", 11.40),
            ("Kauwgom", 1.89),
            ("OV-chipkaart opladen", 20.00),
        ),
        rng.randint(2, 4),
    )
    for text, price in rows:
        s.lr(text, w.num(price))
        w.item(text, price)
    total = cents(sum(p for _, p in rows))
    s.rule().lr("Totaal", w.total_money(total)).lr(rng.choice(("Pin", "Contant")), w.num(total))
    day, hour = some_day(rng), clock(rng)
    s.blank().add(f"Bonnr: {w.docno(digits(rng, 6))}", f"{w.day(day)} {hour}  Kassa 1")
    s.blank().center("Bedankt voor uw bezoek")
    return [("lines", s.lines)], w


__all__ = [
    "dairy_nz",
    "fatura_pt",
    "kiosk_nl",
    "kundenbeleg",
    "merchant_copy",
    "register_us",
    "tax_invoice_au",
]
