"""Invoices from the rest of continental Europe, each in its own language and with the
numbers its law makes it print: a French facture (SIRET, the 40 € recovery fee), a Belgian
one, a Dutch factuur (KvK), an Italian fattura (its DDT number and date), a Spanish factura,
a Portuguese fatura (ATCUD), a Swedish faktura (OCR number, Bankgiro), a Danish faktura, a
Polish Faktura VAT (sale date) and a Czech daňový doklad (variable symbol, DUZP).

As read: the invoice's own number and date are those after its "invoice number" and
"invoice date" labels; the transport document, order, customer and payment-reference
numbers are other papers' or the account's; the due date is the printed "due"/"expiry" day
when there is one, none when only terms are printed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from testbed.evaluation.author_rhine_paper import buyer, firm, item_table, labels, net_of
from testbed.evaluation.author_rhine_style import (
    COUNTRIES,
    day_in_2026,
    digits,
    iban,
    later,
    month_end,
    person,
    rows_of,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


@dataclass(frozen=True, slots=True)
class Words:
    """One language's invoice vocabulary."""

    title: str
    number: str
    date: str
    due: str
    customer: str
    order: str
    header: tuple[str, str, str, str]
    net: str
    tax: str
    total: str
    terms: str
    rate: int
    goods: tuple[tuple[str, float], ...]


