"""The words of the arriving packets (:mod:`testbed.evaluation.arrival_packets`) in English,
German, French, Dutch, Spanish and Italian: how an invoice, a receipt, a statement, a letter, a
fax cover sheet, a claim form, a contract and its annex, and a seller's terms name their parts,
and how each language numbers its pages.

The vocabulary is this module's own (the analyzer's rules must not be written from it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from testbed.evaluation.figure_locale import Money, numeric, spelled

LANGUAGES = ("en", "de", "fr", "nl", "es", "it")


@dataclass(frozen=True, slots=True)
class Words:
    """One language's words for the documents of a packet."""

    invoice: str
    invoice_no: str
    invoice_date: str
    due: str
    columns: tuple[str, str, str, str]
    bill_to: str
    net: str
    vat: str
    total: str
    #: The invoice's next page says it continues ("Fortsetzung"), its page before that it goes
    #: on, with the sum carried and brought forward.
    continued: str
    goes_on: str
    carried: str
    brought: str
    #: Page numbering as this language's software prints it ({n} of {m}).
    pages: tuple[str, ...]
    salutation: str
    closing: str
    regarding: str
    enclosed: str
    body: tuple[str, str]
    fax: str
    fax_to: str
    fax_from: str
    fax_date: str
    fax_pages: str
    fax_note: str
    thanks: str
    receipt_no: str
    receipt_total: str
    paid: str
    statement: str
    account: str
    statement_date: str
    opening: str
    closing_balance: str
    amount_due: str
    slip: str
    slip_note: str
    terms: str
    clauses: tuple[str, str, str]
    claim_form: str
    policy: str
    claim_no: str
    loss_date: str
    claimed: str
    signed: str
    contract: str
    contract_clauses: tuple[str, str, str]
    annex: str
    blank: str


