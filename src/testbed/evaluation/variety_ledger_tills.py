"""Till receipts for the ledger documents
(:mod:`testbed.evaluation.variety_ledger`), their item lines as the tills print them: a
German supermarket's "2 Stk x 0,89" and "0,856 kg x 1,99 EUR/kg" under the item, a
returned-bottles line that takes money off; a French bakery's and an Italian baker's
"2 x 1,35" above the item; a US market's "2 @ 5.99" and "1.93 lb @ 0.58 /lb"; a Spanish
"FACTURA SIMPLIFICADA" with the count in a column of its own first; a Dutch supermarket's
bonus discount as a negative line under the item; a Portuguese café's "FATURA
SIMPLIFICADA" with quantity, description, unit price and total.
"""

from __future__ import annotations

import random

from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_ledger_build import Drawn
from testbed.evaluation.variety_ledger_paper import Doc, Row, Table
from testbed.evaluation.variety_ledger_style import Pen, cents, someday

_W = 40


def _lr(left: str, right: str, width: int = _W) -> str:
    return left + " " * max(1, width - len(unmark(left)) - len(unmark(right))) + right


def _center(text: str) -> str:
    return " " * max(0, (_W - len(unmark(text))) // 2) + text


def _till(lines: list[str]) -> Doc:
    return Doc([("text", lines)], family="mono", width=3.3, height=0, margin=0.2, size=8.0)


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}"


_DE_GOODS = (
    ("Bio Vollmilch 3,8%", 1.19, "A"), ("Laugenbrezel", 0.89, "A"),
    ("Gouda jung Scheiben", 1.79, "A"), ("Mineralwasser 1,5l", 0.49, "A"),
    ("Spülmittel Zitrone", 1.45, "B"), ("Kaffee Crema 1kg", 13.99, "A"),
    ("Toilettenpapier 8x150", 3.95, "B"), ("Äpfel Elstar lose", 2.49, "A"),
)  # fmt: skip


