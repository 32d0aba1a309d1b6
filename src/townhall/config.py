"""Read townhall's configuration from ``TOWNHALL_*`` environment variables, in one place.

Every setting is documented in ``docs/configuration.md``; a test keeps the two in step.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

PREFIX = "TOWNHALL_"

#: name -> (default shown in the docs, one-line description). The docs test reads this table.
SETTINGS: dict[str, tuple[str, str]] = {
    "DATA_DIR": ("the per-user data directory (e.g. ~/.local/share/townhall)", "Where the database, the secret key and stored files live."),
    "DATABASE_URL": ("sqlite:///<DATA_DIR>/townhall.sqlite3", "Database: a SQLite file or postgresql://user:password@host:port/name."),
    "SECRET_KEY": ("generated on first run and kept in <DATA_DIR>/secret_key", "Django's secret key for signing sessions."),
    "DEBUG": ("false", "Show detailed error pages. Never in production."),
    "ALLOWED_HOSTS": ("localhost,127.0.0.1,[::1]", "Comma-separated host names the site may be served as."),
    "TIME_ZONE": ("Europe/Copenhagen", "Time zone for meeting times and dates shown."),
    "LANGUAGE": ("en", "Default interface language: da, de or en."),
    "LANGUAGES": ("da,de,en", "Interface languages offered, a comma-separated subset of da, de, en."),
    "MAX_FILE_MB": ("200", "Largest document accepted for ingest, in megabytes."),
    "STORAGE_BACKEND": ("townhall.core.storage.LocalFileStorage", "Dotted path of the class that stores original document bytes."),
    "STORAGE_DIR": ("<DATA_DIR>/files", "Directory of the local file storage."),
    "SEARCH_BACKEND": ("chosen by database: SQLite FTS5 or PostgreSQL full-text", "Dotted path of the search backend class."),
    "DICTIONARY_DIR": ("/usr/share/dictd", "Folder of the installed FreeDict dictionaries (dict-freedict-deu-eng and others) that translate query words the glossary does not know."),
    "DICTIONARY_FILE": ("~/.cache/townhall/dictionaries.sqlite3", "The dictionaries compiled for search by townhall search-dictionaries."),
    "PUBLIC_URL": ("(empty: taken from each request)", "Absolute base URL of the site, used in feeds and OParl ids outside a request."),
    "TESSERACT": ("tesseract", "Command that runs Tesseract OCR for scanned pages."),
    "READ_TIMEOUT": ("300", "Seconds one document may take to read during an ingest before it is stopped."),
    "READ_MEMORY_MB": ("340", "Megabytes of memory one reading process may use for a document during an ingest."),
    "LOG_LEVEL": ("INFO", "Logging level: DEBUG, INFO, WARNING or ERROR."),
    # Jobs, mail and serving (operations).
    "BROKER_URL": ("(empty: jobs run in-process)", "Celery broker, e.g. redis://127.0.0.1:6379/0; empty runs jobs in the process that asks."),
    "JOB_LEASE_SECONDS": ("60", "A running job whose worker sent no heartbeat for this long is handed to another worker."),
    "WORKER_CONCURRENCY": ("the number of CPU cores", "Jobs one `townhall worker` runs at once."),
    "EMAIL_HOST": ("localhost", "SMTP server that sends townhall's mail."),
    "EMAIL_PORT": ("25", "Port of the SMTP server."),
    "EMAIL_USER": ("(empty: no sign-in)", "User name for the SMTP server."),
    "EMAIL_PASSWORD": ("(empty)", "Password for the SMTP server."),
    "EMAIL_TLS": ("false", "Use STARTTLS on the SMTP connection."),
    "EMAIL_SSL": ("false", "Use implicit TLS (usually port 465) on the SMTP connection."),
    "EMAIL_FROM": ("townhall@localhost", "Sender address of townhall's mail."),
    "EMAIL_TIMEOUT": ("20", "Seconds to wait for the SMTP server."),
    "MAIL_MAX_ATTEMPTS": ("8", "Sending attempts before a mail goes to the dead-letter list."),
    "MAIL_RETRY_SECONDS": ("60", "Wait before the first retry of a mail; doubled after each failure, at most an hour."),
    "WEB_WORKERS": ("the number of CPU cores, at least 2", "Web server (gunicorn) worker processes."),
    "WEB_THREADS": ("4", "Threads per web server worker."),
    "OPARL_CACHE_ENTRIES": ("100000", "Public OParl objects each web server process keeps serialized in memory (about 1 KB each); 0 turns it off."),
    "OPARL_STORE": ("true", "Keep the public JSON of served OParl objects in the database, shared by every web process; false turns it off."),
    "PAGE_CACHE_SECONDS": ("60", "How long a public page is kept for visitors who are not signed in (any change they could see drops it at once); 0 turns the page cache off."),
    "PAGE_CACHE_ENTRIES": ("10000", "Public pages kept at most (a few KB each, compressed); a quarter of them goes when it is full. Redis keeps them until they expire instead."),
    "PAGE_CACHE_URL": ("(empty: a folder in <DATA_DIR>/cache/pages)", "Where public pages are kept for every web process: empty for a folder on this machine, redis://host:port/db for Redis (shared by several machines), memory for each process's own memory."),
    "LOG_FORMAT": ("text", "Log lines as text or json (one JSON object per line)."),
    "HTTPS": ("false", "The site is served over HTTPS: redirect plain HTTP to it and send cookies over HTTPS only."),
    "SSL_REDIRECT": ("the value of TOWNHALL_HTTPS", "Redirect every plain-HTTP request to HTTPS."),
    "SECURE_COOKIES": ("the value of TOWNHALL_HTTPS", "Send the session, CSRF and language cookies over HTTPS only."),
    "HSTS_SECONDS": ("0 (no Strict-Transport-Security header)", "How long browsers must use HTTPS only for this host, in seconds."),
    "HSTS_INCLUDE_SUBDOMAINS": ("false", "Extend Strict-Transport-Security to every subdomain."),
    "HSTS_PRELOAD": ("false", "Allow the host into the browsers' HSTS preload lists."),
    "PROXY_SSL_HEADER": ("(empty: requests are trusted as they arrive)", "Header by which the reverse proxy says a request came over HTTPS, e.g. X-Forwarded-Proto."),
    "PROXY_COUNT": ("0", "Number of reverse proxies in front of townhall; the client address is read from X-Forwarded-For past them."),
    "CSRF_TRUSTED_ORIGINS": ("the origin of TOWNHALL_PUBLIC_URL", "Comma-separated origins (https://host) from which forms may be posted."),
    "FILES_URL": ("(empty: files are served by the site itself)", "Base URL of a separate host name that serves stored originals, e.g. https://files.example.org."),
    "LOGIN_ATTEMPTS": ("5", "Failed sign-ins per account or per address before sign-in is locked."),
    "LOGIN_LOCKOUT_MINUTES": ("15", "How long a locked account or address must wait before signing in again."),
    "STAFF_TWO_FACTOR_REQUIRED": ("false", "Every staff member signs in with a second factor (TOTP)."),
    "OTP_ISSUER": ("townhall", "Name authenticator apps show for townhall's sign-in codes."),
    # Public participation: hearings and their responses.
    "HEARING_ATTACHMENT_MB": ("10", "Largest file a hearing response may carry, in megabytes."),
    "HEARING_ATTACHMENTS": ("5", "Files one hearing response may carry at most."),
    "FORM_LIMIT_PER_ADDRESS": ("10", "Uses of each public form (responses, sign-ups) one e-mail address may make per hour."),
    "FORM_LIMIT_PER_NETWORK": ("30", "Uses of each public form one network address may make per hour."),
    "RESPONSE_RETENTION_DAYS": ("730", "Days after a hearing closed before the personal data of its responders is erased."),
    "REMINDER_DAYS": ("3", "Days before a hearing's or an event's deadline that invitees who have not answered are reminded."),
}

UI_LANGUAGES = {"da": "Dansk", "de": "Deutsch", "en": "English"}


class ConfigError(Exception):
    """A setting has a value townhall cannot work with; the message says which and why."""


def env(name: str, default: str | None = None) -> str | None:
    """Return the value of ``TOWNHALL_<name>``, or *default* when unset or empty."""
    if name not in SETTINGS:
        raise KeyError(f"undocumented setting TOWNHALL_{name}")
    value = os.environ.get(PREFIX + name, "").strip()
    return value if value else default


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"TOWNHALL_{name} must be true or false, not {value!r}.")


def env_list(name: str, default: str) -> list[str]:
    return [part.strip() for part in (env(name) or default).split(",") if part.strip()]


def _env_positive(name: str, default, convert, kind: str):
    value = env(name)
    if value is None:
        return default
    try:
        number = convert(value)
    except ValueError:
        raise ConfigError(f"TOWNHALL_{name} must be {kind}, not {value!r}.") from None
    if number <= 0:
        raise ConfigError(f"TOWNHALL_{name} must be greater than zero, not {number}.")
    return number


def env_float(name: str, default: float) -> float:
    return _env_positive(name, default, float, "a number")


def env_int(name: str, default: int) -> int:
    return _env_positive(name, default, int, "a whole number")


def env_nonnegative_int(name: str, default: int) -> int:
    value = env(name)
    if value is None:
        return default
    if not (value.isascii() and value.isdigit()):
        raise ConfigError(f"TOWNHALL_{name} must be a whole number of 0 or more, not {value!r}.")
    return int(value)


def origin(name: str, url: str) -> str:
    """Return ``scheme://host[:port]`` of an absolute http(s) URL given in TOWNHALL_<name>."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ConfigError(f"TOWNHALL_{name} must be an absolute http:// or https:// URL, not {url!r}.")
    return f"{parts.scheme}://{parts.netloc}"


