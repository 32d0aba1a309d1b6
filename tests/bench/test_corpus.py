"""The generated corpus of council papers and its ground-truth cards."""

import json
from collections import Counter
from datetime import date

import pypdfium2
import pytest

from bench.corpus import generate_corpus, iter_papers, make_paper
from bench.corpus.drafting import (
    danish_date,
    danish_range,
    english_date,
    english_range,
    german_date,
    german_range,
)
from townhall.reading.extractors import extract


def _files(folder):
    return {path.relative_to(folder): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_same_seed_gives_byte_identical_files(tmp_path):
    generate_corpus(tmp_path / "a", 40, seed=7)
    generate_corpus(tmp_path / "b", 40, seed=7)
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(first) == 80
    assert first == second


def test_parallel_workers_write_the_same_files_as_one_process(tmp_path):
    generate_corpus(tmp_path / "one", 1_010, seed=2, workers=1)
    generate_corpus(tmp_path / "two", 1_010, seed=2, workers=2)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_different_seeds_give_different_papers():
    assert [paper.text for paper in iter_papers(5, seed=1)] != [paper.text for paper in iter_papers(5, seed=2)]


def test_iter_papers_yields_what_generate_corpus_writes(tmp_path):
    generate_corpus(tmp_path, 12, seed=3, pdf_share=0.0)
    for paper in iter_papers(12, seed=3, pdf_share=0.0):
        assert (tmp_path / paper.folder / paper.filename).read_bytes() == paper.file_bytes()


def test_papers_come_in_danish_german_and_english():
    counts = Counter(paper.language for paper in iter_papers(600, seed=11))
    assert set(counts) == {"da", "de", "en"}
    assert all(count >= 90 for count in counts.values())


def test_every_language_has_several_kinds_of_paper():
    kinds = {}
    for paper in iter_papers(600, seed=12):
        kinds.setdefault(paper.language, set()).add(paper.kind)
    assert all(len(found) >= 5 for found in kinds.values())


@pytest.mark.parametrize("share", [0.0, 0.2, 0.5])
def test_pdf_share_is_honoured(tmp_path, share):
    summary = generate_corpus(tmp_path, 50, seed=5, pdf_share=share)
    pdfs = list(tmp_path.rglob("*.pdf"))
    assert len(pdfs) == summary.pdf_documents == int(50 * share)
    assert len(list(tmp_path.rglob("*.txt"))) == 50 - int(50 * share)


def test_files_are_spread_over_subfolders_of_a_thousand():
    assert [make_paper(number).folder for number in (0, 999, 1000, 123_456)] == ["0000", "0000", "0001", "0123"]


def test_each_paper_has_a_truth_card_beside_it(tmp_path):
    generate_corpus(tmp_path, 6, seed=4)
    documents = sorted(path for path in (tmp_path / "0000").iterdir() if not path.name.endswith(".truth.json"))
    assert len(documents) == 6
    for document in documents:
        card = json.loads(document.with_name(document.stem + ".truth.json").read_text(encoding="utf-8"))
        assert card["_file"]["name"] == document.name
        assert card["language"] in ("da", "de", "en") and card["title"] and card["municipality"]


def test_summary_counts_languages_kinds_and_bytes(tmp_path):
    summary = generate_corpus(tmp_path, 30, seed=9)
    assert summary.documents == 30
    assert sum(summary.languages.values()) == sum(summary.kinds.values()) == 30
    assert summary.bytes_written == sum(path.stat().st_size for path in tmp_path.rglob("*") if path.is_file())


def test_progress_is_reported_up_to_the_total(tmp_path):
    seen = []
    generate_corpus(tmp_path, 7, seed=1, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (7, 7)


def _date_forms(iso: str) -> set[str]:
    day = date.fromisoformat(iso)
    forms = {danish_date(day, style) for style in ("long", "dash", "dots", "weekday")}
    forms |= {german_date(day, style) for style in ("dots", "long", "weekday")}
    forms |= {english_date(day, style) for style in ("long", "ordinal", "weekday", "slashes")}
    return forms


def _span_forms(start: str, end: str) -> set[str]:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return {danish_range(first, last), german_range(first, last), english_range(first, last)} | _date_forms(start)


def test_truth_values_are_written_in_the_text():
    for paper in iter_papers(300, seed=21):
        text, truth = paper.text, paper.truth
        strings = [truth["title"], truth["municipality"], truth["author_unit"], truth["case_handler"]]
        strings += [value for value in truth["references"].values()]
        strings += truth["signatories"] + truth["addressees"] + truth["attachments"] + truth["emails"] + truth["phones"]
        strings += [step["organization"] for step in truth["consultations"]]
        strings += [event["name"] for event in truth["events"]] + [event["place"] for event in truth["events"]]
        # Headings may be set in capitals and long names broken over two lines; cards are
        # compared without regard to case and spacing.
        folded = " ".join(text.split()).casefold()
        for value in strings:
            if value is not None:
                assert " ".join(value.split()).casefold() in folded, (paper.number, value)
        dated = [truth["date"]] + [item["date"] for item in truth["consultations"] + truth["deadlines"]]
        for iso in filter(None, dated):
            assert any(form in text for form in _date_forms(iso)), (paper.number, iso)
        for event in truth["events"]:
            assert any(form in text for form in _span_forms(event["start"], event["end"])), (paper.number, event)


def test_text_files_read_back_to_the_paper_text_whatever_their_encoding():
    encodings = set()
    for paper in iter_papers(120, seed=8, pdf_share=0.0):
        encodings.add(paper.encoding)
        assert extract(paper.file_bytes(), filename=paper.filename).text == paper.text
    assert {"utf-8", "cp1252", "utf-16"} <= encodings


def test_pdfs_open_with_pypdfium2_and_hold_the_text():
    for paper in iter_papers(12, seed=6, pdf_share=1.0):
        document = pypdfium2.PdfDocument(paper.file_bytes())
        assert 1 <= len(document) <= 5
        layer = "".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
        flat = " ".join(layer.split())
        assert " ".join(paper.truth["title"].split()) in flat or paper.truth["title"].split()[0] in flat
        assert paper.truth["municipality"] in flat


def test_pdf_text_extracts_with_every_truth_value():
    for paper in iter_papers(15, seed=13, pdf_share=1.0):
        text = " ".join(extract(paper.file_bytes(), filename=paper.filename).text.split())
        for value in [paper.truth["municipality"], *paper.truth["emails"], *paper.truth["attachments"]]:
            assert value in text
