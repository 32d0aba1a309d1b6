"""Find the titles of a paper's attachments (Bilag, Anlagen, Appendices)."""

from __future__ import annotations

import re

from .letters import ROLE_LINE

# An attachment's number: "Bilag 3", "Appendix B", "Annex II" (Roman numerals number an Irish or EU annex).
_NUMBER = r"(?:\d{1,2}|[IVX]{1,4}|[A-Z])"
_KEYWORDS = ("bilag", "anlage", "anhang", "anhänge", "attachment", "appendi", "annex", "enclos", "vedlag", "beilage", "beigefügt", "attached", "exhibit")
# A notice may list its documents under a label that names no attachment word ("Documents:", "Dokumenter:"):
# the label lets the text in. A bare "Dokumente" heading does not: on a council web page it heads links whose
# titles the text has lost, and the next section's heading would be read as an item.
_DOCUMENTS_LABEL = re.compile(r"^[ \t]*(?:Dokumente|Dokumenter|Documents)[ \t]*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
_HEADING = re.compile(
    # a section number may lead the heading: "11. Appendices", "7 Bilag"
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?"
    # a bilingual council prints the heading in its other language first: "Atodiadau / Appendices", "Allegati / Anlagen"
    r"(?:[^\W\d_]{3,20}\s*/\s*)?"
    r"(?:Bilag|Bilagsfortegnelse|Bilagsliste|Bilagsoversigt|Oversigt over bilag|Vedlagte bilag|Vedhæftede bilag|Anlagen?|Anlage/n"
    r"|Anlage\(n\)|Bilag\(er\)|Anlagenverzeichnis|Anlagenübersicht|Anh(?:ang|änge)|Beilagen?|Beilagenverzeichnis|Attachments?|Appendices"
    r"|Exhibits|List of exhibits"
    r"|List of (?:appendices|attachments|enclosures|annexes)|Appendix|Annex(?:es)?|Enclosures?|Dokumente|Dokumenter|Documents|Downloads"
    r"|Als Anlagen? (?:angefügt|beigefügt|beigelegt) (?:sind|ist)|Vedlagt(?: er| følger)?"
    # the list named with the paper it goes with: "Anlagen zur Niederschrift", "Bilag til referatet", "Appendices to
    # this report"
    r"|(?:Anlagen?|Beilagen?|Bilag|Attachments?|Appendices|Enclosures?)\s+(?:zur|zum|til|to\s+(?:the|this))\s+[^\W\d_]+"
    r"|(?:The following|These) (?:documents )?are attached|Attached (?:are|is)"
    # a form's question whether material comes with it, answered yes: "Supporting material attached: Yes"
    r"|(?:Supporting|Supplementary|Additional) (?:material|materials|documents|documentation|information)"
    r"(?: (?:attached|enclosed|provided))?(?:\s*[:?]\s*(?:yes|ja|y))?)\s*:?\s*$",
    re.IGNORECASE,
)
# Prose that names what is attached: "Ein Auszug des Strategieplanes … ist der Vorlage als Anlage 4 beigefügt",
# "finden Sie in der Anlage 2 eine Übersicht über …", "Attached at Appendix 1 is an updated budget …".
_ATTACHED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Ein|Eine|Der|Die|Das)\s+)?(?P<title>[A-ZÄÖÜ](?:[^.!?\n]|\.(?=[“”\"„\d]))"
    r"{3,120}?)\s+(?:ist|sind|wird|werden)\s+"
    r"(?:[^.!?\n]{0,40}\s)?als\s+Anlage\s+\d{1,2}\s+(?:beigefügt|angefügt|beigelegt)",
    re.MULTILINE,
)
_IN_THE_ATTACHMENT = re.compile(
    r"\bin (?:der )?Anlage\s+\d{1,2}\s+(?:eine?n?|die|den|das)\s+(?P<title>[A-ZÄÖÜ][^.!?\n]{3,120}?)(?=\.\s|\.$|\s*$|,\s)",
)
_ATTACHED_AT = re.compile(
    r"\bAttached (?:at|as) (?:Appendix|Annex) [A-Z0-9]{1,3} (?:is|are) (?:an? |the )?(?P<title>[^.!?\n]{3,120}?)(?=,| reflecting| which| setting| showing|\.|$)",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|msg|txt|jpe?g|png|zip)(?:\s*\([^)]*\))?$", re.IGNORECASE)
_BARE_REFERENCE = re.compile(r"^(?:Bilag|Anlage|Beilage|Attachment|Appendix|Annex|Enclosure|Exhibit)\s+" + _NUMBER + r"$", re.IGNORECASE)
_ITEM_LETTERS = re.compile(r"^[a-z](?:/[a-z])+\s+")
# (a list that goes on on the same line, "1. Site Plan, 2. Traffic Study", is read as the inline list it is)
_NUMBERED_FIRST = re.compile(r"^1[.)]\s+(?P<title>\S(?:(?!\s2[.)]\s).)*)$")
_ITEM = re.compile(
    r"^\s*(?:[-•–*]\s*|\(?\d{1,2}[.)]\s*|\d{1,2}\t|\d{1,2} (?=[A-ZÆØÅÄÖÜ])|[a-z]\)\s*"
    # a lettered list ("A. Draft plan", "B) Fee schedule") and the Austrian enclosure mark ("./A Gesetzestext", "./1")
    r"|[A-H][.)]\s+(?=[A-ZÆØÅÄÖÜ0-9])|\./\s?(?:[A-Z]|\d{1,2})\s+)(?P<title>\S.*)$"
)
_LABELLED_ITEM = re.compile(
    r"^\s*(?:Bilag|Anlage|Beilage|Attachment|Appendix|Annex|Enclosure|Exhibit)\s+" + _NUMBER + r"\b\s*[:.–-]?\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
# Outside a list heading, "Bilag 1 viser, at ..." is prose: a separator must follow the number.
_STANDALONE_ITEM = re.compile(
    r"^\s*(?:Bilag|Anlage|Beilage|Attachment|Appendix|Annex|Enclosure|Exhibit)\s+" + _NUMBER + r"\s*(?::|\t| [–-] )\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
# A letter's closing after the list: "Kleinbergen, den 18.01.2024", "gez. ...", "Med venlig hilsen", a date alone.
_SIGN_OFF = re.compile(
    r"^(?:[A-ZÄÖÜÆØÅ][\w.-]*(?: [A-ZÄÖÜÆØÅ][\w.-]*)?,\s*(?:den |d\. |am |the )?"
    r"\d{1,2}(?:\.\s?\d{1,2}\.\s?\d{2,4}|\.?\s+[^\W\d_]+\.?\s+\d{4})\s*$"
    r"|(?:gez|sign|signed|underskrevet)\.?\s|(?:Mit freundlichen Grüßen|Med venlig hilsen|Venlig hilsen|Yours (?:sincerely|faithfully)"
    r"|Kind regards|Best regards)\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$"
    # The confirmation of the decision printed under the paper: "beschlossen im Stadtrat am", "Approved by Council on".
    r"|(?:beschlossen|genehmigt|vedtaget|godkendt|approved|adopted)\b[^.\n]{0,60}\b(?:am|den|d\.|on)\b[^.\n]{0,20}$)",
    re.IGNORECASE,
)
# The sections that follow an attachment list in a paper: a list ends at the next of them,
# with or without its section number ("Sagsfremstilling", "Begründung", "11. Contact details").
_NEXT_SECTION = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?:Sagsfremstilling|Sagsbeskrivelse|Sagens (?:forløb|behandling)|Indstilling|Beslutning|Baggrund"
    r"|Økonomi(?:ske konsekvenser)?|Lovgrundlag|Høring|Kommunikation|Tidsplan|Beslutningskompetence|Bemærkninger"
    r"|Sachverhalt|Begründung|Beschluss(?:vorschlag)?|Beschlussempfehlung|Finanzielle Auswirkungen|Rechtsgrundlage|Anmerkungen"
    r"|Recommendations?|Background(?: (?:papers|documents))?|Financial implications|Legal implications|Contact details?|Report author"
    r"|Summary|Introduction|Conclusions?|Equalities implications|Risk implications)\s*:?\s*$",
    re.IGNORECASE,
)
_NONE = re.compile(r"^(?:ingen(?: bilag)?|keine(?: anlagen)?|none|nil|n/a|-)\.?$", re.IGNORECASE)
_IN_TEXT = re.compile(
    r"^(?P<title>[A-ZÆØÅÄÖÜ][^\n()]{8,150}?)\s*\((?:gemäß|gem\.|siehe|s\.|vgl\.|jf\.|se|see)\s+(?:Anlage|bilag|appendix)\s*\d*\)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FILE_NOTE = re.compile(
    r"\s*\((?:pdf|docx?|xlsx?)[^)]*\)\s*$|\s*\.(?:pdf|docx?|xlsx?)\s*$|\s*\(\s*\d+(?:[.,]\d+)?\s*[KMG]i?B\s*\)\s*$"
    # a council web page's document link with its type and size after the title: "Network maps PDF 3 MB"
    # ModernGov names the item the document belongs to before its type: "Appendix A - Site plan, item 7 PDF 2 MB"
    r"|(?:,\s*item\s+\d{1,3}(?:\.\d{1,2})?)?\s+(?:pdf|docx?|xlsx?|pptx?|odt|html?)\s*,?\s*\d+(?:[.,]\d+)?\s*[KMG]i?B\s*$"
    # an agenda system's count of the attachment's pages, with its own number or not: "[9.3.1 - 14 pages]",
    # "(3 sider)", "(12 Seiten)"
    r"|\s*[\[(](?:[\d.]+\s*[-–]\s*)?\d{1,4}\s+(?:pages?|sider?|Seiten?|pp\.?)[\])]\s*$"
    # a Danish or German agenda system's access mark and document number after a title: "(Åben) (Dok.nr. 2026-11823)",
    # "(Lukket)" (an English "(exempt)" is kept: the reader writes it as part of the title)
    r"|\s*\((?:Åben|Åbent|Lukket|öffentlich|nichtöffentlich|nicht öffentlich)\)\s*$"
    r"|\s*\((?:Dok\.?\s?nr\.?|Dok\.?\s?ID|DokID|Dokumentnr\.?|Doc\.?\s?(?:no\.?|ID))\s*:?\s*[\w./-]+\)\s*$",
    re.IGNORECASE,
)
_ITEM_LABEL_START = re.compile(r"(?=\b(?:Bilag|Anlage|Beilage|Attachment|Appendix|Annex|Enclosure|Exhibit)\s+" + _NUMBER + r"\b)", re.IGNORECASE)
# A list on the heading's own line: "Beilagen: Angebot der Firma X, Vergleich der Angebote".
_INLINE_LIST = re.compile(
    r"^\s*(?:Bilag|Anlagen?|Beilagen?|Attachments?|Appendices|Enclosures?)\s*:\s*(?P<list>[^\d\s].{3,300})$", re.IGNORECASE
)
# A numbered list on the heading's own line: "Attachments: 1. Staff memo, 2. Draft ordinance, 3. Fee schedule".
_NUMBERED_INLINE = re.compile(
    r"^\s*(?:Bilag|Anlagen?|Beilagen?|Attachments?|Appendices|Enclosures?)\s*:\s*(?P<list>1[.)]\s.{3,300})$", re.IGNORECASE
)
_NUMBERED_SPLIT = re.compile(r"(?:^|[,;]?\s+)\d{1,2}[.)]\s+")
# Prose that says what goes with a letter: "Vedlagt er tegninger af krydset og en tidsplan.", "Enclosed please
# find the draft strategy", "Beigefügt erhalten Sie den Entwurf", "the draft strategy, which is enclosed with this letter".
_ENCLOSED_PROSE = re.compile(
    r"(?:\bVedlagt (?:er|følger|findes|sendes|fremsendes)|\b(?:Jeg|Vi) vedlægger"
    r"|\b(?:Beigefügt|Anbei) (?:ist|sind|erhalten Sie|finden Sie|übersende[n]? (?:ich|wir)(?: Ihnen)?)"
    r"|\bEnclosed (?:is|are|please find|you will find)|\bPlease find (?:enclosed|attached)|\bI (?:enclose|attach|am enclosing))"
    r"\s+(?P<list>[^.!?\n]{3,200})"
)
_ENCLOSED_AFTER = re.compile(
    r"\b(?:the|den|die|das)\s+(?P<title>[^,.;!?\n]{3,80}),\s+(?:which|die|der|das)\s+(?:is|are|ist|sind)\s+"
    r"(?:enclosed|attached|beigefügt|beiliegt|anbei)(?:\s+(?:with|to) this letter)?(?:\s+together with\s+(?P<more>[^.;!?\n]{3,80}))?"
)
# A thing named in prose with its attachment's number in brackets after it: "en helhedsvurdering (jf. bilag 3)",
# "at evalueringen af projektet (bilag 2) tages til efterretning", "the revised budget (see Appendix B)".
_BRACKETED_NUMBER = re.compile(
    r"\s*\((?:jf\.|se|siehe|s\.|vgl\.|see)?\s*(?P<label>bilag|anlage|appendix|annex)\s+(?P<number>\d{1,2}|[A-Z])\)",
    re.IGNORECASE,
)
_THING_LEAD = re.compile(
    r"(?:^|[\s(])(?:en|et|vedlagte|vedlagt|indkomne|indkommet|fremsendte|die|eine[nr]?|beigefügte[nr]?"
    r"|the|a|an|attached|enclosed)\s+(?=\S)",
    re.IGNORECASE,
)
_THAT_CLAUSE = re.compile(r"(?:^|\d\.\s+|[:;]\s+)at\s+(?=\S)")
_CLAUSE_END = re.compile(r"[.;:!?]\s|,\s|\bog\b|\bund\b|\band\b")
_BRACKET_TAIL = re.compile(r"\s+(?:med|mit|with)\s+[^.,;:()!?\n]{3,80}?(?=\s+(?:på vegne|i forbindelse|til orientering)\b|[.,;:()!?\n]|$)")
_THING_WORDS = 6
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\bog\b|\bund\b|\band\b|\bsamt\b|\bsowie\b)\s+")
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the|en|et|ein|eine|einen|den|die|das|der|our|vores|unsere[n]?|Ihnen|dig|jer)\s+", re.IGNORECASE)
_TITLE_COLUMN = re.compile(r"^(?:Name|Titel|Bezeichnung|Title|Navn|Dokument|Document|Description|Beskrivelse|Beschreibung)$", re.IGNORECASE)
# A table of attachments needs no heading above it when its own header names them: "Exhibit | Description",
# "Bilag | Beskrivelse", "Anlage | Bezeichnung".
_LABEL_COLUMN = re.compile(r"^(?:Bilag|Anlagen?|Beilagen?|Attachments?|Appendi(?:x|ces)|Annex|Enclosures?|Exhibits?)(?:\s+(?:no\.?|nr\.?))?$", re.IGNORECASE)
_STATUS_CELL = re.compile(r"^(?:\d{1,2}\.?|öffentlich|nichtöffentlich|nicht öffentlich|åben|lukket|public)$", re.IGNORECASE)
_RUN_ON_ITEM = re.compile(r"\s+(?:Bilag|Anlage|Attachment|Appendix|Annex)\s+" + _NUMBER + r"\s*:\s*")
# "Anlage 2 Kostenschätzung", "Bilag 3: Tidsplan", "Appendix B – Site plan": the label before a title.
_OWN_LABEL = re.compile(
    # a bilingual council names it in both languages: "Atodiad A / Appendix A – Draft policy"
    r"^(?:[^\W\d_]{3,20}\s+" + _NUMBER + r"\s*/\s*)?"
    r"(?:Bilag|Anlage|Anhang|Beilage|Attachment|Appendix|Annex|Enclosure|Exhibit)\s+" + _NUMBER + r"\b\s*[:.–—-]?\s+(?=\w)",
    re.IGNORECASE,
)
_MAX_ITEMS = 30
_MAX_LENGTH = 200


def find_attachments(text: str) -> list[str]:
    """Return attachment titles, each once, in the order the paper lists them."""
    lowered = text.lower()
    if not any(word in lowered for word in _KEYWORDS) and not _DOCUMENTS_LABEL.search(text):
        return []
    lines = [line.strip() for line in text.split("\n")]
    titles: list[str] = []
    for index, line in enumerate(lines):
        if _HEADING.match(line):
            titles.extend(_listed_after(lines, index))
            continue
        if _is_table_header(line):
            titles.extend(_table_after(lines, index - 1))
            continue
        head, colon, listed = line.partition(":")
        first = _NUMBERED_FIRST.match(listed.strip()) if colon and _HEADING.match(head) else None
        if first and len(line) <= _MAX_LENGTH * 2:
            # a numbered list begun beside its heading ("Attachments:   1. Minutes") goes on under it ("2. Audit Plan")
            titles.append(first.group("title"))
            titles.extend(_listed_after(lines, index))
            continue
        if colon and listed.strip()[:1].isalpha() and len(line) <= _MAX_LENGTH * 2 and _HEADING.match(head):
            # a heading with its list on the same line: "Anlage: Lageplan", "Bilag: Kort og tidsplan"
            titles.extend(_items_of(listed))
            continue
        labelled = _STANDALONE_ITEM.match(line)
        if labelled and len(line) <= _MAX_LENGTH:
            titles.append(labelled.group("title"))
    titles.extend(match.group("title") for match in _IN_TEXT.finditer(text))
    for line in lines:
        numbered = _NUMBERED_INLINE.match(line)
        if numbered and len(line) <= _MAX_LENGTH * 2:
            titles.extend(piece.strip(" ,;") for piece in _NUMBERED_SPLIT.split(numbered.group("list")) if piece.strip(" ,;"))
            continue
        inline = _INLINE_LIST.match(line)
        if inline and len(line) <= _MAX_LENGTH * 2:
            # "Appendices: Appendix 1 – School Roll Projections; Appendix 2 – Costs": each item keeps its title only.
            pieces = [piece.strip(" ;,") for piece in _ITEM_LABEL_START.split(inline.group("list")) if piece.strip(" ;,")]
            items = [_LABELLED_ITEM.match(piece) for piece in pieces]
            if items and all(items):
                titles.extend(item.group("title") for item in items)
            else:
                titles.extend(_items_of(inline.group("list")))
    prose = " ".join(text.split("\n"))
    for match in _ENCLOSED_PROSE.finditer(prose):
        titles.extend(_items_of(match.group("list")))
    for match in _ENCLOSED_AFTER.finditer(prose):
        titles.extend(_items_of(match.group("title")))
        if match.group("more"):
            titles.extend(_items_of(match.group("more")))
    if "anlage" in lowered or "appendix" in lowered or "annex" in lowered:
        prose = " ".join(text.split("\n"))
        for pattern in (_ATTACHED_SUBJECT, _IN_THE_ATTACHMENT, _ATTACHED_AT):
            titles.extend(match.group("title") for match in pattern.finditer(prose))
    if not titles:
        titles.extend(_bracketed_things(" ".join(text.split("\n"))))
    # Two items joined on one line by a PDF's text layer: "Starkregenkarte Anlage 3: Liste der Dachflächen".
    titles = [piece for title in titles for piece in _RUN_ON_ITEM.split(title)]
    found = _unique(t for t in (_tidy(title) for title in titles) if t and not _NONE.match(t))
    # A line read alone keeps a wrapped title's first half; the list gave it whole.
    found = [t for t in found if not (_quote_open(t) and any(o != t and o.startswith(t) for o in found))]
    if any(not _BARE_REFERENCE.match(title) for title in found):
        # "(Anlage 2)" in the text names an attachment the list already gives with its title.
        found = [title for title in found if not _BARE_REFERENCE.match(title)]
    return found


def _is_table_header(line: str) -> bool:
    """Tell whether a table's header row names an attachment column and a title column ("Exhibit | Description")."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    return 2 <= len(cells) <= 4 and bool(_LABEL_COLUMN.match(cells[0])) and any(_TITLE_COLUMN.match(cell) for cell in cells[1:])


def _bracketed_things(prose: str) -> list[str]:
    """Return what prose names before each "(jf. bilag N)", the first naming of each attachment."""
    named: dict[str, str] = {}
    for match in _BRACKETED_NUMBER.finditer(prose):
        key = match.group("number").upper()
        if key in named:
            continue
        clause_start = max(0, match.start() - 160)
        for end in _CLAUSE_END.finditer(prose, clause_start, match.start()):
            clause_start = end.end()
        clause = prose[clause_start:match.start()]
        leads = list(_THING_LEAD.finditer(clause)) or list(_THAT_CLAUSE.finditer(clause))
        if not leads:
            continue
        thing = clause[leads[-1].end():].strip()
        if not thing or len(thing.split()) > _THING_WORDS or not any(char.isalpha() for char in thing):
            continue
        tail = _BRACKET_TAIL.match(prose, match.end())
        if tail:
            thing += tail.group(0).rstrip()
        named[key] = thing
    return list(named.values())


def _items_of(listed: str) -> list[str]:
    """Split "tegninger af krydset og en tidsplan for arbejdet" into its items, without articles."""
    listed = re.split(r"\s+(?:with this letter|with this|til orientering|zur Kenntnis|for your information)\b", listed)[0]
    items = []
    for piece in _LIST_SPLIT.split(listed.strip(" .:")):
        piece = _LEADING_ARTICLE.sub("", piece.strip()).strip(" .")
        if len(piece) >= 4 and any(char.isalpha() for char in piece):
            items.append(piece[0].upper() + piece[1:])
    return items


def _listed_after(lines: list[str], index: int) -> list[str]:
    following = next((line for line in lines[index + 1 : index + 3] if line), "")
    if "\t" in following:
        return _table_after(lines, index)
    items: list[str] = []
    blank_run = 0
    numbered = None
    files = False
    for at, line in enumerate(lines[index + 1 :], start=index + 1):
        if line in ("-", "•", "–", "*"):
            blank_run = 0
            continue  # a list's bullet standing on a line of its own
        if not line:
            blank_run += 1
            if blank_run > 1 and not numbered:
                break
            if blank_run > 2:
                break
            continue
        if files and not _FILE_NAME.search(line):
            break  # a list of files ends with the first line that names none
        if _NONE.match(line) or _SIGN_OFF.match(line) or _NEXT_SECTION.match(line):
            break
        if blank_run and numbered is False and _signs_next(lines, at):
            break  # a name over its post after the list ("Rhian Pugh" / "Clerk to the Council") signs the paper
        blank_run = 0
        labelled = _LABELLED_ITEM.match(line)
        item = labelled or _ITEM.match(line)
        if _FILE_NAME.search(line) and not items:
            files = True
            numbered = False
        if item and len(line) <= _MAX_LENGTH:
            numbered = True
            items.append(item.group("title"))
        elif files and len(line) <= _MAX_LENGTH:
            items.append(line)
        elif numbered is None and len(line) <= 120 and not line.endswith((".", ":")):
            # An un-numbered list: one title per line until a blank line.
            numbered = False
            items.append(line)
        elif numbered is False and len(line) <= 120 and not line.endswith((".", ":")):
            items.append(line)
        else:
            break
        if len(items) >= _MAX_ITEMS:
            break
    return items


def _signs_next(lines: list[str], at: int) -> bool:
    """Tell whether the line at ``at`` is a short name over a line naming its holder's post (a signature block)."""
    name, post = lines[at], lines[at + 1] if at + 1 < len(lines) else ""
    return len(name.split()) <= 4 and not any(char.isdigit() for char in name) and bool(post) and bool(ROLE_LINE.search(post)) and len(post) <= 60


def _table_after(lines: list[str], index: int) -> list[str]:
    """Read an attachment table ("Nr.\tStatus\tName" and its rows): the title column of each row."""
    items: list[str] = []
    column = None
    for line in lines[index + 1 :]:
        if not line:
            if items:
                break
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 2 and items and _quote_open(items[-1]):
            # A title wrapped inside its quotation ("„Kleutscher" / "Spatzennest“") goes on on the next line.
            items[-1] = f"{items[-1]} {line.strip()}"
            continue
        if len(cells) < 2:
            break
        header = next((i for i, cell in enumerate(cells) if _TITLE_COLUMN.match(cell)), None)
        if header is not None and not items:
            column = header
            continue
        if column is not None and column < len(cells):
            title = cells[column]
        else:
            # without a header, the title is the cell that says most ("Anlage 2 | Übersicht Grundstücke")
            cells = [cell for cell in cells if not _STATUS_CELL.match(cell) and any(c.isalpha() for c in cell)]
            title = max(cells, key=lambda cell: sum(c.isalpha() for c in cell), default="")
        if title:
            items.append(title)
        if len(items) >= _MAX_ITEMS:
            break
    return items


# An attachment table's number and status columns run into the title when a text layer joins them with
# spaces ("1 Åben Opsamlingsnotat", as Danish and German council systems list a meeting's bilag/Anlagen).
_ROW_STATUS_LEAD = re.compile(
    r"^(?:\d{1,3}\.?\s+)?(?:Åben|Åbent|Lukket|Öffentlich|Nichtöffentlich|Nicht öffentlich)\s+(?=[A-ZÆØÅÄÖÜ0-9])"
)


def _quote_open(title: str) -> bool:
    """Tell whether a title opens a German or Danish quotation („…“, »…«) it does not close."""
    return title.count("„") + title.count("»") > title.count("“") + title.count("«")


# An agenda system's download link after a title: "Site plan ⇩", "Valuation report ↓".
_LINK_MARK = re.compile(r"\s*[⇩⇓↓⬇🔗📎]+\s*$")


def _tidy(title: str) -> str:
    title = _LINK_MARK.sub("", _ROW_STATUS_LEAD.sub("", title.strip()))
    # the notes after a title stand in a row ("(Åben) (Dok.nr. 2026-11823)"): each goes, from the last
    while (bare := _FILE_NOTE.sub("", title)) != title:
        title = bare
    title = _ITEM_LETTERS.sub("", title)
    # Wherever a title was read, the attachment's own label before it is no part of it.
    title = _OWN_LABEL.sub("", title.strip())
    return title.strip(" .;,:–-")


def _unique(titles) -> list[str]:
    seen, out = set(), []
    for title in titles:
        key = re.sub(r"\W+", " ", title.casefold()).strip()
        if title and key not in seen:
            seen.add(key)
            out.append(title)
    return out
