"""Parties in tables: a column headed "Name" (or "Attendee", "Participant", "Member",
"Owner", ...) holds people; one headed "Organisation" (or "Company", "Affiliation",
"Representing", ...) holds organisations. Registers of attendees are printed this way, the
name often family name first ("Delacroix, Thandiwe K.").
"""

from __future__ import annotations

from workflow.analyzers.party_names import (
    CELLS,
    NOT_NAME,
    clean_name,
    first_clause,
    listed_person,
    natural_order,
    party,
    strip_honorific,
    words,
)

#: Column headings over people's names, and the role each gives them.
_PEOPLE: dict[str, str] = {
    "name": "person", "names": "person", "full name": "person", "person": "person",
    "attendee": "attendee", "attendees": "attendee", "participant": "attendee",
    "participants": "attendee", "member": "attendee", "members": "attendee",
    "delegate": "attendee", "present": "attendee", "representative": "attendee",
    "owner": "owner", "action owner": "owner", "responsible": "owner", "assignee": "owner",
    "signatory": "signatory", "contact": "contact", "contact person": "contact",
    # German, French, Dutch, Spanish, Italian
    "teilnehmer": "attendee", "teilnehmende": "attendee", "nom": "person",
    "nom et prénom": "person",
    "participant·e": "attendee", "naam": "person", "deelnemer": "attendee",
    "deelnemers": "attendee", "nombre": "person", "nombre y apellidos": "person",
    "asistente": "attendee", "nome": "person", "nome e cognome": "person",
    "partecipante": "attendee", "verantwortlich": "owner", "responsable": "owner",
    "verantwoordelijke": "owner", "responsabile": "owner",
}  # fmt: skip
#: Column headings over organisations' names.
_ORGANISATIONS = words(
    """
    organisation organization company firm employer affiliation representing institution
    entity agency unternehmen firma organisation société entreprise organisme organisatie
    bedrijf instelling empresa entidad organización azienda società ente
    """
) | {"company name", "organisation name", "organization name"}
#: Other headings of such tables: a heading row holds headings only (a form's "Company
#: Acme Ltd" is a label and its value, not a table's head).
_OTHER_HEADINGS = words(
    """
    role title position department action actions task item due date deadline email e-mail
    phone telephone notes comments remarks status signature initials country city location
    function capacity attendance vote funktion rolle abteilung unterschrift telefon fonction
    rôle qualité service téléphone functie rol afdeling handtekening telefoon cargo función
    puesto departamento teléfono ruolo funzione qualifica reparto telefono
    """
) | {"job title", "due date", "e-mail address"}
#: Most rows read under one heading row.
_MAX_ROWS = 60


def tabled(lines: list[str]) -> list[dict[str, str]]:
    """The people and organisations of every table column whose heading names what it holds."""
    found: list[dict[str, str]] = []
    for index, line in enumerate(lines):
        heads = [cell.strip(" :*").lower() for cell in _cells(line)]
        if len(heads) < 2:
            continue
        people = {column: _PEOPLE[head] for column, head in enumerate(heads) if head in _PEOPLE}
        firms = [column for column, head in enumerate(heads) if head in _ORGANISATIONS]
        if not people and not firms:
            continue
        if not all(
            head in _PEOPLE or head in _ORGANISATIONS or head in _OTHER_HEADINGS for head in heads
        ):
            continue  # a label and its value, not a row of headings
        for row in _rows(lines, index + 1, len(heads)):
            for column, role in people.items():
                name = strip_honorific(clean_name(row[column]))
                flipped = natural_order(name)
                name = flipped if flipped != name else first_clause(name)
                if listed_person(name):
                    found.append(party(name, role, "person"))
            for column in firms:
                name = clean_name(row[column])
                if _firm_like(name):
                    found.append(party(name, "organization", "organization"))
    return found


def _firm_like(name: str) -> bool:
    """A cell that can be a firm's name: capitalised, not a number, not common words only."""
    return (
        bool(name)
        and name[:1].isupper()
        and not any(ch.isdigit() for ch in name.replace(" ", "")[:1])
        and not all(word.strip(".").lower() in NOT_NAME for word in name.split())
    )


def _cells(line: str) -> list[str]:
    return [cell for cell in CELLS.split(line.strip()) if cell.strip()]


def _rows(lines: list[str], start: int, width: int) -> list[list[str]]:
    """The rows under a heading row: lines with as many cells (blank lines between them, as
    HTML gives, are skipped; a row with a cell left empty is passed over); a line of one cell
    ends the table."""
    rows: list[list[str]] = []
    for line in lines[start : start + _MAX_ROWS]:
        cells = _cells(line)
        if not cells:
            continue
        if len(cells) == width:
            rows.append(cells)
        elif len(cells) <= 1:
            break
    return rows
