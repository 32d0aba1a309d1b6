"""Fixtures shared by the whole suite."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _private_storage(settings, tmp_path):
    """Give every test its own file storage directory so stored bytes never leak between tests."""
    from townhall.core.storage import get_storage

    settings.STORAGE_DIR = tmp_path / "files"
    get_storage.cache_clear()
    yield
    get_storage.cache_clear()


@pytest.fixture
def demo(db):
    """Load the demo municipalities, meetings and papers, dated relative to today."""
    from townhall.core.demo.loader import load_demo

    return load_demo(today=date.today())


@pytest.fixture
def body(db):
    from townhall.core.services import body_create

    return body_create(name="Testby Kommune", country="DK", language="da")


@pytest.fixture
def shared_dir():
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
