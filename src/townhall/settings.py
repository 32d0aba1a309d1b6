"""Django settings for townhall, built from the environment by :mod:`townhall.config`."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from townhall import config

_paths = config.data_paths()

DATA_DIR = _paths.data_dir
STORAGE_DIR = _paths.storage_dir
SECRET_KEY = config.secret_key(DATA_DIR)
DEBUG = config.env_bool("DEBUG", False)
PUBLIC_URL = (config.env("PUBLIC_URL") or "").rstrip("/")
# A separate host name for stored originals (core/delivery.py); empty: this site serves them.
FILES_URL = (config.env("FILES_URL") or "").rstrip("/")
_PUBLIC_ORIGINS = [config.origin("PUBLIC_URL", PUBLIC_URL)] if PUBLIC_URL else []
_FILES_ORIGINS = [config.origin("FILES_URL", FILES_URL)] if FILES_URL else []
# The hosts of the public and the files URL are always answered.
ALLOWED_HOSTS = config.env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]") + [urlsplit(url).hostname for url in _PUBLIC_ORIGINS + _FILES_ORIGINS]

# HTTPS and the reverse proxy in front (docs/deployment.md).
_HTTPS = config.env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = config.env_bool("SSL_REDIRECT", _HTTPS)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = config.env_bool("SECURE_COOKIES", _HTTPS)
SECURE_HSTS_SECONDS = config.env_nonnegative_int("HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = config.env_bool("HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = config.env_bool("HSTS_PRELOAD", False)
SECURE_PROXY_SSL_HEADER = config.proxy_ssl_header()
PROXY_COUNT = config.env_nonnegative_int("PROXY_COUNT", 0)
CSRF_TRUSTED_ORIGINS = [config.origin("CSRF_TRUSTED_ORIGINS", url) for url in config.env_list("CSRF_TRUSTED_ORIGINS", "")] + _PUBLIC_ORIGINS
# Django's deployment checks that name its own settings give way to townhall's, which name the
# TOWNHALL_* variables (townhall.core.checks.check_production_settings).
SILENCED_SYSTEM_CHECKS = [
    "security.W004", "security.W005", "security.W008", "security.W009", "security.W012",
    "security.W016", "security.W018", "security.W020", "security.W021",
]
CSRF_COOKIE_HTTPONLY = True  # no script reads it: pages post no forms through JavaScript
LANGUAGE_COOKIE_SAMESITE = "Lax"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "townhall.core",
    "townhall.ingest",
    "townhall.corrections",
    "townhall.search",
    "townhall.oparl",
    "townhall.web",
    "townhall.pagecache",
    "townhall.jobs",
    "townhall.mail",
    "townhall.operations",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "reversion",
    "townhall.council",
    "townhall.participation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "townhall.web.middleware.ControlCharacterMiddleware",
    "townhall.web.middleware.FilesHostMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the language is chosen, before what only signed-in users need (townhall.pagecache).
    "townhall.pagecache.middleware.PublicPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "townhall.web.middleware.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during sign-in into its answer.
    "axes.middleware.AxesMiddleware",
]

# Every page: scripts, styles and images from the site itself only (and the files host, when
# there is one: the middleware adds it), no inline script or style, never framed. Stored originals carry their own, stricter sandbox policy (core/delivery.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

ROOT_URLCONF = "townhall.urls"
WSGI_APPLICATION = "townhall.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": config.database_config(DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

_LANGUAGE_NAMES = {"da": _("Danish"), "de": _("German"), "en": _("English")}
LANGUAGES = [(code, _LANGUAGE_NAMES[code]) for code in config.env_list("LANGUAGES", "da,de,en") if code in _LANGUAGE_NAMES]
CONFIGURED_LANGUAGES = config.env_list("LANGUAGES", "da,de,en")
LANGUAGE_CODE = config.env("LANGUAGE", "en")
TIME_ZONE = config.time_zone()
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [Path(__file__).resolve().parent / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise expects it even when serving from the app folders
WHITENOISE_USE_FINDERS = True

LOGIN_URL = "/admin/login/"

# Sign-in hardening with django-axes: too many failures for one account or from one address lock
# sign-in for both for a while; every failure and lockout is logged (logger "axes").
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = config.env_int("LOGIN_ATTEMPTS", 5)
AXES_COOLOFF_TIME = timedelta(minutes=config.env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # failures and lockouts are still logged, with account and address; no start-up line
# The log names the account and the address (an operator blocks an attacker by them); passwords
# are never logged.
AXES_SENSITIVE_PARAMETERS: list[str] = []
AXES_LOCKOUT_CALLABLE = "townhall.web.views.sign_in.locked_out"
AXES_CLIENT_IP_CALLABLE = "townhall.web.client_address.client_address"

# The clerk's side (townhall.council): every staff member must use a second factor when set;
# otherwise an administrator can require it per body.
STAFF_TWO_FACTOR_REQUIRED = config.env_bool("STAFF_TWO_FACTOR_REQUIRED", False)
OTP_TOTP_ISSUER = config.env("OTP_ISSUER", "townhall")
# Staff set up their authenticator on their own sign-in pages; the admin never shows a device's secret or QR code.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

MAX_FILE_BYTES = config.env_int("MAX_FILE_MB", 200) * 1024 * 1024
STORAGE_BACKEND = config.env("STORAGE_BACKEND", "townhall.core.storage.LocalFileStorage")
SEARCH_BACKEND = config.env("SEARCH_BACKEND") or (
    "townhall.search.backends.postgres.PostgresBackend"
    if "postgresql" in DATABASES["default"]["ENGINE"]
    else "townhall.search.backends.sqlite_fts5.Fts5Backend"
)
TESSERACT_COMMAND = config.env("TESSERACT", "tesseract")
SEARCH_DICTIONARY_DIR = Path(config.env("DICTIONARY_DIR", "/usr/share/dictd"))
SEARCH_DICTIONARY_FILE = Path(config.env("DICTIONARY_FILE", "~/.cache/townhall/dictionaries.sqlite3")).expanduser()
READ_TIMEOUT_SECONDS = config.env_int("READ_TIMEOUT", 300)
READ_MEMORY_BYTES = config.env_int("READ_MEMORY_MB", 340) * 1024 * 1024
HEARING_ATTACHMENT_BYTES = config.env_int("HEARING_ATTACHMENT_MB", 10) * 1024 * 1024
HEARING_ATTACHMENTS = config.env_int("HEARING_ATTACHMENTS", 5)
FORM_LIMIT_PER_ADDRESS = config.env_int("FORM_LIMIT_PER_ADDRESS", 10)
FORM_LIMIT_PER_NETWORK = config.env_int("FORM_LIMIT_PER_NETWORK", 30)
RESPONSE_RETENTION_DAYS = config.env_int("RESPONSE_RETENTION_DAYS", 730)
REMINDER_DAYS = config.env_int("REMINDER_DAYS", 3)

# Jobs, mail and serving: see townhall.jobs, townhall.mail and docs/deployment.md.
BROKER_URL = config.env("BROKER_URL", "")
JOB_LEASE_SECONDS = config.env_float("JOB_LEASE_SECONDS", 60.0)
WORKER_CONCURRENCY = config.env_int("WORKER_CONCURRENCY", os.cpu_count() or 1)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = config.env("EMAIL_HOST", "localhost")
EMAIL_PORT = config.env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = config.env("EMAIL_USER", "")
EMAIL_HOST_PASSWORD = config.env("EMAIL_PASSWORD", "")
EMAIL_USE_TLS = config.env_bool("EMAIL_TLS", False)
EMAIL_USE_SSL = config.env_bool("EMAIL_SSL", False)
EMAIL_TIMEOUT = config.env_float("EMAIL_TIMEOUT", 20.0)
DEFAULT_FROM_EMAIL = SERVER_EMAIL = config.env("EMAIL_FROM", "townhall@localhost")
MAIL_MAX_ATTEMPTS = config.env_int("MAIL_MAX_ATTEMPTS", 8)
MAIL_RETRY_SECONDS = config.env_float("MAIL_RETRY_SECONDS", 60.0)
WEB_WORKERS = config.env_int("WEB_WORKERS", max(2, os.cpu_count() or 1))
WEB_THREADS = config.env_int("WEB_THREADS", 4)
_OPARL_CACHE_ENTRIES = config.env_nonnegative_int("OPARL_CACHE_ENTRIES", 100_000)
# The public form of OParl objects, also kept in the database for every web process (oparl.StoredView).
OPARL_STORE = config.env_bool("OPARL_STORE", True)
PAGE_CACHE_SECONDS = config.env_nonnegative_int("PAGE_CACHE_SECONDS", 60)
PAGE_CACHE_ENTRIES = config.env_nonnegative_int("PAGE_CACHE_ENTRIES", 10_000)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Whole public pages for visitors who are not signed in, keyed by the content generation (townhall.pagecache),
    # kept where every web process finds them: a folder in the data directory, or Redis.
    "pages": config.page_cache_config(DATA_DIR, PAGE_CACHE_ENTRIES),
    # The public form of OParl objects, keyed by their state (townhall.oparl.api.cache), in front of
    # the table every process shares: nothing is ever invalidated by hand, so process memory is as
    # correct as the table.
    "oparl": {"BACKEND": "townhall.oparl.api.memory.ProcessMemory", "LOCATION": "oparl",
              "OPTIONS": {"MAX_ENTRIES": _OPARL_CACHE_ENTRIES, "CULL_FREQUENCY": 10}}
    if _OPARL_CACHE_ENTRIES else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
LOG_FORMAT = (config.env("LOG_FORMAT", "text") or "text").lower()

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.json.JsonFormatter", "format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s", "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"}}},
    "handlers": {"console": {"class": "logging.StreamHandler", **({"formatter": "json"} if LOG_FORMAT == "json" else {})}},
    "root": {"handlers": ["console"], "level": config.env("LOG_LEVEL", "INFO").upper()},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
