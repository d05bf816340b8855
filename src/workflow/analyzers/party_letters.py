"""Parties a letter's layout shows: the letterhead printed first, the salutation and the signer
after the closing, an addressee above a street line, signature blocks (a name above a job
title), and anyone written with an honorific.
"""

from __future__ import annotations

import re
from itertools import islice

from workflow.analyzers.party_names import (
    CELLS,
    ENDS_WITH_SUFFIX,
    HONORIFIC,
    HONORIFIC_NAME,
    MAX_MATCHES,
    NOT_NAME,
    PERSON,
    STREET,
    clean_name,
    first_clause,
    is_organisation,
    is_person,
    is_title,
    party,
    strip_honorific,
)

#: "Dear", and the greetings of German, Dutch, French, Spanish and Italian letters.
_GREETING = (
    r"(?:Dear|Sehr[ \t]geehrte[rn]?|Liebe[rn]?|Geachte|Beste|Cher|Chère|Estimad[oa]|Apreciad[oa]"
    r"|Gentile|Egregi[oa]|Caro|Cara|Hallo|Bonjour)[ \t]+|(?=(?:Madame|Monsieur)[ \t])"
)
_SALUTATION = re.compile(
    rf"^[ \t]*(?:{_GREETING})(?P<name>(?:{HONORIFIC}[ \t]+)*[A-ZÀ-ÖØ-Þ][\w'.-]*"
    rf"(?:[ \t]+[A-Z][\w'.-]*){{0,3}})[ \t]*[,:]",
    re.MULTILINE,
)
#: A bill's or a mail's informal greeting to its customer by full name: "Hello Aled
#: Pritchard, here's your bill", "Hi Nisha Raman,", "Hola Lucía Herrero:" ("Hi All," names no
#: one: only a person's full name counts).
_INFORMAL_SALUTATION = re.compile(
    r"^[ \t]*(?:Hello|Hi|Hey|Hola|Ciao|Ol[áa]|Moin|Hoi)[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'.-]*){1,3})[ \t]*[,:!]",
    re.MULTILINE,
)
_CLOSING = re.compile(
    r"^[ \t]*(?:sincerely|kind regards|best regards|regards|yours (?:truly|faithfully|sincerely)"
    r"|with thanks|best wishes|--"  # "--": an e-mail's signature follows
    # German, French, Dutch, Spanish, Italian
    r"|mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e"
    r"|beste gr(?:ü|ue)(?:ß|ss)e"
    r"|viele gr(?:ü|ue)(?:ß|ss)e|hochachtungsvoll|cordialement|bien cordialement"
    r"|(?:veuillez|je vous prie d[e']|nous vous prions d[e'])[^\n]{0,120}salutations[^\n]*"
    r"|salutations distingu[ée]es|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?"
    r"|hoogachtend|atentamente|saludos cordiales|un saludo|cordiali saluti|distinti saluti"
    r"|cordialmente|bien [àa] vous|(?:hartelijke |vriendelijke )?groeten|saluti|mfg)"
    r"[ \t]*[,.]?[ \t]*$",
    re.IGNORECASE,
)
#: A line naming whom a letter is for, in six languages: "z. Hd. Frau Dr. X", "À l'attention
#: de Mme X", "t.a.v. mevrouw X", "A la atención de D.ª X", "Alla c.a. della Sig.ra X".
_ATTENTION = re.compile(
    r"^[ \t]*(?:z\.[ ]?Hd\.?(?:[ ]v(?:on|\.))?|zu[ ]Händen(?:[ ]von)?"
    r"|[AÀaà][ ]l['\u2019]att(?:ention|\.)"
    r"[ ]de|t\.[ ]?a\.[ ]?v\.|ter[ ]attentie[ ]van|a[ ]la[ ]atenci[óo]n[ ]de|att\.|attn\.?"
    r"|alla[ ]c(?:ortese)?\.?[ ]?a(?:ttenzione)?\.?|all['\u2019]attenzione|c\.a\.)"
    r"(?:[ ](?:di|del|della|dello|de|la|le))?[ \t:]+(?P<rest>[^\n,]{3,60})",
    re.IGNORECASE | re.MULTILINE,
)
#: What separates a letterhead from a title on its line: a dash, a bar, a wide gap.
_HEAD_SEPARATOR = re.compile(r"\s+[-\u2013\u2014|]\s+|[ ]{2,}|\t")
_MAX_LETTERHEAD_WORDS = 6
_LETTERHEAD_LINES = 8
_MAX_HEADING_WORDS = 4
#: Contacts under a letterhead: a telephone number, an e-mail address, a website.
_CONTACT = re.compile(r"@|\b(?:tel|phone|fax|www)\b|\+\d|\.(?:com|org|net|example)\b", re.I)
#: What a letterhead never holds: digits, a label, an address, a document's or a greeting's
#: word ("Document" is the placeholder title HTML editors write).
_NOT_A_LETTERHEAD = re.compile(
    r"\d|@|:|\b(?:invoice|receipt|statement|order|bill|tax|credit|note|page|date|total"
    r"|document|memo(?:randum)?|minutes|agreement|contract|report|form|letter|confirmation"
    r"|quot(?:e|ation)|estimate|notice|summary|schedule|policy|claim|application|welcome"
    r"|copy|dear|hi|hello|subject|re|received|payment|paid)\b"
    # the titles of German, French, Dutch, Spanish and Italian papers, compounds too
    # ("Wartungsvertrag", "Kontoauszug", "Rekeningafschrift")
    r"|(?:vertrag|vereinbarung|rechnung|gutschrift|bestellung|kontoauszug|protokoll|angebot"
    r"|contrat|facture|avoir|devis|relevé|overeenkomst|factuur|offerte|afschrift|notulen"
    r"|verslag|contrato|factura|presupuesto|extracto|acta|contratto|fattura|preventivo"
    r"|quittung|beleg|re[çc]u|recibo|ricevuta|kwitantie"
    r"|estratto|verbale)\b",
    re.IGNORECASE,
)
#: A line a signer's name stands under: "For the Supplier", "On behalf of Acme Ltd", "pp".
_ON_BEHALF = re.compile(
    r"^[ \t]*(?:for(?:[ \t]+and)?(?:[ \t]+on[ \t]+behalf[ \t]+of)?|on[ \t]+behalf[ \t]+of|p\.?p\.?"
    r"|signed(?:[ \t]+for)?)\b",
    re.IGNORECASE,
)
#: A line of names side by side (a signature row) is never longer than this.
_MAX_SIGNATURE_LINE = 120
#: Who signs for another: "p.p." / "per pro" (by procuration), German "ppa." (Prokura), "i.A."
#: (on instruction), "i.V." (as deputy), French "p.o." (par ordre). A name follows.
_SIGNING = re.compile(
    r"^[ \t]*(?:p\.?[ ]?pa?\.?|per[ \t]+pro(?:curationem)?\.?|i\.[ ]?[AV]\.|p\.[ ]?o\.)[ \t]+"
    r"(?=[A-Z])",
    re.IGNORECASE,
)
#: A US or Canadian town line: "San Jose, CA 95112", "Toronto, ON M5V 2T6".
_STATE_POSTCODE = re.compile(r"\s*[A-Z]{2}\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*$")
#: A reply's line over the message it quotes: "On <date>, Name <mailbox> wrote:".
_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:On|Am|Le|El|Op|Il)[ \t][^\n<]{4,60}?,[ \t]*"
    r"(?P<name>[^,<>\n]{3,60}?)[ \t]*<[^<>\n]+>"
    r"[ \t]*(?:wrote|schrieb|a[ \t]écrit|escribió|schreef|ha[ \t]scritto)[ \t]*:",
    re.MULTILINE,
)
#: How far above a salutation its addressee's name is looked for, and its most words.
_ADDRESS_LINES = 12
_MAX_NAME_WORDS = 4
#: Lines longer than this are not an addressee's name (keeps the check cheap).
_MAX_ADDRESSEE_LINE = 80
#: A page's number printed above its letterhead, in one language or two ("Page 1 of 2",
#: "Sida / Page 1 (1)", "Strona / Page 1 z / of 1"): no name, so the name under it is the
#: one printed first.
_PAGE_MARK_LINE = re.compile(
    r"^[ \t]*(?:(?:page|sida|side|sivu|strona|seite|str[áa]nka|strana|oldal)[ \t]*/?[ \t]*)+"
    r"\d{1,4}(?:[ \t]*(?:(?:of|av|af|z|von|de|/)[ \t]*/?[ \t]*)+\d{1,4}|[ \t]*\(\d{1,4}\))?"
    r"[ \t]*$",
    re.IGNORECASE,
)


