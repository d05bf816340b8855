"""Till slips of author ``rhine``: a German Kassenbon (with its TSE lines), a French ticket de
caisse and a Spanish factura simplificada.

As read: the receipt's number is the Bon-Nr./ticket number/factura number (not the till, the
operator or the TSE transaction); its date is the sale's date; its total is the sum paid
(SUMME / TOTAL), not the cash handed over or the change.
"""

from __future__ import annotations

import random

from testbed.evaluation.author_rhine_paper import labels
from testbed.evaluation.author_rhine_style import COUNTRIES, day_in_2026, digits, grouped
from testbed.evaluation.truth import Labels, LineItem, mark, unmark
from testbed.evaluation.variety_dues_print import Sheet

SHOPS = {
    "DE": [
        ("Bäckerei Krüger", "Hauptstraße 5, 79098 Freiburg"),
        ("Drogerie am Markt Weber", "Marktplatz 2, 37073 Göttingen"),
        ("Bio-Markt Sonnenblume", "Kastanienallee 33, 10435 Berlin"),
    ],
    "FR": [
        ("Supérette du Marché", "3 place du Marché, 33000 Bordeaux"),
        ("Pharmacie des Halles", "21 rue Rambuteau, 75001 Paris"),
    ],
    "ES": [
        ("Ferretería Hermanos Ruiz", "Calle Mayor 18, 28013 Madrid"),
        ("Panadería La Espiga", "Avinguda de Gaudí 7, 08025 Barcelona"),
    ],
}
BASKET = {
    "DE": [
        ("Roggenbrot 750g", 3.2),
        ("Brezel", 0.85),
        ("Vollmilch 1L", 1.19),
        ("Zahnpasta", 1.95),
        ("Bananen kg", 1.69),
        ("Kaffee gemahlen 500g", 6.49),
        ("Apfelschorle 0,5L", 1.29),
        ("Butter 250g", 2.39),
    ],
    "FR": [
        ("Baguette tradition", 1.2),
        ("Lait demi-écrémé 1L", 1.05),
        ("Doliprane 1000mg", 2.18),
        ("Comté 250g", 4.9),
        ("Pommes Golden kg", 2.59),
        ("Eau minérale 6x1,5L", 3.1),
    ],
    "ES": [
        ("Tornillos 4x40 (caja)", 3.95),
        ("Cinta americana", 4.5),
        ("Barra de pan", 0.95),
        ("Bombilla LED E27", 2.75),
        ("Croissant", 1.3),
        ("Pintura blanca 1L", 9.9),
    ],
}


def _line(left: str, right: str, width: int = 34) -> str:
    return f"{left}{' ' * max(2, width - len(unmark(left)) - len(unmark(right)))}{right}"


def till_slip(rng: random.Random) -> tuple[Sheet, Labels]:
    """One shop's slip: items, total, payment, tax summary, slip number and time."""
    code = rng.choice(["DE", "DE", "FR", "ES"])
    country = COUNTRIES[code]
    shop, place = rng.choice(SHOPS[code])
    day = day_in_2026(rng)
    rows = []
    lines: list[str] = []
    for name, price in rng.sample(BASKET[code], rng.randint(3, 6)):
        count = rng.choice([1, 1, 1, 2, 3])
        amount = round(price * count, 2)
        money = grouped(amount, ".", ",")
        if count > 1:
            lines += [name, _line(f"  {count} x {grouped(price, '.', ',')}", money)]
            rows.append(LineItem(name, float(count), price, amount))
        else:
            lines.append(_line(name, money))
            rows.append(LineItem(name, None, None, amount))
    total = round(sum(row.amount for row in rows), 2)
    given = float(((int(total) // 5) + 1) * 5)
    clock = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    number = str(rng.randint(1000, 99999))
    rate = {"DE": 7, "FR": 5.5, "ES": 10}[code]
    net = round(total / (1 + rate / 100), 2)
    tax = round(total - net, 2)
    if code == "DE":
        head = [mark("vendor", shop), place, f"USt-IdNr. DE{digits(rng, 9)}"]
        tail = [
            _line("SUMME EUR", mark("total", grouped(total, ".", ","))),
            _line("Gegeben BAR", grouped(given, ".", ",")),
            _line("Rückgeld", grouped(round(given - total, 2), ".", ",")),
            "",
            f"MwSt {rate}%  Netto {grouped(net, '.', ',')}  Steuer {grouped(tax, '.', ',')}",
            "",
            f"Bon-Nr. {mark('documentNumber', number)}   Kasse 2   Bed. 0{rng.randint(1, 9)}",
            f"{mark('issueDate', country.date(day))}  {clock}",
            f"TSE-Transaktion: {digits(rng, 6)}",
            f"TSE-Start: {day.isoformat()}T{clock}:0{rng.randint(0, 9)}.000",
            "Vielen Dank für Ihren Einkauf!",
        ]
    elif code == "FR":
        head = [mark("vendor", shop), place, f"SIRET {digits(rng, 14)}"]
        tail = [
            _line("TOTAL TTC", mark("total", f"{grouped(total, ' ', ',')} €")),
            _line("CB EMV", f"{grouped(total, ' ', ',')} €"),
            "",
            f"TVA {str(rate).replace('.', ',')} %  HT {grouped(net, ' ', ',')}  "
            f"TVA {grouped(tax, ' ', ',')}",
            "",
            f"Ticket n° {mark('documentNumber', number)}   Caisse 01",
            f"Le {mark('issueDate', country.date(day))} à {clock}",
            "Merci de votre visite - A bientôt",
        ]
    else:
        number = f"T{digits(rng, 3)}-{digits(rng, 6)}"
        head = [mark("vendor", shop), place, f"NIF B{digits(rng, 8)}"]
        tail = [
            _line("TOTAL", mark("total", f"{grouped(total, '.', ',')} €")),
            _line("Efectivo", f"{grouped(given, '.', ',')} €"),
            _line("Cambio", f"{grouped(round(given - total, 2), '.', ',')} €"),
            "",
            f"IVA {rate}%  Base {grouped(net, '.', ',')}  Cuota {grouped(tax, '.', ',')}",
            "",
            f"Factura simplificada nº {mark('documentNumber', number)}",
            f"Fecha: {mark('issueDate', country.date(day))}  Hora: {clock}",
            "Gracias por su visita",
        ]
    sheet = Sheet(head=head, body=[("lines", lines), ("lines", ["-" * 34, *tail])])
    amounts = [(total, "EUR")]
    if code == "ES":
        amounts += [(given, "EUR"), (round(given - total, 2), "EUR")]
    return sheet, labels(
        "receipt", number, [shop], [], shop, (total, "EUR"), amounts, [("issue", day)], rows
    )


__all__ = ["till_slip"]