WORDS: dict[str, Words] = {
    "en": Words(
        "INVOICE", "Invoice no.", "Invoice date", "Payment due", ("Description", "Qty",
        "Unit price", "Amount"), "Bill to", "Subtotal", "VAT 20%", "Total due", "continued",
        "Continued on next page", "Carried forward", "Brought forward",
        ("Page {n} of {m}", "Page {n}/{m}", "p. {n} of {m}", "{n}/{m}", "- {n} -"),
        "Dear {title} {name},", "Yours sincerely,", "Re:", "Enclosures:",
        ("Please find enclosed the documents for the claim we discussed on the phone.",
         "We would be grateful if you could settle the claim at your earliest convenience."),
        "FAX", "To:", "From:", "Date:", "Pages (including this one):",
        "If you do not receive all pages, please call us.", "Thank you for shopping with us",
        "Receipt no.", "TOTAL", "Paid by card", "Statement of account", "Account no.",
        "Statement date", "Balance brought forward", "Balance now due", "Amount due",
        "REMITTANCE SLIP", "Please detach and return this slip with your payment.",
        "Terms and Conditions of Sale",
        ("1. Our prices are net of bank charges; payment is due as stated on the invoice.",
         "2. Goods remain our property until paid in full.",
         "3. Claims for defects must be made in writing within 8 days of delivery."),
        "CLAIM FORM", "Policy number", "Claim number", "Date of loss", "Amount claimed",
        "Signed",
        "SERVICE AGREEMENT",
        ("1. The Provider shall maintain the Client's systems as described in Annex 1.",
         "2. The Client shall pay the fees in Annex 1 within 30 days of each invoice.",
         "3. Either party may terminate this agreement on three months' written notice."),
        "Annex 1 - Price schedule", "This page intentionally left blank",
    ),
    "de": Words(
        "RECHNUNG", "Rechnungsnummer", "Rechnungsdatum", "Zahlbar bis", ("Bezeichnung",
        "Menge", "Einzelpreis", "Betrag"), "Rechnungsempfänger", "Zwischensumme", "MwSt. 19%",
        "Gesamtbetrag", "Fortsetzung", "Fortsetzung auf Seite {n}", "Übertrag", "Übertrag",
        ("Seite {n} von {m}", "Seite {n}/{m}", "Blatt {n}", "S. {n} von {m}", "{n}/{m}"),
        "Sehr geehrte{title} {name},", "Mit freundlichen Grüßen", "Betreff:", "Anlagen:",
        ("anbei erhalten Sie die Unterlagen zu unserem Schadenfall.",
         "Wir bitten um Regulierung des Schadens und stehen für Rückfragen gern zur Verfügung."),
        "TELEFAX", "An:", "Von:", "Datum:", "Seiten (inkl. Deckblatt):",
        "Sollten Sie nicht alle Seiten erhalten haben, rufen Sie uns bitte an.",
        "Vielen Dank für Ihren Einkauf", "Bon-Nr.", "SUMME EUR", "Kartenzahlung",
        "Kontoauszug", "Kontonummer", "Auszugsdatum", "Saldovortrag", "Offener Betrag",
        "Offener Betrag", "ZAHLSCHEIN", "Bitte abtrennen und mit Ihrer Zahlung zurücksenden.",
        "Allgemeine Geschäftsbedingungen",
        ("1. Unsere Preise verstehen sich zuzüglich der gesetzlichen Mehrwertsteuer.",
         "2. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
         "3. Mängel sind innerhalb von 8 Tagen nach Lieferung schriftlich anzuzeigen."),
        "SCHADENMELDUNG", "Versicherungsschein-Nr.", "Schaden-Nr.", "Schadentag",
        "Schadenhöhe", "Unterschrift",
        "DIENSTLEISTUNGSVERTRAG",
        ("§ 1 Der Auftragnehmer wartet die Systeme des Auftraggebers gemäß Anlage 1.",
         "§ 2 Der Auftraggeber zahlt die Vergütung nach Anlage 1 binnen 30 Tagen.",
         "§ 3 Der Vertrag kann mit einer Frist von drei Monaten gekündigt werden."),
        "Anlage 1 - Preisliste", "Diese Seite bleibt absichtlich leer",
    ),
    "fr": Words(
        "FACTURE", "Facture n°", "Date de facture", "Échéance", ("Désignation", "Qté",
        "Prix unitaire", "Montant"), "Client", "Total HT", "TVA 20%", "Total TTC", "suite",
        "Suite page {n}", "À reporter", "Report",
        ("Page {n} sur {m}", "Page {n}/{m}", "{n}/{m}", "Pg {n}/{m}", "- {n} -"),
        "{title},", "Veuillez agréer nos salutations distinguées.", "Objet :",
        "Pièces jointes :",
        ("Veuillez trouver ci-joint les pièces relatives à notre sinistre.",
         "Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais."),
        "TÉLÉCOPIE", "À :", "De :", "Date :", "Nombre de pages (y compris celle-ci) :",
        "En cas de mauvaise réception, merci de nous rappeler.", "Merci de votre visite",
        "Ticket n°", "TOTAL", "Payé par carte", "Relevé de compte", "N° de compte",
        "Date du relevé", "Solde précédent", "Solde à payer", "Montant dû",
        "TALON DE PAIEMENT", "À détacher et à retourner avec votre règlement.",
        "Conditions générales de vente",
        ("1. Nos prix s'entendent hors taxes, départ entrepôt.",
         "2. Les marchandises restent notre propriété jusqu'au paiement intégral.",
         "3. Toute réclamation doit être faite par écrit sous huit jours."),
        "DÉCLARATION DE SINISTRE", "N° de contrat", "N° de sinistre", "Date du sinistre",
        "Montant réclamé", "Signature",
        "CONTRAT DE PRESTATION DE SERVICES",
        ("Article 1 - Le Prestataire assure la maintenance décrite à l'annexe 1.",
         "Article 2 - Le Client règle les honoraires de l'annexe 1 à 30 jours.",
         "Article 3 - Le contrat peut être résilié avec un préavis de trois mois."),
        "Annexe 1 - Grille tarifaire", "Page laissée blanche intentionnellement",
    ),
    "nl": Words(
        "FACTUUR", "Factuurnummer", "Factuurdatum", "Vervaldatum", ("Omschrijving", "Aantal",
        "Prijs", "Bedrag"), "Factuuradres", "Subtotaal", "BTW 21%", "Totaal te betalen",
        "vervolg", "Zie volgende pagina", "Transport", "Transport",
        ("Pagina {n} van {m}", "Blad {n} van {m}", "{n}/{m}", "pag. {n}/{m}"),
        "Geachte {title} {name},", "Met vriendelijke groet,", "Betreft:", "Bijlagen:",
        ("Hierbij ontvangt u de stukken voor onze schadeclaim.",
         "Wij verzoeken u vriendelijk de schade zo spoedig mogelijk te vergoeden."),
        "FAX", "Aan:", "Van:", "Datum:", "Aantal pagina's (incl. voorblad):",
        "Bel ons als u niet alle pagina's heeft ontvangen.", "Bedankt voor uw bezoek",
        "Bonnr.", "TOTAAL", "Pinbetaling", "Rekeningoverzicht", "Klantnummer", "Datum overzicht",
        "Vorig saldo", "Openstaand saldo", "Te betalen", "ACCEPTGIRO",
        "Afknippen en meesturen met uw betaling.", "Algemene voorwaarden",
        ("1. Alle prijzen zijn exclusief BTW.",
         "2. Geleverde goederen blijven ons eigendom tot volledige betaling.",
         "3. Klachten dienen binnen acht dagen schriftelijk te worden gemeld."),
        "SCHADEFORMULIER", "Polisnummer", "Schadenummer", "Schadedatum", "Geclaimd bedrag",
        "Handtekening",
        "DIENSTVERLENINGSOVEREENKOMST",
        ("Artikel 1 - Opdrachtnemer onderhoudt de systemen zoals beschreven in bijlage 1.",
         "Artikel 2 - Opdrachtgever betaalt de tarieven uit bijlage 1 binnen 30 dagen.",
         "Artikel 3 - Beide partijen kunnen opzeggen met drie maanden opzegtermijn."),
        "Bijlage 1 - Tarieven", "Deze pagina is opzettelijk leeg gelaten",
    ),
    "es": Words(
        "FACTURA", "Factura n.º", "Fecha de factura", "Vencimiento", ("Descripción", "Cant.",
        "Precio unitario", "Importe"), "Cliente", "Base imponible", "IVA 21%",
        "Total factura", "continuación", "Continúa en la página siguiente", "Suma y sigue",
        "Suma anterior",
        ("Página {n} de {m}", "Pág. {n}/{m}", "Hoja {n} de {m}", "{n}/{m}"),
        "Estimad{title} {name}:", "Atentamente,", "Asunto:", "Anexos:",
        ("Adjuntamos la documentación correspondiente a nuestro siniestro.",
         "Les rogamos procedan a la liquidación del siniestro a la mayor brevedad."),
        "FAX", "Para:", "De:", "Fecha:", "N.º de páginas (incl. portada):",
        "Si no recibe todas las páginas, llámenos por favor.", "Gracias por su visita",
        "Ticket n.º", "TOTAL", "Pago con tarjeta", "Extracto de cuenta", "N.º de cliente",
        "Fecha del extracto", "Saldo anterior", "Saldo pendiente", "Importe a pagar",
        "TALÓN DE PAGO", "Recorte y devuelva este talón con su pago.",
        "Condiciones generales de venta",
        ("1. Los precios no incluyen el IVA.",
         "2. La mercancía es propiedad del vendedor hasta su pago completo.",
         "3. Las reclamaciones deben presentarse por escrito en ocho días."),
        "PARTE DE SINIESTRO", "N.º de póliza", "N.º de siniestro", "Fecha del siniestro",
        "Importe reclamado", "Firma",
        "CONTRATO DE PRESTACIÓN DE SERVICIOS",
        ("Primera. El Proveedor mantendrá los sistemas del Cliente según el Anexo I.",
         "Segunda. El Cliente abonará las tarifas del Anexo I en un plazo de 30 días.",
         "Tercera. Cualquiera de las partes podrá resolver el contrato con tres meses de aviso."),
        "Anexo I - Tarifas", "Página dejada en blanco intencionadamente",
    ),
    "it": Words(
        "FATTURA", "Fattura n.", "Data fattura", "Scadenza", ("Descrizione", "Q.tà",
        "Prezzo unitario", "Importo"), "Destinatario", "Imponibile", "IVA 22%",
        "Totale fattura", "segue", "Segue alla pagina successiva", "A riportare", "Riporto",
        ("Pagina {n} di {m}", "Pag. {n}/{m}", "Foglio {n} di {m}", "{n}/{m}"),
        "Gentile {title} {name},", "Cordiali saluti", "Oggetto:", "Allegati:",
        ("In allegato trasmettiamo la documentazione relativa al sinistro.",
         "Vi preghiamo di provvedere alla liquidazione del danno quanto prima."),
        "FAX", "A:", "Da:", "Data:", "Pagine (compresa la presente):",
        "In caso di ricezione incompleta, vi preghiamo di contattarci.", "Grazie e arrivederci",
        "Scontrino n.", "TOTALE", "Pagamento con carta", "Estratto conto", "Codice cliente",
        "Data estratto", "Saldo precedente", "Saldo da pagare", "Importo dovuto",
        "BOLLETTINO DI PAGAMENTO", "Staccare e restituire insieme al pagamento.",
        "Condizioni generali di vendita",
        ("1. I prezzi si intendono IVA esclusa.",
         "2. La merce resta di nostra proprietà fino al completo pagamento.",
         "3. Eventuali reclami vanno presentati per iscritto entro otto giorni."),
        "DENUNCIA DI SINISTRO", "N. polizza", "N. sinistro", "Data del sinistro",
        "Importo richiesto", "Firma",
        "CONTRATTO DI SERVIZI",
        ("Art. 1 - Il Fornitore cura la manutenzione dei sistemi secondo l'Allegato A.",
         "Art. 2 - Il Cliente paga i corrispettivi dell'Allegato A entro 30 giorni.",
         "Art. 3 - Ciascuna parte può recedere con un preavviso di tre mesi."),
        "Allegato A - Listino prezzi", "Pagina lasciata intenzionalmente bianca",
    ),
}  # fmt: skip

