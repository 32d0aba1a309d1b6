"""Read values out of OParl JSON, and repair what particular servers get wrong.

:class:`Loader` reads a server that keeps to the standard, and survives the defects seen on many
servers (stray control characters, surrounding white space, empty strings for missing values,
7-digit AGS, swapped GeoJSON coordinates). A subclass per vendor repairs the habits of one
product; :func:`loader_for` picks it from the System's vendor and product or from the URL.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from datetime import date, datetime
from datetime import timezone as dt_timezone

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator

_SPACE = re.compile(r"\s")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_email_validator = EmailValidator()

#: Roughly Europe, where townhall's councils are: latitude and longitude ranges for a plausibility check.
EUROPE_LATITUDE = (34.0, 72.0)
EUROPE_LONGITUDE = (-25.0, 45.0)


def type_name(value: object) -> str:
    """Return the short OParl type ("Paper") of a type URL ("https://schema.oparl.org/1.1/Paper")."""
    if not isinstance(value, str) or not value:
        return ""
    return value.rstrip("/").rsplit("/", 1)[-1]


class Loader:
    """Read the JSON of a server that keeps to OParl 1.0/1.1; subclasses repair one vendor's habits."""

    #: Shown in the summary and stored with the harvest source.
    name = "standard"
    #: Strings a server sends where it means "no value".
    placeholders: frozenset[str] = frozenset()

    @classmethod
    def matches(cls, system: dict, url: str) -> bool:
        """Tell whether this loader is meant for the server of *system* at *url*."""
        return False

    # -- whole entries -------------------------------------------------------------------------

    def entry(self, data: dict, expected_type: str) -> dict:
        """Return a list entry ready for mapping: with a type, even where the server left it out."""
        if not type_name(data.get("type")):
            # Deleted entries often come as a bare {id, deleted}: the list they are in tells the type.
            data = {**data, "type": f"https://schema.oparl.org/1.1/{expected_type}"}
        return data

    def list_params(self, modified_since: datetime | None) -> dict:
        """Return the query parameters that ask a list for changes since *modified_since*."""
        if modified_since is None:
            return {}
        return {"modified_since": modified_since.astimezone(dt_timezone.utc).replace(microsecond=0).isoformat()}

    # -- single values -------------------------------------------------------------------------

    def text(self, value: object) -> str:
        """Return a clean single string: control characters and surrounding white space removed."""
        if value is None or isinstance(value, (dict, list)):
            return ""
        if isinstance(value, bool):
            return ""
        text = _CONTROL.sub("", str(value).replace("\r\n", "\n")).strip()
        return "" if text in self.placeholders else text

    def texts(self, value: object) -> list[str]:
        """Return a list of clean, non-empty strings (a single string counts as a list of one)."""
        if value is None:
            return []
        values = value if isinstance(value, list) else [value]
        return [t for t in (self.text(v) for v in values) if t]

    def url(self, value: object) -> str:
        """Return a valid http(s) URL, or "" for anything else."""
        text = self.text(value)
        if not text or _SPACE.search(text):
            return ""
        # Not Django's URLValidator: intranet hosts without a dot ("http://ris/oparl") are real too.
        parts = urlsplit(text)
        return text if parts.scheme in ("http", "https") and parts.netloc else ""

    def urls(self, value: object) -> list[str]:
        return [u for u in (self.url(v) for v in (value if isinstance(value, list) else [value] if value else [])) if u]

    def email(self, value: object) -> str:
        text = self.text(value)
        if text.lower().startswith("mailto:"):
            text = text[7:]
        try:
            _email_validator(text)
        except ValidationError:
            return ""
        return text

    def boolean(self, value: object) -> bool | None:
        if isinstance(value, bool):
            return value
        text = self.text(value).lower()
        return {"true": True, "1": True, "false": False, "0": False}.get(text)

    def integer(self, value: object) -> int | None:
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value
        text = self.text(value)
        return int(text) if text.isdigit() else None

    def date(self, value: object) -> date | None:
        """Return a date from "2024-05-01" (or the date part of a timestamp)."""
        text = self.text(value)
        if not text:
            return None
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None

    def timestamp(self, value: object) -> datetime | None:
        """Return an aware datetime from an ISO 8601 timestamp; None when missing or unreadable."""
        text = self.text(value)
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            day = self.date(text)
            if day is None:
                return None
            moment = datetime(day.year, day.month, day.day)
        if moment.tzinfo is None:
            from django.utils import timezone

            moment = timezone.make_aware(moment)
        return moment

    def ags(self, value: object) -> str:
        """Return the 8-digit municipality key; servers that store it as a number lose the leading 0."""
        text = re.sub(r"\s", "", self.text(value))
        if text.isdigit() and len(text) == 7:
            return "0" + text
        return text[:8] if text.isdigit() else ""

    def geojson(self, value: object) -> dict | None:
        """Return GeoJSON with numeric [longitude, latitude] pairs, or None with a warning when it has none.

        Numbers sent as strings ("7.1") are read as numbers; pairs given the wrong way round are
        swapped. Coordinates that are not numbers at all would be re-served as invalid GeoJSON, so
        the geometry is dropped and :attr:`warnings` says why.
        """
        if not isinstance(value, dict):
            return None
        try:
            return _fix_coordinates(value)
        except _NotACoordinate as exc:
            self.warnings.append(f"GeoJSON dropped: the coordinate {exc.args[0]!r} is not a number.")
            return None

    @property
    def warnings(self) -> list[str]:
        """What was repaired or dropped while reading, for the harvest to report (taken with :meth:`take_warnings`)."""
        if "_warnings" not in self.__dict__:
            self._warnings: list[str] = []
        return self._warnings

    def take_warnings(self) -> list[str]:
        taken, self._warnings = list(self.warnings), []
        return taken


