"""The labels that name a party, in the languages the analyzer reads, each with the role it
gives and what it names ("Bill to:" a customer, "Attendees:" a list of people, "Merchant:" a
business), and the pattern that finds them at the start of a line or a table cell. Read by
:mod:`workflow.analyzers.party_fields` and :mod:`workflow.analyzers.party_lists`."""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.MULTILINE

#: Label -> (role, what it names: "org", "person", "people" (a list of persons) or "any").
PARTY_LABELS: dict[str, tuple[str, str]] = {
    "bill to": ("customer", "any"), "billed to": ("customer", "any"),
    "sold to": ("customer", "any"), "invoice to": ("customer", "any"),
    "ship to": ("customer", "any"), "customer": ("customer", "any"),
    "deliver to": ("customer", "any"), "delivery address": ("customer", "any"),
    "client": ("customer", "any"), "buyer": ("customer", "any"),
    "vendor": ("vendor", "any"), "seller": ("vendor", "any"), "supplier": ("vendor", "any"),
    "provider": ("vendor", "any"), "service provider": ("vendor", "any"),
    "remit to": ("vendor", "any"), "pay to": ("vendor", "any"), "payee": ("vendor", "any"),
    "contractor": ("vendor", "any"), "merchant": ("merchant", "org"),
    # A payment app's or card slip's merchant in the other languages; a merchant is a
    # business, whatever its name sounds like ("Rivermill Outfitters").
    "händler": ("merchant", "org"), "haendler": ("merchant", "org"),
    "marchand": ("merchant", "org"), "commerçant": ("merchant", "org"),
    "verkoper": ("merchant", "org"), "comercio": ("merchant", "org"),
    "esercente": ("merchant", "org"), "paid to": ("vendor", "any"),
    "from": ("sender", "any"), "to": ("recipient", "any"),
    "company": ("organization", "org"), "employer": ("organization", "org"),
    "organisation": ("organization", "org"), "organization": ("organization", "org"),
    "prepared by": ("author", "person"), "author": ("author", "person"),
    "prepared for": ("customer", "any"), "authors": ("author", "people"),
    "contributors": ("contributor", "people"),
    "written by": ("author", "person"), "employee name": ("employee", "person"),
    "employee": ("employee", "person"), "name": ("person", "person"),
    "full name": ("person", "person"), "applicant": ("applicant", "person"),
    "account holder": ("account holder", "any"), "account name": ("account holder", "any"),
    "cardholder": ("account holder", "any"), "card holder": ("account holder", "any"),
    "contact": ("contact", "person"), "contact person": ("contact", "person"),
    "attn": ("contact", "person"), "attention": ("contact", "person"),
    "approved by": ("approver", "person"), "signed by": ("signatory", "person"),
    "by": ("signatory", "person"),
    # the line a receipt's or a form's signer signs on, the name under it or after it
    "signature": ("signatory", "person"), "signed": ("signatory", "person"),
    "unterschrift": ("signatory", "person"), "signé": ("signatory", "person"),
    "firmado": ("signatory", "person"), "firma": ("signatory", "person"),
    "assinado": ("signatory", "person"), "getekend": ("signatory", "person"),
    "chair": ("chair", "person"), "minutes taken by": ("secretary", "person"),
    "attendees": ("attendee", "people"), "present": ("attendee", "people"),
    "participants": ("attendee", "people"), "attendance": ("attendee", "people"),
    "in attendance": ("attendee", "people"), "also present": ("attendee", "people"),
    "apologies": ("absent", "people"), "absent": ("absent", "people"), "cc": ("copied", "people"),
    "bcc": ("copied", "people"), "guests": ("attendee", "people"),
    "visitors": ("attendee", "people"), "observers": ("attendee", "people"),
    "fao": ("contact", "person"), "f.a.o.": ("contact", "person"),
    # the same labels in German, French, Dutch, Spanish and Italian minutes
    "anwesend": ("attendee", "people"), "teilnehmer": ("attendee", "people"),
    "entschuldigt": ("absent", "people"), "abwesend": ("absent", "people"),
    "protokollführer": ("secretary", "person"), "protokoll": ("secretary", "person"),
    "vorsitz": ("chair", "person"), "présents": ("attendee", "people"),
    "présent": ("attendee", "people"), "excusés": ("absent", "people"),
    "absents": ("absent", "people"), "secrétaire de séance": ("secretary", "person"),
    "aanwezig": ("attendee", "people"), "afwezig": ("absent", "people"),
    "afwezig met bericht": ("absent", "people"), "notulist": ("secretary", "person"),
    "voorzitter": ("chair", "person"), "asistentes": ("attendee", "people"),
    "ausentes": ("absent", "people"), "secretaria": ("secretary", "person"),
    "secretario": ("secretary", "person"), "presenti": ("attendee", "people"),
    "assenti": ("absent", "people"), "segretario": ("secretary", "person"),
    "schriftführer": ("secretary", "person"), "schriftführerin": ("secretary", "person"),
    "protokollführerin": ("secretary", "person"), "rédacteur": ("secretary", "person"),
    "rédactrice": ("secretary", "person"), "secrétaire": ("secretary", "person"),
    "verbalizzante": ("secretary", "person"), "deelnemers": ("attendee", "people"),
    "participantes": ("attendee", "people"), "partecipanti": ("attendee", "people"),
    # a statement's holder, a bill's parties
    "kontoinhaber": ("account holder", "any"), "kontoinhaberin": ("account holder", "any"),
    "titulaire": ("account holder", "any"), "titulaire du compte": ("account holder", "any"),
    "rekeninghouder": ("account holder", "any"), "titular": ("account holder", "any"),
    "titular de la cuenta": ("account holder", "any"), "intestatario": ("account holder", "any"),
    "intestataria": ("account holder", "any"), "kunde": ("customer", "any"),
    "cliente": ("customer", "any"), "klant": ("customer", "any"),
    "lieferant": ("vendor", "any"), "fournisseur": ("vendor", "any"),
    # where the goods go and where the bill goes: the customer's addresses
    "lieferadresse": ("customer", "any"), "lieferanschrift": ("customer", "any"),
    "rechnungsadresse": ("customer", "any"), "leveradres": ("customer", "any"),
    "afleveradres": ("customer", "any"), "factuuradres": ("customer", "any"),
    # whom to pay, and the bank paid into (its name over the IBAN)
    "zahlungsempfänger": ("vendor", "any"), "betalen aan": ("vendor", "any"),
    "bankverbindung": ("bank", "org"),
    "leverancier": ("vendor", "any"), "proveedor": ("vendor", "any"),
    "fornitore": ("vendor", "any"),
    # an Italian e-invoice's parties (FatturaPA): the seller and the buyer, side by side
    "cedente/prestatore": ("vendor", "any"), "cedente": ("vendor", "any"),
    "cessionario/committente": ("customer", "any"), "cessionario": ("customer", "any"),
    "presents": ("attendee", "people"), "participants présents": ("attendee", "people"),
    "presentes": ("attendee", "people"),
    # who was there, who sent apologies and who led the meeting, as bodies head them:
    # "Governors present", "Excusé(e) :", "Assenti giustificati:", "Versammlungsleiter:"
    "governors present": ("attendee", "people"), "members present": ("attendee", "people"),
    "trustees present": ("attendee", "people"), "directors present": ("attendee", "people"),
    "councillors present": ("attendee", "people"), "apologies received": ("absent", "people"),
    "excusé": ("absent", "people"), "excusée": ("absent", "people"),
    "excusé(e)": ("absent", "people"), "excusé(e)s": ("absent", "people"),
    "excusées": ("absent", "people"), "assenti giustificati": ("absent", "people"),
    "afwezig met kennisgeving": ("absent", "people"), "representados": ("attendee", "people"),
    "versammlungsleiter": ("chair", "person"), "versammlungsleiterin": ("chair", "person"),
    "sitzungsleitung": ("chair", "person"), "protokollführung": ("secretary", "person"),
    # a tenancy's particulars: "Landlord: ...", "Tenant(s): A and B"
    "landlord": ("landlord", "any"), "tenant": ("tenant", "any"),
    "tenants": ("tenant", "people"), "tenant(s)": ("tenant", "people"),
}  # fmt: skip
_LABEL_NAMES = "|".join(re.escape(label) for label in sorted(PARTY_LABELS, key=len, reverse=True))
#: A label starts a line or a table cell; its value runs to the end of that cell, unless the
#: next cell is another label ("Bill to:  Ship to:", the values on the line below).
PARTY_LABEL = re.compile(
    rf"(?:^[ \t]*|(?<=\t)|(?<=[ ]{{2}}))(?P<label>{_LABEL_NAMES})[ \t]*(?::|\t|[ \t]{{2,}}|$)"
    rf"(?:[ \t]*(?P<rest>(?!(?:{_LABEL_NAMES})[ \t]*(?::|\t|[ ]{{2}}|$))[^\s][^\t\n]*?)"
    r"[ \t]*(?=\t|[ ]{2}|$))?",
    _FLAGS,
)
#: A cell that is a label of its own ("Purchase order no.: 4568"), not a label's value.
OTHER_LABEL = re.compile(r"^[A-Z][\w .#/-]{0,30}:")


__all__ = ["OTHER_LABEL", "PARTY_LABEL", "PARTY_LABELS"]
