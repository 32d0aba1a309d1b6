"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _private_storage(settings, tmp_path):
    """Give every test its own file storage directory so stored bytes never leak between tests."""
    from townhall.core.storage import get_storage

    settings.STORAGE_DIR = tmp_path / "files"
    settings.STORAGE_DIR.mkdir(mode=0o700)  # as townhall.config makes it when an instance starts
    get_storage.cache_clear()
    yield
    get_storage.cache_clear()


@pytest.fixture(scope="session", autouse=True)
def _private_page_folder(tmp_path_factory):
    """Keep public pages in a folder of this test process: parallel test processes empty their caches at will."""
    from django.conf import settings
    from django.test.utils import override_settings

    pages = settings.CACHES["pages"]
    if pages["BACKEND"].endswith("PageFolder"):
        with override_settings(CACHES={**settings.CACHES, "pages": {**pages, "LOCATION": str(tmp_path_factory.mktemp("pages"))}}):
            yield
    else:
        yield


@pytest.fixture(autouse=True)
def _empty_caches():
    """Start every test with empty caches: rolled-back rows come back with the same ids and times."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield


@pytest.fixture(autouse=True)
def _site_language():
    """Start every test in the site's default language: a request leaves its own active in the thread after it."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


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


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """Keep the SQLite test database in a file, so worker threads and processes share it as in production.

    Django's default in-memory test database locks whole tables between threads, which a job
    worker running beside the test would trip over.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("database") / "test.sqlite3")


CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the whole session (Debian's, never a downloaded one)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; Django would take the test's own
    # database calls for async code. They are synchronous, so tell Django so while the browser runs.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


SCREENSHOTS = Path(__file__).resolve().parents[1] / "build" / "screenshots"


class PageAudit:
    """Check browser pages with axe-core (every impact level) and against the window's width, saving each as a screenshot.

    Each check adds to ``failures`` (label → the rules a page breaks, with up to three elements each)
    and ``too_wide`` (labels of pages wider than the window); a test asserts both empty at the end.
    """

    OPTIONS = {"resultTypes": ["violations"]}

    def __init__(self, screenshots: Path = SCREENSHOTS):
        from axe_playwright_python.sync_playwright import Axe

        self.axe = Axe()
        self.screenshots = screenshots
        self.screenshots.mkdir(parents=True, exist_ok=True)
        self.failures: dict[str, list[str]] = {}
        self.too_wide: list[str] = []

    def check(self, page, label: str, *, width: int, screenshot: str) -> None:
        """Run axe-core on *page*, see that it fits *width* pixels, and save it as *screenshot* (a file name)."""
        violations = self.axe.run(page, options=self.OPTIONS).response["violations"]
        if violations:
            self.failures[label] = [
                f"{v['id']} ({v['impact']}): {[node['target'] for node in v['nodes']][:3]}" for v in violations]
        if page.evaluate("document.documentElement.scrollWidth") > width:
            self.too_wide.append(label)
        page.screenshot(path=str(self.screenshots / screenshot), full_page=True)


@pytest.fixture
def page_audit():
    """A fresh PageAudit that saves its screenshots to ``build/screenshots/``."""
    return PageAudit()