#: How each language writes its money: a pattern per country's software.
MONEY: dict[str, tuple[Money, ...]] = {
    "en": (Money("GBP", "£{n}"), Money("EUR", "€{n}"), Money("USD", "${n}")),
    "de": (Money("EUR", "{n} €", ",", "."), Money("EUR", "{n} EUR", ",", ".")),
    "fr": (Money("EUR", "{n} €", ",", " "), Money("EUR", "{n} EUR", ",", ".")),
    "nl": (Money("EUR", "€ {n}", ",", "."), Money("EUR", "EUR {n}", ",", ".")),
    "es": (Money("EUR", "{n} €", ",", "."), Money("EUR", "{n} EUR", ",", ".")),
    "it": (Money("EUR", "€ {n}", ",", "."), Money("EUR", "{n} EUR", ",", ".")),
}
#: The customer's number, which an invoice prints beside its own.
CUSTOMER_NO = {
    "en": "Customer no.", "de": "Kundennummer", "fr": "N° client", "nl": "Klantnummer",
    "es": "N.º de cliente", "it": "Codice cliente",
}  # fmt: skip
#: A salutation's courtesy title per language (the addressee is a woman or a man).
TITLES: dict[str, tuple[str, str]] = {
    "en": ("Ms", "Mr"), "de": (" Frau", "r Herr"), "fr": ("Madame", "Monsieur"),
    "nl": ("mevrouw", "heer"), "es": ("a Sra.", "o Sr."), "it": ("Sig.ra", "Sig."),
}  # fmt: skip


def date_text(day: dt.date, lang: str, style: int) -> str:
    """``day`` as a document in ``lang`` prints it: in digits or in words (``style`` picks)."""
    digits = {"en": "abbr", "de": "dot", "fr": "eu", "nl": "dash", "es": "eu", "it": "eu"}[lang]
    return numeric(day, digits) if style % 2 == 0 else spelled(day, lang)


def page_mark(words: Words, style: int, n: int, m: int) -> str:
    """Page ``n`` of ``m`` worded in one of the language's styles."""
    return words.pages[style % len(words.pages)].format(n=n, m=m)
