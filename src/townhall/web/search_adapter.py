"""The one place the web pages reach the search engine.

Pages and feeds call ``search_papers`` from here, never the search app directly, so that a
different engine (or a stand-in for an installation without one) is one change in this module.

``search_papers(*, query, user, filters, page=1, per_page=20, sort="relevance")`` returns
``SearchResults(hits=[Hit(paper, snippet_html, score)], total, facets)``; ``snippet_html`` is
escaped text with the matched words in ``<mark>``. Filters (all optional): ``body`` (slug),
``organization`` (id), ``kind``, ``language``, ``date_from``/``date_to`` and
``deadline_from``/``deadline_to`` (``datetime.date``), ``public`` (bool, honoured for staff only).
Sorts used by the pages: ``relevance``, ``newest``, ``oldest``.
"""

from townhall.search.selectors import Hit, SearchResults, search_papers

__all__ = ["Hit", "SearchResults", "search_papers"]