def kasse(rng: random.Random) -> Drawn:
    """A German supermarket's till slip: counts and weights on a line of their own under the
    item, a deposit returned as a negative line, "SUMME", the tax table after the total."""
    p = Pen.start(rng, "de")
    issued = someday(rng)
    shop = p.seller(rng.choice(("Frischmarkt Haller e.K.", "Nahkauf Brügge oHG")))
    number = p.ident(str(rng.randint(1000, 9999)))
    lines = [_center(shop), _center("Hauptstraße 45 · 88212 Ravensburg"),
             _center("Tel. 0751 36 22 18"), "", _lr("", "EUR")]  # fmt: skip
    total = 0.0
    gross = {"A": 0.0, "B": 0.0}
    for text, price, code in rng.sample(_DE_GOODS, rng.randint(4, 6)):
        if text.endswith("lose"):
            kg = rng.choice((0.856, 1.214, 0.642))
            amount = cents(kg * price)
            lines += [_lr(text, f"{p.num(amount)} {code}"),
                      f"  {p.qty(kg)} kg x {p.num(price)} EUR/kg"]  # fmt: skip
            p.item(text, kg, price, amount)
        elif rng.random() < 0.4:
            count = rng.choice((2, 3, 6))
            amount = cents(count * price)
            lines += [_lr(text, f"{p.num(amount)} {code}"), f"  {count} Stk x {p.num(price)}"]
            p.item(text, float(count), price, amount)
        else:
            amount = price
            lines.append(_lr(text, f"{p.num(amount)} {code}"))
            p.item(text, None, None, amount)
        total += amount
        gross[code] += amount
    back = rng.choice((0.75, 1.5, 3.3))
    lines.append(_lr("Leergut", f"-{p.num(back)} A"))
    p.item("Leergut", None, None, -back)
    total -= back
    gross["A"] -= back
    vat = [(code, rate, value) for (code, value), rate in zip(gross.items(), (7, 19), strict=True)
           if value > 0]  # fmt: skip
    paid = float(int(total // 5 + 1) * 5)
    lines += ["-" * _W, _lr("SUMME", p.total(total, "EUR {n}")),
              _lr("Geg. Bar", p.money(paid, "EUR {n}")),
              _lr("Rückgeld", p.money(cents(paid - total), "EUR {n}")),
              "", "  Steuer  %    Netto   Steuer  Brutto",
              *(f"  {code}     {rate:>2}%  {p.num(v / (1 + rate / 100)):>7} "
                f"{p.num(v - v / (1 + rate / 100)):>6} {p.num(v):>7}" for code, rate, v in vat),
              "",
              _lr(f"{p.day(issued, 'issue')} {_clock(rng)}", f"Bon-Nr. {number}"),
              _lr("Kasse 2", f"Bed. {rng.randint(100, 999)}"), "",
              _center("Vielen Dank für Ihren Einkauf!")]  # fmt: skip
    return Drawn(_till(lines), p, issued)


_FR_BREAD = (
    ("BAGUETTE TRADITION", 1.35), ("CROISSANT BEURRE", 1.2), ("PAIN AU CHOCOLAT", 1.3),
    ("TARTE AUX POMMES 4 PERS", 14.5), ("PAIN DE CAMPAGNE 800G", 4.6), ("ÉCLAIR CAFÉ", 3.1),
    ("FLAN PÂTISSIER PART", 2.9),
)  # fmt: skip


def boulangerie(rng: random.Random) -> Drawn:
    """A French bakery's ticket: "2 x 1,35 €" on the line above the item it counts, "TOTAL
    TTC", the VAT line after the payment."""
    p = Pen.start(rng, "fr")
    issued = someday(rng)
    shop = p.seller(rng.choice(("Boulangerie Perrin SARL", "Au Fournil de Léon SAS")), upper=True)
    number = p.ident(f"{rng.randint(1, 9999):06d}")
    lines = [_center(shop), _center("12 place du Marché"), _center("69003 LYON"),
             _center("SIRET 812 345 678 00013"), "",
             _lr(f"Ticket n° {number}", f"{p.day(issued, 'issue')} {_clock(rng)}"),
             "-" * _W]  # fmt: skip
    total = 0.0
    for text, price in rng.sample(_FR_BREAD, rng.randint(3, 5)):
        count = rng.choice((1, 1, 2, 3, 4))
        amount = cents(count * price)
        if count > 1:
            lines.append(f"{count} x {p.money(price)}")
            p.item(text, float(count), price, amount)
        else:
            p.item(text, None, None, amount)
        lines.append(_lr(text, p.num(amount)))
        total += amount
    tax = cents(total - total / 1.055)
    lines += ["-" * _W, _lr("TOTAL TTC", p.total(total)), _lr("CB SANS CONTACT", p.num(total)),
              "", _lr("TVA 5,5%", f"HT {p.num(total - tax)}  TVA {p.num(tax)}"), "",
              _center("Merci de votre visite !")]  # fmt: skip
    return Drawn(_till(lines), p, issued)


_US_GROCERY = (
    ("GREEK YOGURT 32OZ", 5.99, "F"), ("COLD BREW 12OZ", 3.49, "T"), ("SOURDOUGH LOAF", 6.5, "F"),
    ("PAPER TOWELS 6PK", 9.99, "T"), ("OAT MILK 64OZ", 4.79, "F"), ("DISH SOAP 24OZ", 3.99, "T"),
    ("EGGS LARGE DOZ", 4.29, "F"),
)  # fmt: skip


def market_us(rng: random.Random) -> Drawn:
    """A US market's till: "2 @ 5.99" and "1.93 lb @ 0.58 /lb" under the item, tax flags,
    "SUBTOTAL", "TAX", "TOTAL", the card tender."""
    p = Pen.start(rng, "us")
    issued = someday(rng)
    shop = p.seller(rng.choice(("Maple & Main Market", "Pioneer Valley Co-op")), upper=True)
    number = p.ident(f"{rng.randint(1000, 99999):05d}")
    lines = [_center(shop), _center("410 MAIN ST"), _center("NORTHAMPTON MA 01060"),
             _center("(413) 555-0142"), "",
             f"ST# 0117 OP# {rng.randint(10, 99)} TE# 03 TR# {number}", ""]  # fmt: skip
    subtotal = taxable = 0.0
    kg = rng.choice((1.93, 2.41, 0.87))
    bananas = cents(kg * 0.58)
    lines += [_lr("BANANAS", f"{bananas:.2f} F"), f"  {kg:.2f} lb @ 0.58 /lb"]
    p.item("BANANAS", kg, 0.58, bananas)
    subtotal += bananas
    for text, price, flag in rng.sample(_US_GROCERY, rng.randint(3, 5)):
        count = rng.choice((1, 1, 2, 3))
        amount = cents(count * price)
        lines.append(_lr(text, f"{amount:.2f} {flag}"))
        if count > 1:
            lines.append(f"  {count} @ {price:.2f}")
            p.item(text, float(count), price, amount)
        else:
            p.item(text, None, None, amount)
        subtotal += amount
        taxable += amount if flag == "T" else 0.0
    tax = cents(taxable * 0.0625)
    total = subtotal + tax
    lines += ["", _lr("      SUBTOTAL", f"{subtotal:.2f}"), _lr("      TAX 6.25%", f"{tax:.2f}"),
              _lr("      TOTAL", p.total(total)), _lr("      VISA TEND", f"{total:.2f}"),
              _lr("      CHANGE DUE", "0.00"), "",
              _lr(p.day(issued, "issue"), _clock(rng)), "",
              _center(f"# ITEMS SOLD {len(p.w.line_items)}")]  # fmt: skip
    return Drawn(_till(lines), p, issued)


_IT_BAKERY = (
    ("FOCACCIA GENOVESE", 2.4, "10%"), ("PANE TOSCANO 500G", 2.2, "4%"),
    ("CORNETTO CREMA", 1.3, "10%"),
    ("PIZZA MARGHERITA TRANCIO", 2.5, "10%"), ("GRISSINI TORINESI", 3.8, "10%"),
    ("CROSTATA ALBICOCCA", 12.0, "10%"),
)  # fmt: skip


def scontrino(rng: random.Random) -> Drawn:
    """An Italian baker's "DOCUMENTO COMMERCIALE": "DESCRIZIONE IVA Prezzo(€)", the count
    "2 x 1,30" above the item, "TOTALE COMPLESSIVO", "DI CUI IVA", the document's number
    and date at the foot."""
    p = Pen.start(rng, "it")
    issued = someday(rng)
    shop = p.seller(rng.choice(("Forno Rossi S.n.c.", "Panificio Bertolini S.r.l.")), upper=True)
    number = p.ident(f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}")
    lines = [_center(shop), _center("Via Roma 12 - 40121 Bologna"),
             _center("P.IVA 01234560374"), "", _center("DOCUMENTO COMMERCIALE"),
             _center("di vendita o prestazione"), "",
             _lr("DESCRIZIONE", "IVA  Prezzo(€)")]  # fmt: skip
    total = 0.0
    for text, price, vat in rng.sample(_IT_BAKERY, rng.randint(3, 5)):
        count = rng.choice((1, 2, 2, 4))
        amount = cents(count * price)
        if count > 1:
            lines.append(f"{count} x {p.num(price)}")
            p.item(text, float(count), price, amount)
        else:
            p.item(text, None, None, amount)
        lines.append(_lr(text, f"{vat:>4}  {p.num(amount):>8}"))
        total += amount
    lines += ["", _lr("TOTALE COMPLESSIVO", p.bare_total(total)),
              _lr("DI CUI IVA", p.num(cents(total - total / 1.1))), "",
              _lr("Pagamento contante", p.num(20.0 if total < 20 else 50.0)),
              _lr("Resto", p.num((20.0 if total < 20 else 50.0) - total)), "",
              _lr(f"{p.day(issued, 'issue').replace('/', '-')} {_clock(rng)}", ""),
              f"DOCUMENTO N. {number}", _center("RT 99MEX012345")]  # fmt: skip
    return Drawn(_till(lines), p, issued)


_ES_BAR = (
    ("CAFE CON LECHE", 1.6), ("TOSTADA TOMATE", 2.3), ("ZUMO NARANJA NATURAL", 3.2),
    ("AGUA MINERAL 50CL", 1.5), ("CAÑA CERVEZA", 2.2), ("BOCADILLO JAMON SERRANO", 4.9),
    ("CROISSANT PLANCHA", 2.1),
)  # fmt: skip


def ticket_es(rng: random.Random) -> Drawn:
    """A Spanish bar's "FACTURA SIMPLIFICADA": the count first in a column of its own, then
    the description, price and amount; "TOTAL (IVA INCLUIDO)"."""
    p = Pen.start(rng, "es")
    issued = someday(rng)
    shop = p.seller(rng.choice(("Cafetería La Estación, S.L.", "Bar Casa Paco, S.C.")), upper=True)
    number = p.ident(f"T001-{rng.randint(10000, 99999)}")
    rows: list[Row] = []
    total = 0.0
    for text, price in rng.sample(_ES_BAR, rng.randint(3, 5)):
        count = rng.choice((1, 2, 3))
        amount = cents(count * price)
        rows.append(Row([str(count), text, p.num(price), p.num(amount)], value=amount))
        p.item(text, float(count), price, amount)
        total += amount
    table = Table(["UDS", "DESCRIPCION", "PRECIO", "IMPORTE"], rows, frozenset({0, 2, 3}),
                  [5, 21, 7, 8], wrap=1, rules="lines")  # fmt: skip
    blocks = [
        ("text", [_center(shop), _center("C/ Mayor 8, 28013 Madrid"),
                  _center("CIF B87654321"), "", _center("FACTURA SIMPLIFICADA"),
                  f"Nº: {number}", f"Fecha: {p.day(issued, 'issue')}  Hora: {_clock(rng)}",
                  "Mesa: 7"]),
        ("table", table),
        ("text", [_lr("TOTAL (IVA INCLUIDO)", p.total(total)),
                  _lr("Base imponible 10%", p.num(cents(total / 1.1))),
                  _lr("Cuota IVA", p.num(cents(total - total / 1.1))), "",
                  _center("GRACIAS POR SU VISITA")]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, family="mono", width=3.4, height=0, margin=0.2, size=8.0), p, issued)


_NL_SHOP = (
    ("KOFFIEBONEN 1KG", 12.99), ("HALFVOLLE MELK 1L", 1.19), ("VOLKORENBROOD HEEL", 2.79),
    ("JONGE KAAS PLAKKEN", 3.49), ("APPELS ELSTAR 1KG", 2.29), ("PINDAKAAS 600G", 3.15),
    ("HAGELSLAG PUUR", 2.45),
)  # fmt: skip


def kassabon(rng: random.Random) -> Drawn:
    """A Dutch supermarket's receipt: "AANTAL OMSCHRIJVING PRIJS BEDRAG" with the count
    first, a bonus discount as a negative line under the item it discounts, "TOTAAL",
    paid by PIN, the VAT split after."""
    p = Pen.start(rng, "nl")
    issued = someday(rng)
    shop = p.seller(rng.choice(("Buurtsuper De Linde B.V.", "Versmarkt Jansen B.V.")), upper=True)
    number = p.ident(f"{rng.randint(1000, 9999)}")
    lines = [_center(shop), _center("Kerkstraat 12, 3811 CV Amersfoort"), "",
             f"{'AANTAL':<7}{'OMSCHRIJVING':<19}{'PRIJS':>6}{'BEDRAG':>8}"]  # fmt: skip
    total = 0.0
    for text, price in rng.sample(_NL_SHOP, rng.randint(4, 6)):
        count = rng.choice((1, 1, 2, 3))
        amount = cents(count * price)
        shown = p.num(price) if count > 1 else ""
        lines.append(f"{count:<7}{text:<19}{shown:>6}{p.num(amount):>8}")
        p.item(text, float(count), price, amount)
        total += amount
        if count > 1 and rng.random() < 0.5:
            off = cents(amount * 0.25)
            bonus = f"BONUS {text[:12]}".strip()
            lines.append(f"{'':<7}{bonus:<19}{'':>6}{p.num(-off):>8}")
            p.item(bonus, None, None, -off)
            total -= off
    low = cents(total - total / 1.09)
    lines += ["", _lr("TOTAAL", p.total(total)), _lr("PINNEN", p.num(total)), "",
              _lr("BTW 9%", f"over {p.num(total - low)}  {p.num(low)}"), "",
              _lr(f"Bon {number}", f"{p.day(issued, 'issue')} {_clock(rng)}"),
              _center("Bedankt en tot ziens!")]  # fmt: skip
    return Drawn(_till(lines), p, issued)


_PT_CAFE = (
    ("CAFE", 0.8), ("GALAO", 1.3), ("PASTEL DE NATA", 1.2), ("TOSTA MISTA", 3.2),
    ("SUMO LARANJA NATURAL", 2.9), ("AGUA 0,5L", 1.0), ("BOLA DE BERLIM", 1.5),
)  # fmt: skip


def talao(rng: random.Random) -> Drawn:
    """A Portuguese café's "FATURA SIMPLIFICADA": "Qtd Descrição P.Unit Total", the NIF of
    the café and the customer's "Consumidor final", the ATCUD code at the foot."""
    p = Pen.start(rng, "pt")
    issued = someday(rng)
    shop = p.seller(
        rng.choice(("Pastelaria Aurora, Lda.", "Café Central do Bolhão, Lda.")), upper=True
    )
    number = p.ident(f"FS A/{rng.randint(1000, 9999)}")
    lines = [_center(shop), _center("Rua de Santa Catarina 112"), _center("4000-442 Porto"),
             _center("NIF 507 123 456"), "", _center("FATURA SIMPLIFICADA"),
             _lr(number, p.day(issued, "issue")), "Cliente: Consumidor final", "-" * _W,
             f"{'Qtd':<4}{'Descrição':<22}{'P.Unit':>7}{'Total':>7}"]  # fmt: skip
    total = 0.0
    for text, price in rng.sample(_PT_CAFE, rng.randint(3, 5)):
        count = rng.choice((1, 2, 2, 3))
        amount = cents(count * price)
        lines.append(f"{count:<4}{text:<22}{p.num(price):>7}{p.num(amount):>7}")
        p.item(text, float(count), price, amount)
        total += amount
    tax = cents(total - total / 1.13)
    lines += ["-" * _W, _lr("TOTAL", p.total(total)), _lr("IVA 13% incluído", p.num(tax)),
              _lr("Numerário", p.num(total)), "", f"ATCUD: JF{rng.randint(1000, 9999)}-"
              f"{rng.randint(100, 999)}", _center("Obrigado pela preferência")]  # fmt: skip
    return Drawn(_till(lines), p, issued)


__all__ = ["boulangerie", "kassabon", "kasse", "market_us", "scontrino", "talao", "ticket_es"]
