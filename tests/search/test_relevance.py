"""Relevance of search over judged queries (queries.yaml): nDCG@10 and recall@10.

The figures are printed (run with ``-s`` to see them per query); the test asserts a floor
a little below what the current ranking reaches, so a change that makes ranking worse fails.
"""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

JUDGEMENTS = yaml.safe_load((Path(__file__).parent / "queries.yaml").read_text(encoding="utf-8"))
CUTOFF = 10
NDCG_FLOOR = 0.90
RECALL_FLOOR = 0.88


def _load_generated(papers: int, seed: int) -> None:
    """Write generated papers straight into the tables, one body per municipality."""
    from townhall.core.models import Body, File, Paper
    from townhall.core.services import body_create
    from bench.corpus import iter_papers

    bodies: dict[str, Body] = {}
    generated = list(iter_papers(papers, seed))
    for paper in generated:
        name = paper.truth["municipality"]
        if name not in bodies:
            bodies[name] = Body.objects.filter(name=name).first() or body_create(name=name, language=paper.language)
    files = File.objects.bulk_create(
        [File(body=bodies[p.truth["municipality"]], name=p.truth["title"], text=p.text, language=p.language) for p in generated]
    )
    rows = []
    for paper, file in zip(generated, files):
        truth = paper.truth
        refs = {key: value for key, value in (truth.get("references") or {}).items() if key != "agenda_item"}
        rows.append(
            Paper(
                body=bodies[truth["municipality"]], name=truth["title"], kind=paper.kind, language=paper.language,
                reference=refs.get("paper") or refs.get("case") or refs.get("document") or "",
                date=date.fromisoformat(truth["date"]) if truth.get("date") else None, main_file=file,
                card={"references": refs},
            )
        )
    Paper.objects.bulk_create(rows)


def _grade(rules: list[dict], paper: dict) -> int:
    best = 0
    for rule in rules:
        checks = []
        if "title" in rule:
            checks.append(re.search(rule["title"], paper["title"], re.IGNORECASE | re.DOTALL) is not None)
        if "text" in rule:
            checks.append(re.search(rule["text"], paper["text"], re.IGNORECASE) is not None)
        if "reference" in rule:
            checks.append(rule["reference"] in paper["references"])
        if "body" in rule:
            checks.append(re.search(rule["body"], paper["body"], re.IGNORECASE) is not None)
        if "kind" in rule:
            checks.append(paper["kind"] == rule["kind"])
        if "from" in rule:
            checks.append(paper["date"] is not None and paper["date"] >= date.fromisoformat(rule["from"]))
        if "to" in rule:
            checks.append(paper["date"] is not None and paper["date"] <= date.fromisoformat(rule["to"]))
        if checks and all(checks):
            best = max(best, int(rule["grade"]))
    return best


def _ndcg(ranked: list[int], grades: dict[int, int]) -> float:
    gains = [grades.get(paper_id, 0) for paper_id in ranked[:CUTOFF]]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((g for g in grades.values() if g > 0), reverse=True)[:CUTOFF]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def _recall(ranked: list[int], grades: dict[int, int]) -> float:
    relevant = {paper_id for paper_id, g in grades.items() if g > 0}
    found = len(relevant & set(ranked[:CUTOFF]))
    return found / min(CUTOFF, len(relevant)) if relevant else 0.0


@pytest.fixture
def judged_corpus(demo):
    from townhall.core.models import Paper
    from townhall.search.indexing import rebuild

    _load_generated(JUDGEMENTS["generated"]["papers"], JUDGEMENTS["generated"]["seed"])
    rebuild()
    papers = {}
    for paper in Paper.objects.filter(public=True).select_related("body", "main_file"):
        refs = [paper.reference, *((paper.card or {}).get("references") or {}).values()]
        papers[paper.pk] = {
            "title": paper.name, "text": paper.main_file.text if paper.main_file else "",
            "references": {r for r in refs if r}, "body": paper.body.name, "date": paper.date,
            "kind": paper.kind,
        }
    return papers


def test_judged_queries_rank_what_was_asked_for_first(judged_corpus):
    from django.db import connection

    from townhall.search.selectors import search_papers

    rows = []
    for judged in JUDGEMENTS["queries"]:
        grades = {pk: g for pk, paper in judged_corpus.items() if (g := _grade(judged["relevant"], paper))}
        assert grades, f"no paper is relevant for {judged['query']!r}: fix queries.yaml"
        results = search_papers(query=judged["query"], user=None, filters=judged.get("filters") or {}, per_page=CUTOFF)
        ranked = [hit.paper.pk for hit in results.hits]
        rows.append((judged["query"], judged.get("filters") or {}, len(grades), _ndcg(ranked, grades), _recall(ranked, grades)))
    ndcg = sum(r[3] for r in rows) / len(rows)
    recall = sum(r[4] for r in rows) / len(rows)
    print(f"\n{connection.vendor}: {len(rows)} queries, nDCG@{CUTOFF} {ndcg:.3f}, recall@{CUTOFF} {recall:.3f}")
    for query, filters, relevant, q_ndcg, q_recall in rows:
        print(f"  {q_ndcg:.2f} {q_recall:.2f} {relevant:4d}  {query} {filters or ''}")
    assert len(rows) >= 40
    assert (ndcg >= NDCG_FLOOR, recall >= RECALL_FLOOR) == (True, True), (ndcg, recall)