def proxy_ssl_header() -> tuple[str, str] | None:
    """Return Django's SECURE_PROXY_SSL_HEADER for TOWNHALL_PROXY_SSL_HEADER ("X-Forwarded-Proto[: https]")."""
    value = env("PROXY_SSL_HEADER")
    if value is None:
        return None
    name, _, expected = value.partition(":")
    name, expected = name.strip(), expected.strip() or "https"
    if not name or not all(char.isalnum() or char == "-" for char in name):
        raise ConfigError(f"TOWNHALL_PROXY_SSL_HEADER must be a header name such as X-Forwarded-Proto, not {value!r}.")
    return "HTTP_" + name.upper().replace("-", "_"), expected


def time_zone() -> str:
    """Return TOWNHALL_TIME_ZONE after checking that it names a real time zone."""
    import zoneinfo

    name = env("TIME_ZONE", "Europe/Copenhagen")
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"TOWNHALL_TIME_ZONE {name!r} is not a known time zone (try Europe/Copenhagen or Europe/Berlin).") from None
    return name


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    storage_dir: Path


def data_paths() -> Paths:
    """Return the data and storage directories, creating them; fail clearly when they are unusable."""
    data_dir = Path(env("DATA_DIR") or platformdirs.user_data_dir("townhall")).expanduser()
    storage_dir = Path(env("STORAGE_DIR") or data_dir / "files").expanduser()
    for path in (data_dir, storage_dir):
        try:
            # New folders are private: they hold the database, the secret key and non-public originals.
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"Cannot create the directory {path} ({exc.strerror}); set TOWNHALL_DATA_DIR to a writable place.") from None
        if not os.access(path, os.W_OK | os.X_OK):
            raise ConfigError(f"The directory {path} is not writable; set TOWNHALL_DATA_DIR to a writable place.")
    return Paths(data_dir=data_dir, storage_dir=storage_dir)


