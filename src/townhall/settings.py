"""Django settings for townhall, built from the environment by :mod:`townhall.config`."""

from __future__ import annotations

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from townhall import config

_paths = config.data_paths()

DATA_DIR = _paths.data_dir
STORAGE_DIR = _paths.storage_dir
SECRET_KEY = config.secret_key(DATA_DIR)
DEBUG = config.env_bool("DEBUG", False)
ALLOWED_HOSTS = config.env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
PUBLIC_URL = (config.env("PUBLIC_URL") or "").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "townhall.core",
    "townhall.ingest",
    "townhall.corrections",
    "townhall.search",
    "townhall.oparl",
    "townhall.web",
    "townhall.jobs",
    "townhall.mail",
    "townhall.operations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "townhall.web.middleware.ControlCharacterMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

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

MAX_FILE_BYTES = config.env_int("MAX_FILE_MB", 200) * 1024 * 1024
STORAGE_BACKEND = config.env("STORAGE_BACKEND", "townhall.core.storage.LocalFileStorage")
SEARCH_BACKEND = config.env("SEARCH_BACKEND") or (
    "townhall.search.backends.postgres.PostgresBackend"
    if "postgresql" in DATABASES["default"]["ENGINE"]
    else "townhall.search.backends.sqlite_fts5.Fts5Backend"
)
TESSERACT_COMMAND = config.env("TESSERACT", "tesseract")
READ_TIMEOUT_SECONDS = config.env_int("READ_TIMEOUT", 300)
READ_MEMORY_BYTES = config.env_int("READ_MEMORY_MB", 384) * 1024 * 1024

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
LOG_FORMAT = (config.env("LOG_FORMAT", "text") or "text").lower()

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.json.JsonFormatter", "format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s", "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"}}},
    "handlers": {"console": {"class": "logging.StreamHandler", **({"formatter": "json"} if LOG_FORMAT == "json" else {})}},
    "root": {"handlers": ["console"], "level": config.env("LOG_LEVEL", "INFO").upper()},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
