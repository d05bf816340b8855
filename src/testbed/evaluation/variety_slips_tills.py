"""Supermarket tills of six countries, as their point-of-sale software prints the roll:
Germany's Kassenbon with its TSE block, Britain's till with the date and till numbers in one
line, France's ticket de caisse, Spain's factura simplificada, Italy's documento commerciale
and the Netherlands' kassabon with bonus lines and a PIN slip; each may append the card
terminal's slip."""

from __future__ import annotations

import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_slips_goods import Article, basket, digits, masked_pan, vat_split
from testbed.evaluation.variety_slips_style import Slip, SlipWriter, cents, clock, some_day


def _writer(rng: random.Random, loc: str) -> SlipWriter:
    return SlipWriter(rng, loc=loc)


def kassenbon(rng: random.Random) -> tuple[list[Block], SlipWriter]:  # noqa: PLR0915
    """A German discounter's or supermarket's Kassenbon."""
    w = _writer(rng, "de")
    s = Slip(rng.choice((38, 40, 42)))
    name = rng.choice(
        (
            "NAHKAUF Brenner oHG",
            "Frischemarkt Albrecht",
            "Markant Markt Seidl",
            "NORMA-Filiale Lechhausen",
            "Edeka Huber",
        )
    )
    s.center(
        w.shop(name),
        f"{rng.choice(('Hauptstr.', 'Bahnhofstr.', 'Lindenweg'))} {rng.randint(2, 80)}",
        f"{rng.choice(('86150 Augsburg', '93047 Regensburg', '50667 Köln'))}",
    )
    s.center(f"UID Nr.: DE{digits(rng, 9)}").blank()
    s.lr("", "EUR")
    items = basket(rng, "de", rng.randint(4, 8))
    for item in items:
        flag = "AB"[item.tax]
        if item.qty > 1:
            s.lr(item.name, f"{w.num(item.amount)} {flag}")
            s.add(f"  {item.qty} Stk x {w.num(item.unit)}")
        else:
            s.lr(item.name, f"{w.num(item.amount)} {flag}")
        w.item(
            item.name,
            item.amount,
            item.qty if item.qty > 1 else None,
            item.unit if item.qty > 1 else None,
        )
    if rng.random() < 0.5:
        s.lr("Pfand 0,25", f"{w.num(0.75)} B")
        s.add("  3 Stk x 0,25")
        w.item("Pfand 0,25", 0.75, 3, 0.25)
        items.append(Article("Pfand 0,25", 3, 0.25, 1))
    total = cents(sum(i.amount for i in items))
    s.lr("", "-" * 9)
    s.lr("SUMME", f"EUR {w.sum_bare(total)}" if rng.random() < 0.5 else w.sum_bare(total))
    s.rule("=")
    card = rng.random() < 0.65
    if card:
        s.lr(
            rng.choice(("Geg. Girocard", "Geg. Kartenzahlung", "Geg. EC-Cash")),
            w.sign(total, "EUR {n}"),
        )
    else:
        given = float(int(total / 10) * 10 + 10)
        s.lr("Geg. BAR", w.sign(given, "EUR {n}"))
        s.lr("Rückgeld BAR", w.sign(cents(given - total), "EUR {n}"))
    s.blank()
    s.cols(["Steuer", "%", "Netto", "Steuer", "Brutto"], [8, -6, -9, -8, -9])
    for cls, gross, net, tax in vat_split([*items], (7, 19)):
        s.cols(
            ["AB"[cls] + "=", ("7,0%", "19,0%")[cls], w.num(net), w.num(tax), w.num(gross)],
            [8, -6, -9, -8, -9],
        )
    s.cols(["Gesamtbetrag", "", "", "", w.num(total)], [12, -2, -9, -8, -9]).blank()
    day, hour = some_day(rng), clock(rng, seconds=True)
    number = str(rng.randint(1000, 9999))
    label = rng.choice(("Bon-Nr.", "Beleg-Nr.", "Bonnummer", "Bon"))
    layout = rng.random()
    if layout < 0.5:
        s.lr(w.day(day, style="d.m.Y"), f"{hour} {label}:{w.docno(number)}")
        s.add(f"Markt:{rng.randint(1000, 9999)} Kasse:{rng.randint(1, 9)} Bed.:{digits(rng, 6)}")
    else:
        s.add(
            f"Datum: {w.day(day, style='d.m.Y')}",
            f"Uhrzeit: {hour} Uhr",
            f"{label}: {w.docno(number)}",
            f"Kasse: {rng.randint(1, 9)}",
        )
    if rng.random() < 0.5:
        s.rule("*").center(
            "PAYBACK Karten-Nr.: #########" + digits(rng, 4),
            f"Punkte aktueller Einkauf: {int(total)}",
        ).rule("*")
    if card:
        s.blank().center("K-U-N-D-E-N-B-E-L-E-G", "", "Girocard", "Kontaktlos")
        s.add(
            f"Datum: {w.day(day, None, 'd.m.Y')}  {hour[:5]} Uhr",
            f"Terminal-ID: {digits(rng, 8)}",
            f"TA-Nr. {digits(rng, 6)}  BNr. {digits(rng, 4)}",
            f"Karte: {masked_pan(rng, '#')}",
            f"EMV-AID: A0000000{digits(rng, 6)}",
            f"Genehmigungs-Nr.: {digits(rng, 6)}",
        )
        s.lr("Betrag EUR", w.num(total)).center("Zahlung erfolgt", "Bitte Beleg aufbewahren")
    s.blank().add(
        f"TSE-Transaktion: {rng.randint(100000, 999999)}",
        f"TSE-Start: {day.isoformat()}T{hour}.000",
        f"TSE-Seriennr.: {digits(rng, 16)}",
        f"TSE-Signaturzähler: {digits(rng, 6)}",
    )
    s.center("Vielen Dank für Ihren Einkauf!")
    return [("lines", s.lines)], w


