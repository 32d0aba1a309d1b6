"""Person (with embedded memberships and contact location) and Membership."""

from __future__ import annotations

from django.db.models import Prefetch

from townhall.core import access
from townhall.core.models import Membership, Person
from townhall.oparl.api.formats import oparl_date

from .base import ObjectSerializer, shown


class PersonSerializer(ObjectSerializer):
    type_name = "Person"
    web_page = "person"
    model = Person

    def optimise(self, queryset):
        return queryset.select_related("location").prefetch_related(
            Prefetch("memberships", queryset=shown(Membership).select_related("on_behalf_of", "organization").order_by("start_date", "id"),
                     to_attr="oparl_memberships")
        )

    def fields(self, person):
        location = self.renderer.location.embed(person.location)
        return {
            "body": self.addresses.object("Body", person.body_id),
            "name": person.name,
            "familyName": person.family_name,
            "givenName": person.given_name,
            "formOfAddress": person.form_of_address,
            "affix": person.affix,
            "title": list(person.title or []),
            "gender": person.gender,
            "phone": list(person.phone or []),
            "email": list(person.email or []),
            # 1.1: `location` is the reference, `locationObject` the same location embedded.
            "location": location["id"] if location else None,
            "locationObject": location,
            "status": list(person.status or []),
            "membership": self.renderer.membership.embed_all(person.oparl_memberships),
            "life": person.life,
            "lifeSource": person.life_source,
        }


class MembershipSerializer(ObjectSerializer):
    type_name = "Membership"
    model = Membership
    body_field = "person__body_id"
    backlinks = ("person",)

    def optimise(self, queryset):
        return queryset.select_related("on_behalf_of")

    def fields(self, membership):
        addresses = self.addresses
        return {
            "organization": addresses.object("Organization", membership.organization_id),
            "role": membership.role,
            "votingRight": membership.voting_right,
            "startDate": oparl_date(membership.start_date),
            "endDate": oparl_date(membership.end_date),
            "onBehalfOf": addresses.object("Organization", membership.on_behalf_of_id) if access.is_public(membership.on_behalf_of) else None,
        }

    def backlink_fields(self, membership):
        return {"person": self.addresses.object("Person", membership.person_id)}
