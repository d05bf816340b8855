"""Vocabulary and printing helpers of the boundary documents
(:mod:`testbed.evaluation.boundary_online`, :mod:`testbed.evaluation.boundary_travel`,
:mod:`testbed.evaluation.boundary_paper`): the words a web shop's confirmation uses in six
languages, a masked card as each language prints it, and the Spanish and Italian number
styles the commerce documents do not print.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.commerce_style import STYLES, Printer, Style

#: Spain and Italy: "1.234,56 €", "€ 1.234,56", day first with slashes.
EURO_STYLES = (
    Style("es", "EUR", (" €", " EUR"), ",", (".",), ("dmy_slash",), ("-",)),
    Style("it", "EUR", ("€ ", " €", "EUR "), ",", (".",), ("dmy_slash", "dmy_dot"), ("-",)),
)
_ALL = {style.name: style for style in (*STYLES, *EURO_STYLES)}


def printer(rng: random.Random, style: str) -> Printer:
    """A printer in the named country's style (the commerce styles plus Spain and Italy)."""
    return Printer(rng, _ALL[style])


def when(rng: random.Random) -> dt.date:
    """A day in the set's range."""
    return dt.date(2025, 2, 1) + dt.timedelta(days=rng.randrange(0, 560))


_CARD_WORDS = {
    "en": (
        "{brand} ending in {d}",
        "{brand} ending with {d}",
        "{brand} \u2022\u2022\u2022\u2022 {d}",
    ),
    "de": ("{brand} endet auf {d}", "{brand} **** {d}"),
    "fr": ("{brand} se terminant par {d}", "{brand} **** {d}"),
    "nl": ("{brand} eindigend op {d}", "{brand} **** {d}"),
    "es": ("{brand} que termina en {d}", "{brand} **** {d}"),
    "it": ("{brand} che termina con {d}", "{brand} **** {d}"),
}


def masked_card(rng: random.Random, lang: str) -> str:
    """A payment card as a confirmation names it: its brand and last four digits."""
    brand = rng.choice(("Visa", "Mastercard", "American Express", "Maestro"))
    pattern = rng.choice(_CARD_WORDS.get(lang, _CARD_WORDS["en"]))
    return pattern.format(brand=brand, d=rng.randint(1000, 9999))


#: A web shop's order confirmation, per language: its style, the VAT rate included in its
#: prices ("0": sales tax added on top) and its words.
SHOP_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "style": "us",
        "rate": "0",
        "subject": "Order #{n} confirmed",
        "thanks": "Thank you for your purchase!",
        "hello": "Hi {name}, we're getting your order ready to be shipped. We will notify you "
        "when it has been sent.",
        "summary": "Order summary",
        "item": "Item",
        "qty": "Qty",
        "price": "Price",
        "subtotal": "Subtotal",
        "shipping": "Shipping",
        "taxes": "Taxes",
        "total": "Total",
        "customer": "Customer information",
        "address": "Shipping address",
        "method": "Payment method",
        "questions": "If you have any questions, reply to this email.",
    },
    "de": {
        "style": "de",
        "rate": "0.19",
        "subject": "Bestellung #{n} bestätigt",
        "thanks": "Vielen Dank für deinen Einkauf!",
        "hello": "Hallo {name}, wir bereiten deine Bestellung für den Versand vor. Wir "
        "benachrichtigen dich, sobald sie verschickt wurde.",
        "summary": "Bestellübersicht",
        "item": "Artikel",
        "qty": "Menge",
        "price": "Preis",
        "subtotal": "Zwischensumme",
        "shipping": "Versand",
        "taxes": "inkl. MwSt.",
        "total": "Gesamtsumme",
        "customer": "Kundeninformationen",
        "address": "Lieferadresse",
        "method": "Zahlungsart",
        "questions": "Bei Fragen antworte einfach auf diese E-Mail.",
    },
    "fr": {
        "style": "fr",
        "rate": "0.2",
        "subject": "Commande n° {n} confirmée",
        "thanks": "Merci pour votre achat !",
        "hello": "Bonjour {name}, nous préparons votre commande pour l'expédition. Vous "
        "recevrez un e-mail dès son envoi.",
        "summary": "Récapitulatif de la commande",
        "item": "Article",
        "qty": "Quantité",
        "price": "Prix",
        "subtotal": "Sous-total",
        "shipping": "Expédition",
        "taxes": "dont TVA",
        "total": "Total",
        "customer": "Informations client",
        "address": "Adresse de livraison",
        "method": "Mode de paiement",
        "questions": "Pour toute question, répondez à cet e-mail.",
    },
    "nl": {
        "style": "nl",
        "rate": "0.21",
        "subject": "Bestelling #{n} bevestigd",
        "thanks": "Bedankt voor je aankoop!",
        "hello": "Hoi {name}, we maken je bestelling klaar voor verzending. We laten het je "
        "weten zodra ze onderweg is.",
        "summary": "Besteloverzicht",
        "item": "Artikel",
        "qty": "Aantal",
        "price": "Prijs",
        "subtotal": "Subtotaal",
        "shipping": "Verzending",
        "taxes": "Btw",
        "total": "Totaal",
        "customer": "Klantgegevens",
        "address": "Verzendadres",
        "method": "Betaalmethode",
        "questions": "Vragen? Beantwoord deze e-mail.",
    },
    "es": {
        "style": "es",
        "rate": "0.21",
        "subject": "Pedido n.º {n} confirmado",
        "thanks": "¡Gracias por tu compra!",
        "hello": "Hola {name}, estamos preparando tu pedido para enviarlo. Te avisaremos "
        "cuando salga.",
        "summary": "Resumen del pedido",
        "item": "Artículo",
        "qty": "Cantidad",
        "price": "Precio",
        "subtotal": "Subtotal",
        "shipping": "Envío",
        "taxes": "IVA incluido",
        "total": "Total",
        "customer": "Información del cliente",
        "address": "Dirección de envío",
        "method": "Método de pago",
        "questions": "Si tienes alguna pregunta, responde a este correo.",
    },
    "it": {
        "style": "it",
        "rate": "0.22",
        "subject": "Ordine n. {n} confermato",
        "thanks": "Grazie per il tuo acquisto!",
        "hello": "Ciao {name}, stiamo preparando il tuo ordine per la spedizione. Ti "
        "avviseremo quando partirà.",
        "summary": "Riepilogo ordine",
        "item": "Articolo",
        "qty": "Quantità",
        "price": "Prezzo",
        "subtotal": "Subtotale",
        "shipping": "Spedizione",
        "taxes": "di cui IVA",
        "total": "Totale",
        "customer": "Informazioni cliente",
        "address": "Indirizzo di spedizione",
        "method": "Metodo di pagamento",
        "questions": "Per qualsiasi domanda rispondi a questa e-mail.",
    },
}

__all__ = ["EURO_STYLES", "SHOP_WORDS", "masked_card", "printer", "when"]
