"""System: the entry point of the API."""

from __future__ import annotations

from townhall.core.models import System
from townhall.oparl.api.addresses import Addresses
from townhall.oparl.api.formats import oparl_datetime, without_empty

from .base import type_url

OPARL_VERSION = "https://schema.oparl.org/1.1/"


def render_system(system: System, addresses: Addresses) -> dict:
    """Return the System object of this API."""
    return without_empty({
        "id": addresses.system(),
        "type": type_url("System"),
        "oparlVersion": OPARL_VERSION,
        "otherOparlVersions": list(system.other_oparl_versions or []),
        "license": system.license,
        "body": addresses.body_list(),
        "name": system.name,
        "contactEmail": system.contact_email,
        "contactName": system.contact_name,
        "website": system.website,
        "vendor": system.vendor,
        "product": system.product,
        "web": system.web,
        "created": oparl_datetime(system.created),
        "modified": oparl_datetime(system.modified),
    })
