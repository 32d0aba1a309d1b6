"""Plain text files in the encodings council offices actually produce."""

import pytest

from townhall.reading.extractors import ExtractionError, extract

SAMPLE = "Københavns Kommune\r\nGröße der Maßnahme: „Integrationskonferenz“ kostet 5.000 €.\r\nÆble, Øl og Å.\r\n"
EXPECTED = "Københavns Kommune\nGröße der Maßnahme: „Integrationskonferenz“ kostet 5.000 €.\nÆble, Øl og Å.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(SAMPLE.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), id="utf-8-bom"),
        pytest.param(SAMPLE.encode("utf-16"), id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + SAMPLE.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(SAMPLE.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(SAMPLE.encode("cp1252"), id="cp1252"),
    ],
)
def test_text_in_any_common_encoding_is_decoded_without_mangling(encoded):
    assert extract(encoded, filename="notat.txt").text == EXPECTED


def test_latin1_text_keeps_danish_and_german_letters():
    text = "Sagsbehandler: Søren Æbelø, Größe und Übergänge\n"
    assert extract(text.encode("latin-1"), filename="brev.txt").text == text


def test_cp1252_is_chosen_over_latin1_when_quotes_and_euro_sign_occur():
    text = "Die Kosten betragen 12.000 € – „vorläufig“.\n"
    result = extract(text.encode("cp1252"), filename="vorlage.txt").text
    assert "€" in result and "„vorläufig“" in result and "–" in result


def test_text_without_file_name_is_recognised_as_text():
    result = extract("Til: Kultur- og Fritidsudvalget\n\nNotat om budget 2025.".encode("cp1252"))
    assert result.mime_type == "text/plain"
    assert result.text.startswith("Til: Kultur- og Fritidsudvalget")


def test_old_mac_and_windows_newlines_become_unix_newlines():
    result = extract(b"Linje 1\rLinje 2\r\nLinje 3\n", filename="a.txt")
    assert result.text == "Linje 1\nLinje 2\nLinje 3\n"


def test_nul_characters_are_dropped():
    result = extract(b"Stadt\x00 K\x00oeln und Bonn", filename="a.txt")
    assert result.text == "Stadt Koeln und Bonn"


def test_binary_garbage_named_txt_is_rejected_as_binary_garbage():
    garbage = bytes((index * 7919 + 13) % 256 for index in range(4000))
    with pytest.raises(ExtractionError) as caught:
        extract(garbage, filename="referat.txt")
    assert caught.value.reason == "binary_garbage"
    assert "referat.txt" in str(caught.value)


def test_language_hint_names_the_language_of_the_text():
    danish = "Forvaltningen indstiller, at udvalget godkender at der afsættes midler til den nye plan for integration."
    german = "Die Verwaltung wird beauftragt, die Ergebnisse der Konferenz mit den Trägern auszuwerten und dem Rat vorzulegen."
    english = "The committee is asked to note the report and to agree that the council should respond to the consultation."
    hints = [extract(text.encode(), filename="x.txt").language_hint for text in (danish, german, english)]
    assert hints == ["da", "de", "en"]


def test_extraction_records_extractor_name_and_version():
    result = extract(b"Tagesordnung", filename="a.txt")
    assert result.extractor == "text"
    assert result.version
