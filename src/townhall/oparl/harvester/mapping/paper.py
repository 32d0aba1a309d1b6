"""Map OParl Paper, Consultation and File objects."""

from __future__ import annotations

from townhall.oparl.harvester.loaders import Loader

from .base import Mapped, children, common, ref, refs


def map_paper(data: dict, loader: Loader) -> Mapped:
    """Map an OParl Paper to the fields of :class:`~townhall.core.models.Paper`."""
    mapped = common(data, loader, "Paper")
    if mapped.deleted:
        return mapped
    mapped.fields.update(
        name=loader.text(data.get("name")),
        reference=loader.text(data.get("reference")),
        date=loader.date(data.get("date")),
        paper_type=loader.text(data.get("paperType")),
    )
    if main_file := ref(loader, "File", data.get("mainFile")):
        mapped.one["main_file"] = main_file
    mapped.many = {
        "auxiliary_files": refs(loader, "File", data.get("auxiliaryFile")),
        "related_papers": refs(loader, "Paper", data.get("relatedPaper")),
        "superordinated_papers": refs(loader, "Paper", data.get("superordinatedPaper")),
        "locations": refs(loader, "Location", data.get("location")),
        "originator_persons": refs(loader, "Person", data.get("originatorPerson")),
        "under_direction_of": refs(loader, "Organization", data.get("underDirectionOf")),
        "originator_organizations": refs(loader, "Organization", data.get("originatorOrganization")),
    }
    mapped.children = children("Consultation", "paper", data.get("consultation"))
    return mapped


def map_consultation(data: dict, loader: Loader, *, position: int | None = None) -> Mapped:
    """Map an OParl Consultation; *position* is its place on the paper's route."""
    mapped = common(data, loader, "Consultation")
    if mapped.deleted:
        return mapped
    mapped.fields.update(
        authoritative=loader.boolean(data.get("authoritative")),
        role=loader.text(data.get("role")),
        position=position or 0,
    )
    for field, type_, key in (("paper", "Paper", "paper"), ("agenda_item", "AgendaItem", "agendaItem"), ("meeting", "Meeting", "meeting")):
        if link := ref(loader, type_, data.get(key)):
            mapped.one[field] = link
    mapped.many = {"organizations": refs(loader, "Organization", data.get("organization"))}
    return mapped


def map_file(data: dict, loader: Loader) -> Mapped:
    """Map an OParl File's description (not its bytes) to the fields of :class:`~townhall.core.models.File`."""
    mapped = common(data, loader, "File")
    if mapped.deleted:
        return mapped
    size = loader.integer(data.get("size"))
    mapped.fields.update(
        name=loader.text(data.get("name")) or loader.text(data.get("fileName")),
        file_name=loader.text(data.get("fileName")),
        mime_type=loader.text(data.get("mimeType")),
        date=loader.date(data.get("date")),
        size=size,
        sha1_checksum=loader.text(data.get("sha1Checksum"))[:40],
        sha512_checksum=loader.text(data.get("sha512Checksum"))[:128],
        text=loader.text(data.get("text")),
        external_service_url=loader.url(data.get("externalServiceUrl")),
        file_license=loader.url(data.get("fileLicense")),
        origin_access_url=loader.url(data.get("accessUrl")),
        origin_download_url=loader.url(data.get("downloadUrl")),
    )
    if master := ref(loader, "File", data.get("masterFile")):
        mapped.one["master_file"] = master
    return mapped