def till_uk(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A British supermarket's till: VAT number on top, the date, store, till, operator and
    transaction numbers in one line at the foot, a loyalty statement."""
    w = _writer(rng, "en-GB")
    s = Slip(rng.choice((36, 40)))
    name = rng.choice(("Hadley's Local", "Greenfields Food Hall", "Pennine Co-op Stores"))
    s.center(
        w.shop(name),
        rng.choice(
            (
                "12 Market Place, Skipton",
                "88 Gloucester Road, Bristol",
                "4 High Street, Hebden Bridge",
            )
        ),
    )
    s.center(f"VAT No: GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}").blank()
    items = basket(rng, "en", rng.randint(4, 7), multi=0.25)
    for item in items:
        if item.qty > 1:
            s.add(f"{item.qty} @ {w.sign(item.unit, '£{n}')}")
            s.lr(item.name, w.sign(item.amount, "£{n}"))
        else:
            s.lr(item.name, w.sign(item.amount, "£{n}"))
        w.item(
            item.name,
            item.amount,
            item.qty if item.qty > 1 else None,
            item.unit if item.qty > 1 else None,
        )
    total = cents(sum(i.amount for i in items))
    if rng.random() < 0.5:
        s.lr("CARD PRICE SAVING", w.sign(-0.75, "-£{n}"))
        w.item("CARD PRICE SAVING", -0.75)
        total = cents(total - 0.75)
    s.lr(f"{len(items)} BALANCE DUE", w.total_money(total))
    pan = masked_pan(rng)
    s.lr(rng.choice(("VISA DEBIT", "MASTERCARD", "CONTACTLESS")), w.sign(total, "£{n}"))
    s.lr("CHANGE DUE", w.sign(0, "£{n}")).blank()
    s.add(
        f"CARD NO: {pan}",
        f"AID: A0000000{digits(rng, 6)}",
        f"AUTH CODE: {digits(rng, 6)}",
        "PIN NOT REQUIRED",
        "PLEASE KEEP THIS RECEIPT",
    ).blank()
    day, hour = some_day(rng), clock(rng)
    trans = str(rng.randint(1000, 9999))
    if rng.random() < 0.5:
        s.add(
            f"{w.day(day, style='d/m/y')} {hour}  ST:{rng.randint(1000, 4999)} "
            f"TL:{rng.randint(1, 30):02d} TR:{w.docno(trans)} OP:{digits(rng, 4)}"
        )
    else:
        s.lr(w.day(day, style="d/m/Y"), hour)
        s.add(f"Store {rng.randint(1000, 4999)}  Till {rng.randint(1, 30)}  Trans {w.docno(trans)}")
    s.blank().center(
        "CLUBCARD STATEMENT",
        f"POINTS THIS VISIT {int(total)}",
        "Thank you for shopping with us",
        "Exchange or refund within 30 days",
    )
    return [("lines", s.lines)], w


def ticket_fr(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A French supermarket's ticket de caisse with its TVA table and the CB slip after it."""
    w = _writer(rng, "fr")
    s = Slip(rng.choice((36, 40)))
    name = rng.choice(("SUPER U LES CHARTREUX", "PROXI MARCHÉ DU LEZ", "MARCHÉ FRAIS GAMBETTA"))
    s.center(w.shop(name), "12 AVENUE DE TOULOUSE", "34000 MONTPELLIER", "TEL 04 67 12 34 56")
    s.center(f"SIRET {digits(rng, 14)}").blank()
    items = basket(rng, "fr", rng.randint(4, 8))
    for item in items:
        if item.qty > 1:
            s.add(item.name)
            s.lr(f"   {item.qty} x {w.sign(item.unit, '{n} €')}", w.sign(item.amount, "{n} €"))
        else:
            s.lr(item.name, w.sign(item.amount, "{n} €"))
        w.item(
            item.name,
            item.amount,
            item.qty if item.qty > 1 else None,
            item.unit if item.qty > 1 else None,
        )
    total = cents(sum(i.amount for i in items))
    s.lr("", "=========")
    s.lr(f"{sum(i.qty for i in items)} ARTICLE(S)", "")
    s.lr("TOTAL A PAYER", f"{w.sum_bare(total)} €" if rng.random() < 0.6 else w.total_money(total))
    s.lr("CB", w.sign(total, "{n} €"))
    s.lr("RENDU", w.sign(0, "{n} €")).blank()
    s.cols(["TAUX", "HT", "TVA", "TTC"], [8, -9, -8, -9])
    for cls, gross, net, tax in vat_split(items, (5.5, 20)):
        s.cols([("5,50%", "20,00%")[cls], w.num(net), w.num(tax), w.num(gross)], [8, -9, -8, -9])
    s.blank()
    day, hour = some_day(rng), clock(rng, seconds=True)
    number = digits(rng, 5)
    if rng.random() < 0.5:
        s.add(f"Ticket n° {w.docno(number)}  Caisse {rng.randint(1, 20):03d}")
        s.add(f"Le {w.day(day, style='d/m/Y')} à {hour}")
    else:
        s.lr(
            f"{w.day(day, style='d/m/Y')} {hour[:5]}",
            f"CAISSE {rng.randint(1, 20)}-{digits(rng, 4)}",
        )
        s.add(f"N° TICKET : {w.docno(number)}")
    s.blank().center("CARTE BANCAIRE", "SANS CONTACT", f"A0000000{digits(rng, 6)}", "CB")
    s.add(
        f"LE {w.day(day, None, 'd/m/y')} A {hour}",
        f"{name}",
        "34000 MONTPELLIER",
        f"{digits(rng, 8)}",
        masked_pan(rng),
        f"{digits(rng, 16)}",
        f"No AUTO: {digits(rng, 6)}",
    )
    s.add(f"MONTANT= {w.sign(total, '{n} EUR')}", "DEBIT", "TICKET CLIENT", "A CONSERVER")
    s.blank().center("MERCI DE VOTRE VISITE", "A BIENTOT")
    return [("lines", s.lines)], w


def simplificada(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Spanish supermarket's factura simplificada: quantity first, the IVA table, the card."""
    w = _writer(rng, "es")
    s = Slip(rng.choice((40, 42)))
    firm = rng.choice(
        (
            "SUPERMERCADOS EL ALBA, S.L.",
            "AUTOSERVICIO LA PLAZA, S.A.",
            "FRUTAS Y ULTRAMARINOS GIL, S.L.",
        )
    )
    s.center(
        w.shop(firm),
        f"NIF B{digits(rng, 8)}",
        "C/ Mayor, 23 - 46001 Valencia",
        f"Telf: 96{digits(rng, 7)}",
    ).blank()
    day, hour = some_day(rng), clock(rng)
    number = f"{rng.randint(1000, 4999)}-{rng.randint(1, 20):03d}-{digits(rng, 6)}"
    s.add(f"{w.day(day, style='d/m/Y')} {hour}  OP: {digits(rng, 6)}")
    s.add(f"FACTURA SIMPLIFICADA: {w.docno(number)}").blank()
    s.cols(["Descripción", "P. Unit", "Importe"], [22, -8, -10])
    items = basket(rng, "es", rng.randint(4, 8))
    for item in items:
        unit = w.num(item.unit) if item.qty > 1 else ""
        s.cols([f"{item.qty} {item.name}", unit, w.num(item.amount)], [22, -8, -10])
        w.item(item.name, item.amount, item.qty, item.unit if item.qty > 1 else None)
    total = cents(sum(i.amount for i in items))
    s.blank().lr("TOTAL (€)", w.sum_bare(total))
    s.lr("TARJETA BANCARIA", w.num(total)).blank()
    s.cols(["IVA", "BASE IMPONIBLE (€)", "CUOTA (€)"], [6, -20, -12])
    for cls, _gross, net, tax in vat_split(items, (10, 21)):
        s.cols([("10%", "21%")[cls], w.num(net), w.num(tax)], [6, -20, -12])
    s.lr("TOTAL", w.num(total)).blank()
    s.add(
        f"TARJ. BANCARIA: {masked_pan(rng)}",
        f"N.C: {digits(rng, 9)}  AUT: {digits(rng, 6)}",
        f"AID: A0000000{digits(rng, 6)}  ARC: 00",
        f"Importe: {w.sign(total, '{n} €')}",
    )
    s.blank().center("SE ADMITEN DEVOLUCIONES CON TICKET", "GRACIAS POR SU VISITA")
    return [("lines", s.lines)], w


def scontrino(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """An Italian documento commerciale from a registratore telematico."""
    w = _writer(rng, "it")
    s = Slip(rng.choice((40, 42)))
    shop = rng.choice(("ALIMENTARI BERTOLINI", "MINIMARKET SAN LORENZO", "SUPERMERCATO DA GINO"))
    s.center(
        w.shop(shop), "Via Garibaldi 14", "40121 BOLOGNA (BO)", f"P.IVA {digits(rng, 11)}"
    ).blank()
    s.center("DOCUMENTO COMMERCIALE", "di vendita o prestazione").blank()
    s.cols(["DESCRIZIONE", "IVA", "Prezzo(€)"], [24, -6, -12])
    items = basket(rng, "it", rng.randint(3, 7))
    for item in items:
        if item.qty > 1:
            s.add(f"{item.qty} x {w.num(item.unit)}")
        s.cols([item.name, ("4%", "22%")[item.tax], w.num(item.amount)], [24, -6, -12])
        w.item(
            item.name,
            item.amount,
            item.qty if item.qty > 1 else None,
            item.unit if item.qty > 1 else None,
        )
    total = cents(sum(i.amount for i in items))
    tax = cents(sum(t for _, _, _, t in vat_split(items, (4, 22))))
    s.rule().lr("TOTALE COMPLESSIVO", w.sum_bare(total)).lr("di cui IVA", w.num(tax))
    cash = rng.random() < 0.5
    if cash:
        given = float(int(total / 5) * 5 + 5)
        s.lr("Pagamento contante", w.num(given)).lr("Pagamento elettronico", "0,00")
        s.lr("Resto", w.num(cents(given - total)))
    else:
        s.lr("Pagamento contante", "0,00").lr("Pagamento elettronico", w.num(total))
    s.lr("Importo pagato", w.num(total)).blank()
    day, hour = some_day(rng), clock(rng)
    number = f"{rng.randint(1, 999):04d}-{rng.randint(1, 300):04d}"
    s.lr(w.day(day, style=rng.choice(("d-m-Y", "d/m/Y"))), hour)
    s.add(f"DOCUMENTO N. {w.docno(number)}", f"RT 99MEY{digits(rng, 6)}").blank()
    s.center("GRAZIE E ARRIVEDERCI")
    return [("lines", s.lines)], w


def kassabon(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Dutch supermarket's kassabon: count, article, price and amount in columns, bonus
    discounts, the PIN terminal's lines, and the BTW table."""
    w = _writer(rng, "nl")
    s = Slip(40)
    shop = rng.choice(("Buurtsuper De Linde", "Versmarkt Oosterhout", "Dekamarkt Van Vliet"))
    s.center(w.shop(shop), "Molenstraat 18", "4901 AA Oosterhout", "Tel. 0162-123456").blank()
    s.cols(["AANTAL", "OMSCHRIJVING", "PRIJS", "BEDRAG"], [7, 19, -6, -8])
    items = basket(rng, "nl", rng.randint(4, 8))
    for item in items:
        price = w.num(item.unit) if item.qty > 1 else ""
        s.cols([str(item.qty), item.name, price, w.num(item.amount)], [7, 19, -6, -8])
        w.item(item.name, item.amount, item.qty, item.unit if item.qty > 1 else None)
    total = cents(sum(i.amount for i in items))
    s.lr(f"{sum(i.qty for i in items)}  SUBTOTAAL", w.num(total))
    if rng.random() < 0.6:
        s.cols(["BONUS", items[0].name, "", "-0,50"], [7, 19, -6, -8])
        w.item(items[0].name, -0.5)
        total = cents(total - 0.5)
    s.lr("TOTAAL", w.sum_bare(total)).lr("PINNEN", w.num(total)).blank()
    day, hour = some_day(rng), clock(rng)
    s.add(
        f"Terminal     {digits(rng, 8)}",
        f"Merchant     {digits(rng, 6)}",
        f"Periode      {digits(rng, 4)}",
        f"Transactie   {digits(rng, 8)}",
        "Kaart        Maestro",
        f"Kaartnummer  xxxxxxxxxxxxxx{digits(rng, 4)}",
        f"Autorisatiecode {digits(rng, 6)}",
        "Contactloos",
    )
    s.lr("Totaal", w.sign(total, "{n} EUR")).blank()
    s.cols(["BTW", "OVER", "BTW"], [6, -12, -10])
    for cls, _gross, net, tax in vat_split(items, (9, 21)):
        s.cols([("9%", "21%")[cls], w.num(net), w.num(tax)], [6, -12, -10])
    s.blank()
    number = str(rng.randint(100, 9999))
    s.add(
        f"{rng.randint(1000, 2999)}  {rng.randint(1, 12):02d}  {w.docno(number)}  "
        f"{w.day(day, style='d-m-Y')} {hour}"
    )
    s.center("Bedankt en tot ziens")
    return [("lines", s.lines)], w


__all__ = ["kassabon", "kassenbon", "scontrino", "simplificada", "ticket_fr", "till_uk"]
