"""The words of the document-number probes (:mod:`testbed.evaluation.probe_numbers`), per
language: each everyday business paper's titles and the labels its own number goes by, and
the labels of the numbers printed beside it that are never its own (customer, the buyer's
order, delivery note, VAT or company registration, bank account, telephone, page).

Written from how businesses in each country print their papers, not from the analyzer's
rules or the development set's documents: several labels per paper and language, as
different billing programs word them ("Invoice No.", "Invoice #", "Doc. No.";
"Rechnungs-Nr.", "Rechnungsnummer", "Beleg-Nr."; "N° de facture", "Facture n°").
"""

from __future__ import annotations

from dataclasses import dataclass

#: The papers probed, as the probes name them.
PAPERS = ("invoice", "bill", "credit", "po", "confirm", "quote", "statement", "receipt")
#: What a reader files each paper under among the built-in types.
KIND_OF = {
    "invoice": "invoice", "bill": "invoice", "credit": "invoice", "po": "purchase_order",
    "confirm": "other", "quote": "other", "statement": "statement", "receipt": "receipt",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Words:
    """One language's words for the probes' papers."""

    #: paper -> the titles it is printed under.
    titles: dict[str, tuple[str, ...]]
    #: paper -> the labels of its own number.
    labels: dict[str, tuple[str, ...]]
    #: The issue date's labels, the total's labels.
    date: tuple[str, ...]
    total: tuple[str, ...]
    #: The other numbers' labels: customer, buyer's order, supplier, delivery note.
    customer: tuple[str, ...]
    order: tuple[str, ...]
    supplier: tuple[str, ...]
    delivery: tuple[str, ...]
    #: "Phone", and "Page 1 of 1" as printed.
    phone: str
    page: str
    #: A sentence asking the payer to quote the invoice's number: ``{n}`` the number.
    quote_it: tuple[str, ...]
    #: The invoice a credit note credits: "Original invoice".
    original: str


_EN_TITLES = {
    "invoice": ("INVOICE", "Invoice", "Tax Invoice"),
    "bill": ("Bill", "BILL"),
    "credit": ("CREDIT NOTE", "Credit Note", "Credit Memo"),
    "po": ("PURCHASE ORDER", "Purchase Order"),
    "confirm": ("ORDER CONFIRMATION", "Sales Order Confirmation", "Order Acknowledgement"),
    "quote": ("QUOTATION", "Quote", "Estimate"),
    "statement": ("STATEMENT", "Statement of Account"),
    "receipt": ("RECEIPT", "Sales Receipt", "Payment Receipt"),
}
_EN_LABELS = {
    "invoice": ("Invoice No.", "Invoice #", "Invoice Number", "Inv. No.", "Doc. No.",
                "Document No.", "Invoice no:"),
    "bill": ("Bill No.", "Bill Number", "Invoice No."),
    "credit": ("Credit Note No.", "Credit Note #", "Credit Memo No.", "Credit No."),
    "po": ("PO No.", "PO Number", "Purchase Order No.", "P.O. #", "Order No."),
    "confirm": ("Order Confirmation No.", "Sales Order No.", "Confirmation No.", "SO #"),
    "quote": ("Quote No.", "Quotation No.", "Estimate #", "Quote #"),
    "statement": ("Statement No.", "Statement #"),
    "receipt": ("Receipt No.", "Receipt #", "Receipt Number"),
}  # fmt: skip


def _english(total: tuple[str, ...], order: tuple[str, ...]) -> Words:
    """America's and Britain's words: the same papers, their own totals and order labels."""
    return Words(
        titles=_EN_TITLES, labels=_EN_LABELS, total=total, order=order,
        date=("Date", "Invoice Date", "Date of issue", "Issue date"),
        customer=("Customer No.", "Account No.", "Customer ID"),
        supplier=("Supplier No.", "Vendor ID"),
        delivery=("Delivery Note No.", "Packing Slip #"),
        phone="Phone", page="Page 1 of 1",
        quote_it=("Please quote invoice {n} with your payment.",
                  "Please quote invoice number {n} when paying."),
        original="Original invoice",
    )  # fmt: skip


WORDS: dict[str, Words] = {
    "en-US": _english(("Total", "Amount Due", "Total Due"),
                      ("Your PO No.", "P.O. Number", "Customer PO")),
    "en-GB": _english(("Total", "Amount Due", "Total (GBP)"),
                      ("Your Order No.", "Your Ref.", "Order Ref.")),
    "de": Words(
        titles={"invoice": ("Rechnung", "RECHNUNG"), "bill": ("Rechnung",),
                "credit": ("Gutschrift",), "po": ("Bestellung",),
                "confirm": ("Auftragsbestätigung",), "quote": ("Angebot",),
                "statement": ("Kontoauszug",), "receipt": ("Quittung",)},
        labels={"invoice": ("Rechnungs-Nr.", "Rechnungsnummer", "Rechnung Nr.", "Beleg-Nr.",
                            "Belegnummer", "Re.-Nr."),
                "bill": ("Rechnungsnummer", "Rechnungs-Nr."),
                "credit": ("Gutschrift-Nr.", "Gutschriftsnummer", "Gutschrift Nr."),
                "po": ("Bestellnummer", "Bestell-Nr.", "Bestellung Nr."),
                "confirm": ("Auftragsbestätigung Nr.", "AB-Nr.", "Auftrags-Nr."),
                "quote": ("Angebot Nr.", "Angebotsnummer", "Angebots-Nr."),
                "statement": ("Kontoauszug Nr.", "Auszug Nr."),
                "receipt": ("Quittung Nr.", "Beleg-Nr.", "Quittungsnummer")},
        date=("Datum", "Rechnungsdatum", "Belegdatum"),
        total=("Gesamtbetrag", "Rechnungsbetrag", "Summe brutto"),
        customer=("Kundennummer", "Kunden-Nr.", "Kd.-Nr."),
        order=("Ihre Bestellung", "Ihre Bestell-Nr.", "Ihr Zeichen"),
        supplier=("Lieferantennummer", "Lieferanten-Nr."),
        delivery=("Lieferschein-Nr.", "Lieferscheinnummer"),
        phone="Telefon", page="Seite 1 von 1",
        quote_it=("Bitte geben Sie bei Zahlung die Rechnungsnummer {n} an.",),
        original="Zur Rechnung",
    ),
    "fr": Words(
        titles={"invoice": ("FACTURE", "Facture"), "bill": ("Facture",), "credit": ("Avoir",),
                "po": ("Bon de commande",), "confirm": ("Confirmation de commande",),
                "quote": ("Devis",), "statement": ("Relevé de compte",), "receipt": ("Reçu",)},
        labels={"invoice": ("N° de facture", "Facture N°", "Numéro de facture", "Facture n°",
                            "N° facture"),
                "bill": ("N° de facture", "Numéro de facture"),
                "credit": ("Avoir N°", "N° d'avoir", "Numéro d'avoir"),
                "po": ("Bon de commande N°", "N° de commande", "Commande N°"),
                "confirm": ("Confirmation de commande N°", "N° de confirmation"),
                "quote": ("Devis N°", "N° de devis"),
                "statement": ("Relevé N°", "Relevé de compte N°"),
                "receipt": ("Reçu N°", "N° de reçu")},
        date=("Date", "Date de facture", "Date d'émission"),
        total=("Total TTC", "Net à payer", "Montant TTC"),
        customer=("N° client", "Code client", "Réf. client"),
        order=("Votre commande", "Réf. commande", "Votre référence"),
        supplier=("N° fournisseur", "Code fournisseur"),
        delivery=("N° de bon de livraison", "BL N°"),
        phone="Tél.", page="Page 1/1",
        quote_it=("Merci de rappeler le numéro de facture {n} lors de votre règlement.",),
        original="Facture d'origine",
    ),
    "nl": Words(
        titles={"invoice": ("FACTUUR", "Factuur"), "bill": ("Factuur",),
                "credit": ("Creditnota", "Creditfactuur"), "po": ("Inkooporder", "Bestelling"),
                "confirm": ("Orderbevestiging",), "quote": ("Offerte",),
                "statement": ("Rekeningoverzicht",), "receipt": ("Kwitantie",)},
        labels={"invoice": ("Factuurnummer", "Factuurnr.", "Factuur nr."),
                "bill": ("Factuurnummer", "Factuurnr."),
                "credit": ("Creditnotanummer", "Creditnota nr.", "Creditfactuur nr."),
                "po": ("Inkoopordernummer", "Bestelnummer", "Inkooporder nr."),
                "confirm": ("Orderbevestiging nr.", "Ordernummer"),
                "quote": ("Offertenummer", "Offerte nr."),
                "statement": ("Overzicht nr.", "Rekeningoverzicht nr."),
                "receipt": ("Kwitantie nr.", "Kwitantienummer")},
        date=("Datum", "Factuurdatum"), total=("Totaal", "Te betalen", "Totaal incl. btw"),
        customer=("Klantnummer", "Debiteurnummer", "Klantnr."),
        order=("Uw ordernummer", "Uw referentie", "Uw kenmerk"),
        supplier=("Leveranciersnummer", "Crediteurnummer"),
        delivery=("Pakbonnummer", "Afleverbon nr."),
        phone="Tel.", page="Pagina 1 van 1",
        quote_it=("Vermeld bij betaling het factuurnummer {n}.",),
        original="Betreft factuur",
    ),
    "es": Words(
        titles={"invoice": ("FACTURA", "Factura"), "bill": ("Factura",),
                "credit": ("Factura rectificativa", "Abono"),
                "po": ("Pedido", "Orden de compra"), "confirm": ("Confirmación de pedido",),
                "quote": ("Presupuesto",), "statement": ("Extracto de cuenta",),
                "receipt": ("Recibo",)},
        labels={"invoice": ("Nº Factura", "Número de factura", "Factura Nº", "Factura n.º",
                            "Nº de factura"),
                "bill": ("Nº Factura", "Número de factura"),
                "credit": ("Factura rectificativa Nº", "Nº Abono"),
                "po": ("Pedido Nº", "Nº de pedido", "Orden de compra Nº"),
                "confirm": ("Confirmación de pedido Nº", "Nº de confirmación"),
                "quote": ("Presupuesto Nº", "Nº de presupuesto"),
                "statement": ("Extracto Nº",), "receipt": ("Recibo Nº", "Nº de recibo")},
        date=("Fecha", "Fecha de emisión", "Fecha factura"),
        total=("Total", "Total factura", "Total a pagar"),
        customer=("Nº Cliente", "Código cliente", "Cliente Nº"),
        order=("Su pedido", "Su referencia", "Ref. pedido"),
        supplier=("Nº Proveedor", "Código proveedor"),
        delivery=("Albarán Nº", "Nº albarán"),
        phone="Tel.", page="Página 1 de 1",
        quote_it=("Indique el número de factura {n} al realizar el pago.",),
        original="Factura original",
    ),
    "it": Words(
        titles={"invoice": ("FATTURA", "Fattura"), "bill": ("Fattura",),
                "credit": ("Nota di credito",), "po": ("Ordine d'acquisto", "Ordine"),
                "confirm": ("Conferma d'ordine",), "quote": ("Preventivo", "Offerta"),
                "statement": ("Estratto conto",), "receipt": ("Ricevuta",)},
        labels={"invoice": ("Fattura n.", "Fattura N.", "Numero fattura", "N. fattura",
                            "Documento n."),
                "bill": ("Fattura n.", "Numero fattura"),
                "credit": ("Nota di credito n.", "N. nota di credito"),
                "po": ("Ordine n.", "Ordine d'acquisto n.", "Numero ordine"),
                "confirm": ("Conferma d'ordine n.", "Conferma n."),
                "quote": ("Preventivo n.", "Offerta n."),
                "statement": ("Estratto conto n.",), "receipt": ("Ricevuta n.",)},
        date=("Data", "Data fattura", "Data documento"),
        total=("Totale", "Totale documento", "Totale da pagare"),
        customer=("Codice cliente", "Cod. cliente"),
        order=("Vs. ordine n.", "Rif. ordine", "Vostro riferimento"),
        supplier=("Cod. fornitore", "Codice fornitore"),
        delivery=("DDT n.", "Documento di trasporto n."),
        phone="Tel.", page="Pagina 1 di 1",
        quote_it=("Si prega di indicare il numero di fattura {n} nel pagamento.",),
        original="Rif. fattura",
    ),
    "pt": Words(
        titles={"invoice": ("FATURA", "Fatura"), "bill": ("Fatura",),
                "credit": ("Nota de crédito",), "po": ("Nota de encomenda",),
                "confirm": ("Confirmação de encomenda",), "quote": ("Orçamento",),
                "statement": ("Extrato de conta",), "receipt": ("Recibo",)},
        labels={"invoice": ("Fatura n.º", "Fatura Nº", "Número da fatura", "N.º Fatura"),
                "bill": ("Fatura n.º", "Número da fatura"),
                "credit": ("Nota de crédito n.º", "N.º Nota de crédito"),
                "po": ("Nota de encomenda n.º", "Encomenda n.º"),
                "confirm": ("Confirmação de encomenda n.º",),
                "quote": ("Orçamento n.º", "Proposta n.º"),
                "statement": ("Extrato n.º",), "receipt": ("Recibo n.º", "Recibo Nº")},
        date=("Data", "Data de emissão", "Data da fatura"),
        total=("Total", "Total a pagar", "Total (EUR)"),
        customer=("N.º Cliente", "Cliente n.º", "Código de cliente"),
        order=("V/ Encomenda", "V/ Referência", "Requisição n.º"),
        supplier=("N.º Fornecedor",), delivery=("Guia de remessa n.º", "Guia n.º"),
        phone="Tel.", page="Página 1 de 1",
        quote_it=("Indique o número da fatura {n} no pagamento.",),
        original="Fatura de origem",
    ),
    "sv": Words(
        titles={"invoice": ("FAKTURA", "Faktura"), "bill": ("Faktura",),
                "credit": ("Kreditfaktura",), "po": ("Inköpsorder", "Beställning"),
                "confirm": ("Orderbekräftelse",), "quote": ("Offert",),
                "statement": ("Kontoutdrag",), "receipt": ("Kvitto",)},
        labels={"invoice": ("Fakturanr", "Fakturanummer", "Faktura nr", "Fakturanr."),
                "bill": ("Fakturanummer", "Fakturanr"),
                "credit": ("Kreditfaktura nr", "Kreditfakturanr"),
                "po": ("Beställningsnr", "Inköpsorder nr", "Ordernummer"),
                "confirm": ("Orderbekräftelse nr", "Ordernr"),
                "quote": ("Offert nr", "Offertnummer"), "statement": ("Kontoutdrag nr",),
                "receipt": ("Kvitto nr", "Kvittonummer")},
        date=("Datum", "Fakturadatum"), total=("Att betala", "Summa", "Totalt"),
        customer=("Kundnummer", "Kundnr"), order=("Er referens", "Ert ordernr"),
        supplier=("Leverantörsnr",), delivery=("Följesedel nr", "Följesedelsnr"),
        phone="Telefon", page="Sida 1 av 1",
        quote_it=("Ange fakturanummer {n} vid betalning.",),
        original="Avser faktura",
    ),
    "da": Words(
        titles={"invoice": ("FAKTURA", "Faktura"), "bill": ("Faktura",),
                "credit": ("Kreditnota",), "po": ("Indkøbsordre",),
                "confirm": ("Ordrebekræftelse",), "quote": ("Tilbud",),
                "statement": ("Kontoudtog",), "receipt": ("Kvittering",)},
        labels={"invoice": ("Fakturanr.", "Fakturanummer", "Faktura nr."),
                "bill": ("Fakturanr.", "Fakturanummer"),
                "credit": ("Kreditnota nr.", "Kreditnotanr."),
                "po": ("Ordrenr.", "Indkøbsordre nr.", "Bestillingsnr."),
                "confirm": ("Ordrebekræftelse nr.",), "quote": ("Tilbud nr.", "Tilbudsnr."),
                "statement": ("Kontoudtog nr.",), "receipt": ("Kvittering nr.",)},
        date=("Dato", "Fakturadato"), total=("I alt", "Total", "At betale"),
        customer=("Kundenr.", "Kundenummer"), order=("Deres ordrenr.", "Deres ref."),
        supplier=("Leverandørnr.",), delivery=("Følgeseddel nr.",),
        phone="Tlf.", page="Side 1 af 1",
        quote_it=("Angiv venligst fakturanummer {n} ved betaling.",),
        original="Vedr. faktura",
    ),
    "no": Words(
        titles={"invoice": ("FAKTURA", "Faktura"), "bill": ("Faktura",),
                "credit": ("Kreditnota",), "po": ("Innkjøpsordre", "Bestilling"),
                "confirm": ("Ordrebekreftelse",), "quote": ("Tilbud",),
                "statement": ("Kontoutskrift",), "receipt": ("Kvittering",)},
        labels={"invoice": ("Fakturanr.", "Fakturanummer", "Faktura nr."),
                "bill": ("Fakturanr.", "Fakturanummer"),
                "credit": ("Kreditnota nr.", "Kreditnotanr."),
                "po": ("Bestillingsnr.", "Innkjøpsordre nr.", "Ordrenr."),
                "confirm": ("Ordrebekreftelse nr.",), "quote": ("Tilbud nr.", "Tilbudsnr."),
                "statement": ("Kontoutskrift nr.",), "receipt": ("Kvittering nr.",)},
        date=("Dato", "Fakturadato"), total=("Å betale", "Sum", "Totalt"),
        customer=("Kundenr.", "Kundenummer"), order=("Deres ref.", "Deres ordrenr."),
        supplier=("Leverandørnr.",), delivery=("Følgeseddel nr.",),
        phone="Tlf.", page="Side 1 av 1",
        quote_it=("Oppgi fakturanummer {n} ved betaling.",),
        original="Gjelder faktura",
    ),
    "fi": Words(
        titles={"invoice": ("LASKU", "Lasku"), "bill": ("Lasku",),
                "credit": ("Hyvityslasku",), "po": ("Ostotilaus", "Tilaus"),
                "confirm": ("Tilausvahvistus",), "quote": ("Tarjous",),
                "statement": ("Tiliote",), "receipt": ("Kuitti",)},
        labels={"invoice": ("Laskun numero", "Laskunro", "Lasku nro", "Laskun nro"),
                "bill": ("Laskun numero", "Laskunro"),
                "credit": ("Hyvityslasku nro", "Hyvityslaskun numero"),
                "po": ("Tilausnumero", "Ostotilaus nro", "Tilaus nro"),
                "confirm": ("Tilausvahvistus nro",), "quote": ("Tarjous nro", "Tarjousnumero"),
                "statement": ("Tiliote nro",), "receipt": ("Kuitti nro", "Kuittinumero")},
        date=("Päivämäärä", "Laskun päiväys", "Laskun pvm"),
        total=("Yhteensä", "Maksettava", "Yhteensä EUR"),
        customer=("Asiakasnumero", "Asiakasnro"), order=("Viitteenne", "Tilausnumeronne"),
        supplier=("Toimittajanumero",), delivery=("Lähete nro", "Lähetenumero"),
        phone="Puh.", page="Sivu 1/1",
        quote_it=("Mainitse laskun numero {n} maksun yhteydessä.",),
        original="Hyvitettävä lasku",
    ),
    "pl": Words(
        titles={"invoice": ("FAKTURA VAT", "Faktura"), "bill": ("Faktura",),
                "credit": ("Faktura korygująca",), "po": ("Zamówienie",),
                "confirm": ("Potwierdzenie zamówienia",), "quote": ("Oferta",),
                "statement": ("Zestawienie należności",), "receipt": ("Pokwitowanie",)},
        labels={"invoice": ("Nr faktury", "Faktura VAT nr", "Faktura nr", "Numer faktury"),
                "bill": ("Nr faktury", "Numer faktury"),
                "credit": ("Faktura korygująca nr", "Korekta nr"),
                "po": ("Zamówienie nr", "Nr zamówienia"),
                "confirm": ("Potwierdzenie zamówienia nr",), "quote": ("Oferta nr", "Nr oferty"),
                "statement": ("Zestawienie nr",), "receipt": ("Pokwitowanie nr",)},
        date=("Data wystawienia", "Data"), total=("Razem", "Do zapłaty", "Razem brutto"),
        customer=("Nr klienta", "Numer klienta"), order=("Zamówienie klienta", "Wasz znak"),
        supplier=("Nr dostawcy",), delivery=("WZ nr", "Nr dokumentu WZ"),
        phone="Tel.", page="Strona 1 z 1",
        quote_it=("Prosimy o podanie numeru faktury {n} w tytule przelewu.",),
        original="Dotyczy faktury",
    ),
    "cs": Words(
        titles={"invoice": ("FAKTURA", "Faktura - daňový doklad"), "bill": ("Faktura",),
                "credit": ("Dobropis", "Opravný daňový doklad"), "po": ("Objednávka",),
                "confirm": ("Potvrzení objednávky",), "quote": ("Cenová nabídka", "Nabídka"),
                "statement": ("Výpis z účtu",), "receipt": ("Příjmový doklad",)},
        labels={"invoice": ("Číslo faktury", "Faktura č.", "Číslo dokladu", "Doklad č."),
                "bill": ("Číslo faktury", "Faktura č."),
                "credit": ("Dobropis č.", "Číslo dobropisu"),
                "po": ("Objednávka č.", "Číslo objednávky"),
                "confirm": ("Potvrzení objednávky č.",), "quote": ("Nabídka č.",),
                "statement": ("Výpis č.",), "receipt": ("Doklad č.", "Příjmový doklad č.")},
        date=("Datum vystavení", "Datum"), total=("Celkem", "Celkem k úhradě", "K úhradě"),
        customer=("Číslo zákazníka", "Zákazník č."), order=("Vaše objednávka č.", "Vaše značka"),
        supplier=("Číslo dodavatele",), delivery=("Dodací list č.",),
        phone="Tel.", page="Strana 1 z 1",
        quote_it=("Při platbě uveďte číslo faktury {n}.",),
        original="K faktuře",
    ),
}  # fmt: skip

__all__ = ["KIND_OF", "PAPERS", "WORDS", "Words"]