def secret_key(data_dir: Path) -> str:
    """Return the configured secret key, or the one kept in the data directory (made on first use)."""
    configured = env("SECRET_KEY")
    if configured:
        return configured
    key_file = data_dir / "secret_key"
    try:
        if key_file.exists():
            return key_file.read_text(encoding="ascii").strip()
        key = secrets.token_urlsafe(50)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        return key
    except FileExistsError:
        return key_file.read_text(encoding="ascii").strip()
    except OSError as exc:
        raise ConfigError(f"Cannot read or write the secret key file {key_file} ({exc.strerror}).") from None


def private_database_file(name) -> None:
    """Create the SQLite file readable by its owner only (0600), or make an existing one so.

    SQLite gives the -wal and -shm files it makes beside the database the database file's own
    permissions, so they follow. A file someone else owns is left as its owner set it.
    """
    if not name or str(name) == ":memory:" or str(name).startswith("file:"):
        return
    path = Path(name)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        return
    except FileExistsError:
        pass
    except OSError:
        return  # a missing or unwritable folder: SQLite's own error names it more clearly
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            status = candidate.stat()
            if status.st_mode & 0o077 and status.st_uid == os.getuid():
                candidate.chmod(0o600)
        except OSError:
            continue


#: Milliseconds an SQLite connection waits for another's write lock before it fails.
SQLITE_BUSY_TIMEOUT_MS = 30000


def page_cache_config(data_dir: Path, entries: int) -> dict:
    """Return Django's CACHES['pages'] for TOWNHALL_PAGE_CACHE_URL: a folder every web process shares by default."""
    url = (env("PAGE_CACHE_URL") or "").strip()
    options = {"MAX_ENTRIES": max(1, entries), "CULL_FREQUENCY": 4}
    if not url:
        return {"BACKEND": "townhall.pagecache.stores.PageFolder", "LOCATION": str(data_dir / "cache" / "pages"), "OPTIONS": options}
    if url == "memory":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages", "OPTIONS": options}
    if url.split(":", 1)[0].lower() in ("redis", "rediss", "unix"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url, "KEY_PREFIX": "townhall-pages"}
    raise ConfigError(f"{PREFIX}PAGE_CACHE_URL must be empty, 'memory' or a redis:// URL, not {url!r}.")


def database_config(data_dir: Path) -> dict:
    """Return Django's DATABASES['default'] for TOWNHALL_DATABASE_URL (SQLite in the data dir by default)."""
    import dj_database_url

    url = env("DATABASE_URL") or f"sqlite:///{data_dir / 'townhall.sqlite3'}"
    scheme = url.split(":", 1)[0].lower()
    if scheme not in {"sqlite", "postgres", "postgresql", "pgsql"}:
        raise ConfigError(f"TOWNHALL_DATABASE_URL must start with sqlite:/// or postgresql://, not {scheme}:.")
    try:
        config = dj_database_url.parse(url, conn_max_age=60)
    except Exception as exc:  # dj-database-url raises several types for malformed URLs
        raise ConfigError(f"TOWNHALL_DATABASE_URL is not a valid database URL ({exc}).") from None
    if config["ENGINE"].endswith("sqlite3"):
        private_database_file(config["NAME"])
        config["OPTIONS"] = {
            # WAL lets readers (the web server) work while an ingest writes; a 128 MB page cache
            # keeps the search index's hot pages in memory on large archives.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=" + str(SQLITE_BUSY_TIMEOUT_MS) + "; PRAGMA cache_size=-131072;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        }
    else:
        config.setdefault("OPTIONS", {})["connect_timeout"] = 5
    return config
