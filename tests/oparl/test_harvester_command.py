"""The `townhall oparl-import` command: arguments, summary and exit status."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from replay import SyntheticServer
from townhall.core.models import Organization

pytestmark = pytest.mark.django_db


def recording(tmp_path, server: SyntheticServer, *extra: dict):
    path = tmp_path / "recording.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in [*server.records(), *extra]:
            handle.write(json.dumps(record) + "\n")
    return str(path)


def test_command_imports_a_recording_and_prints_a_summary(tmp_path):
    server = SyntheticServer()
    server.add("Organization", name="Hauptausschuss")
    out = StringIO()
    call_command("oparl-import", server.system_url, "--replay", recording(tmp_path, server), stdout=out)
    assert Organization.objects.get().name == "Hauptausschuss"
    assert any(line.split()[:2] == ["Organization", "1"] for line in out.getvalue().splitlines())


def test_command_exits_with_status_1_when_objects_failed(tmp_path):
    server = SyntheticServer()
    server.add("Meeting", name="Sitzung", organization=["https://ris.example.org/oparl/organization/missing"])
    with pytest.raises(CommandError) as failure:
        call_command("oparl-import", server.system_url, "--replay", recording(tmp_path, server), stdout=StringIO())
    assert failure.value.returncode == 1
    assert "harvest errors" in str(failure.value)


def test_command_needs_a_url_or_files(tmp_path):
    with pytest.raises(CommandError, match="URL"):
        call_command("oparl-import", stdout=StringIO())


def test_command_reports_an_unreadable_endpoint(tmp_path):
    server = SyntheticServer()
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("oparl-import", "https://nowhere.example.org/oparl", "--replay", recording(tmp_path, server), stdout=StringIO())


def test_files_option_downloads_pending_files(tmp_path):
    server = SyntheticServer()
    server.add("Paper", name="Vorlage", mainFile={"id": "https://ris.example.org/oparl/file/1", "type": "https://schema.oparl.org/1.1/File",
                                                   "fileName": "v.txt", "accessUrl": "https://ris.example.org/f/1"})
    out = StringIO()
    path = recording(tmp_path, server, {"url": "https://ris.example.org/f/1", "raw": "Ein kurzer Text.", "headers": {"Content-Type": "text/plain"}})
    call_command("oparl-import", server.system_url, "--replay", path, "--files", stdout=out)
    assert "Files: 1 downloaded" in out.getvalue()
