"""OpenDocument text files written by LibreOffice."""

import io
import zipfile

import pytest

from townhall.reading.extractors import ExtractionError, extract

_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)
CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {_NAMESPACES}><office:body><office:text>
<text:h text:outline-level="1">Beschlussvorlage: Radverkehrskonzept 2025</text:h>
<text:p>Der Rat<text:s text:c="2"/>möge <text:span>beschließen</text:span>:</text:p>
<text:list><text:list-item><text:p>Radwege ausbauen</text:p></text:list-item>
<text:list-item><text:p>Tempo 30 vor Schulen</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Gremium</text:p></table:table-cell>
<table:table-cell><text:p>Datum</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Verkehrsausschuss</text:p></table:table-cell>
<table:table-cell><text:p>12.03.2025</text:p></table:table-cell></table:table-row></table:table>
<text:p>Anlage<text:tab/>Netzplan<text:note><text:note-body><text:p>Fußnote</text:p></text:note-body></text:note></text:p>
</office:text></office:body></office:document-content>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {_NAMESPACES}><office:master-styles><style:master-page style:name="Standard">
<style:header><text:p>Stadt Münster – Der Oberbürgermeister</text:p></style:header>
</style:master-page></office:master-styles></office:document-styles>"""


def _odt(content: str = CONTENT) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", STYLES)
    return buffer.getvalue()


def test_headings_paragraphs_lists_and_tables_come_in_order():
    text = extract(_odt(), filename="vorlage.odt").text
    assert text.index("Radverkehrskonzept") < text.index("möge") < text.index("- Radwege ausbauen") < text.index("Verkehrsausschuss")


def test_spaces_and_spans_inside_a_paragraph_are_kept():
    assert "Der Rat  möge beschließen:" in extract(_odt(), filename="v.odt").text.splitlines()


def test_table_rows_become_tab_separated_lines():
    assert "Verkehrsausschuss\t12.03.2025" in extract(_odt(), filename="v.odt").text.splitlines()


def test_page_header_comes_first():
    assert extract(_odt(), filename="v.odt").text.startswith("Stadt Münster – Der Oberbürgermeister")


def test_footnotes_are_left_out_of_the_running_text():
    text = extract(_odt(), filename="v.odt").text
    assert "Anlage\tNetzplan" in text.splitlines() and "Fußnote" not in text


def test_file_is_recognised_as_opendocument_without_a_name():
    assert extract(_odt()).mime_type == "application/vnd.oasis.opendocument.text"


def test_damaged_content_is_rejected_as_corrupt():
    with pytest.raises(ExtractionError) as caught:
        extract(_odt(CONTENT[:300]), filename="kaputt.odt")
    assert caught.value.reason == "corrupt"
