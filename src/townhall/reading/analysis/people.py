"""Find the people a paper names: its case handler, its signatories and persons in the text."""

from __future__ import annotations

import re

from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.form_rows import label_in_row

_NAME_TOKEN = re.compile(r"^(?:[A-ZÆØÅÄÖÜÁÉÍÓÚ][a-zæøåäöüßéèáóíú]+(?:-[A-ZÆØÅÄÖÜ][a-zæøåäöüßéè]+)?|[A-ZÆØÅÄÖÜ]\.(?:-[A-Z]\.)?|(?:Mc|Mac|O')[A-Z][a-z]+)$")
# Irish surnames open with "Ó", "Ní", "Mac" or "Nic" written apart ("Seán Ó Briain", "Aoife Ní Bhriain").
_PARTICLES = frozenset("von van der de den af zu vom ten ó ní nic uí".split())
_TITLES = re.compile(
    r"^(?:(?:gez\.?|i\.\s?A\.|i\.\s?V\.|Dr\.(?:-Ing\.|\s?(?:rer|phil|med|jur)\.\s?(?:nat|pol|soc)?\.?)?|Prof\.|\((?:Univ|FH|TU|Uni)\.?[^)]{0,40}\)|Dipl\.-\w+\.?|Ing\.|Mag\.(?:a\.?)?|DI|Frau|Herr|Hr\.|Fru|Mr\.?|Mrs\.?|Ms\.?|Miss|Cllr\.?|Cr\.?|Councillor"
    r"|Borgmester|Rådmand|Direktør|Kontorchef|Vicedirektør|Centerchef|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?"
    r"|Beigeordneter?|Stadtdirektor(?:in)?|Stadtrat|Stadträtin|Dezernent(?:in)?|Amtsleiter(?:in)?|Leiter(?:in)?"
    r"|Director|Chief Executive|Head of \w+"
    # Austrian, Swiss and German members' styles before a name: "GR Thomas Berger", "Vzbgm. Eva Gruber", "KR Urs Bühler".
    r"|GR|GRin|StR|StRin|Gemeinderat|Gemeinderätin|Bgm\.|Vzbgm\.|KR|Kantonsrat|Kantonsrätin|Byrådsmedlem)\s+)+",
    re.IGNORECASE,
)
# A title shortened to a few letters and a dot ("Dr.", "Pfr.", "Obstlt."), which the title list may not know.
_ABBREVIATED_TITLE = re.compile(r"^[A-ZÄÖÜ][a-zäöü]{1,5}\.$")
# Words that make a capitalised line a heading, a place or a body rather than a name.
_NOT_NAME = frozenset(
    """
    kommune rådhus rådhuset rådhuspladsen telefon telefax mobil e-mail email fax tlf stadt rathaus
    telefon direkte afdeling kontoret forvaltning udvalg bilag anlage anlagen seite side page mit med
    venlig hilsen freundlichen grüßen yours sincerely regards beratungsergebnis gremium sitzung datum
    finanzielle auswirkungen ja nein oberbürgermeister geschäftsbereich büro the council city street
    road straße strasse platz vej gade allé plads boulevard postfach postboks www integration
    konferenz program programm charter cities europe european danmark deutschland københavn
    im in auftrag vertretung ihr ihre der die das den det the and und og for für services service team office
    unit support democratic committee secretariat fachbereich federführender federführend
    landeshauptstadt bundesstadt hansestadt gemeinde kreis landkreis regionskommune byråd byrådet
    manager officer director head policy lead executive chief adviser advisor coordinator consultant
    board cabinet panel commission authority assembly
    """.split()
)
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ment", "else", "hed", "ning", "udvalg", "forvaltning",
                 "kontor", "amt", "rat", "ausschuss", "ismus", "politik", "konferenz", "plan", "gruppe", "bereich", "stadt", "kommune")
