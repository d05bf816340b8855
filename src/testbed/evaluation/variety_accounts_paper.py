"""The documents the packets of :mod:`testbed.evaluation.variety_accounts_packets` bundle,
each set on pages of its own (:class:`~testbed.evaluation.variety_pages.Page`): a cover
letter, an invoice that may run onto a second page with its sum carried forward, a till
receipt and an insurance or expense claim form (the statements:
:mod:`testbed.evaluation.variety_accounts_ledgers`). Each writes through a :class:`Doc`, so its
labels say what its pages print.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_accounts_style import Doc, cents, when
from testbed.evaluation.variety_pages import Page

#: Words of an invoice per language.
INVOICE = {
    "en": (
        "INVOICE",
        "Invoice No.",
        "Invoice Date",
        "Due Date",
        ("Description", "Qty", "Unit price", "Amount"),
        "Subtotal",
        "VAT 20%",
        "Total due",
        "Page {i} of {n}",
        "Carried forward",
        "Brought forward",
        0.20,
    ),
    "de": (
        "RECHNUNG",
        "Rechnungsnummer",
        "Rechnungsdatum",
        "Zahlbar bis",
        ("Bezeichnung", "Menge", "Einzelpreis", "Betrag"),
        "Nettobetrag",
        "zzgl. 19 % MwSt.",
        "Gesamtbetrag",
        "Seite {i} von {n}",
        "Übertrag",
        "Übertrag",
        0.19,
    ),
    "fr": (
        "FACTURE",
        "Facture n°",
        "Date de facture",
        "Échéance",
        ("Désignation", "Qté", "P.U. HT", "Montant HT"),
        "Total HT",
        "TVA 20 %",
        "Net à payer TTC",
        "Page {i} sur {n}",
        "À reporter",
        "Report",
        0.20,
    ),
    "es": (
        "FACTURA",
        "Nº factura",
        "Fecha de emisión",
        "Vencimiento",
        ("Concepto", "Cant.", "Precio", "Importe"),
        "Base imponible",
        "IVA 21 %",
        "Total factura",
        "Página {i} de {n}",
        "Suma y sigue",
        "Suma anterior",
        0.21,
    ),
    "it": (
        "FATTURA",
        "Fattura n.",
        "Data documento",
        "Scadenza",
        ("Descrizione", "Q.tà", "Prezzo", "Importo"),
        "Imponibile",
        "IVA 22%",
        "Totale documento",
        "Pagina {i} di {n}",
        "A riportare",
        "Riporto",
        0.22,
    ),
}
#: How each language writes a full date on its papers.
LONG = {"en": "long_en", "de": "dot", "fr": "uk", "es": "uk", "it": "uk"}
MARK = {
    "en": ("£", False),
    "de": ("€", True),
    "fr": ("€", True),
    "es": ("€", True),
    "it": ("€", False),
}
SEP = {"en": "us", "de": "eu", "fr": "fr", "es": "eu", "it": "eu"}
_WORK = {
    "en": (
        "Supply and fit replacement windscreen",
        "Labour (hours)",
        "Wheel alignment check",
        "Callout charge",
        "Diagnostic scan",
        "Brake pads front axle",
    ),
    "de": (
        "Austausch Frontscheibe inkl. Montage",
        "Arbeitszeit (Std.)",
        "Achsvermessung",
        "Anfahrtspauschale",
        "Fehlerspeicher auslesen",
    ),
    "fr": (
        "Remplacement pare-brise",
        "Main d'oeuvre (h)",
        "Contrôle géométrie",
        "Frais de déplacement",
    ),
    "es": (
        "Sustitución de luna delantera",
        "Mano de obra (h)",
        "Alineación de dirección",
        "Desplazamiento",
    ),
    "it": ("Sostituzione parabrezza", "Manodopera (ore)", "Convergenza", "Diritto di chiamata"),
}


def doc(rng: random.Random, lang: str) -> Doc:
    return Doc(rng, "GBP" if lang == "en" else "EUR", SEP[lang])


def cash(d: Doc, lang: str, value: float) -> str:
    mark, after = MARK[lang]
    return d.money(value, mark if after else (f"{mark} " if mark == "€" else mark), after=after)


_HONORIFICS = ("Mr ", "Mrs ", "Ms ", "Frau ", "Herrn ", "M. ", "Mme ", "D. ", "Sig. ")


def who(d: Doc, text: str) -> str:
    """``text`` (an addressee as printed) labelled as the person it names, honorific
    dropped, or as the organisation."""
    for honorific in _HONORIFICS:
        if text.startswith(honorific):
            d.person(text.removeprefix(honorific))
            return text
    return d.org(text)


def letter(  # noqa: PLR0917 - a letter's parts in the order it prints them
    d: Doc,
    lang: str,
    sender: str,
    to: list[str],
    day: dt.date,
    subject: str,
    body: list[str],
    signer: str,
) -> list[Page]:
    """A cover letter: letterhead, addressee with the date to the right, subject, body,
    greeting and signer."""
    greet, close = {
        "en": ("Dear Sir or Madam,", "Yours faithfully,"),
        "de": ("Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"),
        "fr": ("Madame, Monsieur,", "Veuillez agréer nos salutations distinguées."),
        "es": ("Estimados señores:", "Atentamente,"),
        "it": ("Spettabile Ditta,", "Cordiali saluti"),
    }[lang]
    page = Page()
    page.add(d.org(sender), style="bold")
    page.add("")
    for index, line in enumerate(to):
        page.add(line, d.day(day, LONG[lang], "issue") if index == 0 else "")
    page.add("")
    page.add(subject, style="bold")
    page.add("")
    page.add(greet)
    for line in body:
        page.add(line)
    page.add("")
    page.add(close)
    page.add("")
    page.add(d.person(signer))
    return [page]


def invoice(  # noqa: PLR0917 - who, to whom, when
    d: Doc,
    rng: random.Random,
    lang: str,
    vendor: str,
    customer: str,
    issued: dt.date,
    *,
    pages: int = 1,
    rows: int = 4,
    numbered: bool = True,
) -> list[Page]:
    """An invoice: the vendor's letterhead, the title beside the customer, number and dates
    under their labels, an item table, totals; over two pages the sum is carried forward."""
    words = INVOICE[lang]
    title, no, date_l, due_l, heads, sub_l, vat_l, total_l, page_l, cf, bf, rate = words
    items = []
    for name in rng.sample(_WORK[lang], min(rows, len(_WORK[lang]))):
        count = rng.choice((1, 1, 2, 3))
        price = cents(rng, 20, 420)
        items.append((name, count, price, round(count * price, 2)))
    net = round(sum(i[3] for i in items), 2)
    vat = round(net * rate, 2)
    number = f"{issued.year % 100}{rng.randint(1000, 9999)}" if numbered else None
    first = Page()
    first.add(d.vendor(vendor), title, style="bold")
    first.add(
        {
            "en": "14 Station Road, Kettering NN15 7HH",
            "de": "Industriestraße 9, 71063 Sindelfingen",
            "fr": "5 rue de la Gare, 38000 Grenoble",
            "es": "Calle Mayor 21, 46001 Valencia",
            "it": "Via Roma 44, 20121 Milano",
        }[lang]
    )
    first.add("")
    first.add(who(d, customer), f"{no}: {d.number(number)}" if number else "")
    first.add("", f"{date_l}: {d.day(issued, LONG[lang], 'issue')}")
    due = issued + dt.timedelta(days=30)
    first.add("", f"{due_l}: {d.day(due, LONG[lang], 'due')}")
    first.add("")
    first.row(list(heads), style="bold")
    sheets, page = [first], first
    split = len(items) // 2 if pages == 2 else None
    running = 0.0
    for index, (name, count, price, amount) in enumerate(items):
        if index == split:
            page.row(["", "", cf, d.num(running)])
            page.footer = page_l.format(i=1, n=2)
            page = Page()
            page.add(vendor, f"{no} {number}" if number else title)
            page.add("")
            page.row(list(heads), style="bold")
            page.row([bf, "", "", d.num(running)])
            sheets.append(page)
        page.row([d.item(name, amount, count, price), str(count), d.num(price), d.num(amount)])
        running = round(running + amount, 2)
    page.add("")
    page.row(["", "", sub_l, cash(d, lang, net)])
    page.row(["", "", vat_l, cash(d, lang, vat)])
    page.row(
        ["", "", total_l, d.total(net + vat, cash(d, lang, round(net + vat, 2)))], style="bold"
    )
    if pages == 2:
        page.footer = page_l.format(i=2, n=2)
    elif rng.random() < 0.5:
        page.footer = page_l.format(i=1, n=1)
    return sheets


def till(d: Doc, rng: random.Random, lang: str, shop: str, day: dt.date) -> list[Page]:
    """A till receipt on a page of its own (a scan of the slip): the shop on top, priced
    lines, the total, the card payment, the receipt's number, date and time."""
    goods = {
        "en": ("Screen wash 5L", "Wiper blades 24in", "Air freshener", "Coffee regular"),
        "de": ("Scheibenreiniger 5L", "Wischerblatt 60cm", "Kaffee", "Brezel"),
        "fr": ("Lave-glace 5L", "Balais essuie-glace", "Café", "Sandwich jambon"),
        "es": ("Limpiaparabrisas 5L", "Escobillas", "Café con leche"),
        "it": ("Liquido tergicristallo", "Spazzole tergi", "Caffè"),
    }[lang]
    words = {
        "en": ("TOTAL", "VISA CONTACTLESS", "Receipt No"),
        "de": ("SUMME EUR", "Kartenzahlung", "Beleg-Nr."),
        "fr": ("TOTAL TTC", "CB SANS CONTACT", "Ticket n°"),
        "es": ("TOTAL", "TARJETA", "Nº ticket"),
        "it": ("TOTALE COMPLESSIVO", "PAGAMENTO ELETTRONICO", "DOC. N."),
    }[lang]
    page = Page()
    page.add(d.vendor(shop), style="bold")
    page.add(
        {
            "en": "A43 Northbound Services",
            "de": "Hauptstraße 3, 71063 Sindelfingen",
            "fr": "Aire de Lyon-Dardilly",
            "es": "Avda. del Puerto 12, Valencia",
            "it": "Via Emilia 120, Modena",
        }[lang]
    )
    page.add("")
    lines = rng.sample(goods, rng.randint(2, len(goods)))
    total = 0.0
    for name in lines:
        price = cents(rng, 1.5, 24)
        total = round(total + price, 2)
        page.row([d.item(name, price), "", "", d.num(price)])
    page.row([words[0], "", "", d.total(total, cash(d, lang, total))], style="bold")
    page.row([words[1], "", "", d.num(total)])
    page.add("")
    page.add(
        f"{d.day(day, 'dot' if lang == 'de' else 'uk', 'issue')}  "
        f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
        f"{words[2]} {d.number(str(rng.randint(1000, 9999)))}",
    )
    return [page]