def letterhead(lines: list[str]) -> list[dict[str, str]]:
    """The sender's name printed first, over its address or its contacts, or before the
    document's title ("Bluecrest Card Services - Statement", "Acme Ltd     INVOICE"): an
    organisation, unless it reads as a person's name (then the other cues say who it is)."""
    top = [line.strip() for line in lines[:_LETTERHEAD_LINES] if line.strip()][:3]
    if not top:
        return []
    parts = _HEAD_SEPARATOR.split(top[0], maxsplit=1)
    named, colon, title = top[0].partition(": ")
    if colon and is_organisation(named.strip()) and _NOT_A_LETTERHEAD.search(title):
        parts = [named, title]  # "Greenway Dental: Minutes of the meeting held on ..."
    name = parts[0].strip()
    words = name.split()
    if (
        not 0 < len(words) <= _MAX_LETTERHEAD_WORDS
        or _NOT_A_LETTERHEAD.search(name)
        or not all(word[0].isupper() or word in ("&", "and", "of", "de") for word in words)
        or is_person(strip_honorific(name))
    ):
        return []
    titled = len(parts) > 1 and bool(_NOT_A_LETTERHEAD.search(parts[1]))
    below = top[1] if len(top) > 1 else ""
    if not (
        titled
        or STREET.match(below)
        or _CONTACT.search(below)
        or _is_heading(below)
        or _named_as_firm(name)
    ):
        return []  # a heading or a job title on top, not a sender's name
    return [party(clean_name(name), "sender", "organization")] if clean_name(name) else []


