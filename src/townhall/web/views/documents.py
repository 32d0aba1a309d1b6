from django.shortcuts import render

from townhall.search.query import clean_query_text
from townhall.web import selectors
from townhall.web.documents import document_page, papers_of_file


def file_read(request, pk: int):
    """Show a file to read in place: a PDF in the viewer, text and HTML as safe text, with the searched words marked."""
    file = selectors.visible_file(request.user, pk)
    query = clean_query_text(request.GET.get("q") or "")[:500]
    page = document_page(file, papers=papers_of_file(request.user, file), query=query)
    return render(request, "townhall/file_read.html", {"page": page, "query": query})
