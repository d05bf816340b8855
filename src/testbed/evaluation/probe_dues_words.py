"""The words and numbers of the due-date probes (:mod:`testbed.evaluation.probe_dues`), one
:class:`Tongue` per language and country, written from how each country's invoices, bills and
statements are commonly printed (not from the development set).

Each tongue has its money ("1.234,56 €", "CHF 1'234.55", "1 234,56 Kč"), the date formats its
papers use (numeric with its separators and two-digit years, month names; Finnish and Czech
numeric dates without leading zeros), the labels of the document number, issue date, total
and due date, terms that give the due day in days from the invoice date, a sentence asking
for payment by a day, and the labels of dates that are not due dates (delivery, order, a
period, the last payment).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from testbed.evaluation.variety_dues_style import MONTHS, figure

#: Month names beyond the bills' (Austrian "Jänner"; Polish and Czech in the genitive, as a
#: day of the month is written).
_MONTHS: dict[str, tuple[str, ...]] = {
    **MONTHS,
    "at": ("Jänner", *MONTHS["de"][1:]),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
    "no": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"),
    "cs": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
           "září", "října", "listopadu", "prosince"),
}  # fmt: skip


def written(day: dt.date, style: str) -> str:  # noqa: PLR0911 - one return per style
    """``day`` as ``style`` writes it: ``iso``, numeric ``dmy`` / ``mdy`` with a separator
    and a year width (``dmy./4``, ``mdy//2``, ``dmy-/4``; ``dmy.n`` without leading zeros,
    ``dmy. n`` with a space after each dot), or words (``long:<lang>``, ``mlong:en`` month
    first, ``abbr:en``, ``dabbr:en`` "12-Apr-26", ``ord:en``)."""
    d, m, y = day.day, day.month, day.year
    if style == "iso":
        return day.isoformat()
    kind, _, rest = style.partition(":")
    if kind in ("dmy", "mdy"):
        sep, width = rest[0], rest[1:]
        if width == "n":
            return f"{d}{sep}{m}{sep}{y}"
        if width == " n":
            return f"{d}{sep} {m}{sep} {y}"
        year = f"{y % 100:02d}" if width == "2" else str(y)
        first, second = (d, m) if kind == "dmy" else (m, d)
        return f"{first:02d}{sep}{second:02d}{sep}{year}"
    months = _MONTHS[rest]
    if kind == "mlong":
        return f"{months[m - 1]} {d}, {y}"
    if kind == "abbr":
        return f"{d} {months[m - 1][:3]} {y}"
    if kind == "dabbr":
        return f"{d:02d}-{months[m - 1][:3]}-{y % 100:02d}"
    if kind == "ord":
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d not in (11, 12, 13) else 0, "th")
        return f"{d}{suffix} {months[m - 1]} {y}"
    if rest in ("es", "pt"):
        return f"{d} de {months[m - 1]} de {y}"
    dotted = rest in ("de", "at", "da", "no", "cs")
    return f"{d}{'.' if dotted else ''} {months[m - 1]} {y}"


@dataclass(frozen=True, slots=True)
class Tongue:
    """How one country's papers print their figures."""

    code: str
    currency: str
    #: The amount's pattern ("{n} €"), thousands separator, decimal mark.
    money: tuple[str, str, str]
    dates: tuple[str, ...]
    titles: dict[str, str]
    number: tuple[str, ...]
    issue: tuple[str, ...]
    total: tuple[str, ...]
    due: tuple[str, ...]
    #: (label, value with ``{d}`` days) of terms counted from the invoice date.
    terms: tuple[tuple[str, str], ...]
    #: (label, value) meaning "pay now": the due day is the issue day.
    immediate: tuple[tuple[str, str], ...]
    #: A sentence asking for ``{amount}`` by ``{date}``.
    sentence: str
    delivery: str
    order: str
    period: str
    paid: str

    def amount(self, value: float) -> str:
        pattern, group, decimal = self.money
        sign = "-" if value < 0 else ""
        return sign + pattern.format(n=figure(abs(value), group, decimal))


