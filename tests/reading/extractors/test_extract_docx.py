"""Word .docx files, and Office files that cannot be read."""

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from townhall.reading.extractors import DocxExtractor, ExtractionError, extract


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _proposal() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Landeshauptstadt Potsdam – Der Oberbürgermeister"
    document.add_heading("Beschlussvorlage: Integrationskonzept 2025", level=1)
    document.add_paragraph("Die Stadtverordnetenversammlung möge beschließen:")
    table = document.add_table(rows=3, cols=2)
    for row, (body, date) in zip(table.rows, [("Gremium", "Datum"), ("Hauptausschuss", "12.03.2025"), ("Stadtverordnetenversammlung", "02.04.2025")]):
        row.cells[0].text = body
        row.cells[1].text = date
    document.add_paragraph("Anlagen: Konzept, Kostenplan")
    return _saved(document)


def test_paragraphs_and_tables_come_in_document_order():
    text = extract(_proposal(), filename="vorlage.docx").text
    assert text.index("möge beschließen") < text.index("Hauptausschuss") < text.index("Anlagen:")


def test_table_rows_become_tab_separated_lines():
    lines = extract(_proposal(), filename="vorlage.docx").text.splitlines()
    assert "Hauptausschuss\t12.03.2025" in lines
    assert "Stadtverordnetenversammlung\t02.04.2025" in lines


def test_page_header_is_set_aside_as_the_page_furniture():
    result = extract(_proposal(), filename="vorlage.docx")
    assert [line.text for line in result.document.pages[0].furniture] == ["Landeshauptstadt Potsdam – Der Oberbürgermeister"]
    assert "Landeshauptstadt Potsdam – Der Oberbürgermeister" not in result.text


def test_heading_style_gives_a_heading_block_with_its_level():
    blocks = [item for item in extract(_proposal(), filename="vorlage.docx").document.pages[0].items if hasattr(item, "role")]
    heading = next(block for block in blocks if block.text == "Beschlussvorlage: Integrationskonzept 2025")
    assert (heading.role, heading.level) == ("heading", 1)


def test_heading_stands_on_its_own_line():
    lines = extract(_proposal(), filename="vorlage.docx").text.splitlines()
    assert "Beschlussvorlage: Integrationskonzept 2025" in lines


def test_merged_table_cell_is_read_once():
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Beratungsfolge"
    table.cell(0, 2).text = "Datum"
    text = extract(_saved(document), filename="t.docx").text
    assert text == "Beratungsfolge\tDatum"


def test_damaged_word_file_is_rejected_as_corrupt():
    data = _proposal()
    with pytest.raises(ExtractionError) as caught:
        extract(data[: len(data) // 2], filename="vorlage.docx")
    assert caught.value.reason == "corrupt"


def test_word_file_that_unpacks_absurdly_is_rejected_as_too_large(tmp_path):
    import zipfile

    path = tmp_path / "bombe.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b" " * 1_000_000
            for _ in range(5):
                member.write(block)
    with pytest.raises(ExtractionError) as caught:
        DocxExtractor(max_unpacked_bytes=1_000_000).extract(path.read_bytes(), "bombe.docx")
    assert caught.value.reason == "too_large"


def test_word_file_with_damaged_compressed_data_is_rejected_as_corrupt():
    import zipfile

    data = bytearray(_proposal())
    member = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra)
    for offset in range(start + 20, start + member.compress_size - 20, 7):
        data[offset] ^= 0x5A
    with pytest.raises(ExtractionError) as caught:
        extract(bytes(data), filename="vorlage.docx")
    assert caught.value.reason == "corrupt"


def test_old_office_file_without_a_word_stream_is_unsupported_with_advice():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(ExtractionError) as caught:
        extract(ole, filename="referat.doc")
    assert caught.value.reason == "unsupported_type"
    assert "PDF" in caught.value.message


def test_password_protected_office_file_is_rejected_as_encrypted():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100
    with pytest.raises(ExtractionError) as caught:
        extract(ole, filename="hemmelig.docx")
    assert caught.value.reason == "encrypted"


def test_text_in_a_text_box_is_read_before_its_paragraph():
    document = docx.Document()
    paragraph = document.add_paragraph("Borgerrepræsentationen behandler sagen.")
    box = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Sagsnr. 2021-12345</w:t></w:r></w:p><w:p><w:r><w:t>Dato: 3. marts 2021</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(box))
    text = extract(_saved(document), filename="brev.docx").text
    assert text.splitlines() == ["Sagsnr. 2021-12345", "Dato: 3. marts 2021", "Borgerrepræsentationen behandler sagen."]
