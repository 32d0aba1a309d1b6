"""The participant list of an event as a CSV file for the clerk (a spreadsheet opens it)."""

from __future__ import annotations

import csv
import io

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from townhall.council.services.audit import audit
from townhall.participation import selectors
from townhall.participation.conferences import _require_runs
from townhall.participation.models import Conference

#: A cell starting with one of these would be read by a spreadsheet as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _moment(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def participants_csv(*, by, conference: Conference, language: str = "en") -> bytes:
    """Return every registration of *conference* as CSV (UTF-8 with BOM); the export is written to the audit log.

    A value a spreadsheet would take for a formula is kept as text.
    """
    _require_runs(by, conference)
    out = io.StringIO()
    writer = csv.writer(out)
    with translation.override(language):
        columns = conference.answer_columns()
        writer.writerow([_("Name"), _("E-mail"), _("Status"), _("Place on the waiting list"), _("Registered"),
                         _("Moved up"), _("Cancelled"), *(label for _key, label in columns)])
        position = 0
        for row in selectors.participants(conference):
            if row.status == row.WAITING:
                position += 1
            writer.writerow([_cell(value) for value in [
                row.name, row.email, row.get_status_display(), position if row.status == row.WAITING else "",
                _moment(row.registered), _moment(row.promoted), _moment(row.cancelled),
                *(row.answers.get(key, "") for key, _label in columns)]])
    audit(by, "event.participants.export", conference, body=conference.paper.body)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