def _named_as_firm(name: str) -> bool:
    """A name that ends as only firms' names end ("Meridian Trust Card Services", "Halden
    Building Society"), whatever is printed under it."""
    words = name.split()
    return (
        len(words) > 1
        and words[0].lower() not in NOT_NAME  # "Finance Department", "Board Meeting"
        and is_organisation(words[-1])
    )


def _is_heading(line: str) -> bool:
    """A short line naming the document: "Account statement", "INVOICE"."""
    return len(line.split()) <= _MAX_HEADING_WORDS and bool(_NOT_A_LETTERHEAD.search(line))


def correspondents(text: str, lines: list[str]) -> list[dict[str, str]]:
    """A letter's recipient (the salutation) and its sender (the signer after the closing)."""
    found: list[dict[str, str]] = []
    salutation = _SALUTATION.search(text)
    if salutation:
        name = strip_honorific(clean_name(salutation.group("name")))
        if name and name.split()[0].lower() not in ("sir", "madam", "customer", "team"):
            before = text.count("\n", 0, salutation.start())
            found.append(party(_addressed(name, lines[:before]), "recipient", "person"))
    elif informal := _INFORMAL_SALUTATION.search(text):
        name = strip_honorific(clean_name(informal.group("name")))
        if is_person(name):
            found.append(party(name, "recipient", "person"))
    for index, line in enumerate(lines):
        if _CLOSING.match(line):
            following = [ln for ln in lines[index + 1 : index + 6] if ln.strip()][:3]
            for candidate in following:
                if _ON_BEHALF.match(candidate) and not _SIGNING.match(candidate):
                    continue  # "On behalf of Acme Ltd", "pp", "For Acme": the signer is below
                name = strip_honorific(clean_name(_SIGNING.sub("", candidate)))
                if name and is_person(name):
                    found.append(party(name, "sender", "person"))
                break
            break
    return found