# Endings of the unit or place names that letterheads print after a closing ("Byens Udvikling");
# checked only when the first word is not a known given name, since surnames end this way too.
_UNIT_ENDINGS = ("ing", "skab", "hus", "huset", "gade", "vej", "center", "centret", "service", "zentrum", "haus")
_HANDLER_LABEL = re.compile(
    r"^\s*(?P<label>Sagsbehandler|Saksbehandler|Sagsbeh\.|Sagsansvarlig|Ansvarlig sagsbehandler|Sachbearbeiter(?:/-?in|in|\*in)?|Sachbearbeitung|Kontaktperson|Bearbeiter(?:/-?in|in)?"
    r"|Ansprechpartner(?:/-?in|in)?|Case officer|Contact officer|Contact person|Contact name|Lead officer|Report author|Author|Kontakt|Contact)\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# An English agenda's front sheet names its clerk beside the meeting's time and place, in the middle of a
# line: "Thursday, 30th January, 2025, at 10.00 am   Ask for:<tab>Georgina Little".
_ASK_FOR = re.compile(r"(?:^|\s)(?P<label>(?:Please )?[Aa]sk for|Enquiries to)\s*:\s*(?P<value>[^\t]*(?:\t[^\t]*)?)$")
# "Kontakt"/"Contact" may introduce a service desk; a name under them must start with a known given name.
_GENERIC_HANDLER_LABELS = frozenset(("kontakt", "contact", "author"))
_SURNAME_FIRST = re.compile(r"^([A-ZÆØÅÄÖÜ][\wæøåäöüß-]+), ((?:[A-ZÆØÅÄÖÜ][\wæøåäöüß-]+ ?){1,2})$")
#: New Zealand councils close their letters in te reo Māori: "Ngā mihi", "Nāku noa, nā".
MAORI_CLOSINGS = r"Ng[āa] mihi(?: nui)?|N[āa]ku noa,? n[āa]"
_CLOSING = re.compile(
    r"^\s*(?:(?:Med )?venlig hilsen|Mvh\.?|Med venlig hilsen|Venligst|De bedste hilsner|Mit freundlichen Grü(?:ß|ss)en"
    r"|Freundliche Grü(?:ß|ss)e|Viele Grü(?:ß|ss)e|Beste Grü(?:ß|ss)e|Yours sincerely|Yours faithfully|Kind regards|Best regards"
    rf"|With best wishes|{MAORI_CLOSINGS})\s*,?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "/s/ Linda Okafor": the conformed signature of a North American notice, as "gez." is a German one.
_GEZ = re.compile(r"^\s*(?:gez\.|i\.\s?A\.|i\.\s?V\.|signed|sign\.|sgd\.|/s/)\s*:?\s*(?P<name>.+)$", re.IGNORECASE)
# A report's sign-off by the officer who approves it, with the name beside or under the label.
_APPROVED_BY = re.compile(
    # (and the clerk who attests an enactment's or a proclamation's signature: "ATTEST:" over "Gregory Tan, City Clerk")
    r"^\s*(?:Approved by|Authori[sz]ed by|Signed off by|Report approved by|Godkendt af|Genehmigt von|Freigegeben von|Attest"
    r"|Attested by)\s*:?\s*(?P<name>\S.*)?$",
    re.IGNORECASE,
)
_SLASH_NAME = re.compile(r"^\s*/\s*(?P<name>\S.*)$")
_NAME_PAIR = re.compile(r"^\s*([^/\d]{5,40}?)\s+/\s+([^/\d]{5,40})$")
_PROSE_PERSON = re.compile(
    r"\b(?:Herrn?|Frau|Hr\.|Fru|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Cllr\.?|Councillor|borgmester|Borgmester|rådmand|Rådmand"
    r"|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Ministerin|Minister) +"
    r"((?:[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+(?:-[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+)? ){0,2}[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+(?:-[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+)?)"
)
# A role under a name marks a signature ("Paul Lawrence\nExecutive Director of Place").
_ROLE_LINE = re.compile(
    r"^(?:(?:Interim |Executive |Strategic |Deputy )?(?:Director|Head) of .{2,60}|Chief Executive|Chief Officer.{0,60}"
    r"|Council Leader|Leader of the Council|(?:Lord )?Mayor|Chair|Clerk"
    r"|Borgmester|Rådmand|Direktør|Vicedirektør|Kontorchef|Centerchef|Afdelingschef|Kulturchef|Chefkonsulent|Formand|Næstformand"
    r"|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Beigeordnete[r]?|Stadtdirektor(?:in)?|Stadtrat|Stadträtin|Berufsmäßige[r]? Stadträtin?"
    r"|Dezernent(?:in)?|Amtsleiter(?:in)?|Fachbereichsleiter(?:in)?|Referatsleiter(?:in)?|Vorsitzende[r]?|Schriftführer(?:in)?"
    r"|Fraktionsvorsitzende[r]?|(?:Stadt|Kreis)[a-zäöü]*(?:rat|rätin)|Landrat|Landrätin|[A-ZÄÖÜ][a-zäöü]*referent(?:in)?|Ratsherr|Ratsfrau|Ratsmitglied|Stadtverordnete[r]?|Bezirksbürgermeister(?:in)?)$",
    re.IGNORECASE,
)
# Members who table a motion sign it with their names.
_PROPOSER_LABEL = re.compile(
    r"^\s*(?:Proposed by|Proposer|Moved by|Mover|Seconded by|Seconder|Forslagsstillere?|Antragsteller(?:/in|in|innen)?)"
    r"\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_PARTY = re.compile(r"\s*\([^)]*\)")
_SIGNATURE_WINDOW = 15
_END_LINES = 10


def as_name(line: str, *, min_tokens: int = 2) -> str | None:
    """Return *line* as a person's name without titles, or None when it is not just a name."""
    line = _TITLES.sub("", line.strip().strip(",")).strip()
    tokens = line.split()
    while len(tokens) > 2 and _ABBREVIATED_TITLE.match(tokens[0]) and tokens[1].lower() in FIRST_NAMES:
        tokens = tokens[1:]  # "Pfr. Jonas Keller", "Dr. Robert …": an abbreviated title before a given name
    if not min_tokens <= len(tokens) <= 4:
        return None
    if tokens[0].lower() in _PARTICLES or tokens[-1].lower() in _PARTICLES:
        return None
    for position, token in enumerate(tokens):
        if token.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(token) or token.lower() in _NOT_NAME:
            return None
        # (a listed given name that ends as a noun does, "Henning", opens a name all the same)
        given = position == 0 and token.lower() in FIRST_NAMES
        if len(token) > 4 and token.lower().endswith(_NOUN_ENDINGS) and not given:
            return None
    if tokens[-1].endswith("."):
        return None
    return " ".join(tokens)


def find_case_handler(text: str) -> str | None:
    """Return the name given as case handler (Sagsbehandler, Sachbearbeiter/in, Case officer)."""
    lines = [line.strip() for line in text.split("\n")]
    for index, line in enumerate(lines):
        match = label_in_row(_HANDLER_LABEL, line) or _ASK_FOR.search(line)
        if not match:
            continue
        value = match.group("value").strip()
        at = index
        cells = line.split("\t")
        if (not value or value.endswith(":")) and len(cells) > 1:
            # A row of labels over a row of names ("Report Author:\tRelevant Director:"): the name under this label.
            column = next((i for i, cell in enumerate(cells) if _HANDLER_LABEL.match(cell.strip())), 0)
            at, below = _next_non_empty(lines, index)
            below_cells = (below or "").split("\t")
            value = below_cells[column if len(below_cells) > 1 else 0].strip() if column < len(below_cells) or len(below_cells) == 1 else ""
        elif not value:
            at, value = _next_non_empty(lines, index)
        value = re.split(
            # "Dave Shipton (Head of Finance)": the role in brackets after the name is no part of it.
            r"\t|;|\s\(|\s(?:Tel|Tlf|Telefon|Phone|E-Mail|Email|Mail|Zimmer|Raum|Ext|Extension|Durchwahl|Mobil|Direkte)\b", value or ""
        )[0].strip(" ,")
        reversed_name = _SURNAME_FIRST.match(_TITLES.sub("", value))
        # "Meier, Hans" is Hans Meier; otherwise a comma ends the name ("Fiona MacLeod, Libraries Manager").
        value = f"{reversed_name.group(2).strip()} {reversed_name.group(1)}" if reversed_name else value.split(",")[0]
        name = as_name(value, min_tokens=1)
        if name and len(name.split()) <= 3 and at + 1 < len(lines):
            # A name wrapped over two lines ("Christine Lunde\nRasmussen").
            wrapped = as_name(lines[at + 1], min_tokens=1)
            if wrapped and len(wrapped.split()) == 1 and len(name.split()) >= 2:
                name = f"{name} {wrapped}"
        if name and match.group("label").lower() in _GENERIC_HANDLER_LABELS and name.split()[0].lower() not in FIRST_NAMES:
            continue
        if name and (len(name.split()) >= 2 or re.match(r"(?i)(?:frau|herr|hr\.|fru|mr|ms|mrs|dr)\b", value)):
            return name
    return None


def find_signatories(text: str) -> list[str]:
    """Return the names of the people who sign the paper, without titles."""
    lines = [line.strip() for line in text.split("\n")]
    names: list[str] = []
    for index, line in enumerate(lines):
        closing = _CLOSING.match(line)
        if closing:
            rest = as_name(closing.group("rest"))
            if rest:
                names.append(rest)
            names.extend(_names_after(lines, index))
            continue
        approved = _APPROVED_BY.match(line) if index >= len(lines) - 40 else None
        if approved:
            # "Approved by: James Whitcombe, Group Manager …": the officer who signs the report off.
            value = approved.group("name") or _next_non_empty(lines, index)[1] or ""
            name = as_name(value.split(",")[0])
            if name:
                names.append(name)
            continue
        signed = _signed_columns(lines, index) if index >= len(lines) - 40 else None
        if signed:
            names.extend(signed)  # "gez. A      gez. B", or "Der Obmann:   Die Schriftführerin:" over "A      B"
            continue
        gez = _GEZ.match(line)
        if gez:
            name = as_name(gez.group("name"), min_tokens=1)
            if name:
                names.append(name)
            continue
        side_by_side = (
            column_names(line) or _names_with_offices(line, alone=index >= len(lines) - _END_LINES)
        ) if index >= len(lines) - 40 else None
        if side_by_side:
            names.extend(side_by_side)  # two signers printed in two columns: "Ursula Keller      Beat Frei"
            continue
        pair = _NAME_PAIR.match(line)
        if pair and index >= len(lines) - 40:
            first, second = as_name(pair.group(1)), as_name(pair.group(2))
            if first and second:
                names.extend((first, second))
                continue
        slash = _SLASH_NAME.match(line)
        if slash and index >= len(lines) - 40:
            name = as_name(slash.group("name"))
            if name:
                before = _previous_name(lines, index)
                if before:
                    names.append(before)
                names.append(name)
    names.extend(_proposers(lines))
    names.extend(_listed_signers(lines))
    names.extend(_names_over_roles(lines))
    if not names:
        names.extend(_bare_end_names(lines))
    return _unique(names)


def find_people(text: str, known: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Return persons named in *text*: the *known* names plus names after a title or form of address."""
    found = list(known)
    for match in _PROSE_PERSON.finditer(text):
        name = as_name(match.group(1), min_tokens=2)
        if name:
            found.append(name)
    return _unique(found)


def _proposers(lines: list[str]) -> list[str]:
    """Return the members who put a motion forward ("Proposed by: Councillor ...", "Forslagsstillere: ...")."""
    names = []
    for line in lines[:40]:
        match = _PROPOSER_LABEL.match(line)
        if not match:
            continue
        value = _PARTY.sub("", match.group("value"))
        for part in re.split(r",\s*|\s+(?:og|and|und)\s+", value):
            name = as_name(part.strip())
            if name:
                names.append(name)
    return names


# Members who sign a request together, listed under a label: "Signed by the following members of the Council:" /
# "Cllr Aisha Rahman (lead signatory)", "Unterzeichnet von:", "Underskrevet af:".
_SIGNERS_LABEL = re.compile(
    r"^(?:Signed\s+by|Signatories|Signatures|Unterzeichnet\s+von|Unterzeichnende|Underskrevet\s+af|Underskrivere)\b[^:]{0,60}:$",
    re.IGNORECASE,
)
_SIGNERS_LISTED = 12


def _listed_signers(lines: list[str]) -> list[str]:
    """Return the names listed one to a line under a label that says they sign, up to the next blank line."""
    names = []
    for index, line in enumerate(lines):
        if not _SIGNERS_LABEL.match(line):
            continue
        for following in lines[index + 1 : index + 1 + _SIGNERS_LISTED]:
            if not following:
                break
            name = as_name(re.sub(r"\s*\([^)]*\)\s*$", "", following.lstrip("-•* ")))
            if name:
                names.append(name)
    return names


_COLUMN_GAP = re.compile(r"\s{3,}|\t")
_SIGNING_OFFICES = (
    r"(?:Mayor|Deputy Mayor|Reeve|Deputy Reeve|Warden|(?:Municipal |Town |City |Township |Deputy )?Clerk|Chair(?:person)?"
    r"|Secretary|Treasurer|Borgmester|Formand|Bürgermeister(?:in)?|Schriftführer(?:in)?)"
)
_OFFICE_AFTER_COMMA = re.compile(rf",\s*{_SIGNING_OFFICES}$")
# Two signers each with the office after the name, on one line as a text layer joins the columns: "Daniel Okafor, Mayor
# Brenda Whitlock, Clerk".
_NAME_AND_OFFICE = re.compile(rf"(?P<name>[A-ZÆØÅÄÖÜ][\w'’.-]+(?:\s+[A-ZÆØÅÄÖÜ][\w'’.-]+){{1,2}}),\s*{_SIGNING_OFFICES}(?:\s+|$)")


def _names_with_offices(line: str, *, alone: bool = False) -> list[str] | None:
    """Return the names of a line made of two or more "Name, Office" pairs (among the last lines, *alone*, one), or None."""
    found = list(_NAME_AND_OFFICE.finditer(line))
    if len(found) < (1 if alone else 2) or "".join(match.group(0) for match in found).strip() != line.strip():
        return None
    names = [as_name(match.group("name")) for match in found]
    return names if all(names) else None


_POST_WITH_ARTICLE = re.compile(r"^(?:Der|Die|Den|Det|The)\s+\S+(?:\s+\S+)?:$")


def _signed_columns(lines: list[str], index: int) -> list[str] | None:
    """Return the names two or more signers set side by side: each cell "gez. Name", or names under their posts.

    "gez. Thomas Reinhardt      gez. Sabine Kolb"; "Der Obmann:      Die Schriftführerin:" over "Florian Aigner      Maria
    Hofer" (each post named with its article and a colon; "Report Author:" over a name labels a contact, not a signer).
    """
    cells = [cell.strip() for cell in _COLUMN_GAP.split(lines[index].strip()) if cell.strip()]
    if len(cells) < 2:
        return None
    if all(_GEZ.match(cell) for cell in cells):
        names = [as_name(_GEZ.match(cell).group("name"), min_tokens=2) for cell in cells]
        return names if all(names) else None
    if all(_POST_WITH_ARTICLE.match(cell) for cell in cells) and index + 1 < len(lines):
        below = [cell.strip() for cell in _COLUMN_GAP.split(lines[index + 1].strip()) if cell.strip()]
        names = [as_name(cell, min_tokens=2) for cell in below]
        return names if len(below) == len(cells) and all(names) else None
    return None


def column_names(line: str, *, closing: bool = False) -> list[str] | None:
    """Return the names a line sets side by side in columns, each opening with a known first name, or None.

    On the paper's closing line (*closing*), whole names of two or three words pass where one of them opens with a
    first name the lexicon knows.
    """
    # (each name may carry its office after a comma: "Daniel Okafor, Mayor      Brenda Whitlock, Clerk")
    cells = [_OFFICE_AFTER_COMMA.sub("", cell) for cell in _COLUMN_GAP.split(line.strip()) if cell]
    if len(cells) < 2:
        return None
    names = [as_name(cell) for cell in cells]
    if not all(names):
        return None
    if all(name.split()[0].lower() in FIRST_NAMES for name in names):
        return names
    # a first name the lexicon lacks beside one it knows: each cell a whole name of two or three words
    whole = closing and all(name == " ".join(cell.split()) and len(name.split()) in (2, 3) for name, cell in zip(names, cells))
    return names if whole and any(name.split()[0].lower() in FIRST_NAMES for name in names) else None


def _names_over_roles(lines: list[str]) -> list[str]:
    names = []
    last = len(lines) - _END_LINES
    for index, line in enumerate(lines[:-1]):
        # Among a paper's last lines an officer's job title under a name signs it too ("Seán Ó Briain" /
        # "Senior Planner"); higher up such a pair is a contact, so only the offices above count there.
        if line and (_ROLE_LINE.match(lines[index + 1]) or index >= last and _JOB_TITLE.match(lines[index + 1])):
            name = as_name(line)
            if name:
                names.append(name)
    return names


# An officer's job title: a post noun with up to three words before it ("Senior Planner", "Principal Highways Engineer").
_JOB_TITLE = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,3}(?:Planner|Engineer|Officer|Manager|Adviser|Advisor|Architect|Surveyor|Solicitor|Accountant"
    r"|Inspector|Coordinator|Co-ordinator|Consultant|Administrator|Ecologist)$"
)


def _names_after(lines: list[str], index: int) -> list[str]:
    names, seen = [], 0
    for line in lines[index + 1 :]:
        if not line:
            continue
        seen += 1
        if seen > _SIGNATURE_WINDOW:
            break
        side_by_side = column_names(line)
        if side_by_side:
            names.extend(side_by_side)
            continue
        name = as_name(line)
        if name and (name.split()[0].lower() in FIRST_NAMES or not name.lower().endswith(_UNIT_ENDINGS)):
            names.append(name)
    return names


def _previous_name(lines: list[str], index: int) -> str | None:
    seen = 0
    for line in reversed(lines[:index]):
        if not line:
            continue
        seen += 1
        if seen > 2:
            break
        name = as_name(line)
        if name:
            return name
    return None


# "Lea Sommerfeld und die übrigen Mitglieder der Fraktion", "Jonas Beck und Fraktion": the first signer for his group.
# "Katrin Albers, Jonas Feld und die übrigen Mitglieder der Fraktion", the group's words on the line below the names:
# each member named signs.
_AND_THE_GROUP = re.compile(
    r"^(?P<name>[^;:]{5,90}?)?\s*(?:^|\s)(?:und|sowie|and|og)\s+(?:die\s+|the\s+)?(?:übrigen\s+|weiteren\s+|other\s+|øvrige\s+)?"
    r"(?:Mitglieder\s+(?:der|des)\s+|members\s+of\s+the\s+|medlemmer\s+af\s+)?(?:\w*[Ff]raktion|Gruppe|[Gg]roup|gruppen)\b.*$"
)


def _bare_end_names(lines: list[str]) -> list[str]:
    tail = [line for line in lines if line][-_END_LINES:]
    names = []
    for previous, line in zip([""] + tail, tail):
        for_group = _AND_THE_GROUP.match(line)
        officer = _NAME_ROLE_PHONE.match(line)
        if officer:
            # "Benjamin Watts General Counsel 03000 416814": an agenda's front sheet signed on one line.
            candidates = [officer.group("name")]
        elif for_group and not for_group.group("name"):
            # The group's words stand alone under the line of names: read that line again as a list.
            if names and names[-1] == as_name(previous):
                names.pop()
            candidates = _LIST_SEPARATOR.split(previous) if "," in previous else []
        elif for_group:
            candidates = _LIST_SEPARATOR.split(for_group.group("name"))
        else:
            candidates = [line]
        for candidate in candidates:
            name = as_name(candidate.strip())
            # A name under "Sagsbehandler" or "Kontakt:" is a contact, not a signature.
            if name and name.split()[0].lower() in FIRST_NAMES and not previous.endswith(":") and not _HANDLER_LABEL.match(previous):
                names.append(name)
    return _unique(names)


# A name, the officer's title and a telephone number on one line, as an English agenda's front sheet ends.
_NAME_ROLE_PHONE = re.compile(
    r"^(?P<name>\S+(?: \S+){1,2}?)[,\s]+(?:[A-Z][a-z]+ ){0,3}"
    r"(?:Counsel|Officer|Director|Manager|Executive|Secretary|Clerk|Solicitor|Head)(?: of [A-Z][\w,& ]{2,40}?)?"
    r"[,\s]+(?:(?:Tel|Phone|Telephone)\.?:?\s*)?\+?[\d() ]{8,}$"
)
_LIST_SEPARATOR = re.compile(r",\s*|\s+(?:und|and|og)\s+")


def _next_non_empty(lines: list[str], index: int) -> tuple[int, str | None]:
    for offset in range(index + 1, min(index + 3, len(lines))):
        if lines[offset]:
            return offset, lines[offset]
    return index, None


def _unique(names) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
