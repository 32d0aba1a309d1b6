"""Judged search queries and the measures of a ranking over them: nDCG@10 and recall@10.

Two sets of judged queries (see the head of each file for its format):

* ``queries.yaml``: the demo and 1500 generated papers, judged by rules over titles and texts;
* ``queries_real.yaml``: the real development set ``../shared/realpapers/``, judged document by
  document, ingested with the real pipeline.

``tests/search/test_relevance.py`` asserts floors on these figures; ``bench/relevance.py``
prints them query by query and writes ``bench/results/relevance.md``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
REALPAPERS = SHARED / "realpapers"
CUTOFF = 10


def load_judgements(name: str) -> dict:
    """Return the parsed judgement file ``name`` of this directory."""
    return yaml.safe_load((HERE / name).read_text(encoding="utf-8"))


# -- measures -----------------------------------------------------------------------------


def ndcg(ranked: list, grades: Mapping) -> float:
    """Return nDCG at ``CUTOFF`` of ``ranked`` (ids, best first) for graded ``grades`` (id -> grade)."""
    gains = [grades.get(item, 0) for item in ranked[:CUTOFF]]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((g for g in grades.values() if g > 0), reverse=True)[:CUTOFF]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: list, grades: Mapping) -> float:
    """Return the share of relevant ids found in the first ``CUTOFF`` (of at most ``CUTOFF`` relevant)."""
    relevant = {item for item, g in grades.items() if g > 0}
    found = len(relevant & set(ranked[:CUTOFF]))
    return found / min(CUTOFF, len(relevant)) if relevant else 0.0


@dataclass
class Outcome:
    """How one judged query fared."""

    query: str
    filters: dict
    language: str
    tags: list[str]
    relevant: int
    ndcg: float
    recall: float
    top: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    #: "after-tuning" for a query judged and added after the ranking was tuned on the others.
    added: str = ""


@dataclass
class Measured:
    """The outcomes of a judged set on one database."""

    name: str
    vendor: str
    outcomes: list[Outcome]
    not_indexed: list[str] = field(default_factory=list)

    @property
    def ndcg(self) -> float:
        return sum(o.ndcg for o in self.outcomes) / len(self.outcomes)

    @property
    def recall(self) -> float:
        return sum(o.recall for o in self.outcomes) / len(self.outcomes)

    def by(self, key: Callable[[Outcome], Iterable[str]]) -> dict[str, tuple[int, float, float]]:
        """Return ``{group: (queries, nDCG, recall)}`` for the groups ``key`` puts each outcome in."""
        groups: dict[str, list[Outcome]] = {}
        for outcome in self.outcomes:
            for group in key(outcome):
                groups.setdefault(group, []).append(outcome)
        return {
            group: (len(items), sum(o.ndcg for o in items) / len(items), sum(o.recall for o in items) / len(items))
            for group, items in sorted(groups.items())
        }


def _run(name: str, judged: Iterable[dict], grades_for: Callable[[dict], dict[int, int]],
         label: Callable[[int], str], not_indexed: list[str]) -> Measured:
    from django.db import connection

    from townhall.search.selectors import search_papers

    outcomes = []
    for query in judged:
        grades = grades_for(query)
        if not any(grades.values()):
            raise AssertionError(f"no paper in the index is relevant for {query['query']!r}")
        filters = query.get("filters") or {}
        results = search_papers(query=query["query"], user=None, filters=filters, per_page=CUTOFF)
        ranked = [hit.paper.pk for hit in results.hits]
        outcomes.append(Outcome(
            query=query["query"], filters=filters, language=query.get("language", ""), tags=list(query.get("tags") or ()),
            relevant=sum(1 for g in grades.values() if g > 0), ndcg=ndcg(ranked, grades), recall=recall(ranked, grades),
            top=[label(pk) for pk in ranked[:3]],
            missing=[label(pk) for pk, g in sorted(grades.items(), key=lambda item: -item[1]) if g > 0 and pk not in ranked],
            added=str(query.get("added") or ""),
        ))
    return Measured(name, connection.vendor, outcomes, not_indexed)


# -- the test corpus: demo and generated papers ----------------------------------------------


def load_generated(papers: int, seed: int) -> None:
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


def rule_grade(rules: list[dict], paper: dict) -> int:
    """Return the highest grade among the ``rules`` that ``paper`` satisfies (0 if none)."""
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


def load_test_corpus() -> dict[int, dict]:
    """Load the generated papers of ``queries.yaml`` beside the demo (already loaded), index, describe them."""
    from townhall.core.models import Paper
    from townhall.search.indexing import rebuild

    judgements = load_judgements("queries.yaml")
    load_generated(judgements["generated"]["papers"], judgements["generated"]["seed"])
    rebuild()
    papers = {}
    for paper in Paper.objects.filter(public=True).select_related("body", "main_file"):
        refs = [paper.reference, *((paper.card or {}).get("references") or {}).values()]
        papers[paper.pk] = {
            "title": paper.name, "text": paper.main_file.text if paper.main_file else "",
            "references": {r for r in refs if r}, "body": paper.body.name, "date": paper.date, "kind": paper.kind,
        }
    return papers


def measure_test_corpus(papers: dict[int, dict]) -> Measured:
    """Run the queries of ``queries.yaml`` over the loaded test corpus."""
    judgements = load_judgements("queries.yaml")

    def grades_for(query: dict) -> dict[int, int]:
        return {pk: g for pk, paper in papers.items() if (g := rule_grade(query["relevant"], paper))}

    return _run("test corpus", judgements["queries"], grades_for, lambda pk: papers[pk]["title"][:50], [])


# -- the real development set ------------------------------------------------------------------


def ingest_real_papers(folder: Path = REALPAPERS) -> dict[str, int]:
    """Ingest the documents of ``folder`` with the real pipeline, each under its body; return name -> paper id.

    The body of a document is named by the second word of its file name
    (``da_greve_...`` -> ``bodies['greve']`` of ``queries_real.yaml``).
    """
    from townhall.core.models import Paper
    from townhall.ingest.pipeline import ingest
    from townhall.ingest.sources.files import local_file

    bodies = load_judgements("queries_real.yaml")["bodies"]
    groups: dict[str, list[Path]] = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name[:3] in ("da_", "de_", "en_"):
            groups.setdefault(path.name.split("_")[1], []).append(path)
    for key, paths in groups.items():
        ingest([local_file(p) for p in paths], body_name=bodies[key])
    stems = {path.stem for paths in groups.values() for path in paths}
    found = {}
    for pk, file_name in Paper.objects.filter(main_file__isnull=False).values_list("pk", "main_file__file_name"):
        stem = Path(file_name).stem
        if stem in stems:
            found[stem] = pk
    return found


def measure_real_papers(indexed: dict[str, int], folder: Path = REALPAPERS, leave_out: Iterable[str] = ()) -> Measured:
    """Run the queries of ``queries_real.yaml`` over the ingested real papers (``name -> paper id``).

    Queries whose ``added`` field is in ``leave_out`` are not run (a split kept unseen until its first run).
    """
    judgements = load_judgements("queries_real.yaml")
    left_out = set(leave_out)
    names = {pk: stem for stem, pk in indexed.items()}
    documents = sorted(p.stem for p in folder.iterdir() if p.is_file() and p.name[:3] in ("da_", "de_", "en_"))

    def grades_for(query: dict) -> dict[int, int]:
        return {indexed[doc]: int(g) for doc, g in query["relevant"].items() if doc in indexed}

    queries = [q for q in judgements["queries"] if str(q.get("added") or "") not in left_out]
    return _run("real papers", queries, grades_for, lambda pk: names.get(pk, f"paper {pk}"),
                [doc for doc in documents if doc not in indexed])
