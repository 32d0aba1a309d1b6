"""The municipality of a web page: the council whose sites its links name, or whose site its declared title names."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from townhall.reading.analysis.municipality import _CAPITALISED, _MENTION, _explicit_names_in
from townhall.reading.analysis.municipality_names import _domain_owner, _town_of

# Words by which a page's declared title names the council's own information site: "RatsInformationsSystem
# München - Sitzungsvorlagen", "Bürgerinformationssystem der Stadt X", "X Kommune - Dagsordener og referater".
_SITE_WORDS = re.compile(
    r"Rats?[Ii]nfo\w*|Bürgerinfo\w*|Informationssystem|Sitzungsdienst|Gremieninfo\w*|Politik|Dagsorden\w*|Referater"
    r"|Council meetings|Committee meetings|Agendas?|Minutes|Democracy|Meetings",
)


def municipality_of_hosts(hosts: Sequence[str]) -> str | None:
    """Return the municipality whose web domain a page gives as its own address or links to most, or None.

    ``hosts`` come first the page's own address, then its links' hosts, most linked first
    (``Document.link_hosts``). Only hosts a municipality's site is known under count: a page
    linking to social media or to a map service says nothing. Its council is the owner of the
    first such host, when the next ones (up to ``_HOSTS_AGREEING`` in all) belong to the same
    council: a page linking to several councils' sites (a regional portal) names none.
    """
    owners = [owner for owner in (_domain_owner(host) for host in hosts[:_HOSTS_READ]) if owner]
    if not owners:
        return None
    first = owners[0]
    return first if all(owner == first for owner in owners[:_HOSTS_AGREEING]) else None


#: Hosts of a page read for its council, and how many of the councils among them must agree.
_HOSTS_READ = 8
_HOSTS_AGREEING = 3


def municipality_in_declared_title(title: str | None) -> str | None:
    """Return the municipality a file's declared title names as its site's owner, or None.

    A council's web pages carry the city in their title ("RatsInformationsSystem München - …") where the
    page's text names it nowhere; only a title that names such a site, or the body in its own style, counts.
    """
    if not title:
        return None
    scores: dict[str, float] = defaultdict(float)
    _explicit_names_in(title, scores)
    if not scores and _SITE_WORDS.search(title):
        for match in _CAPITALISED.finditer(title):
            official = _town_of(match.group(0).casefold())
            if official:
                scores[official] += _MENTION
    if len(scores) != 1:
        return None
    return next(iter(scores))
