"""The words that label a document's sums, in the languages the analyzer reads: its total
(most specific label first: "Amount due" beats a plain "Total"), subtotal and tax; a total
labelled as before tax; a receipt's sum received, named plainly or in a sentence; a running
sum carried to the next page. Read by :mod:`workflow.analyzers.totals` and
:mod:`workflow.analyzers.labelled_amounts`."""

from __future__ import annotations

import re

#: A sum labelled as before tax: "before VAT", "excl. VAT", "ex GST", "net of tax", "ohne
#: MwSt.", "hors taxes", "HT", "sin IVA", "senza IVA", "excl. btw", "eks. mva", "exkl. moms".
BEFORE_TAX = re.compile(
    r"\b(?:before|excl(?:uding|\.)?|ex\.?|net\s+of|without|pre|ohne|zzgl\.?|netto|hors|sin"
    r"|senza|exclusief|eks\.?|exkl\.?)[ \t-]*(?:vat|tax(?:es)?|gst|mwst\.?|ust\.?|tva|taxe"
    r"|iva|btw|mva|moms)\b|\bHT\b",
    re.I,
)
#: A total named in more words before its colon ("Total charges for this period:"): read
#: only after a total before tax.
TOTAL_OF_WORDS = re.compile(r"^[ \t]*\W{0,3}total\b[^:\n\d]{0,50}(?=:)", re.I)
#: A "Total" that is the net before tax: Portugal's "Total ilíquido", "Total sem IVA".
_NOT_A_TOTAL = r"[ \t]+(?:il[íi]quido|sem\s+iva|s/\s*iva)"
#: Total labels, most specific first: an "Amount due" beats a plain "Total" line. A label
#: counts only at the start of a line (a form field, a table row), never inside prose.
#: A label may stand indented: totals printed flush right, or in a table's last rows.
TOTAL_LABELS = (
    re.compile(
        # A till may print the count of items before it ("4 BALANCE DUE  £6.99").
        r"^[ \t]*\W{0,3}(?:\d{1,3}[ \t]+)?"
        # A bilingual paper's own words before the English label: "Do zapłaty / Amount due",
        # "Til gode / Amount credited", "Fizetendő / Amount payable".
        r"(?:[^\W\d_][^\W\d_.]*(?:[ \t]+[^\W\d_][^\W\d_.]*){0,3}[ \t]*/[ \t]*)?"
        r"(?:summe brutto|grand total|total due|amount due"
        r"|(?:please\s+)?pay\s+this\s+amount|amount\s+to\s+pay"
        r"|balance due|total amount due|total amount|invoice amount|balance at (?:the )?end"
        r"|amount payable|total payable|order total|total claimed|closing balance|new balance"
        r"|balance carried forward|ending balance|statement balance|total credit|total paid"
        r"|amount paid|fee paid|total to pay|gesamtbetrag|rechnungsbetrag|endbetrag|zu zahlen|summe"
        r"|gesamt|neuer saldo|schlusssaldo|endsaldo|montant total|total ttc|nouveau solde"
        r"|solde final"
        # A total named by what it totals ("Invoice total") and the other languages' words:
        # "Gesamtnettowert", "Net à payer", "Totale documento", "Importe total", "Totaal".
        r"|(?:invoice|document|order|statement|credit|estimate|quote|quotation)\s+total"
        # A charity's receipt: "Amount of gift: $25.00", "Donation amount".
        r"|amount\s+of\s+(?:the\s+)?(?:gift|donation)|(?:gift|donation)\s+amount|gesamt(?:summe|wert|nettowert|bruttowert)"
        r"|neuer kontostand|net [àa] payer|montant (?:d[ûu]|[àa] payer)|importe total"
        r"|total (?:factura|a pagar|general)"
        r"|totale(?: documento| fattura| da pagare| a pagare| generale| complessivo| pagato)?"
        r"|totaal(?: te betalen| bedrag| aanslag)?|te betalen|nieuw saldo|saldo (?:final|nuevo)"
        r"|nuovo saldo|saldo finale|balance this statement"
        # A bill of a period's charges over its account's history (the previous bill, the
        # payment received): "Total charges for this period", "Total current charges".
        r"|total\s+(?:current\s+)?charges\s+(?:for|of)\s+this\s+(?:billing\s+)?(?:period|bill|month|quarter)"
        r"|saldo zu (?:ihren|unseren) (?:lasten|gunsten)"
        r"|bruttobetrag|brutto(?:summe|betrag)|gesamtbrutto"
        r"|zu zahlender betrag|zahlbetrag|endsumme|montant ttc|total [àa] payer|amount now due"
        # A credit note's total: "Gutschriftsbetrag", "Amount credited", "Credit amount".
        r"|gutschrifts?betrag|amount (?:credited|refunded)|(?:credit|refund) amount"
        # France's and Belgium's "Montant de l'avoir TTC", the credit note's gross amount.
        r"|montant\s+(?:total\s+)?de\s+l['\u2019]avoir"
        # Czechia's "Celkem k úhradě" (total to pay), "Celkem s DPH" (total with VAT); OCR
        # reads its "ě" as "é".
        r"|(?:celkem\s+)?k\s+[úu]hrad[ěeé]|celkem\s+(?:s|v[čc]\.?|v[čc]etn[ěe])\s+dph"
        r"|(?:outstanding|open) balance|balance outstanding"
        r"|openstaand (?:saldo|bedrag)|offener (?:betrag|saldo)|saldo pendiente|solde d[ûu]"
        # The sum paid, charged or refunded, as receipts and confirmations name it.
        r"|totaal(?:bedrag|prijs)|gesamtpreis|prix\s+total"
        r"|montant\s+(?:pay[ée]|rembours[ée]|d[ée]bit[ée])|total\s+(?:price|charged|pagado)"
        r"|amount\s+charged|refund\s+amount|importe\s+(?:pagado|reembolsado|cobrado)"
        r"|importo\s+(?:totale|pagato|rimborsato)|abgebuchter\s+betrag|erstattungsbetrag"
        r"|gutschriftsbetrag|afgeschreven\s+bedrag|terugbetaald\s+bedrag|precio\s+total"
        r"|f[äa]lliger\s+betrag|bezahlter\s+betrag|zahlungsbetrag|montant\s+exigible"
        r"|prezzo\s+totale"
        # Portugal's "Valor a pagar", "Total do documento"; "Importe a pagar", "Importo da pagare".
        r"|valor\s+(?:total|a\s+pagar)|total\s+do\s+documento|importe\s+a\s+pagar"
        r"|importo\s+da\s+pagare"
        # Sweden's, Norway's and Denmark's "Att betala", "Å betale", "At betale", "Totalt",
        # "I alt", "Summa att betala", "Beløb i alt".
        r"|(?:summa\s+|sum\s+|bel[øo]p{1,2}\s+|bel[øo]b\s+)?(?:att\s+betala|[åa]\s+betale)"
        r"|(?:total|bel[øo]b)\s+i\s+alt|i\s+alt|totalt|totalbelopp|totalbel[øo]p"
        # Poland's "Do zapłaty" (to pay; OCR reads its "ł" as "t"), a correction's "Razem
        # korekta brutto"; Hungary's "Fizetendő"; a Pakistani or Bangladeshi utility bill's
        # "PAYABLE WITHIN DUE DATE" (not the larger sum "after" it, with the surcharge).
        r"|do\s+zap[łlt]aty|razem\s+(?:korekta\s+)?brutto|fizetend[őo]"
        r"|(?:amount\s+)?payable\s+within\s+(?:the\s+)?due\s+date"
        # Greece's "Πληρωτέο" (payable), "Πληρωτέο ποσό", "Γενικό σύνολο" (grand total).
        r"|πληρωτέο(?:\s+ποσό)?|γενικό\s+σύνολο|συνολικό\s+ποσό)\b",
        re.I,
    ),
    # "Total credit:", "Total (EUR):", "Total incl. VAT:": a total label of a few words.
    re.compile(
        r"^[ \t]*\W{0,3}total(?!"
        + _NOT_A_TOTAL
        + r")(?:[ \t]+[^\W\d_.]+(?:['\u2019][^\W\d_.]+)?\.?){0,3}[ \t]*"
        r"(?:\([^)\n]{0,12}\))?(?=[ \t]*:)",
        re.I,
    ),
    # "Total Order Value  USD 382.60": a total of a few words, its value in the next column
    # (not the tax's or the net's total).
    re.compile(
        r"^[ \t]*\W{0,3}total(?![ \t]+(?:vat|tax|gst|tva|mwst|ust|iva|btw|net|ht|excl|discount)"
        r"|" + _NOT_A_TOTAL + ")"
        r"(?:[ \t]+[^\W\d_.]+\.?){1,3}(?=\t|[ ]{2,})",
        re.I,
    ),
    re.compile(r"^[ \t]*\W{0,3}total\b(?!" + _NOT_A_TOTAL + ")", re.I),
    # A penalty notice bills its charge ("Penalty charge  £70.00", "Amount of the fine"):
    # read last, so that any total a paper prints beats a penalty it mentions.
    re.compile(
        r"^[ \t]*\W{0,3}(?:penalty\s+charge|fixed\s+penalty(?:\s+amount)?"
        r"|amount\s+of\s+(?:the\s+)?(?:fine|penalty))\b",
        re.I,
    ),
)
#: A receipt written as a sentence: "Received from A the sum of £650.00", "we have received
#: your payment of $120.00" (read last, when nothing is labelled a total).
PROSE_TOTAL = re.compile(
    r"\b(?:the\s+sum\s+of|(?:your|a)\s+(?:[^\W\d_]+\s+){0,2}(?:payment|donation|gift"
    r"|contribution)\s+of"
    # "Recebi de ... a importância de R$ 1.200,00", "Recibí de ... la suma de $ 500,00".
    r"|a\s+import[âa]ncia\s+de|la\s+(?:suma|cantidad)\s+de"
    # A French rent receipt's "déclare avoir reçu ... la somme de 813,00 €".
    r"|la\s+somme\s+de)[ \t]+",
    re.I,
)
#: A payment receipt's sum received, labelled at the start of its line ("The sum of:
#: $2,437.43", "Sum received  £650.00") above the invoices it settles: its total, not the
#: first invoice's row under the table's "Amount paid" nor the "Balance outstanding 0.00".
SUM_RECEIVED = re.compile(
    r"^[ \t]*\W{0,3}(?:(?:received[ \t]+)?the[ \t]+sum[ \t]+of|sum[ \t]+received)\b", re.I
)
#: A slip that prints one sum names it plainly ("AMOUNT EUR 43,86", "SALE $12.00"): read
#: only when no total label is found, and only with the value on its own line.
#: Spanish and Portuguese name it "Valor", "Importe", "Monto" (a Brazilian recibo's
#: "Valor: R$ 1.200,00", a Mexican payment receipt's "Monto: $4,852.01").
PLAIN_AMOUNT = re.compile(
    r"^[ \t]*\W{0,3}(?:amount|sale|purchase|betrag|montant|charged|valor|importe|monto)\b", re.I
)
#: A running sum carried to the next page (a statement's balance, nobody else's total).
CARRIED_FORWARD = re.compile(
    r"\b(?:carried|brought)\s+forward\b|\b[üu]bertrag\b|\breport\s+[àa]\s+nouveau\b"
    r"|\briporto\b|\bsuma\s+y\s+sigue\b",
    re.I,
)
SUBTOTAL_LABEL = re.compile(r"\bsub-?\s?total(?:e|aal)?\b|\bzwischensumme\b|\bsous-total\b", re.I)
TAX_LABEL = re.compile(r"^\W{0,3}(?:sales tax|tax|vat|gst)\b", re.I)


__all__ = [
    "BEFORE_TAX",
    "CARRIED_FORWARD",
    "PLAIN_AMOUNT",
    "PROSE_TOTAL",
    "SUBTOTAL_LABEL",
    "SUM_RECEIVED",
    "TAX_LABEL",
    "TOTAL_LABELS",
    "TOTAL_OF_WORDS",
]
