"""Input that must be refused before any real work: empty, oversize, of unknown format."""

import pytest

from townhall.reading.extractors import ExtractionError, extract


def test_empty_file_is_rejected_as_empty():
    with pytest.raises(ExtractionError) as caught:
        extract(b"", filename="tom.pdf")
    assert caught.value.reason == "empty"


def test_file_of_only_whitespace_is_rejected_as_empty():
    with pytest.raises(ExtractionError) as caught:
        extract(b" \r\n\t\n", filename="blank.txt")
    assert caught.value.reason == "empty"


def test_file_over_the_size_limit_is_rejected_before_reading():
    # Not valid PDF data: reaching the PDF reader would give "corrupt", not "too_large".
    with pytest.raises(ExtractionError) as caught:
        extract(b"%PDF-1.7 " + b"x" * 2_000, filename="big.pdf", max_bytes=1_000)
    assert caught.value.reason == "too_large"
    assert "big.pdf" in caught.value.message


def test_file_at_the_size_limit_is_read():
    data = "Dagsorden for mødet".encode() + b" " * 81
    assert extract(data, filename="d.txt", max_bytes=len(data)).text.startswith("Dagsorden")


def test_unknown_binary_format_is_rejected_as_unsupported_type():
    data = bytes(range(256)) * 8
    with pytest.raises(ExtractionError) as caught:
        extract(data, filename="archive.xyz")
    assert caught.value.reason == "unsupported_type"


def test_zip_archive_that_is_not_a_word_file_is_unsupported(tmp_path):
    import zipfile

    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ExtractionError) as caught:
        extract(path.read_bytes(), filename="bundle.zip")
    assert caught.value.reason == "unsupported_type"


def test_every_error_message_is_one_sentence_for_users():
    with pytest.raises(ExtractionError) as caught:
        extract(b"", filename="x.txt")
    message = caught.value.message
    assert message.endswith(".") and message.count(". ") == 0


def test_unknown_reason_code_cannot_be_raised():
    with pytest.raises(ValueError):
        ExtractionError("because", "Something.")
