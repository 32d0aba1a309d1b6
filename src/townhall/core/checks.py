"""System checks that explain bad configuration in plain words."""

from __future__ import annotations

import shutil

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
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


LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


@register(Tags.security, deploy=True)
def check_production_settings(app_configs=None, **kwargs):
    """Say which TOWNHALL_* setting a production site still lacks (``townhall check --deploy``).

    These stand in for Django's own deployment warnings, which name Django's settings and are
    silenced in settings.SILENCED_SYSTEM_CHECKS.
    """
    problems = []
    if settings.DEBUG:
        problems.append(Warning("TOWNHALL_DEBUG is on: error pages show code and settings to every visitor.", hint="Set TOWNHALL_DEBUG=false.", id="townhall.W101"))
    if not settings.SECURE_SSL_REDIRECT:
        problems.append(Warning("Plain-HTTP requests are answered instead of being redirected to HTTPS.", hint="Set TOWNHALL_HTTPS=true once the site is reachable over HTTPS (see docs/deployment.md).", id="townhall.W102"))
    if not (settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE):
        problems.append(Warning("The sign-in session and CSRF cookies may travel over plain HTTP, where they can be read.", hint="Set TOWNHALL_HTTPS=true (or TOWNHALL_SECURE_COOKIES=true).", id="townhall.W103"))
    if not settings.SECURE_HSTS_SECONDS:
        problems.append(Warning("No Strict-Transport-Security header: browsers will still try plain HTTP first.", hint="Set TOWNHALL_HSTS_SECONDS, e.g. 3600 while trying it out, then 31536000 (a year).", id="townhall.W104"))
    else:
        if not settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
            problems.append(Warning("Strict-Transport-Security does not cover subdomains.", hint="Set TOWNHALL_HSTS_INCLUDE_SUBDOMAINS=true if every subdomain is served over HTTPS.", id="townhall.W105"))
        if not settings.SECURE_HSTS_PRELOAD:
            problems.append(Warning("The host may not be put on the browsers' HSTS preload lists.", hint="Set TOWNHALL_HSTS_PRELOAD=true and submit the domain to the preload list.", id="townhall.W106"))
    hosts = set(settings.ALLOWED_HOSTS)
    if "*" in hosts:
        problems.append(Warning("TOWNHALL_ALLOWED_HOSTS accepts any host name, so links in e-mails and feeds can be forged.", hint="Name the site's host names instead of *.", id="townhall.W107"))
    elif hosts <= LOCAL_HOSTS:
        problems.append(Warning("TOWNHALL_ALLOWED_HOSTS names only this machine: requests for the site's own host name are refused.", hint="Add the host name, e.g. TOWNHALL_ALLOWED_HOSTS=rat.example.org, or set TOWNHALL_PUBLIC_URL.", id="townhall.W108"))
    key = settings.SECRET_KEY
    if len(key) < 50 or len(set(key)) < 5 or key.startswith("django-insecure-"):
        problems.append(Warning("TOWNHALL_SECRET_KEY is short or simple enough to be guessed; sessions signed with it can be forged.", hint="Leave it unset (townhall generates a strong one) or set 50 or more random characters.", id="townhall.W109"))
    if settings.SECURE_SSL_REDIRECT and settings.PUBLIC_URL.startswith("http://"):
        problems.append(Warning("TOWNHALL_PUBLIC_URL starts with http:// while the site redirects to HTTPS: feeds and OParl ids point at plain HTTP.", hint="Write it with https://.", id="townhall.W110"))
    return problems
