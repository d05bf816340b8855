"""A letter's own number: the reference its sender gives it, for the reply to quote ("Our
ref: AL/MC/9210", "Our reference", a sender's "Reference number", a dunning letter's
"Reminder no.", "Unser Zeichen", "Notre
référence", "N/Réf.", "Ons kenmerk", "Nuestra referencia", "Nostro riferimento", "Vår
referens"). The recipient's reference ("Your ref", "Ihr Zeichen", "V/Réf.", "Uw kenmerk")
and the matters a letter writes about ("Re: Claim number 316815", "Objet : contrat n°
4533964") are other papers' numbers, never the letter's."""

from __future__ import annotations

import re

from workflow.analyzers.grid import value_below
from workflow.analyzers.numbering import PRINTED_ID

#: The sender's reference label, in the languages the analyzer reads.
_OWN_LABEL = (
    r"(?:our[ \t]+ref(?:erence)?\.?(?:[ \t]+(?:no\.?|number))?"
    r"|(?<!your )reference[ \t]+(?:number|no\.?)"
    r"|(?:payment[ \t]+)?reminder[ \t]+(?:number|no\.?|#|ref(?:erence)?\.?)"
    # A reminder's own number in the Nordic, Finnish, Polish, Czech and German words:
    # "Rykker nr.", "Purring nr.", "Påminnelse nr", "Muistutus nro", "Upomínka č.".
    r"|(?:\w*p[åa]minnelse|\w*p[åa]mindelse|purring|rykker|\w*muistutus|upomnienie"
    r"|upom[íi]nka|mahnung)[ \t]*(?:nr|no|nro|č)\.?"
    r"|unser(?:e)?[ \t]+(?:zeichen|referenz|aktenzeichen)"
    r"|notre[ \t]+r[ée]f(?:[ée]rence)?\.?|n[ \t]*/[ \t]*r[ée]f\.?"
    r"|ons[ \t]+kenmerk|nuestra[ \t]+ref(?:erencia)?\.?|n/ref\.?"
    r"|nostro[ \t]+rif(?:erimento)?\.?|ns\.?[ \t]+rif\.?"
    r"|v[åa]r[ \t]+ref(?:erens|eranse)?\.?|vores[ \t]+ref(?:erence)?\.?)"
)
#: An Italian letter numbers its reference in the sender's register of outgoing mail: "Ns.
#: rif.: Prot. n. 9500/26" (protocollo), the number after the register's name.
_REGISTER_ENTRY = r"(?:prot(?:ocollo)?\.?[ \t]*(?:n\.?|nr\.?|n\.?[°º])?[ \t]*)"
#: The label and the value after it on its line.
_OWN_REFERENCE = re.compile(
    rf"(?<![\w/]){_OWN_LABEL}[ \t]*[:#]?[ \t]*{_REGISTER_ENTRY}?"
    r"(?P<id>[A-Z0-9][A-Z0-9/_.-]{0,30})?",
    re.IGNORECASE,
)
#: A reference is printed as a document's number is (``PRINTED_ID``: a digit among its
#: letters, as a typist's initials, "JD/kl", name the writer, not the letter), in two
#: characters at least.
_MIN_REFERENCE_CHARS = 2
#: How far into a letter its references stand (the header block before the body).
_HEAD_CHARS = 2500


def letter_reference_at(text: str) -> tuple[str, int] | None:
    """The letter's own reference and its offset in ``text``: after its label, else under it
    in a row of labels; ``None`` when the letter prints none."""
    for match in _OWN_REFERENCE.finditer(text, 0, _HEAD_CHARS):
        ident = match.group("id")
        if ident and _is_reference(ident.rstrip(".")):
            return ident.rstrip("."), match.start("id")
        below = value_below(text, match.start()) or _alone_on_next_line(text, match.end())
        if below and _is_reference(below[0].rstrip(".")):
            return below[0].rstrip("."), below[1]
    return None


def _alone_on_next_line(text: str, end: int) -> tuple[str, int] | None:
    """The value alone on the line after a label that closes its own line (a right-hand
    column's "Purring nr. / Reminder ref." over "P-978463"), with its offset."""
    line_end = text.find("\n", end)
    if line_end == -1 or text[end:line_end].strip(" \t:."):
        return None
    next_end = text.find("\n", line_end + 1)
    line = text[line_end + 1 : next_end if next_end != -1 else len(text)]
    value = line.strip()
    if not value or len(value.split()) != 1:
        return None
    return value, line_end + 1 + line.index(value)


def _is_reference(value: str) -> bool:
    """Whether ``value``, a whole cell or what follows a label, is a reference."""
    return len(value) >= _MIN_REFERENCE_CHARS and PRINTED_ID.fullmatch(value) is not None