def attentions(text: str) -> list[dict[str, str]]:
    """The person a letter or an invoice is for, on its attention line in any of six
    languages (the name after the honorific)."""
    found: list[dict[str, str]] = []
    for match in islice(_ATTENTION.finditer(text), MAX_MATCHES):
        rest = CELLS.split(match.group("rest").strip())[0]
        name = strip_honorific(clean_name(rest))
        person = PERSON.match(name)
        if person and is_person(person.group("name")):
            found.append(party(person.group("name"), "contact", "person"))
    return found


def _addressed(name: str, above: list[str]) -> str:
    """The full name of the person a salutation greets by one name ("Dear Fiona," under
    "Fiona Lane"; "Dear Mrs Lane," under "Mrs Fiona Lane"): a short line of the address
    block that starts or ends with that name, whatever its words mean elsewhere."""
    if len(name.split()) != 1:
        return name
    for line in reversed(above[-_ADDRESS_LINES:]):
        full = strip_honorific(line.strip())
        words = full.split()
        if (
            1 < len(words) <= _MAX_NAME_WORDS
            and name in (words[0], words[-1])
            and PERSON.fullmatch(full)
            and not is_organisation(full)
        ):
            return full
    return name


#: A house number after a name: the name is a street's ("Mr. Treublaan 7, 1097 DP").
_HOUSE_NUMBER = re.compile(r"[ \t]+\d{1,5}[a-z]?\b(?![.:/]\d)")


def honorific_names(text: str) -> list[dict[str, str]]:
    """Anyone written with an honorific ("Dr. Omar Farouk", "Ms. Patel") and named by no more
    telling cue: most often the one a document is addressed to."""
    found: list[dict[str, str]] = []
    for match in islice(HONORIFIC_NAME.finditer(text), MAX_MATCHES):
        name = match.group("name")
        if _HOUSE_NUMBER.match(text, match.end()):
            continue  # "Mr. Treublaan 7": a street named after a Meester, no person
        if is_person(name) or len(name.split()) == 1:
            found.append(party(name, "recipient", "person"))
    return found


def addressees(lines: list[str]) -> list[dict[str, str]]:
    """A person named just above (or just before, after a comma) a street address, or above
    the firm over it; not the name printed first, above the first address: that is the
    sender's letterhead."""
    found: list[dict[str, str]] = []
    top = next(
        (i for i, line in enumerate(lines) if line.strip() and not _PAGE_MARK_LINE.match(line)),
        -1,
    )
    for index, line in enumerate(lines):
        if index == top or len(line) > _MAX_ADDRESSEE_LINE or not line[:1].isupper():
            continue
        head, sep, tail = line.strip().partition(",")
        after = tail if sep else (lines[index + 1] if index + 1 < len(lines) else "")
        if not STREET.match(after) and not sep and is_organisation(after.strip()):
            # "Marcus Webb / Parbold Veterinary Group / 12 Mill Lane": the firm between
            after = lines[index + 2] if index + 2 < len(lines) else ""
        if sep and _STATE_POSTCODE.match(tail):
            continue  # "San Jose, CA 95112": a town and its state, not a name and a street
        if _over_street_in_column(line, lines[index + 1 : index + 2]):
            # "Raymond Castillo  Account Number: ..." over "306 W Koenig St  Statement
            # Date: ...": an address block in the left column beside the bill's details
            name = strip_honorific(CELLS.split(line.strip())[0])
            found.append(party(name, "recipient", "person"))
            continue
        if STREET.match(after) and is_person(strip_honorific(head.strip())):
            found.append(party(strip_honorific(head.strip()), "recipient", "person"))
        elif not sep and _firm_over_street(line.strip(), lines[index + 1 : index + 3]):
            found.append(party(line.strip(), "recipient", "organization"))
    return found


#: A cell holding a price or a count alone: "$5.47", "3,98 B", "12".
_PRICE_CELL = re.compile(r"[^\w\n]*\d[\d.,' ]*[^\w\n]*(?:[A-Z]{1,3})?")