WORDS = {
    "FR": Words(
        "FACTURE",
        "Facture N°",
        "Date de facture",
        "Date d'échéance",
        "N° client",
        "Votre commande",
        ("Désignation", "Qté", "Prix unitaire HT", "Montant HT"),
        "Total HT",
        "TVA",
        "Net à payer TTC",
        "Paiement à 30 jours fin de mois",
        20,
        (
            ("Création graphique logo", 650.0),
            ("Impression flyers A5 (x1000)", 145.0),
            ("Maintenance site web (mois)", 90.0),
            ("Licence logiciel annuelle", 480.0),
            ("Intervention technicien (h)", 75.0),
        ),
    ),
    "BE": Words(
        "FACTURE",
        "Facture n°",
        "Date",
        "Échéance",
        "Réf. client",
        "Bon de commande",
        ("Description", "Quantité", "Prix unitaire", "Total HTVA"),
        "Total HTVA",
        "TVA",
        "Total TVAC",
        "Payable à 30 jours date de facture",
        21,
        (
            ("Fût de bière blonde 20 L", 84.0),
            ("Caisse Triple 24x33 cl", 38.4),
            ("Location tireuse", 45.0),
            ("Verres consignés (carton)", 12.0),
        ),
    ),
    "NL": Words(
        "FACTUUR",
        "Factuurnummer",
        "Factuurdatum",
        "Vervaldatum",
        "Klantnummer",
        "Uw referentie",
        ("Omschrijving", "Aantal", "Prijs", "Bedrag"),
        "Subtotaal",
        "BTW",
        "Totaal te betalen",
        "Betaling binnen 30 dagen na factuurdatum",
        21,
        (
            ("Onderhoud cv-ketel", 119.0),
            ("Vervangen thermostaatkraan", 42.5),
            ("Arbeidsloon per uur", 58.0),
            ("Voorrijkosten", 29.5),
            ("Transport pallet", 65.0),
        ),
    ),
    "IT": Words(
        "FATTURA",
        "Fattura n.",
        "Data",
        "Scadenza",
        "Cod. cliente",
        "Rif. ordine",
        ("Descrizione", "Q.tà", "Prezzo unit.", "Importo"),
        "Imponibile",
        "IVA",
        "Totale documento",
        "Bonifico bancario 30 gg d.f.f.m.",
        22,
        (
            ("Stampa brochure A4 16 pagine", 2.35),
            ("Biglietti da visita (x500)", 38.0),
            ("Trapano avvitatore 18V", 129.0),
            ("Set chiavi combinate", 44.9),
            ("Viti inox M6 (conf. 100)", 8.6),
        ),
    ),
    "ES": Words(
        "FACTURA",
        "Nº de factura",
        "Fecha de expedición",
        "Fecha de vencimiento",
        "Nº cliente",
        "Su pedido",
        ("Concepto", "Cantidad", "Precio", "Importe"),
        "Base imponible",
        "IVA",
        "TOTAL FACTURA",
        "Transferencia a 30 días",
        21,
        (
            ("Tubo PVC 110 mm (6 m)", 23.4),
            ("Codo 90º 110 mm", 3.2),
            ("Mano de obra oficial (h)", 32.0),
            ("Desplazamiento", 25.0),
            ("Grifo monomando cocina", 68.0),
        ),
    ),
    "PT": Words(
        "FATURA",
        "Fatura n.º",
        "Data de emissão",
        "Data de vencimento",
        "N.º cliente",
        "V/ Encomenda",
        ("Descrição", "Qtd.", "Preço unit.", "Total"),
        "Incidência",
        "IVA",
        "Total a pagar",
        "Pagamento a 30 dias",
        23,
        (
            ("Rolhas naturais (cx. 1000)", 145.0),
            ("Rolhas técnicas (cx. 1000)", 62.0),
            ("Transporte", 35.0),
            ("Cápsulas termo-retráteis (cx. 500)", 27.5),
        ),
    ),
    "SE": Words(
        "FAKTURA",
        "Fakturanummer",
        "Fakturadatum",
        "Förfallodatum",
        "Kundnummer",
        "Er referens",
        ("Benämning", "Antal", "À-pris", "Belopp"),
        "Netto",
        "Moms",
        "Att betala",
        "Betalningsvillkor 30 dagar netto",
        25,
        (
            ("Skruvdragare 18 V", 1495.0),
            ("Bitssats 32 delar", 249.0),
            ("Arbetshandskar (par)", 89.0),
            ("Frakt", 195.0),
        ),
    ),
    "DK": Words(
        "FAKTURA",
        "Fakturanr.",
        "Fakturadato",
        "Forfaldsdato",
        "Kundenr.",
        "Jeres ref.",
        ("Beskrivelse", "Antal", "Enhedspris", "Beløb"),
        "Subtotal",
        "Moms",
        "I alt",
        "Netto 8 dage",
        25,
        (
            ("Kopipapir A4 (kasse)", 219.0),
            ("Rengøring kontor (time)", 395.0),
            ("Kaffebønner 1 kg", 149.0),
            ("Kørsel", 250.0),
        ),
    ),
    "PL": Words(
        "FAKTURA VAT",
        "Faktura VAT nr",
        "Data wystawienia",
        "Termin płatności",
        "Nr klienta",
        "Zamówienie",
        ("Nazwa towaru lub usługi", "Ilość", "Cena netto", "Wartość netto"),
        "Razem netto",
        "VAT",
        "Do zapłaty",
        "Przelew 14 dni",
        23,
        (
            ("Krzesło dębowe", 420.0),
            ("Stół rozkładany 160 cm", 1890.0),
            ("Komoda 4 szuflady", 1150.0),
            ("Transport i montaż", 250.0),
        ),
    ),
    "CZ": Words(
        "FAKTURA \u2013 DAŇOVÝ DOKLAD",
        "Číslo faktury",
        "Datum vystavení",
        "Datum splatnosti",
        "Odběratel č.",
        "Objednávka",
        ("Označení", "Množství", "Cena za MJ", "Celkem bez DPH"),
        "Základ DPH",
        "DPH",
        "Celkem k úhradě",
        "Splatnost 14 dní",
        21,
        (
            ("Cement CEM II 25 kg", 149.0),
            ("Cihla plná (paleta)", 4890.0),
            ("Doprava", 1200.0),
            ("Písek praný 1 t", 890.0),
        ),
    ),
}


def _number(rng: random.Random, code: str) -> str:
    return {
        "FR": f"F{digits(rng, 2)}-{digits(rng, 5)}",
        "BE": f"2026/{digits(rng, 4)}",
        "NL": f"2026{digits(rng, 5)}",
        "IT": f"{rng.randint(10, 899)}/2026",
        "ES": f"A-2026/{digits(rng, 4)}",
        "PT": f"FT 2026/{rng.randint(10, 999)}",
        "SE": f"{rng.randint(10000, 99999)}",
        "DK": f"{rng.randint(1000, 9999)}",
        "PL": f"FV/{rng.randint(10, 999)}/10/2026",
        "CZ": f"2026{digits(rng, 4)}",
    }[code]


