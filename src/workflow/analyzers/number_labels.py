"""What documents call their own numbers, in the languages the analyzer reads: the labels
("Invoice No.", "PO #", "Factuurnummer", "Nº Factura", "Fattura n.", "Vertragsnummer"), the
document type each label suits, and the labels that name another paper's number on a type (an
invoice's "PO #"). :mod:`workflow.analyzers.docnumbers` chooses among what they find."""

from __future__ import annotations

import re

from workflow.analyzers.numbering import OCR_NUMERO_SIGN

#: Labels that name a document's own number only on the types that prefer them: a letter's
#: "Ref: AB/123" or a ticket mentioned in a report is a reference, not its number.
WEAK_LABELS = frozenset({"ref", "reference", "ticket", "trip", "booking", "reservation", "folio",
                          "bill", "quittung", "beleg", "memo", "policy"})  # fmt: skip
#: A payment reminder's title, in the languages the analyzer reads: "Payment reminder",
#: "Betalningspåminnelse", "Betalingspåmindelse", "Purring", "Rykker", "Maksumuistutus",
#: "Upomnienie", "Wezwanie do zapłaty", "Upomínka", "Fizetési felszólítás", "Mahnung",
#: "Zahlungserinnerung", "Rappel", "Relance", "Sollecito", "Aanmaning", "Herinnering"; a
#: title's short line, no sentence's ("This is a friendly reminder that ...").
_REMINDER = re.compile(
    r"^[^\n.]{0,40}\b(?:payment\s+reminder|reminder|\w*p[åa]minnelse|\w*p[åa]mindelse|purring|rykker"
    r"|\w*muistutus|upomnienie|wezwanie\s+do\s+zap[łl]aty|upom[íi]nka|felsz[óo]l[íi]t[áa]s"
    r"|\w*mahnung|zahlungserinnerung|rappel|relance|sollecito|aanmaning|betalingsherinnering)\b"
    r"[^\n.]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)
#: Characters of a paper's head where a reminder's title stands.
_REMINDER_HEAD = 1500


def reminder(text: str) -> bool:
    """Whether ``text`` is a payment reminder: its head names it one."""
    return bool(_REMINDER.search(text[:_REMINDER_HEAD]))


#: Labels that name another document's number on a type: an invoice's "PO #" is the
#: customer's order it bills; a packing list's, a delivery note's or an order
#: acknowledgement's "Invoice ref" or "Your PO" is the invoice or the order it goes with.
_ORDERS = frozenset({"po", "p.o.", "p.o", "purchase order", "bestell", "pedido", "ordine"})
REFERENCES = {
    "invoice": _ORDERS,
    "other": _ORDERS | {"invoice", "inv", "rechnung", "rechnungs", "facture"},
}
#: Labels naming the agreement or the case a document refers to: an invoice's "Contract
#: reference: MSA-2025-014", a claim form's "Policy number", a bill's "Claim no." are never its
#: own number unless its type calls for them (a contract's, a claim form's).
OTHER_MATTERS = frozenset({"contract", "agreement", "policy", "claim"})
#: Labels that only say "a reference": any other preferred label beats them.
BARE_REFERENCE = frozenset({"ref", "reference"})
#: "Invoice No.", "PO #", "Receipt:", "Agreement No." ... and the document type each suits.
NUMBER_LABEL = re.compile(
    # A subscription's or a service's "Order Form Number" is the order form's own.
    # A pro-forma invoice's own: "Pro forma No.", "Proforma-Nr.", "Nº proforma".
    r"\b(?P<label>pro[-\s]?forma(?:[-\s]+(?:invoice|rechnung))?|invoice|inv|receipt|purchase\s+order|p\.?\s?o\.?|order\s+form|order"
    # A sales order's own: "SO #", "SO No.".
    r"|statement\s+of\s+account|statement|s\.?o\.?(?=[ \t]*(?:#|no\b))"
    r"|claim|bon|check"
    # Latin America's own: Chile's "Boleta electrónica N°", Colombia's "Factura electrónica de
    # venta No.", Peru's "Nota de crédito electrónica:", Mexico's "Serie y folio", Argentina's
    # "Comp. Nro" (comprobante); the Philippines' official receipt ("OR No."), Hong Kong's
    # statement of account ("SOA No."), a tax office's "Notice No.".
    r"|boleta(?:\s+electr[óo]nica)?|factura\s+electr[óo]nica(?:\s+de\s+venta)?"
    r"|nota\s+de\s+cr[ée]dito\s+electr[óo]nica|serie\s+y\s+folio|comp(?:robante)?(?=\.?[ \t]*nro)"
    r"|(?-i:OR|SOA)(?=[ \t]*(?:#|No\b))|notice(?=[ \t]*(?:#|no\b|number\b))"
    r"|agreement|contract|trans(?:action)?|txn|reference|document|credit\s+(?:note|memo)|memo"
    # A debit note's own: "Debit Note No. DN1057811" beside the "Orig. Invoice" it adds to.
    r"|debit\s+(?:note|memo)"
    # A supplier's order confirmation titled with its number: "Auftragsbestätigung 10008773".
    r"|auftragsbest(?:ä|ae|a)tigung|order\s+acknowledge?ment"
    r"|confirmation|rechnungs?|bestellung|bestell|beleg|facture|num[ée]ro\s+de\s+facture|trip|booking"
    # A credit note's or a correction's own number: "Credit # 1424", "Rechnungskorrektur-Nr.",
    # "Factura rectificativa N.º R-2026/071", "Nota di credito n.", "Creditnotanummer".
    r"|credit(?=[ \t]*(?:#|no\b|number\b))|rechnungskorrektur|korrekturrechnung|stornorechnung"
    r"|factura\s+rectificativa|nota\s+de\s+cr[ée]dito|nota\s+di\s+credito|creditnota"
    r"|reservation|ticket|folio|bill|ref|quittung"
    # A payment reminder's own reference: "Reminder ref.", "Påminnelse nr", "Rykker nr.",
    # "Purring nr.", "Muistutus nro", "Upomnienie nr", "Upomínka č.", "Mahnung Nr.".
    r"|reminder|p[åa]minnelse|p[åa]mindelse|purring|rykker|muistutus|upomnienie|upom[íi]nka"
    r"|mahnung"
    # Lithuania's invoice numbers its series and number: "Serija ir Nr. / Series and No.".
    r"|serija\s+ir|series\s+and"
    # A quotation titled with its number: "QUOTE Q-5526", "Angebot AN-2026-118", "Devis D-41".
    r"|quot(?:e|ation)|estimate|angebot|devis|offerte|presupuesto|preventivo|or[çc]amento|proposta"
    # The papers' names in the other languages a business prints in: receipts ("Reçu N°",
    # "Kvitto nr", "Kuitti"), orders and their confirmations ("Conferma d'ordine", "Bon de
    # commande", "Ordrebekræftelse", "Zamówienie"), quotes ("Tilbud", "Offert", "Tarjous",
    # "Nabídka"), credit notes ("Abono", "Kreditnota", "Hyvityslasku", "Dobropis") and
    # statements ("Kontoutdrag", "Tiliote", "Výpis z účtu").
    r"|re[çc]u|recibo|ricevuta|kwitantie|kvitto|kvittering|kuitti|pokwitowanie|paragon"
    r"|p[řr][íi]jmov[ýy]\s+doklad|(?:da[ňn]ov[ýy]\s+)?doklad"
    r"|conferma\s+d['\u2019]ordine|ordine\s+d['\u2019]acquisto|confirmation\s+de\s+commande"
    r"|bon\s+de\s+commande|confirmaci[óo]n\s+de\s+pedido|confirma[çc][ãa]o\s+de\s+encomenda"
    r"|nota\s+de\s+encomenda|encomenda|orderbevestiging|ordrebekr(?:æ|ae)ftelse"
    r"|ordrebekreftelse|orderbekr(?:ä|ae)ftelse|tilausvahvistus|potwierdzenie\s+zam[óo]wienia"
    r"|potvrzen[íi]\s+objedn[áa]vky|inn?kj[øo]psordre|indk[øo]bsordre|ink[öo]psorder"
    r"|ostotilaus|tilaus|zam[óo]wienie|objedn[áa]vka|bestillings?|best[äa]llnings?|ordre"
    r"|tilbuds?|offert|tarjous|oferta|cenov[áa]\s+nab[íi]dka|nab[íi]dka"
    r"|abono|kreditnota|kreditfaktura|hyvityslasku|dobropis|faktura\s+koryguj[ąa]ca|korekta"
    r"|kontoutdrag|kontoudtog|kontoutskrift|tiliote|v[ýy]pis(?:\s+z\s+[úu][čc]tu)?"
    r"|extrato(?:\s+de\s+conta)?|zestawienie"
    # The other languages' names of the same documents ("Factuurnummer", "Fattura n.",
    # "Avoir N°", "Vertragsnummer", "Afschriftnummer"), and "N° de facture", "Nº Factura".
    # Portugal's and Spain's simplified invoice, a till's: "Fatura Simplificada FS 099/21378".
    # Spain's abbreviates its name: "Fra. Simplificada: T9/859890".
    r"|fatura\s+simplificada|factura\s+simplificada|fra\.?\s+simplificada"
    # A French landlord's rent notice, "Avis d'échéance", numbers itself "Avis n°".
    r"|avis"
    # A Greek invoice prints its series and its number apart: "Σειρά: ΤΠΥ", "Αριθμός: 548".
    r"|αριθμ[όο]ς"
    r"|factuur|factura|fattura|faktura|laskun?|fatura|bolletta|avoir|gutschrifts?|vertrags?|contrat|contrato|contratto"
    # A Dutch supplier's statement of account, "Rekeningoverzicht", numbers its "Overzicht nr.".
    r"|afschrift|(?:rekening)?overzicht|auszugs?|kontoauszug|estratto\s+conto"
    r"|extracto(?:\s+de\s+cuenta)?"
    r"|relev[ée](?:\s+de\s+compte)?|pedido|commande|ordine|policy|police|polizza|p[óo]liza|polis"
    r"|schaden|schade|sinistre|siniestro|sinistro"
    # "N° de facture: 118", "Nº Factura A25/994" (NFKC reads "Nº" as "No"): the number
    # word comes first, and nothing need follow the document's name.
    # "N.º de siniestro" (NFKC reads "n.º" as "n.o"): a claim in Spanish, French, Italian.
    # Poland's and Czechia's: "Nr faktury", "Numer zamówienia", "Číslo faktury" (the genitive).
    r"|(?P<first>(?:n\.?[°ºo]\.?|n\.|num[ée]ro|n[úu]mero|nr|numer|[čc][íi]slo)\s*"
    r"(?:de\s+(?:la\s+)?|di\s+|del\s+|d'|da\s+|do\s+)?"
    r"(?:facture|factura|fattura|fatura|encomenda|pedido|commande|contrat|siniestro|sinistre|sinistro|documento"
    r"|document|avoir|recibo|re[çc]u|nota\s+de\s+cr[ée]dito|proforma|nota\s+di\s+credito"
    r"|abono|confirmaci[óo]n|faktury|zam[óo]wienia|oferty|dokladu|objedn[áa]vky|dobropisu)))\.?"
    # Its value after it, or alone on the next line under a label alone on its own.
    r"(?(first)(?=[ \t]*[:.]?[ \t]*(?:\n[ \t]*)?#?[A-Z0-9])|"
    # "Receipt: 0042", "Invoice: 775569", "Order confirmation PB2123103": no "No." needed.
    # A tax invoice's name in its language: "Faktura VAT nr", "Fattura IVA n.".
    # A contract's kind between its name and its number: "Contrat de maintenance n°".
    r"(?:(?:[ \t]+(?:vat|iva|tva|btw)|(?<=contrat)(?:[ \t]+d(?:e|u|es)[ \t]+[^\W\d_]{3,}){1,2})?"
    # A data file's key joins the words with "_": "invoice_no: 2026-020", "order_id". Czech
    # "č." also as OCR reads it off a scan: "¢.".
    r"[ \t_]*(?:#|no\.?|number|nummer|n[úu]mero|numero|num\.?|nro\.?|nr\.?|[č¢]\.|id|reference"
    r"|ref\.?"
    r"|n\.?[°º]|n\.o\b"
    rf"|{OCR_NUMERO_SIGN}"
    r"|n\.(?=\s*:?\s*[A-Z]{0,4}[-/]?\d)"
    # "Bolletta n." closing its line (a right-hand column's label): the value under it.
    r"|n\.(?=[ \t]*\n)"
    # ... or closing its cell in a band of labels ("Fattura N.  Vs. ordine n." over values).
    r"|n\.(?=\t|[ ]{2,}))"
    r"|-?nr\."
    # A bank statement's title and its own number, "Kontoauszug: 6/2026", or its cell in a band
    # of labels ("Kontoauszug  Blatt  Erstellt am" over "4/2026  1 von 1  04.05.2026").
    r"|(?<=auszug)(?=\s*:|\t|[ ]{2,})"
    r"|(?<=receipt|invoice|facture)(?=\s*:)|(?<=fatura)(?=\s*:)|(?<=αριθμός|αριθμοσ|αριθμος)(?=\s*:)|(?<=folio)(?=\s*:)|(?<=tr[óo]nica)(?=\s*:)|(?<=simplificada)(?=\s*:)|(?:(?<=ref)|(?<=ref\.)|(?<=reference))(?=\s*:)"
    r"|(?:(?<=confirmation)|(?<=txn)|(?<=ticket)|(?<=bestätigung)|(?<=bestaetigung)"
    r"|(?<=acknowledgement)|(?<=acknowledgment))(?=[ \t]+[A-Z]{0,4}[-/]?\d)"
    # A till's slip number: "Kasse 2  Bon 88030", "Beleg 53356  Bed. 02", "Trans 5761  Till 2".
    r"|(?:(?<=bon)|(?<=beleg)|(?<=trans)|(?<=transaction))(?=[ \t]+\d{2,}\b(?![.,/:]\d))"
    # ... or after a colon under the store's, register's and operator's ("Trans: 1474",
    # "Transaction: 0087", "Txn: 4342"): those counters and the card's AUTH are never it.
    r"|(?:(?<=trans)|(?<=transaction)|(?<=txn))(?=[ \t]*:[ \t]*#?\d{2,}\b(?![.,/:]\d))"
    # "Your order 176-6657922 is confirmed", "Invoice 2026-0042": a title and its number.
    # The other languages' titles too: "Facture FAC/2025/00311", "Rechnung 2026-118".
    r"|(?:(?<=order)|(?<=invoice)|(?<=receipt)|(?<=credit note)|(?<=debit note)"
    r"|(?<=kontoauszug)|(?<=facture)"
    r"|(?<=factura)|(?<=fattura)|(?<=factuur)|(?<=rechnung)|(?<=gutschrift)|(?<=avoir)"
    r"|(?<=fatura)|(?<=faktura)|(?<=bill)|(?<=simplificada)|(?<=quote)|(?<=quotation)"
    r"|(?<=estimate)|(?<=angebot)|(?<=devis)|(?<=offerte)|(?<=presupuesto)|(?<=preventivo)"
    r"|(?<=statement)|(?<=of account)|(?<=bestellung)|(?<=reçu)|(?<=recu)|(?<=recibo)"
    r"|(?<=ricevuta)|(?<=kwitantie)|(?<=kvitto)|(?<=kvittering)|(?<=kuitti)|(?<=pokwitowanie)"
    r"|(?<=doklad)|(?<=d'ordine)|(?<=d\u2019ordine)|(?<=d'acquisto)|(?<=d\u2019acquisto)|(?<=commande)"
    r"|(?<=de pedido)|(?<=encomenda)|(?<=orderbevestiging)|(?<=ftelse)|(?<=vahvistus)"
    r"|(?<=zamówienia)|(?<=objednávky)|(?<=psordre)|(?<=psorder)|(?<=ostotilaus)"
    r"|(?<=zamówienie)|(?<=objednávka)|(?<=bestilling)|(?<=beställning)|(?<=tilbud)"
    r"|(?<=offert)|(?<=tarjous)|(?<=oferta)|(?<=nabídka)|(?<=orçamento)|(?<=proposta)"
    r"|(?<=abono)|(?<=creditnota)|(?<=kreditnota)|(?<=kreditfaktura)|(?<=hyvityslasku)"
    r"|(?<=dobropis)|(?<=korygująca)|(?<=kontoutdrag)|(?<=kontoudtog)|(?<=kontoutskrift)"
    r"|(?<=tiliote)|(?<=účtu)|(?<=výpis)|(?<=extrato)|(?<=de conta)|(?<=zestawienie)"
    r"|(?<=nota di credito)|(?<=nota de crédito)|(?<=lasku)|(?<=overzicht)"
    r"|(?<=rectificativa)|(?<=folio)|(?<=tr[óo]nica)"
    # A tax invoice's title and its number: "FAKTURA VAT R-2025-1895", "Fattura IVA 2026/17".
    r"|(?:(?<=faktura)|(?<=fattura)|(?<=facture)|(?<=factura))[ \t]+(?:vat|iva|tva))"
    # A short number only alone with its title on the line ("Invoice 88", "Rechnung 55").
    # A series apart from its number: Portugal's "Fatura FT 2026A/154".
    r"(?=[ \t]+[A-Z]{0,4}[-/]?\d[\w/-]{3,}(?:[\s,;)]|$)|[ \t]+\d{1,3}[ \t]*(?:\n|$)"
    r"|[ \t]+(?-i:[A-Z]{1,4})[ \t]\d[\w/-]{3,}(?:[\s,;)]|$))"
    # "Thanks for your order! (NG58256069)".
    r"|(?<=order)!?[ \t]*\((?=[A-Z]{0,4}\d)))"
    # "Your order number is 112-4455", "Ihre Bestellnummer lautet ...": a sentence's verb.
    r"\s*[:.,]?\**[ \t]*(?:(?:is|was|ist|lautet|est|es|[èe])[ \t]+(?=#?[A-Z]{0,4}[-/]?\d))?"
    r"#?(?P<id>[A-Z0-9][A-Z0-9/_.-]{0,30})?",
    re.I,
)
#: The labels each document type takes for its own number.
NUMBER_PREFERENCE = {
    # A hotel's or a Mexican invoice's "Folio" is the bill's own number.
    "invoice": ("invoice", "inv", "credit note", "debit note", "memo", "rechnung", "rechnungs",
                "facture",
                "numéro de facture", "numero de facture", "bill", "folio", "proforma",
                # German accounting software numbers every voucher a "Beleg": "Beleg-Nr.".
                # A payment reminder read as an invoice: its own "Reminder ref.".
                "beleg", "reminder"),
    "receipt": ("receipt", "trans", "transaction", "txn", "order", "confirmation", "bon", "beleg",
                "check", "trip", "booking", "reservation", "ticket", "folio", "quittung",
                "reference", "ref", "locator"),
    "purchase_order": ("purchase order", "p.o.", "po", "p.o", "order", "bestell"),
    "statement": ("statement",), "contract": ("agreement", "contract", "policy"),
    # A claim form's policy number is the contract it claims under: its own is the claim's.
    "form": ("claim", "reference", "ref", "document"),
}  # fmt: skip
#: The other languages' document names, as the English label each stands for.
LABEL_MEANS = {
    "factuur": "invoice", "factura": "invoice", "fattura": "invoice", "faktura": "invoice",
    "laskun": "invoice",
    "fatura": "invoice", "bolletta": "invoice", "fatura simplificada": "receipt",
    "avis": "invoice", "αριθμός": "invoice", "αριθμος": "invoice",
    "lasku": "invoice",
    "factura simplificada": "receipt", "fra. simplificada": "receipt",
    "fra simplificada": "receipt",
    "avoir": "credit note", "gutschrift": "credit note", "gutschrifts": "credit note",
    "credit memo": "credit note",
    "debit memo": "debit note",
    "credit": "credit note", "rechnungskorrektur": "credit note",
    "korrekturrechnung": "credit note", "stornorechnung": "credit note",
    "factura rectificativa": "credit note", "nota di credito": "credit note",
    "auftragsbestätigung": "confirmation", "auftragsbestaetigung": "confirmation",
    "auftragsbestatigung": "confirmation",
    "order acknowledgement": "confirmation", "order acknowledgment": "confirmation",
    "pro forma": "proforma", "pro-forma": "proforma", "pro forma invoice": "proforma",
    "proforma invoice": "proforma", "pro-forma invoice": "proforma",
    "proforma-rechnung": "proforma", "pro forma rechnung": "proforma",
    "creditnota": "credit note",
    "vertrag": "contract", "vertrags": "contract", "contrat": "contract",
    "contrato": "contract", "contratto": "contract", "afschrift": "statement",
    "overzicht": "statement", "rekeningoverzicht": "statement",
    "auszug": "statement", "auszugs": "statement", "kontoauszug": "statement",
    "estratto conto": "statement", "extracto": "statement", "extracto de cuenta": "statement",
    "relevé": "statement", "releve": "statement", "relevé de compte": "statement",
    "releve de compte": "statement",
    "pedido": "order", "commande": "order",
    "ordine": "order", "documento": "document", "recibo": "receipt", "reçu": "receipt",
    "recu": "receipt", "nota de crédito": "credit note", "nota de credito": "credit note",
    "police": "policy", "polizza": "policy", "póliza": "policy",
    "poliza": "policy", "polis": "policy", "schaden": "claim", "schade": "claim",
    "sinistre": "claim", "siniestro": "claim", "sinistro": "claim",
    "quotation": "quote", "estimate": "quote", "angebot": "quote", "devis": "quote",
    "offerte": "quote", "presupuesto": "quote", "preventivo": "quote",
    "statement of account": "statement", "so": "order", "s.o.": "order", "s.o": "order",
    "bestellung": "bestell", "orçamento": "quote", "orcamento": "quote",
    "proposta": "quote", "ricevuta": "receipt", "kwitantie": "receipt", "kvitto": "receipt",
    "kvittering": "receipt", "kuitti": "receipt", "pokwitowanie": "receipt",
    "paragon": "receipt", "příjmový doklad": "receipt", "prijmovy doklad": "receipt",
    "conferma d'ordine": "confirmation", "conferma d\u2019ordine": "confirmation",
    "confirmation de commande": "confirmation", "confirmación de pedido": "confirmation",
    "confirmacion de pedido": "confirmation", "confirmação de encomenda": "confirmation",
    "confirmacao de encomenda": "confirmation", "orderbevestiging": "confirmation",
    "ordrebekræftelse": "confirmation", "ordrebekraeftelse": "confirmation",
    "ordrebekreftelse": "confirmation", "orderbekräftelse": "confirmation",
    "orderbekraeftelse": "confirmation", "tilausvahvistus": "confirmation",
    "potwierdzenie zamówienia": "confirmation", "potvrzení objednávky": "confirmation",
    "confirmación": "confirmation", "confirmacion": "confirmation",
    "ordine d'acquisto": "order", "ordine d\u2019acquisto": "order", "bon de commande": "order",
    "nota de encomenda": "order", "encomenda": "order", "innkjøpsordre": "order",
    "inkjøpsordre": "order", "indkøbsordre": "order", "inköpsorder": "order",
    "ostotilaus": "order", "tilaus": "order", "zamówienie": "order", "zamowienie": "order",
    "objednávka": "order", "objednavka": "order", "bestilling": "order",
    "bestillings": "order", "beställning": "order", "beställnings": "order", "ordre": "order",
    "zamówienia": "order", "zamowienia": "order", "objednávky": "order", "objednavky": "order",
    "tilbud": "quote", "tilbuds": "quote", "offert": "quote", "tarjous": "quote",
    "oferta": "quote", "oferty": "quote", "nabídka": "quote", "nabidka": "quote",
    "cenová nabídka": "quote", "cenova nabidka": "quote",
    "abono": "credit note", "kreditnota": "credit note", "kreditfaktura": "credit note",
    "hyvityslasku": "credit note", "dobropis": "credit note", "dobropisu": "credit note",
    "faktura korygująca": "credit note", "faktura korygujaca": "credit note",
    "korekta": "credit note",
    "kontoutdrag": "statement", "kontoudtog": "statement", "kontoutskrift": "statement",
    "tiliote": "statement", "výpis": "statement", "vypis": "statement",
    "výpis z účtu": "statement", "vypis z uctu": "statement", "extrato": "statement",
    "extrato de conta": "statement", "zestawienie": "statement",
    "boleta": "receipt", "boleta electrónica": "receipt", "boleta electronica": "receipt",
    "factura electrónica": "invoice", "factura electronica": "invoice",
    "factura electrónica de venta": "invoice", "factura electronica de venta": "invoice",
    "nota de crédito electrónica": "credit note", "nota de credito electronica": "credit note",
    "serie y folio": "folio", "comp": "invoice", "comprobante": "invoice", "or": "receipt",
    "soa": "statement",
    "faktury": "invoice", "dokladu": "document", "doklad": "document",
    "daňový doklad": "invoice", "danovy doklad": "invoice",
    "påminnelse": "reminder", "paminnelse": "reminder", "påmindelse": "reminder",
    "pamindelse": "reminder", "purring": "reminder", "rykker": "reminder",
    "muistutus": "reminder", "upomnienie": "reminder", "upomínka": "reminder",
    "upominka": "reminder", "mahnung": "reminder",
    "serija ir": "invoice", "series and": "invoice",
}  # fmt: skip
#: A number word opening a label: "N° de facture", "Número de factura".
NUMBER_FIRST = re.compile(
    r"^(?:n\.?[°ºo]\.?|n\.|num[ée]ro|n[úu]mero|nr|numer|[čc][íi]slo)(?![^\W\d_])\s*"
    r"(?:de\s+(?:la\s+)?|di\s+|del\s+|d'|da\s+|do\s+)?"
)