def _over_street_in_column(line: str, below: list[str]) -> bool:
    """A person's name as the first of a line's cells, over a street as the first of the
    next line's: the left column of a two-column header."""
    cells = CELLS.split(line.strip())
    under = CELLS.split(below[0].strip())[0] if below else ""
    return (
        len(cells) > 1
        and ":" not in cells[0]
        # a till's item over the next ("Trail Mix  $5.47"): its price, no detail, beside it
        and not _PRICE_CELL.fullmatch(cells[-1])
        and bool(STREET.match(under))
        and bool(re.search(r"[^\W\d_]{3}", under))  # a street's name, not a code ("EK 12")
        and is_person(strip_honorific(cells[0]))
    )


def _firm_over_street(line: str, below: list[str]) -> bool:
    """A firm's name (by the noun it ends with) over its street, or over the line naming
    whom it is for ("Orchard Lane Veterinary Practice / FAO: J. Doe / 12 Mill Lane")."""
    return (
        is_organisation(line)
        and len(CELLS.split(line)) == 1  # "Title | Firm" is a signature's line
        and ":" not in line  # "Remit to: Acme plc" is a label's
        and not any(ch.isdigit() for ch in line)
        # "The Board" is a heading; "The Laughing Kettle Ltd" a firm by its legal form
        and (
            line.split(maxsplit=1)[0].lower() not in NOT_NAME
            or (line.startswith("The ") and ENDS_WITH_SUFFIX.search(line) is not None)
        )
        and any(STREET.match(ln) for ln in below)
    )


def attributions(text: str) -> list[dict[str, str]]:
    """Who wrote the message a reply quotes: "On 2 May 2026, Jane Doe <jane@x.io> wrote:"
    (and the same line in German, French, Spanish, Dutch and Italian mail programs)."""
    found: list[dict[str, str]] = []
    for match in islice(_ATTRIBUTION.finditer(text), MAX_MATCHES):
        name = strip_honorific(clean_name(match.group("name").strip(' "')))
        if is_person(name):
            found.append(party(name, "sender", "person"))
    return found


def signatures(lines: list[str]) -> list[dict[str, str]]:
    """Names written above job titles: signature blocks, also side by side in columns."""
    found: list[dict[str, str]] = []
    for index, line in enumerate(lines):
        if len(line) > _MAX_SIGNATURE_LINE:
            continue
        signed = [_SIGNING.sub("", cell) for cell in CELLS.split(line) if _SIGNING.match(cell)]
        if signed:  # "pp Tobias O'Neil", "ppa. Dr. Jens Vogt   i.A. Sabine Roth": signers
            names = [strip_honorific(first_clause(cell.strip())) for cell in signed]
            found += [party(name, "signatory", "person") for name in names if is_person(name)]
            continue
        if not (line[:1].isupper() or line[:1].isspace()):
            continue  # prose, a table row of figures: not a line of names
        cells = [strip_honorific(cell) for cell in CELLS.split(line) if cell.strip()]
        if not cells or not all(is_person(first_clause(cell)) for cell in cells):
            continue
        if all(is_title(cell.partition(",")[2]) for cell in cells):
            found += [party(first_clause(cell), "signatory", "person") for cell in cells]
            continue
        if not all(is_person(cell) for cell in cells):
            continue  # "Hi Bartholomew, thank you ...": a greeting, not a name
        ahead = [ln for ln in lines[index + 1 : index + 6] if ln.strip()][:3]
        behind = [ln for ln in lines[max(0, index - 3) : index] if ln.strip()][-1:]
        if any(_titles(ln, len(cells)) for ln in ahead) or any(
            _ON_BEHALF.match(ln) for ln in behind
        ):
            found += [party(cell, "signatory", "person") for cell in cells]
    return found


def _titles(line: str, names: int) -> bool:
    """A line of job titles under a line of ``names`` names: its first cell a title, and no
    more cells than names (a table's next row, "Name  Treasurer  Firm", is not one)."""
    cells = [cell for cell in CELLS.split(line.strip()) if cell.strip()]
    return 0 < len(cells) <= names and is_title(cells[0])