def _extras(rng: random.Random, code: str, number: str, fmt_date: str) -> list[tuple[str, str]]:
    """The numbers and dates each country's invoices print beside their own."""
    return {
        "FR": [("SIRET", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}")],
        "BE": [
            (
                "Communication structurée",
                f"+++{digits(rng, 3)}/{digits(rng, 4)}/{digits(rng, 5)}+++",
            )
        ],
        "NL": [("KvK", digits(rng, 8))],
        "IT": [("DDT n.", f"{rng.randint(100, 999)} del {fmt_date}"), ("Cod. SDI", "M5UXCR1")],
        "ES": [("Albarán", f"ALB-{digits(rng, 5)}")],
        "PT": [("ATCUD", f"JJ{digits(rng, 2)}MNP4-{number.rsplit('/', maxsplit=1)[-1]}")],
        "SE": [("OCR-nummer", digits(rng, 12)), ("Bankgiro", f"{digits(rng, 4)}-{digits(rng, 4)}")],
        "DK": [("CVR-nr.", digits(rng, 8)), ("FIK", f"+71<{digits(rng, 15)}+{digits(rng, 8)}<")],
        "PL": [("Data sprzedaży", fmt_date), ("Miejsce wystawienia", "Kraków")],
        "CZ": [("Variabilní symbol", number), ("DUZP", fmt_date), ("IČO", digits(rng, 8))],
    }[code]


def european_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """An invoice from one of ten countries, in its language, formats and legal numbers."""
    code = rng.choice(list(WORDS))
    words, country = WORDS[code], COUNTRIES[code]
    seller = firm(rng, code)
    customer = buyer(rng, seller)
    issued = day_in_2026(rng)
    number = _number(rng, code)
    rows = rows_of(rng, list(words.goods), rng.randint(2, 4))
    net = net_of(rows)
    tax = round(net * words.rate / 100, 2)
    gross = round(net + tax, 2)
    cur = country.currency
    earlier = country.date(later(issued, -rng.randint(1, 6)))
    printed_due = rng.random() < 0.7
    due = (
        month_end(later(issued, 30)) if code == "FR" else later(issued, 30 if code != "CZ" else 14)
    )
    panel = [
        (words.number, mark("documentNumber", number)),
        (words.date, mark("issueDate", country.date(issued))),
        *([(words.due, mark("dueDate", country.date(due)))] if printed_due else []),
        (words.customer, digits(rng, 6)),
        (words.order, f"{rng.choice(['PO', 'BE', '#'])}{digits(rng, 5)}"),
        *_extras(rng, code, number, earlier),
    ]
    totals = [
        (words.net, country.money(net)),
        (f"{words.tax} {words.rate} %", country.money(tax)),
        (words.total, mark("total", country.money(gross))),
    ]
    amounts = [(net, cur), (tax, cur), (gross, cur)]
    notes = [words.terms + "."]
    if code == "FR":
        notes.append(
            "En cas de retard de paiement : pénalités au taux de 3 fois le taux "
            f"d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de "
            f"{country.money(40)}."
        )
        amounts.append((40.0, "EUR"))
    notes.append(f"IBAN {iban(rng, code)}")
    contact = person(rng, country.language)
    style = rng.choice(["box", "band", "body"])
    body: list[Block] = [("title", words.title)]
    if style == "body":
        body.append(("kv", panel))
    body += [
        item_table(list(words.header), rows, country),
        ("kv", totals),
        ("para", " ".join(notes)),
    ]
    band = style == "band"
    sheet = Sheet(
        head=[
            mark("vendor", seller.name),
            f"{seller.street}, {seller.city}",
            f"{contact} · {seller.tax_id}",
        ],
        panel=(panel[:4] if band else panel) if style != "body" else [],
        panel_style="band" if band else "box",
        address=[customer.name, customer.street, customer.city],
        body=body if not band else [body[0], ("kv", panel[4:]), *body[1:]],
        footer=[f"{seller.name} · {seller.street} · {seller.city} · {seller.tax_id}"],
        text_panel=rng.choice(["kv", "kv_below", "columns"]),
    )
    dates = [("issue", issued)] + ([("due", due)] if printed_due else [])
    return sheet, labels(
        "invoice",
        number,
        [seller.name, customer.name],
        [contact],
        seller.name,
        (gross, cur),
        amounts,
        dates,
        rows,
    )


__all__ = ["WORDS", "european_invoice"]
