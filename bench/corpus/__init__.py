"""A generator of realistic council papers in Danish, German and English, with their true cards.

``generate_corpus(out_dir, n, seed)`` writes text files and text-layer PDFs with a
``.truth.json`` card beside each; ``iter_papers(n, seed)`` yields the same papers without
touching the disk. Both are deterministic for a seed. The PDF writer and the scan builders
used here also make the test documents for the extractors.
"""

from .generator import CorpusSummary, GeneratedPaper, generate_corpus, iter_papers, make_paper

__all__ = ["CorpusSummary", "GeneratedPaper", "generate_corpus", "iter_papers", "make_paper"]