_EN_TERMS = (
    ("Terms", "Net {d}"),
    ("Payment terms", "{d} days net"),
    ("Terms", "Payable within {d} days of the invoice date"),
)
_DE_DUE = ("Zahlbar bis", "Fällig am", "Fälligkeitsdatum", "Zahlungsziel", "Fällig bis")
_DE_TERMS = (
    ("Zahlungsbedingungen", "zahlbar innerhalb von {d} Tagen ohne Abzug"),
    ("Zahlungsziel", "{d} Tage netto"),
)
_DE_NOW = (("Zahlungsbedingungen", "sofort fällig ohne Abzug"),)
_DE_SENTENCE = "Bitte überweisen Sie den Betrag von {amount} bis zum {date}."
_FR_DUE = ("Date d'échéance", "Échéance", "À régler avant le", "Date limite de paiement")
_FR_TERMS = (
    ("Conditions de paiement", "à {d} jours"),
    ("Conditions de règlement", "{d} jours date de facture"),
)
_FR_NOW = (("Conditions de paiement", "paiement à réception"),)
_FR_SENTENCE = "Merci de régler la somme de {amount} avant le {date}."

TONGUES: tuple[Tongue, ...] = (
    Tongue(
        "en-US", "USD", ("${n}", ",", "."),
        ("mdy:/4", "mlong:en", "mdy:/2", "iso"),
        {"invoice": "Invoice", "bill": "Your electric bill", "statement": "Statement of Account",
         "card": "Credit Card Statement", "credit": "Credit Memo"},
        ("Invoice #", "Invoice No.", "Invoice Number"),
        ("Invoice Date", "Date", "Date of issue"),
        ("Total", "Amount Due", "Total Due"),
        ("Due Date", "Payment Due", "Pay By", "Please pay by", "Amount due by",
         "Payment Due Date"),
        _EN_TERMS, (("Terms", "Due on receipt"), ("Terms", "Payable immediately")),
        "Please pay the amount of {amount} by {date}.",
        "Ship Date", "Order Date", "Service Period", "Last payment received",
    ),
    Tongue(
        "en-GB", "GBP", ("£{n}", ",", "."),
        ("dmy:/4", "long:en", "abbr:en", "dabbr:en", "ord:en", "dmy:/2"),
        {"invoice": "VAT Invoice", "bill": "Your energy bill", "statement": "Statement",
         "card": "Your credit card statement", "credit": "Credit Note"},
        ("Invoice No.", "Invoice number", "Our ref"),
        ("Invoice date", "Date", "Date of invoice"),
        ("Total", "Amount due", "Total due"),
        ("Due date", "Payment due", "Pay by", "Please pay by", "Payment due by"),
        _EN_TERMS, (("Terms", "Due on receipt"),),
        "Please pay the amount of {amount} by {date}.",
        "Delivery date", "Order date", "Billing period", "Last payment received",
    ),
    Tongue(
        "de", "EUR", ("{n} €", ".", ","),
        ("dmy:.4", "long:de", "dmy:.2", "iso"),
        {"invoice": "Rechnung", "bill": "Ihre Stromrechnung", "statement": "Kontoauszug",
         "card": "Kreditkartenabrechnung", "credit": "Gutschrift"},
        ("Rechnungsnummer", "Rechnung Nr.", "Beleg-Nr."),
        ("Rechnungsdatum", "Datum", "Belegdatum"),
        ("Gesamtbetrag", "Rechnungsbetrag", "Summe brutto"),
        _DE_DUE, _DE_TERMS, _DE_NOW, _DE_SENTENCE,
        "Lieferdatum", "Bestelldatum", "Leistungszeitraum", "Letzte Zahlung",
    ),
    Tongue(
        "at", "EUR", ("€ {n}", ".", ","),
        ("dmy:.4", "long:at", "dmy:.2"),
        {"invoice": "Rechnung", "bill": "Ihre Jahresabrechnung", "credit": "Gutschrift"},
        ("Rechnungsnummer", "Rechnungs-Nr."),
        ("Rechnungsdatum", "Datum"),
        ("Gesamtbetrag", "Zu zahlen"),
        _DE_DUE, _DE_TERMS, _DE_NOW, _DE_SENTENCE,
        "Lieferdatum", "Bestelldatum", "Abrechnungszeitraum", "Letzte Zahlung",
    ),
    Tongue(
        "ch", "CHF", ("CHF {n}", "'", "."),
        ("dmy:.4", "long:de", "dmy:.2"),
        {"invoice": "Rechnung", "bill": "Rechnung Strom", "credit": "Gutschrift"},
        ("Rechnungsnummer", "Rechnung Nr."),
        ("Rechnungsdatum", "Datum"),
        ("Total", "Rechnungsbetrag"),
        ("Zahlbar bis", "Fällig am", "Zahlungsfrist"),
        (("Zahlungsbedingungen", "{d} Tage netto"), ("Zahlungsfrist", "{d} Tage")),
        (), _DE_SENTENCE,
        "Lieferdatum", "Bestelldatum", "Abrechnungsperiode", "Letzte Zahlung",
    ),
    Tongue(
        "fr", "EUR", ("{n} €", " ", ","),
        ("dmy:/4", "long:fr", "dmy:/2"),
        {"invoice": "Facture", "bill": "Votre facture d'électricité",
         "statement": "Relevé de compte", "card": "Relevé de carte", "credit": "Avoir"},
        ("Facture n°", "Numéro de facture", "N° de facture"),
        ("Date de facture", "Date d'émission", "Date"),
        ("Total TTC", "Montant total", "Net à payer"),
        _FR_DUE, _FR_TERMS, _FR_NOW, _FR_SENTENCE,
        "Date de livraison", "Date de commande", "Période", "Dernier paiement",
    ),
    Tongue(
        "be", "EUR", ("{n} EUR", ".", ","),
        ("dmy:/4", "dmy:-4", "long:fr"),
        {"invoice": "Facture", "bill": "Facture de décompte", "credit": "Note de crédit"},
        ("Facture n°", "Numéro de facture"),
        ("Date de facture", "Date"),
        ("Total TVAC", "Montant à payer"),
        _FR_DUE, _FR_TERMS, _FR_NOW, _FR_SENTENCE,
        "Date de livraison", "Date de commande", "Période", "Dernier paiement",
    ),
    Tongue(
        "nl", "EUR", ("€ {n}", ".", ","),
        ("dmy:-4", "long:nl", "dmy:-2"),
        {"invoice": "Factuur", "bill": "Uw energierekening", "credit": "Creditnota"},
        ("Factuurnummer", "Factuurnr."),
        ("Factuurdatum", "Datum"),
        ("Totaal", "Te betalen", "Totaal incl. btw"),
        ("Vervaldatum", "Te betalen vóór", "Uiterste betaaldatum"),
        (("Betalingstermijn", "{d} dagen"), ("Betalingsvoorwaarden", "binnen {d} dagen")),
        (("Betalingsvoorwaarden", "direct te voldoen"),),
        "Wij verzoeken u het bedrag van {amount} vóór {date} over te maken.",
        "Leverdatum", "Orderdatum", "Periode", "Laatste betaling",
    ),
    Tongue(
        "es", "EUR", ("{n} €", ".", ","),
        ("dmy:/4", "long:es", "dmy:-4"),
        {"invoice": "Factura", "bill": "Factura de electricidad",
         "credit": "Factura rectificativa"},
        ("Nº de factura", "Factura nº", "Número de factura"),
        ("Fecha de factura", "Fecha de emisión", "Fecha"),
        ("Total", "Importe total", "Total factura"),
        ("Fecha de vencimiento", "Vencimiento", "Fecha límite de pago"),
        (("Forma de pago", "a {d} días"), ("Condiciones de pago", "{d} días fecha factura")),
        (("Forma de pago", "al contado"),),
        "Le rogamos abone el importe de {amount} antes del {date}.",
        "Fecha de entrega", "Fecha de pedido", "Periodo de facturación", "Último pago",
    ),
    Tongue(
        "it", "EUR", ("€ {n}", ".", ","),
        ("dmy:/4", "long:it", "dmy:.4"),
        {"invoice": "Fattura", "bill": "Bolletta luce", "credit": "Nota di credito"},
        ("Fattura n.", "Numero fattura", "N. documento"),
        ("Data fattura", "Data emissione", "Data"),
        ("Totale documento", "Totale", "Totale da pagare"),
        ("Scadenza", "Data scadenza", "Scadenza pagamento", "Da pagare entro il"),
        (("Pagamento", "{d} gg d.f."), ("Condizioni di pagamento", "a {d} giorni data fattura")),
        (("Pagamento", "rimessa diretta a vista"),),
        "Si prega di pagare l'importo di {amount} entro il {date}.",
        "Data consegna", "Data ordine", "Periodo di riferimento", "Ultimo pagamento",
    ),
    Tongue(
        "pt", "EUR", ("{n} €", " ", ","),
        ("dmy:/4", "dmy:-4", "long:pt"),
        {"invoice": "Fatura", "bill": "Fatura de eletricidade", "credit": "Nota de crédito"},
        ("Fatura n.º", "Número"),
        ("Data da fatura", "Data de emissão", "Data"),
        ("Total", "Total a pagar"),
        ("Data de vencimento", "Vencimento", "Data limite de pagamento", "Pagar até"),
        (("Condições de pagamento", "{d} dias"), ("Prazo de pagamento", "{d} dias")),
        (("Condições de pagamento", "pronto pagamento"),),
        "Queira pagar o montante de {amount} até {date}.",
        "Data de entrega", "Data da encomenda", "Período de faturação", "Último pagamento",
    ),
    Tongue(
        "sv", "SEK", ("{n} kr", " ", ","),
        ("iso", "long:sv"),
        {"invoice": "Faktura", "bill": "Elräkning", "credit": "Kreditfaktura"},
        ("Fakturanummer", "Fakturanr"),
        ("Fakturadatum", "Datum"),
        ("Att betala", "Summa"),
        ("Förfallodag", "Förfallodatum", "Betala senast"),
        (("Betalningsvillkor", "{d} dagar netto"),),
        (),
        "Vänligen betala {amount} senast {date}.",
        "Leveransdatum", "Orderdatum", "Period", "Senaste betalning",
    ),
    Tongue(
        "da", "DKK", ("{n} kr.", ".", ","),
        ("dmy:.4", "dmy:-4", "long:da"),
        {"invoice": "Faktura", "bill": "Elregning", "credit": "Kreditnota"},
        ("Fakturanr.", "Fakturanummer"),
        ("Fakturadato", "Dato"),
        ("I alt", "At betale"),
        ("Forfaldsdato", "Sidste rettidige betalingsdag", "Betales senest"),
        (("Betalingsbetingelser", "Netto {d} dage"),),
        (),
        "Beløbet {amount} bedes betalt senest {date}.",
        "Leveringsdato", "Ordredato", "Periode", "Seneste betaling",
    ),
    Tongue(
        "no", "NOK", ("kr {n}", " ", ","),
        ("dmy:.4", "long:no"),
        {"invoice": "Faktura", "bill": "Strømregning", "credit": "Kreditnota"},
        ("Fakturanummer", "Fakturanr."),
        ("Fakturadato", "Dato"),
        ("Å betale", "Totalt"),
        ("Forfallsdato", "Forfall", "Betalingsfrist"),
        (("Betalingsbetingelser", "{d} dager netto"),),
        (),
        "Vennligst betal {amount} innen {date}.",
        "Leveringsdato", "Ordredato", "Periode", "Siste betaling",
    ),
    Tongue(
        "fi", "EUR", ("{n} €", " ", ","),
        ("dmy:.n", "dmy:.4"),
        {"invoice": "Lasku", "bill": "Sähkölasku", "credit": "Hyvityslasku"},
        ("Laskun numero", "Laskunro"),
        ("Laskun päivämäärä", "Päiväys"),
        ("Yhteensä", "Maksettava"),
        ("Eräpäivä", "Maksettava viimeistään"),
        (("Maksuehto", "{d} pv netto"),),
        (),
        "Pyydämme maksamaan {amount} viimeistään {date}.",
        "Toimituspäivä", "Tilauspäivä", "Laskutuskausi", "Edellinen maksu",
    ),
    Tongue(
        "pl", "PLN", ("{n} zł", " ", ","),
        ("dmy:.4", "iso", "long:pl"),
        {"invoice": "Faktura VAT", "bill": "Faktura za energię", "credit": "Faktura korygująca"},
        ("Faktura nr", "Numer faktury"),
        ("Data wystawienia",),
        ("Razem do zapłaty", "Do zapłaty"),
        ("Termin płatności", "Zapłacić do"),
        (("Termin płatności", "{d} dni"),),
        (),
        "Prosimy o wpłatę kwoty {amount} do dnia {date}.",
        "Data sprzedaży", "Data zamówienia", "Okres rozliczeniowy", "Ostatnia wpłata",
    ),
    Tongue(
        "cs", "CZK", ("{n} Kč", " ", ","),
        ("dmy:. n", "dmy:.4", "long:cs"),
        {"invoice": "Faktura - daňový doklad", "bill": "Vyúčtování elektřiny",
         "credit": "Dobropis"},
        ("Číslo faktury", "Faktura č."),
        ("Datum vystavení",),
        ("Celkem k úhradě", "K úhradě"),
        ("Datum splatnosti", "Splatnost", "Splatno dne"),
        (("Splatnost", "{d} dní"),),
        (),
        "Částku {amount} prosím uhraďte do {date}.",
        "Datum zdanitelného plnění", "Datum objednávky", "Zúčtovací období", "Poslední platba",
    ),
)  # fmt: skip

__all__ = ["TONGUES", "Tongue", "written"]
