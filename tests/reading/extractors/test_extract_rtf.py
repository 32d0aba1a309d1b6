"""Rich Text Format files exported by older council systems."""

import pytest

from townhall.reading.extractors import ExtractionError, extract

RTF = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Helvetica;}{\f1 Times New Roman;}}"
    rb"{\colortbl;\red0\green0\blue0;}{\*\generator Riched20 10.0;}{\info{\title Skjult titel}}"
    rb"\pard\plain\f0\fs24 K\'f8benhavns Kommune\par"
    rb"\pard Sagsnr.\tab 2021-12345\par"
    rb"\pard Udgiften er 5.000 \u8364?, \ldblquote forel\'f8big\rdblquote .\par"
    rb"\trowd\cellx3000\cellx6000\intbl Gremium\cell Datum\cell\row"
    rb"\trowd\cellx3000\cellx6000\intbl Integrationsr\'e5det\cell 18.09.2012\cell\row"
    rb"\pard Slut\{klammer\}\par}"
)


def test_text_with_code_page_bytes_and_unicode_escapes_is_decoded():
    text = extract(RTF, filename="notat.rtf").text
    assert "Københavns Kommune" in text
    assert "Udgiften er 5.000 €, “foreløbig”." in text


def test_font_tables_metadata_and_ignorable_groups_are_left_out():
    text = extract(RTF, filename="notat.rtf").text
    for hidden in ("Helvetica", "Times New Roman", "Riched20", "Skjult titel"):
        assert hidden not in text


def test_table_rows_become_tab_separated_lines():
    lines = extract(RTF, filename="notat.rtf").text.splitlines()
    assert "Gremium\tDatum" in lines and "Integrationsrådet\t18.09.2012" in lines


def test_escaped_braces_and_tabs_are_kept():
    lines = extract(RTF, filename="notat.rtf").text.splitlines()
    assert "Sagsnr.\t2021-12345" in lines and "Slut{klammer}" in lines


def test_rtf_is_recognised_without_a_file_name():
    assert extract(RTF).mime_type == "application/rtf"


def test_file_named_rtf_without_rtf_content_is_rejected_as_corrupt():
    with pytest.raises(ExtractionError) as caught:
        extract(b"\x00\x01 not rtf at all", filename="brev.rtf")
    assert caught.value.reason == "corrupt"
