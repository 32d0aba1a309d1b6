"""Organization: committees, councils, factions."""

from __future__ import annotations

from django.db.models import Prefetch

from townhall.core import access
from townhall.core.models import Membership, Organization
from townhall.oparl.api.formats import oparl_date

from .base import ObjectSerializer, shown


class OrganizationSerializer(ObjectSerializer):
    type_name = "Organization"
    web_page = "organization"
    model = Organization

    def optimise(self, queryset):
        return queryset.select_related("location", "sub_organization_of").prefetch_related(
            Prefetch("memberships", queryset=shown(Membership).only("id", "organization_id").order_by("id"), to_attr="oparl_memberships")
        )

    def fields(self, org):
        addresses = self.addresses
        return {
            "body": addresses.object("Body", org.body_id),
            "name": org.name,
            "shortName": org.short_name,
            "membership": self.urls("Membership", org.oparl_memberships),
            "post": list(org.post or []),
            "subOrganizationOf": (
                addresses.object("Organization", org.sub_organization_of_id) if access.is_public(org.sub_organization_of) else None
            ),
            "organizationType": org.organization_type,
            "classification": org.classification,
            "startDate": oparl_date(org.start_date),
            "endDate": oparl_date(org.end_date),
            "website": org.website,
            "location": self.renderer.location.embed(org.location),
            "externalBody": addresses.object("Body", org.external_body_id) if org.external_body_id else None,
        }
