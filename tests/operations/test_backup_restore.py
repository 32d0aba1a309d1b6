"""A backup restored into an empty instance gives back every record, file and search result."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

PAPER_TEXT = (
    "Testby Kommune\nTeknik- og Miljøudvalget\n\nIndstilling: cykelsti langs havnefronten\n\n"
    "Forvaltningen indstiller, at udvalget godkender anlæg af en cykelsti langs havnefronten.\n"
)


def counts():
    from django.contrib.auth import get_user_model

    from townhall.core.models import AgendaItem, Body, File, Meeting, Organization, Paper, Person

    models = [Body, Organization, Person, Meeting, AgendaItem, Paper, File]
    result = {m.__name__: m.all_objects.count() for m in models}
    result["deleted papers"] = Paper.all_objects.filter(deleted=True).count()
    result["users"] = get_user_model().objects.count()
    return result


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_round_trip_into_an_empty_instance(tmp_path, settings, client):
    from django.contrib.auth import get_user_model

    from townhall.core.demo.loader import load_demo
    from townhall.core.models import File, Paper
    from townhall.core.services import soft_delete
    from townhall.core.storage import get_storage
    from townhall.search.backends import get_backend

    load_demo()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cykelsti.txt").write_text(PAPER_TEXT, encoding="utf-8")
    call_command("ingest", str(tmp_path / "in"), "--body", "Testby Kommune", stdout=StringIO())
    get_user_model().objects.create_superuser("clerk", "clerk@example.org", "a-long-password-1")
    soft_delete(Paper.objects.order_by("pk").first())
    before = counts()
    stored = {f.pk: (f.sha256, get_storage().open(f.storage_name)) for f in File.all_objects.exclude(storage_name="")}
    assert stored
    paper = Paper.objects.get(name__icontains="cykelsti")
    page_before = client.get(f"/oparl/v1.1/paper/{paper.pk}").json()
    hits_before = _search("cykelsti")
    assert paper.pk in hits_before

    target = tmp_path / "backup.tar"
    out = StringIO()
    call_command("backup", str(target), stdout=out)
    assert "Backed up" in out.getvalue()
    with tarfile.open(target) as archive:
        names = archive.getnames()
    assert "manifest.json" in names and "data.jsonl" in names
    assert sum(name.startswith("files/") for name in names) == len({sha for sha, _ in stored.values()})

    # An empty instance: no rows, and a storage directory of its own.
    call_command("flush", interactive=False, verbosity=0)
    settings.STORAGE_DIR = tmp_path / "other-files"
    get_storage.cache_clear()
    call_command("restore", str(target), stdout=StringIO())

    assert counts() == before
    for pk, (sha, data) in stored.items():
        restored = File.all_objects.get(pk=pk)
        assert restored.sha256 == sha and get_storage().open(restored.storage_name) == data
    assert client.get(f"/oparl/v1.1/paper/{paper.pk}").json() == page_before
    assert _search("cykelsti") == hits_before
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.get(username="clerk").check_password("a-long-password-1")
    assert get_backend() is not None

    with pytest.raises(CommandError, match="holds data already"):
        call_command("restore", str(target), stdout=StringIO())


def _search(text):
    from django.contrib.auth.models import AnonymousUser

    from townhall.search.selectors import search_papers

    return [hit.paper.pk for hit in search_papers(query=text, user=AnonymousUser()).hits]


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_what_is_not_a_backup_and_damaged_files(tmp_path):
    bogus = tmp_path / "bogus.tar"
    bogus.write_bytes(b"not a tar file at all")
    with pytest.raises(CommandError, match="not a townhall backup"):
        call_command("restore", str(bogus), stdout=StringIO())
    with pytest.raises(CommandError, match="is not a file"):
        call_command("restore", str(tmp_path / "missing.tar"), stdout=StringIO())


def test_backup_made_by_one_instance_is_restored_by_another_through_the_command_line(tmp_path):
    """Two real instances with their own SQLite files and storage, as an operator would run them."""
    def townhall(data_dir, *args):
        env = {**os.environ, "TOWNHALL_DATA_DIR": str(data_dir), "TOWNHALL_SECRET_KEY": "test"}
        env.pop("TOWNHALL_DATABASE_URL", None)
        env.pop("TOWNHALL_STORAGE_DIR", None)
        return subprocess.run([sys.executable, "-m", "townhall.cli", *args], env=env, capture_output=True, text=True, timeout=600)

    first, second = tmp_path / "first", tmp_path / "second"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cykelsti.txt").write_text(PAPER_TEXT, encoding="utf-8")
    for args in (["migrate", "--no-input"], ["ingest", str(tmp_path / "in"), "--body", "Testby Kommune"], ["backup", str(tmp_path / "b.tar")]):
        result = townhall(first, *args)
        assert result.returncode == 0, result.stderr
    assert townhall(second, "migrate", "--no-input").returncode == 0
    result = townhall(second, "restore", str(tmp_path / "b.tar"))
    assert result.returncode == 0, result.stderr
    assert "Restored" in result.stdout
    found = townhall(second, "search", "cykelsti")
    assert "cykelsti" in found.stdout.lower(), found.stdout + found.stderr
    again = townhall(second, "restore", str(tmp_path / "b.tar"))
    assert again.returncode != 0 and "holds data already" in again.stderr