def claim_form(  # noqa: PLR0917 - who, to whom, when, what
    d: Doc,
    rng: random.Random,
    claimant: str,
    insurer: str,
    day: dt.date,
    amounts: list[tuple[str, float]],
) -> list[Page]:
    """An insurer's claim form filled in: claim and policy numbers, the date of loss, the
    expenses claimed and their total, the claimant's signature and date."""
    page = Page()
    page.add(d.org(insurer), style="bold")
    page.add("MOTOR CLAIM FORM", style="title")
    page.add(
        f"Claim number: {d.number(f'CLM-{rng.randint(100000, 999999)}')}",
        f"Policy number: PX{rng.randint(1000000, 9999999)}",
    )
    page.add(
        f"Policyholder: {d.person(claimant)}",
        f"Date of loss: {when(day - dt.timedelta(days=9), 'uk')}",
    )
    page.add("")
    page.add("Expenses claimed", style="bold")
    for name, value in amounts:
        page.add(name, cash(d, "en", value))
    total = round(sum(v for _, v in amounts), 2)
    page.add("Total claimed", d.total(total, cash(d, "en", total)), style="bold")
    page.add("")
    page.add("I declare that the information given is true and complete.")
    page.add(f"Signed: {claimant}", f"Date: {d.day(day, 'uk', 'issue')}")
    return [page]


__all__ = ["INVOICE", "LONG", "cash", "claim_form", "doc", "invoice", "letter", "till", "who"]
