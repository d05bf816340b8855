"""What a party's name looks like: organisations (a legal form of many countries, or a word
that only organisations carry), people (capitalised words, initials, honorifics), job titles,
street lines, and the tidying of a name read from a field.

Shapes, not lists of known parties: the analyzers recognise a name by how it is written.
"""

from __future__ import annotations

import re

#: Matches examined per pattern (bounds the work on adversarial text).
MAX_MATCHES = 2000


def words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


#: Ireland's counties, which an address names after "Co." ("Kilbride, Co. Wicklow"): the
#: county, never a company's "Co.".
_IRISH_COUNTY = (
    r"(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway"
    r"|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan"
    r"|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)"
)
#: Legal forms, by the countries that use them: US and UK; Germany, Austria and
#: Switzerland; France; Italy; Spain and Portugal, Brazil; the Low Countries; the Nordics;
#: Poland, Czechia and Slovakia, Hungary, the Baltics; Turkey; Japan; Singapore, Malaysia,
#: India, Australia; Ireland; the UAE's free zones.
_SUFFIX = (
    r"Inc|Incorporated|LLC|L\.L\.C|LLP|LP|L\.P|Ltd|Limited|PLC|plc|Corp|Corporation"
    rf"|Co(?!\.?[ \t]+{_IRISH_COUNTY}\b)|Company"
    r"|PLLC|P\.L\.L\.C|PC|P\.C|Group|Holdings"
    r"|GmbH|AG|SE|KG|KGaA|OHG|GbR|UG|e\.K|eG|e\.V|Sàrl|S\.à[ \t]r\.l|S\.a[ \t]r\.l"
    # the longer dotted form first: "S.A.U." is not "S.A" and a full stop
    r"|S\.A\.S|S\.A\.U|SA|S\.A|SAS|SASU|SAU|SARL|EURL|SNC|SELARL|SELAS|SCP|SCI"
    r"|SpA|S\.p\.A|S\.r\.l|SRL|Srl|S\.n\.c"
    r"|S\.L\.U|S\.L|SL|SLU|Lda|Ltda"
    r"|BV|B\.V|NV|N\.V|BVBA|VOF"
    r"|AB|AS|ASA|A/S|ApS|Oy|Oyj|ehf|hf"
    r"|[Ss]p\.?[ \t]z[ \t]o\.o|sp\.[ \t]?k|sro|s\.r\.o|a\.s|Kft|Zrt|Nyrt|Bt|SIA|UAB|OÜ"
    r"|A\.Ş|Şti|K\.K|G\.K|Pte|Sdn|Bhd|Berhad|Pvt|Pty|DAC|CLG"
    # the United Arab Emirates' free-zone companies: "Ironbark Creative FZCO", "... FZ-LLC"
    r"|FZCO|FZE|FZ-LLC|FZC"
    # in capitals, as deeds and registers print a party: "ACME TRADING LIMITED"
    r"|INC|INCORPORATED|LIMITED|LTD|CORP|CORPORATION|COMPANY|GMBH|HOLDINGS|GROUP"
)
#: Legal forms may follow one another: "Pte Ltd", "Co., Ltd.", "GmbH & Co. KG".
SUFFIXES = rf"(?:{_SUFFIX})\.?(?:,?[ \t]+(?:&[ \t]+)?(?:{_SUFFIX})\.?)*"
#: One to six capitalised words (or "&", or a joiner: "Empresa Municipal de Aguas de
#: Albacete, S.A.") then a company suffix, on one line.
#: The legal form may be wrapped onto the next line ("Granite Peak Construction\nInc.").
#: A word of a firm's name: capitalised, or digits run into capitals ("3M", "4Sight", "7-Eleven").
#: Capitals of the Latin alphabets too: "Ébénisterie Laurentide Inc.", "Ørsted A/S".
_FIRM_WORD = r"(?:[A-ZÀ-ÖØ-Þ]|\d+[A-Za-z-])[\w'&-]*"
#: Small words inside a firm's name, never first: "Bank of X", "Lyonnaise des Bureaux SAS",
#: "Café du Vieux-Port Inc.", "Castelli e Figli", "Müller und Söhne", and Portuguese's
#: contracted articles: "Pastelaria Estrela do Mar, Lda.", "Casa das Tintas, Lda."; the
#: Nordic "and": "Østerbro Lys og Lyd ApS", "Berg och Son AB".
_FIRM_JOINER = (
    r"&|and|of|de|des|du|la|le|del|della|di|do|da|dos|das|van|von|der|den|y|e|et|und|og|och"
)
#: A word after the first may be elided: "Hôtel du Lac d'Annecy SAS".
_FIRM_WORD_ON = rf"(?:[dlDL]['\u2019])?{_FIRM_WORD}"
#: A title abbreviated inside a firm's name: "Studio Tecnico Ing. Ferri S.r.l.", "Gebr.".
_FIRM_TITLE = r"(?:Ing|Dott|Dr|Avv|Arch|Geom|Rag|Gebr|Prof|Dipl|St)\."
#: A state's or province's abbreviation that is also a legal form, before its postcode: an
#: address's town line ("Norwood SA 5067": South Australia; "Las Vegas NV 89101": Nevada;
#: "Calgary AB T2P 1J9": Alberta), never a firm's "S.A.", "N.V." or "AB".
_STATE_BEFORE_POSTCODE = (
    r"(?<=\bSA)[ \t]+\d{4}(?!\d)"
    r"|(?<=\bNV)[ \t]+\d{5}(?:-\d{4})?(?!\d)"
    r"|(?<=\bAB)[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b"
)
ORGANISATION = re.compile(
    # a deed's "BETWEEN", "AND" or "ET" in capitals around a party is no word of its name
    r"(?<![\w.-])(?P<name>(?!(?:AND|ET|UND|Y|BETWEEN|ENTRE|ZWISCHEN|TUSSEN|TRA)[ \t])"
    rf"(?:{_FIRM_WORD}[ \t]+"
    rf"(?:(?:{_FIRM_WORD_ON}|{_FIRM_JOINER}|{_FIRM_TITLE})[ \t]+){{0,4}})?"
    rf"{_FIRM_WORD_ON},?(?:[ \t]+|[ \t]*\n[ \t]*){SUFFIXES})(?![\w])(?!{_STATE_BEFORE_POSTCODE})"
)
#: Nouns only an institution's name ends with: "Cascade Credit Union", "Royal Society".
_INSTITUTION = (
    r"Bank|Union|Association|Foundation|Society|Institute|University|Council|Hospital|Clinic"
    r"|Cooperative|Co-operative|Federation|Authority|Academy|Trust"
    # a medical practice, a club, a county's tax office billing its patients, members and
    # owners: "Lakeside Pediatrics", "Bayview Family Medicine", "Fernhill Lawn Tennis Club",
    # "Marlow County Treasurer", "Cedar Falls County Tax Collector"
    r"|Pediatrics|Paediatrics|Medicine|Club|Treasurer|Tax[ \t]Collector"
)
INSTITUTION = re.compile(
    rf"\b(?P<name>(?:[A-Z][\w'&-]*[ \t]+(?:(?:of|and|&)[ \t]+)?){{1,4}}(?:{_INSTITUTION})"
    r"(?:[ \t]+of[ \t]+[A-Z][\w'-]*)?)\b"
)
#: Nouns an institution's name starts with in German, French, Dutch, Spanish and Italian, a
#: place or a name after them: "Mairie de Saint-Priest", "Gemeente Zwolle", "Caja Rural de
#: Teruel", "Banca Popolare di Ravenna", "Stichting Groen Erfgoed", "Sparkasse Hohenlohe",
#: and the town or its office that bills a fee ("Stadt Wolfsfelden", "Landratsamt Fürth").
_LEADING_INSTITUTION = (
    r"Mairie|Ville|Commune|Ayuntamiento|Comune|Gemeente|Gemeinde|Landkreis|Provincia|Provincie"
    r"|Stadt|Landeshauptstadt|Stadtverwaltung|Landratsamt|Bezirksamt|Municipio"
    r"|Universit[éäà]t?|Universidad|Universiteit|Hochschule|Hogeschool|Stichting|Vereniging"
    r"|Fondation|Fundación|Fondazione|Stiftung|Association|Asociación|Associazione|Verein"
    r"|Banco|Banca|Banque|Caisse|Caja|Cassa|Crédit|Credito|Sparkasse|Kreissparkasse|Volksbank"
    r"|Raiffeisenbank|Stadtwerke|Hôpital|Ospedale|Clinique|Clínica|Klinikum"
    r"|Cooperativa|Coopérative|Mutuelle|Circolo|Caixa|Genossenschaft|Wohnbaugenossenschaft"
    # housing corporations, owners' communities and mutual insurers: "Woningcorporatie
    # Eemvallei", "Comunidad de Propietarios Los Olivos", "Mutua Madrileña".
    r"|Woningcorporatie|Wooncorporatie|Comunidad|Mutua|Mutualidad"
)
#: Endings of the compound nouns German and Dutch institutions are named with:
#: "IJssel Spaarbank", "Turnverein Kirchheim", "Tennisvereniging De Linde".
_STEMS = (
    r"bank|kasse|verein|vereniging|verband|stiftung|stichting|genossenschaft|werke|schule"
    r"|kliniek|klinik|ziekenhuis|krankenhaus"
)
_COMPOUND = re.compile(rf"[^\W\d_]{{3,}}(?:{_STEMS})", re.IGNORECASE)
_NAME_WORD = r"(?:IJ|[A-ZÀ-ÖØ-Þ])[\w'\u2019-]*"
_INSTITUTION_JOINER = (
    r"(?:de|del|de[ ]la|des|du|di|della|dei|van|von|der|den|für|voor|il|la|le|les|sul|sur"
    r"|am|an[ ]der|aan[ ]de)[ ]"
    r"|d['\u2019]"
)
#: An institution named in its language: its noun first, then a place or a name ("Mairie de
#: Saint-Priest", "Turnverein Kirchheim"), or a place before a compound ("IJssel Spaarbank").
FOREIGN_INSTITUTION = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>(?:{_LEADING_INSTITUTION}|{_NAME_WORD}(?i:{_STEMS}))"
    rf"(?:[ ](?:{_INSTITUTION_JOINER})?{_NAME_WORD}){{1,3}}"  # one space: a name, not cells
    rf"|{_NAME_WORD}(?:[ ]{_NAME_WORD})?[ ](?:IJ|[A-Z])[\w'-]{{2,}}(?i:{_STEMS}))"
    r"(?![\w'\u2019-])"
)
ENDS_WITH_SUFFIX = re.compile(rf"[ \t]{SUFFIXES}$")
SUFFIX_WORD = re.compile(rf"(?:{_SUFFIX})\.?")
#: Words that make a name without a legal suffix an organisation.
_ORG_WORDS = words(
    """
    bank market grocers grocery pharmacy cafe café books bookshop station kitchen
    hardware store stores shop supermarket restaurant hotel services solutions systems
    partners group holdings foods council university hospital clinic insurance logistics
    energy media telecom capital software analytics trust savings bakery fuel
    association foundation department ministry agency institute school college committee
    board team union society cooperative federation authority academy industries trading
    consulting engineering laboratories studio architects practice chambers solicitors
    associates surgery dental labs
    """
)
#: Job-title words: a line of them under a name makes a signature block.
_TITLE_WORDS = words(
    """
    director manager officer head chief president vice partner lead engineer accountant
    secretary chair chairman chairperson treasurer coordinator administrator analyst
    consultant controller counsel founder owner supervisor assistant executive ceo cfo
    coo cto clerk representative specialist geschäftsführer geschäftsführerin prokurist
    prokuristin vorstand vorsitzende vorsitzender gérant gérante directeur directrice président
    présidente administrador administradora amministratore delegato presidente bestuurder
    voorzitter secretaris penningmeester
    """
)
#: A contract's and a bill's parties in German, French, Dutch, Spanish and Italian.
_FOREIGN_ROLES = words(
    """
    auftraggeber auftragnehmer kunde kundin lieferant verkäufer käufer mieter vermieter
    client cliente prestataire fournisseur acheteur vendeur locataire bailleur opdrachtgever
    opdrachtnemer klant leverancier huurder verhuurder proveedor comprador vendedor
    arrendador arrendatario committente fornitore acquirente venditore locatore conduttore
    """
)
#: Words of a street's or a place's name in the languages of Europe: "Place Lazare-Goujon",
#: "Polígono Campollano", "Via Roma", "Am Hafen".
_STREET_WORDS = words(
    """
    place rue boulevard chemin allée quai impasse calle avenida plaza paseo polígono carrer
    camino via viale piazza piazzale vicolo strada straße strasse platz gasse allee laan
    plein kade gracht postbus postfach apartado am im
    """
)
#: Capitalised words that are not parts of a person's name.
NOT_NAME = (
    words(
        """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday invoice receipt
    total date due street road avenue lane way park square payment please thank this
    that the dear hi hello kind regards yours sincerely account statement order purchase
    agreement client provider customer supplier vendor schedule section page subject
    memo minutes meeting report summary action items decisions budget revenue net tax
    vat subtotal balance amount number description quantity price opening closing new
    card direct debit salary approved signature form claim employee company notes
    apologies present attendees governing law services term termination witness whereof
    effective monthly annual quarterly office policy travel expense update published
    prepared next owner confirm circulate title accounts payable receivable billing support
    sales customer service human resources finance legal operations reception
    management desk procurement purchasing marketing compliance administration payroll
    facilities treasury audit research development communications goods inwards warehouse
    dispatch receiving ihr ihre unser unsere
    """
    )
    | _FOREIGN_ROLES
    | _STREET_WORDS
    | _ORG_WORDS
    | _TITLE_WORDS
)
#: Words a place's name starts with, never a person's: "San Jose", "Los Alamos", "Den Haag".
_PLACE_LEADS = words("San Santa Santo São Los Las El New Port Fort Mount Den Saint")
#: Words that join a heading's nouns and never stand inside a person's name.
_FUNCTION_WORDS = words("of and for to in on at with the or by from")
#: Latin letters with their accents ("Østergaard", "Präzision", "Łukasz").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĘĚĞĢĤĦĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŜŞŠŢŤŪŮŰŲŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēęěğģĥħīįıķĺļľłńņňōőœŕřśŝşšţťūůűųźżž"
#: A name's word: "Weber", "Østergaard", "Park-Lee", and the prefixed "O'Brien", "McDonald".
_NAME = rf"(?:[{_UPPER}]['\u2019]|Ma?c)?[{_UPPER}][{_LOWER}]+(?:['-][{_UPPER}]?[{_LOWER}]+)*"
#: Particles before a surname, one or two: "van der Berg", "de la Cruz" (one group, so a
#: following "?" makes it optional).
_PARTICLE = r"(?:(?:(?:van|von|de|da|del|der|den|di|al|du|le|la|ter|dos|das) ){1,2})"
#: Initials before a surname: "R. J. Whitcombe", "K.L. Achterberg".
_INITIALS = r"(?:[A-Z]\. ?){1,3}"
#: Words of one name are one space apart (a tab or a wider gap separates table cells).
#: A generational suffix, part of the name: "Jr.", "Sr.", "III".
_GENERATION = r"(?:Jr|Sr)\.?|II|III|IV"
PERSON = re.compile(
    rf"(?P<name>(?:{_NAME}(?: [A-Z]\.)?(?: {_PARTICLE}?{_NAME}){{1,2}}"
    rf"|{_INITIALS}{_PARTICLE}?{_NAME}(?:-{_NAME})?)(?:,? (?:{_GENERATION}))?)"
    r"(?![\w])"  # "GmbH" holds no "Gmb"
)
#: Honorifics and academic titles before a name; several may stand together ("Prof. Dr.",
#: "Herr Dr."). "Herrn" is the German address block's form.
HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Madame|Monsieur|Herrn?|Frau|Rev|Cllr|Dipl\.-Ing"
    # Dutch, Spanish, Italian: "mevrouw", "de heer", "Sra.", "D.ª", "Sig.ra", "Dott.ssa"
    r"|[Mm]evrouw|[Mm]evr|[Dd]e[ \t]heer|heer|[Dd]hr|Sra|Srta|Sr|Dña|Doña|D\.ª|Dª"
    r"|Sig\.ra|Sig\.na|Sig|Dott\.ssa|Dott|Avv|Ing)\.?"
)
_HONORIFICS = rf"(?:{HONORIFIC}[ \t]+)+"
HONORIFIC_NAME = re.compile(
    rf"\b{_HONORIFICS}"
    rf"(?P<name>(?:{_INITIALS})?{_PARTICLE}?{_NAME}(?: {_PARTICLE}?{_NAME}){{0,2}})"
    # "Dr. Lindner GbR" is a firm's name (a practice), not "Lindner Gb" nor "Lindner"
    rf"(?![\w])(?![ \t]+(?:{_SUFFIX})\.?(?![\w]))"
)
#: Credentials after a name, no part of it: "Jane Doe, PhD", "R. Lee MBA, CPA", "Esq.".
_CREDENTIALS = re.compile(
    r"(?:,?[ \t]+(?:Ph\.?[ ]?D|D\.?Phil|MBA|CPA|Esq|M\.D|MD|FCA|ACA|ACCA|CFA|CIMA|M\.?Sc|B\.?Sc"
    r"|LL\.?M|J\.D|JD|RN|P\.E|CEng|FRCS|DDS|MEng|MPH|MA|BA|BEng|FRICS|MRICS)\.?)+[ \t]*$"
)
#: "M. Gaspard Moreau" (Monsieur), "D. Íñigo Salcedo" (Don): a capital and a full stop
#: before a given name and a family name is a title, not an initial ("M. Moreau" stays).
_INITIAL_HONORIFIC = re.compile(r"^[MD]\.[ \t]+(?=[A-ZÀ-ÖØ-Þ][^\W\d_]+[ \t]+[A-ZÀ-ÖØ-Þ])")
#: "Jane Doe (Ms)": British letters sign with the honorific in brackets after the name.
_BRACKETED_HONORIFIC = re.compile(r"[ \t]*\((?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\)$")
#: A line the page wrapped: 60 characters or more, ending in a letter, a comma or "(".
_WRAPPED_LINE = re.compile(r"^[^\n]{59,}[\w,(][ \t]*$")
#: Its continuation: a capitalised word first (a comma may follow it: "Limited, 1 Quay
#: Street"), and no "Label:".
_CONTINUED = re.compile(r"[ \t]*[A-Z][\w.&'-]*,?(?:[ \t]|$)(?![^\n:]{0,25}:)")
#: A name written family name first, as registers and address books do: "van der Meulen,
#: Karl-Heinz", "Delacroix, Thandiwe K.", "Okafor, Chidi Jr.".
_REGISTER = re.compile(
    rf"(?P<family>{_PARTICLE}?{_NAME}),[ \t]*(?P<given>{_NAME}(?: {_NAME})?(?: [A-Z]\.)*)"
    rf"(?:[ \t]+(?P<generation>{_GENERATION}))?"
)
_LEADING_NOISE = words(
    """
    also we our your please thanks at in on as per via met see visit call
    the this between and from to by for with of dear bill billed invoice vendor supplier
    customer company client ship sold seller buyer employer contact re subject memo
    minutes meeting statement account holder present attendees
    kontaktieren sie bei contactez contacter chez contacteer contacta contatta
    """
)
CELLS = re.compile(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*")
#: An e-mail header's address beside the name: "Harbour Books <orders@harbour.example>".
_ADDRESS = re.compile(r"\s*(?:<[^<>\n]*>|\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)\s*")
#: An address's street line: "88 Quarry Lane", "Lindenallee 5", "12 rue des Tanneurs".
STREET = re.compile(
    r"^\s*(?:\d{1,5}[a-z]?\s+[^\W\d_]|[^\W\d_][\w.'-]*(?:\s[\w.'-]+){0,3}\s\d{1,5}[a-z]?\s*(?:,|$))"
)


def party(name: str, role: str, kind: str) -> dict[str, str]:
    """One party as the analysis reports it."""
    return {"name": name, "role": role, "kind": kind}


def is_organisation(name: str) -> bool:
    words = {word.strip(".,&").lower() for word in name.split()}
    return (
        bool(ENDS_WITH_SUFFIX.search(" " + name))
        or bool(words & _ORG_WORDS)
        or (len(words) > 1 and bool(FOREIGN_INSTITUTION.fullmatch(name.strip())))
    )


def is_person(name: str) -> bool:
    """Shaped like a person's name: two to four capitalised words, none a common noun."""
    if not PERSON.fullmatch(name) or is_organisation(name):
        return False
    if name.split(maxsplit=1)[0] in _PLACE_LEADS:
        return False  # "San Jose", "Den Haag": a town
    return not any(
        word.strip(".").lower() in NOT_NAME or word.lower() in _FUNCTION_WORDS
        for word in name.split()
    )


def listed_person(name: str) -> bool:
    """A name in a list of people ("Present: ..."): the list says it is a person, so a
    surname that is also a word ("Jiwoo Park", "Anna May") counts; the first word must not be
    one ("Finance Team")."""
    if is_person(name):
        return True
    words = name.split()
    return (
        bool(PERSON.fullmatch(name))
        and not is_organisation(name)
        and words[0].strip(".").lower() not in NOT_NAME
        and not any(word.lower() in _FUNCTION_WORDS for word in words)  # "Scope Of Work"
    )


def is_title(cell: str) -> bool:
    words = [word.strip(",.").lower() for word in cell.split()]
    return 0 < len(words) <= 6 and any(word in _TITLE_WORDS for word in words)


def strip_honorific(name: str) -> str:
    """The name without the titles written around it: honorifics before ("Prof. Dr."),
    credentials after ("PhD", "MBA"), an honorific in brackets after ("Jane Doe (Ms)")."""
    name = _BRACKETED_HONORIFIC.sub("", name.strip())
    name = _CREDENTIALS.sub("", re.sub(rf"^{_HONORIFICS}", "", name))
    return _INITIAL_HONORIFIC.sub("", name)


def unwrapped(text: str) -> str:
    """``text`` with the lines a page wrapped joined again: a line as long as a wrapped line,
    ending in a letter or comma, goes on in the next one (a firm's name split over two lines,
    "... Esposito (Vandermolen" over "Bouw B.V.)")."""
    lines: list[str] = []
    line = ""  # the last line as printed (the checks stay linear however long a paragraph)
    for below in text.split("\n"):
        if (
            _WRAPPED_LINE.search(line)
            and _CONTINUED.match(below)
            and not CELLS.search(line.strip() + below.strip())
        ):  # a layout's row (cells apart) is never a paragraph's line
            lines[-1] = f"{lines[-1].rstrip()} {below.strip()}"
        else:
            lines.append(below)
        line = below
    return "\n".join(lines)


def natural_order(name: str) -> str:
    """ "Delacroix, Thandiwe K." -> "Thandiwe K. Delacroix": a register's order turned back
    into the order a reader writes; anything else unchanged ("Jonas Bello, Office Manager",
    "Acme, Inc.", "Bello, Finance")."""
    match = _REGISTER.fullmatch(name.strip())
    if match is None:
        return name
    given = match.group("given")
    if is_title(given) or any(word.strip(".").lower() in NOT_NAME for word in given.split()):
        return name
    generation = f" {match.group('generation')}" if match.group("generation") else ""
    return f"{given} {match.group('family')}{generation}"


def first_clause(value: str) -> str:
    """ "Jonas Bello, Office Manager" -> "Jonas Bello"; "Acme, Inc." stays whole."""
    head, sep, tail = value.partition(",")
    if sep and not re.match(rf"\s*{SUFFIXES}\s*$", tail):
        return head
    return value


def clean_name(name: str) -> str:
    name = _ADDRESS.sub(" ", name).strip().strip('"')
    name = CELLS.split(name.strip())[0]
    words = name.split()
    while words and words[0].lower().strip(":") in _LEADING_NOISE:
        words.pop(0)
    name = " ".join(words).strip(" ,;:-")
    if name.endswith(".") and not ENDS_WITH_SUFFIX.search(" " + name):
        # a sentence's full stop, not an abbreviation; nor an initial's ("Rosalind T.")
        name = name if re.search(r"\b[A-Z]\.$", name) else name.rstrip(".")
    if not name or len(name) > 80 or not re.search(r"[A-Za-z]", name):
        return ""
    if re.fullmatch(r"(?:the|and|of|\W+)", name, re.IGNORECASE):
        return ""
    return name


#: Another field's label where a party's name is looked for ("Supplier:  PO number  PO-412700",
#: the order's number printed at the right of its supplier's block): a label, no name.
FIELD_LABEL = re.compile(
    r"\b(?:number|no|nr|nummer|num[ée]ro|n[úu]mero|date|datum|ref(?:erence)?)\.?[ \t]*[#:]?$|#$",
    re.IGNORECASE,
)
