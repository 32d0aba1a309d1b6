"""Body (with its embedded legislative terms and location) and LegislativeTerm."""

from __future__ import annotations

from django.db.models import Prefetch

from townhall.core.models import Body, LegislativeTerm
from townhall.oparl.api.addresses import BODY_LISTS
from townhall.oparl.api.formats import oparl_date, oparl_datetime

from .base import ObjectSerializer


class BodySerializer(ObjectSerializer):
    type_name = "Body"
    model = Body

    def in_body(self, body_pk):
        raise TypeError("Bodies are listed by the system, not by a body.")

    def optimise(self, queryset):
        return queryset.select_related("location").prefetch_related(
            Prefetch("legislative_terms", queryset=LegislativeTerm.objects.order_by("start_date", "id"), to_attr="oparl_terms")
        )

    def fields(self, body):
        addresses = self.addresses
        data = {
            "system": addresses.system() if body.system_id else None,
            "shortName": body.short_name,
            "name": body.name,
            "website": body.website,
            "licenseValidSince": oparl_datetime(body.license_valid_since),
            "oparlSince": oparl_datetime(body.oparl_since),
            "ags": body.ags,
            "rgs": body.rgs,
            "equivalent": list(body.equivalent or []),
            "contactEmail": body.contact_email,
            "contactName": body.contact_name,
            "classification": body.classification,
            "location": self.renderer.location.embed(body.location),
            "townhall:country": body.country,
            "townhall:language": body.language,
        }
        for prop, (_type_name, segment) in BODY_LISTS.items():
            data[prop] = addresses.list(body.pk, segment)
        data["legislativeTerm"] = self.renderer.legislative_term.embed_all(body.oparl_terms)
        return data

    def web_url(self, body):
        return self.addresses.web_page("body", slug=body.slug)

    def render(self, obj, *, embedded=False):
        data = super().render(obj, embedded=embedded)
        if not obj.deleted:
            # Required by the Body schema even when the body has no terms yet.
            data.setdefault("legislativeTerm", [])
        return data


class LegislativeTermSerializer(ObjectSerializer):
    type_name = "LegislativeTerm"
    model = LegislativeTerm
    backlinks = ("body",)

    def fields(self, term):
        return {"name": term.name, "startDate": oparl_date(term.start_date), "endDate": oparl_date(term.end_date)}

    def backlink_fields(self, term):
        return {"body": self.addresses.object("Body", term.body_id)}
