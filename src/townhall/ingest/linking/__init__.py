"""Link a document's card to the council records.

One document becomes a Paper with its main File, the Organizations it is addressed to or routed
through (matched to the body's existing committees by name, inflections included), Consultations
with their Meetings, the Persons who handle and sign it, its Deadlines and Events, and File
records for the attachments it names. Everything one document writes happens in one atomic
block (a transaction, or a savepoint inside the ingest's batch transaction), so a run killed
half way leaves whole documents or nothing.

Records read from a card are *card records*: they are replaced, not added to, when a new
version of the document arrives. Records harvested from an OParl system (those with an
``origin_id``) are never touched here.
"""

from townhall.ingest.linking.bodies import BodyResolver, find_body
from townhall.ingest.linking.card_records import replace_card_records
from townhall.ingest.linking.directory import Directory, writers_take_turns
from townhall.ingest.linking.errors import LinkError
from townhall.ingest.linking.linker import Linker, file_is_stored, latest_paper_id
from townhall.ingest.linking.names import body_key, organization_key, person_key
from townhall.ingest.linking.relinking import link_card_to_paper, relink_paper

__all__ = [
    "BodyResolver", "Directory", "LinkError", "Linker", "body_key", "file_is_stored", "find_body", "latest_paper_id",
    "link_card_to_paper", "organization_key", "person_key", "relink_paper", "replace_card_records", "writers_take_turns",
]
