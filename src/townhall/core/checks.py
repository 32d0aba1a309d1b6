"""System checks that explain bad configuration in plain words."""

from __future__ import annotations

import shutil

from django.conf import settings
from django.core.checks import Error, Warning, register
from django.utils.module_loading import import_string

from townhall.config import UI_LANGUAGES


@register()
def check_configuration(app_configs=None, **kwargs):
    problems = []
    unknown = [code for code in settings.CONFIGURED_LANGUAGES if code not in UI_LANGUAGES]
    if unknown:
        problems.append(Error(f"TOWNHALL_LANGUAGES names languages townhall has no interface for: {', '.join(unknown)}. Use da, de and en.", id="townhall.E001"))
    if not settings.LANGUAGES:
        problems.append(Error("TOWNHALL_LANGUAGES leaves no interface language; name at least one of da, de, en.", id="townhall.E002"))
    elif settings.LANGUAGE_CODE not in dict(settings.LANGUAGES):
        problems.append(Error(f"TOWNHALL_LANGUAGE is {settings.LANGUAGE_CODE!r}, which is not one of TOWNHALL_LANGUAGES.", id="townhall.E003"))
    if settings.LOGGING["root"]["level"] not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        problems.append(Error("TOWNHALL_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR.", id="townhall.E005"))
    for name in ("STORAGE_BACKEND", "SEARCH_BACKEND"):
        path = getattr(settings, name)
        try:
            import_string(path)
        except ImportError:
            problems.append(Error(f"TOWNHALL_{name} {path!r} cannot be imported.", id="townhall.E006"))
    if shutil.which(settings.TESSERACT_COMMAND) is None:
        problems.append(Warning(f"Tesseract ({settings.TESSERACT_COMMAND!r}) is not installed: scanned pages will be kept without text.", hint="Install the Debian packages tesseract-ocr, tesseract-ocr-dan and tesseract-ocr-deu.", id="townhall.W001"))
    return problems
