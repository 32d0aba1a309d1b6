"""Who may see what: one rule for every record, and the services that keep its derived flags true.

The rule
--------
A **paper** is shown when it is public and not deleted. Everything else is shown because of what
it belongs to or where it comes from:

- a **file** when its own Public flag is set and it is held by nothing, or by at least one shown
  paper, meeting or agenda item (a derivative file: by a shown master file);
- an **agenda item** when its meeting is shown, it is not marked non-public, and it is about no
  paper or about at least one shown paper;
- a **meeting, organization, person or location** when it stands on its own (harvested, from the
  demo, made in the admin) or, when it was made by reading papers (``from_papers``), while at
  least one shown paper names it;
- a **consultation** with its paper; a **deadline** or **event** with its paper and the main file
  it was read from; a **membership** when its person and organization are shown;
- bodies, legislative terms and the system whenever they are not deleted.

Staff with the permission to view papers (:func:`can_see_non_public`) see every live record.
A council member (a staff role for one committee) reads, besides, the non-public material of
their committees: the announced agenda items of the committees' shown meetings, the papers on
them, the files those papers, items and meetings hold (the members' agenda and minutes among
them), and the papers' consultations, deadlines and events (:func:`member_committees`). Feeds,
calendar files and the OParl API serve the public share to everyone.

Whether a file, agenda item, meeting, organization, person or location is shown is stored in its
``visible`` column, so that lists and counts stay as fast as an indexed column; the services here
keep it true whenever papers are published, un-published, linked or deleted. A record whose
``visible`` changes gets a new ``modified`` time, and so do the objects that embed it: OParl clients
that ask what changed see a hidden object as deleted (OParl 1.1, 2.8).
"""

from townhall.core.access.derived import public_view_changed, papers_changed, record_changed, refresh
from townhall.core.access.linked import CHUNK, Linked, linked_to_papers, neighbours
from townhall.core.access.services import delete_for_good, file_set_public, paper_set_public
from townhall.core.access.shown import (
    RULE_VERSION, can_see_non_public, content_shown, granted_papers, is_public, main_file_shown, may_see, member_committees,
    public_card, public_condition, shown_annotation, shown_condition, visible,
)

__all__ = [
    "CHUNK", "RULE_VERSION", "Linked", "can_see_non_public", "content_shown", "delete_for_good", "file_set_public",
    "granted_papers", "is_public", "linked_to_papers", "main_file_shown", "may_see", "member_committees", "neighbours",
    "paper_set_public", "papers_changed", "public_card", "public_condition", "public_view_changed", "record_changed",
    "refresh", "shown_annotation", "shown_condition", "visible",
]
