"""The words of the item tables of :mod:`testbed.evaluation.variety_tables`: column headers
by role in six languages (``|`` splits a header printed over two lines), units of measure,
the labels of sums, sub-totals and carried-forward lines, goods and services, and firms."""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "nl", "it")

HEADS: dict[str, dict[str, tuple[str, ...]]] = {
    "pos": {
        "en": ("#", "Line", "Pos."),
        "de": ("Pos.", "Pos"),
        "fr": ("N°", "Ligne"),
        "es": ("Nº", "Lín."),
        "nl": ("Nr.", "Regel"),
        "it": ("N.", "Riga"),
    },
    "sku": {
        "en": ("SKU", "Item code", "Part No.", "Article no.", "Catalog #", "Material"),
        "de": ("Art.-Nr.", "Artikelnummer", "Material"),
        "fr": ("Réf.", "Code article"),
        "es": ("Referencia", "Código"),
        "nl": ("Artikelnr.", "Artikelcode"),
        "it": ("Codice", "Cod. art."),
    },
    "desc": {
        "en": ("Description", "Item description", "Product / Service", "Particulars"),
        "de": ("Bezeichnung", "Artikelbezeichnung", "Beschreibung", "Leistung"),
        "fr": ("Désignation", "Libellé"),
        "es": ("Descripción", "Concepto"),
        "nl": ("Omschrijving", "Beschrijving"),
        "it": ("Descrizione", "Articolo"),
    },
    "qty": {
        "en": ("Qty", "Quantity", "Qty|shipped", "Qty|ordered"),
        "de": ("Menge", "Anzahl"),
        "fr": ("Qté", "Quantité"),
        "es": ("Cantidad", "Cant.", "Uds."),
        "nl": ("Aantal", "Aant."),
        "it": ("Quantità", "Q.tà"),
    },
    "uom": {
        "en": ("Unit", "UoM", "U/M"),
        "de": ("Einheit", "ME"),
        "fr": ("Unité", "U."),
        "es": ("Unidad", "Ud."),
        "nl": ("Eenheid",),
        "it": ("U.M.", "Unità"),
    },
    "unit": {
        "en": ("Unit price", "Unit|price", "Price|each", "Unit|cost", "Price per unit"),
        "de": ("Einzelpreis", "Einzel-|preis", "Preis/Einheit", "Stückpreis"),
        "fr": ("Prix unitaire", "Prix|unitaire", "P.U. HT"),
        "es": ("Precio unitario", "Precio|unitario", "P. unit."),
        "nl": ("Stuksprijs", "Prijs per|eenheid", "Eenheidsprijs"),
        "it": ("Prezzo unitario", "Prezzo|unitario", "Prezzo unit."),
    },
    "disc": {
        "en": ("Disc. %", "Discount", "Disc.|%"),
        "de": ("Rabatt", "Rabatt %"),
        "fr": ("Remise", "Remise %"),
        "es": ("Dto.", "Dto. %"),
        "nl": ("Korting", "Korting %"),
        "it": ("Sconto", "Sc. %"),
    },
    "amount": {
        "en": ("Amount", "Net amount", "Net|amount", "Line|total", "Extended|price"),
        "de": ("Gesamtpreis", "Betrag", "Netto", "Netto-|betrag"),
        "fr": ("Montant HT", "Total HT", "Montant|HT"),
        "es": ("Importe", "Base imponible"),
        "nl": ("Bedrag", "Bedrag|excl. btw"),
        "it": ("Importo", "Imponibile"),
    },
    "vat_rate": {
        "en": ("VAT %", "Tax rate", "VAT|rate"),
        "de": ("MwSt.", "USt. %"),
        "fr": ("TVA %", "Taux TVA"),
        "es": ("IVA %", "% IVA"),
        "nl": ("Btw %", "Btw-tarief"),
        "it": ("IVA %", "Aliquota"),
    },
    "vat": {
        "en": ("VAT", "VAT amount", "Tax|amount"),
        "de": ("MwSt.-Betrag", "Steuer"),
        "fr": ("TVA", "Montant TVA"),
        "es": ("Cuota IVA", "IVA"),
        "nl": ("Btw-bedrag", "Btw"),
        "it": ("Imposta", "IVA"),
    },
    "gross": {
        "en": ("Gross", "Total incl. VAT", "Gross|amount"),
        "de": ("Brutto", "Bruttobetrag"),
        "fr": ("Total TTC", "Montant TTC"),
        "es": ("Total",),
        "nl": ("Totaal incl. btw",),
        "it": ("Totale",),
    },
    "date": {
        "en": ("Date", "Work date"),
        "de": ("Datum",),
        "fr": ("Date",),
        "es": ("Fecha",),
        "nl": ("Datum",),
        "it": ("Data",),
    },
    "hours": {
        "en": ("Hours", "Hrs", "Time (h)"),
        "de": ("Stunden", "Std."),
        "fr": ("Heures",),
        "es": ("Horas",),
        "nl": ("Uren",),
        "it": ("Ore",),
    },
    "rate": {
        "en": ("Rate", "Hourly rate", "Rate/h"),
        "de": ("Stundensatz",),
        "fr": ("Taux horaire",),
        "es": ("Tarifa",),
        "nl": ("Uurtarief",),
        "it": ("Tariffa oraria",),
    },
}
UNITS = {
    "en": ("pcs", "ea", "kg", "m", "box", "set", "pack", "l"),
    "de": ("Stk.", "St.", "kg", "m", "Pck.", "l", "Psch."),
    "fr": ("pce", "u.", "kg", "m", "lot"),
    "es": ("ud.", "uds.", "kg", "m", "caja"),
    "nl": ("st.", "stuks", "kg", "m", "doos"),
    "it": ("pz", "pz.", "kg", "m", "cf"),
}
HOUR_UNITS = {"en": "h", "de": "Std.", "fr": "h", "es": "h", "nl": "uur", "it": "ore"}
#: (subtotal, tax, total) labels; "{rate}" is the tax rate.
SUMS = {
    "en": (
        ("Subtotal", "Net total", "Total excl. VAT"),
        ("VAT {rate}%", "Tax ({rate}%)"),
        ("Total due", "Invoice total", "Total", "Amount due"),
    ),
    "de": (
        ("Zwischensumme", "Nettobetrag", "Summe netto"),
        ("zzgl. MwSt. {rate} %", "USt. {rate}%"),
        ("Rechnungsbetrag", "Gesamtbetrag", "Endbetrag"),
    ),
    "fr": (("Total HT", "Sous-total"), ("TVA {rate} %",), ("Total TTC", "Net à payer")),
    "es": (("Base imponible", "Subtotal"), ("IVA {rate}%",), ("Total factura", "Total a pagar")),
    "nl": (("Subtotaal", "Totaal excl. btw"), ("Btw {rate}%",), ("Totaal te betalen", "Totaal")),
    "it": (
        ("Imponibile", "Totale imponibile"),
        ("IVA {rate}%",),
        ("Totale documento", "Totale fattura"),
    ),
}
#: A group's sub-total: "{group}" is its heading.
GROUP_SUMS = {
    "en": ("Subtotal {group}", "Total {group}", "{group} subtotal"),
    "de": ("Summe {group}", "Zwischensumme {group}"),
    "fr": ("Sous-total {group}",),
    "es": ("Subtotal {group}", "Suma {group}"),
    "nl": ("Subtotaal {group}",),
    "it": ("Totale {group}", "Subtotale {group}"),
}
#: (foot of a page, head of the next) for the sum carried over a page break.
CARRIES = {
    "en": (
        ("Carried forward", "Brought forward"),
        ("Balance c/f", "Balance b/f"),
        ("Continued", "Continued from page 1"),
    ),
    "de": (("Übertrag", "Übertrag"), ("Zwischensumme Seite 1", "Übertrag von Seite 1")),
    "fr": (("À reporter", "Report"),),
    "es": (("Suma y sigue", "Suma anterior"),),
    "nl": (("Transport", "Transport"),),
    "it": (("A riportare", "Riporto"),),
}
GROUPS = {
    "en": ("Hardware", "Labour", "Materials", "Consumables", "Services", "Shipping"),
    "de": ("Material", "Arbeitsleistung", "Zubehör", "Montage"),
    "fr": ("Fournitures", "Main-d'œuvre", "Prestations"),
    "es": ("Materiales", "Mano de obra", "Servicios"),
    "nl": ("Materiaal", "Arbeid", "Diensten"),
    "it": ("Materiali", "Manodopera", "Servizi"),
}
TITLES = {
    "invoice": {
        "en": ("INVOICE", "Tax Invoice", "Invoice"),
        "de": ("Rechnung",),
        "fr": ("FACTURE",),
        "es": ("FACTURA",),
        "nl": ("FACTUUR",),
        "it": ("FATTURA",),
    },
    "purchase_order": {
        "en": ("PURCHASE ORDER", "Purchase Order"),
        "de": ("Bestellung",),
        "fr": ("BON DE COMMANDE",),
        "es": ("PEDIDO DE COMPRA",),
        "nl": ("INKOOPORDER",),
        "it": ("ORDINE DI ACQUISTO",),
    },
}
META = {  # (number, date, due / delivery) labels
    "en": ("Invoice no.", "Invoice date", "Due date"),
    "de": ("Rechnungs-Nr.", "Rechnungsdatum", "Fällig am"),
    "fr": ("N° de facture", "Date", "Échéance"),
    "es": ("Nº factura", "Fecha", "Vencimiento"),
    "nl": ("Factuurnummer", "Factuurdatum", "Vervaldatum"),
    "it": ("Fattura n.", "Data", "Scadenza"),
}
ORDER_META = {
    "en": ("PO number", "Order date", "Delivery date"),
    "de": ("Bestell-Nr.", "Bestelldatum", "Liefertermin"),
    "fr": ("N° de commande", "Date", "Livraison"),
    "es": ("Nº pedido", "Fecha", "Entrega"),
    "nl": ("Ordernummer", "Orderdatum", "Leverdatum"),
    "it": ("Ordine n.", "Data", "Consegna"),
}
BILL_TO = {
    "en": "Bill to",
    "de": "Rechnungsempfänger",
    "fr": "Facturé à",
    "es": "Cliente",
    "nl": "Factuuradres",
    "it": "Spett.le",
}
SUPPLIER = {
    "en": "Supplier",
    "de": "Lieferant",
    "fr": "Fournisseur",
    "es": "Proveedor",
    "nl": "Leverancier",
    "it": "Fornitore",
}
#: Goods whose names wrap in a narrow column, and their unit prices.
GOODS = (
    ("Nitrile examination gloves, powder-free, size M (box of 100)", 8.9),
    ("Hydraulic hose assembly DN12, 2-wire braid, 1.5 m with JIC fittings", 46.2),
    ("Stainless steel gastronorm pan GN 1/1, 65 mm deep", 23.75),
    ("Pipette tips 200 µl, racked, sterile, low retention", 31.4),
    ("Galvanised post anchor 71 x 71 mm, bolt-down", 12.6),
    ("Thermal transfer ribbon 110 mm x 300 m, wax/resin", 9.35),
    ("Self-drilling screws 4.8 x 38 mm, zinc plated (pack of 250)", 17.1),
    ("Laminated floor panel, oak natural, 8 mm AC4 (2.22 m² per pack)", 27.9),
    ("Microfibre cleaning cloth 40 x 40 cm, blue", 1.15),
    ("Printed tri-fold brochure A4, 170 gsm gloss, full colour", 0.42),
    ("Rack-mount UPS 1500 VA, line-interactive, 2U", 489.0),
    ("Drip irrigation line 16 mm, 33 cm spacing, 100 m coil", 64.5),
    ("Safety boots S3, composite toe cap, size 43", 74.0),
    ("Recycled kraft mailer box 305 x 215 x 100 mm", 0.86),
    ("Polyethylene sheeting 200 µm, 4 x 25 m roll", 38.0),
    ("USB-C to HDMI adapter, 4K 60 Hz, aluminium housing", 19.99),
)
SERVICES = (
    ("Site survey and measurement, including travel within 30 km", 85.0),
    ("Configuration of firewall rules and VPN access for remote staff", 120.0),
    ("Copy editing and proofreading of annual report, chapters 1-4", 65.0),
    ("Emergency call-out, weekend rate", 140.0),
    ("Tree surgery: crown reduction of two mature oaks", 95.0),
    ("Bookkeeping and VAT return preparation", 58.0),
)
DEPOSITS = {
    "en": ("Pallet deposit", "Returnable crate deposit"),
    "de": ("Pfand Europalette", "Kistenpfand"),
    "fr": ("Consigne palette",),
    "es": ("Depósito palé",),
    "nl": ("Statiegeld krat",),
    "it": ("Cauzione pallet",),
}
RETURNS = {
    "en": ("Returned: ", "Credit for returned "),
    "de": ("Retoure: ", "Gutschrift "),
    "fr": ("Retour : ",),
    "es": ("Devolución: ",),
    "nl": ("Retour: ",),
    "it": ("Reso: ",),
}
VENDORS = (
    ("Holmgren Industrial Supply", "AB"),
    ("Brückner Haustechnik", "GmbH"),
    ("Atelier Verdier", "SARL"),
    ("Suministros Albacete", "S.L."),
    ("De Vries Installatie", "B.V."),
    ("Officine Rinaldi", "S.r.l."),
    ("Pemberton Lab Supplies", "Ltd"),
    ("Cobalt Ridge Systems", "Inc."),
)
CUSTOMERS = (
    ("Kestrel Hospitality Group", "Ltd"),
    ("Stadtwerke Lindau", "GmbH"),
    ("Clinique des Tilleuls", "SA"),
    ("Horizon Agro", "S.A."),
    ("Havenbedrijf Noord", "N.V."),
    ("Ferrovia Alpina", "S.p.A."),
    ("Bluefin Robotics", "LLC"),
)
