"""File: metadata of a stored document, with the URLs that serve its bytes."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Q

from townhall.core import access
from townhall.core.models import AgendaItem, File, Meeting, Paper
from townhall.oparl.api.formats import oparl_date

from .base import ObjectSerializer, shown

#: Columns an embedded file never shows (its text is served only at the file's own URL).
EMBEDDED_FILE_SKIPS = ("text", "extraction_notes")


class FileSerializer(ObjectSerializer):
    type_name = "File"
    web_page = "file"
    model = File
    backlinks = ("meeting", "agendaItem", "paper")

    def fields(self, file):
        addresses = self.addresses
        access_url = addresses.file_access(file.pk)
        download_url = addresses.file_download(file.pk) if file.has_content else file.origin_download_url
        if not file.has_content and file.origin_access_url:
            access_url = file.origin_access_url
        return {
            "name": file.name,
            "fileName": file.file_name,
            "mimeType": file.mime_type,
            "date": oparl_date(file.date),
            "size": file.size,
            "sha1Checksum": file.sha1_checksum,
            "sha512Checksum": file.sha512_checksum,
            "accessUrl": access_url,
            "downloadUrl": download_url,
            "externalServiceUrl": file.external_service_url,
            "fileLicense": file.file_license,
            "townhall:language": file.language,
        }

    def prepare(self, objects):
        ids = [obj.pk for obj in objects if self.is_public(obj)]
        links = defaultdict(lambda: defaultdict(set))
        if ids:
            # Only what anyone may see is linked back to.
            papers, meetings, items = shown(Paper), shown(Meeting), shown(AgendaItem)
            for file_id, pk in papers.filter(main_file_id__in=ids).values_list("main_file_id", "id"):
                links[file_id]["paper"].add(pk)
            for file_id, pk in Paper.auxiliary_files.through.objects.filter(
                    access.public_condition(Paper, "paper"), file_id__in=ids).values_list("file_id", "paper_id"):
                links[file_id]["paper"].add(pk)
            protocols = Q(invitation_id__in=ids) | Q(results_protocol_id__in=ids) | Q(verbatim_protocol_id__in=ids)
            for pk, *file_ids in meetings.filter(protocols).values_list("id", "invitation_id", "results_protocol_id", "verbatim_protocol_id"):
                for file_id in file_ids:
                    if file_id in ids:
                        links[file_id]["meeting"].add(pk)
            for file_id, pk in Meeting.auxiliary_files.through.objects.filter(
                    access.public_condition(Meeting, "meeting"), file_id__in=ids).values_list("file_id", "meeting_id"):
                links[file_id]["meeting"].add(pk)
            for file_id, pk in items.filter(resolution_file_id__in=ids).values_list("resolution_file_id", "id"):
                links[file_id]["agendaItem"].add(pk)
            for file_id, pk in AgendaItem.auxiliary_files.through.objects.filter(
                    access.public_condition(AgendaItem, "agendaitem"), file_id__in=ids).values_list("file_id", "agendaitem_id"):
                links[file_id]["agendaItem"].add(pk)
            for master_id, pk in shown(File).filter(master_file_id__in=ids).values_list("master_file_id", "id"):
                links[master_id]["derivativeFile"].add(pk)
            masters = {obj.master_file_id for obj in objects if obj.master_file_id}
            self._visible_masters = set(shown(File).filter(id__in=masters).values_list("id", flat=True)) if masters else set()
        self._links = links

    def backlink_fields(self, file):
        links = getattr(self, "_links", {}).get(file.pk, {})
        addresses = self.addresses
        master = file.master_file_id if file.master_file_id in getattr(self, "_visible_masters", set()) else None
        return {
            "text": file.text,
            "masterFile": addresses.object("File", master) if master else None,
            "derivativeFile": [addresses.object("File", pk) for pk in sorted(links.get("derivativeFile", ()))],
            "meeting": [addresses.object("Meeting", pk) for pk in sorted(links.get("meeting", ()))],
            "agendaItem": [addresses.object("AgendaItem", pk) for pk in sorted(links.get("agendaItem", ()))],
            "paper": [addresses.object("Paper", pk) for pk in sorted(links.get("paper", ()))],
        }