class _NotACoordinate(ValueError):
    pass


def _fix_coordinates(node, key: str = ""):
    if isinstance(node, dict):
        return {name: _fix_coordinates(value, name) for name, value in node.items()}
    if key == "coordinates":
        return _fix_positions(node)
    if isinstance(node, list):
        return [_fix_coordinates(value, key) for value in node]
    return node


def _fix_positions(node):
    """Return a coordinates array (of any depth) with every position made of numbers."""
    if not isinstance(node, list):
        raise _NotACoordinate(node)
    if node and all(not isinstance(v, list) for v in node):
        if len(node) not in (2, 3):
            raise _NotACoordinate(node)
        return _lon_lat([_number(v) for v in node])
    return [_fix_positions(value) for value in node]


def _number(value) -> float:
    if isinstance(value, bool):
        raise _NotACoordinate(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            raise _NotACoordinate(value) from None
        if number == number and abs(number) != float("inf"):
            return number
    raise _NotACoordinate(value)


def _lon_lat(pair: list) -> list:
    lon, lat = pair[0], pair[1]

    def plausible(longitude, latitude):
        return EUROPE_LONGITUDE[0] <= longitude <= EUROPE_LONGITUDE[1] and EUROPE_LATITUDE[0] <= latitude <= EUROPE_LATITUDE[1]

    if not plausible(lon, lat) and plausible(lat, lon):
        return [lat, lon, *pair[2:]]
    return list(pair)


class SternbergLoader(Loader):
    """SD.NET RIM by STERNBERG: a 1970 epoch where the creation time is unknown."""

    name = "sternberg-sdnet"
    _epoch = re.compile(r"^1970-01-01T00:00:00")

    @classmethod
    def matches(cls, system, url):
        return "sitzungsdienst.net" in str(system.get("vendor", "")) or "/webservice/oparl/" in url

    def timestamp(self, value):
        if isinstance(value, str) and self._epoch.match(value.strip()):
            return None
        return super().timestamp(value)


class CcEgovLoader(Loader):
    """ALLRIS by CC e-gov: "N/A" in place of missing values."""

    name = "cc-egov-allris"
    placeholders = frozenset({"N/A", "n/a", "-"})

    @classmethod
    def matches(cls, system, url):
        return "cc-egov.de" in str(system.get("vendor", "")) or "/bi/oparl/" in url


class SomacosLoader(Loader):
    """Session by SOMACOS: "-" and "N/A" in place of missing values, a product name instead of its URL."""

    name = "somacos-session"
    placeholders = frozenset({"N/A", "-"})

    @classmethod
    def matches(cls, system, url):
        return "somacos" in f"{system.get('vendor', '')} {system.get('product', '')}".lower()


class TownhallLoader(Loader):
    """Another townhall instance: standard OParl 1.1, nothing to repair."""

    name = "townhall"

    @classmethod
    def matches(cls, system, url):
        return "townhall" in str(system.get("product", "")) or "/oparl/v1.1/" in url


#: Tried in order; the first that matches is used, else the standard :class:`Loader`.
LOADERS: list[type[Loader]] = [SternbergLoader, CcEgovLoader, SomacosLoader, TownhallLoader]


def loader_for(system: dict | None, url: str) -> Loader:
    """Return the loader for the server that published *system* (may be empty) at *url*."""
    system = system or {}
    for loader_class in LOADERS:
        if loader_class.matches(system, url):
            return loader_class()
    return Loader()
