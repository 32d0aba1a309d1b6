"""Location: rooms, addresses and areas, with back-links to what is there when shown on its own."""

from __future__ import annotations

from collections import defaultdict

from townhall.core import access
from townhall.core.models import Body, Location, Meeting, Organization, Paper, Person

from .base import ObjectSerializer, shown


def as_feature(geojson):
    """Return *geojson* as the complete GeoJSON Feature OParl 1.1 requires (a bare geometry gets wrapped)."""
    if not geojson:
        return None
    if geojson.get("type") == "Feature":
        return geojson
    return {"type": "Feature", "geometry": geojson, "properties": {}}


class LocationSerializer(ObjectSerializer):
    type_name = "Location"
    model = Location
    backlinks = ("bodies", "organizations", "persons", "meetings", "papers")

    def fields(self, location):
        return {
            "description": location.description,
            "geojson": as_feature(location.geojson),
            "streetAddress": location.street_address,
            "room": location.room,
            "postalCode": location.postal_code,
            "subLocality": location.sub_locality,
            "locality": location.locality,
        }

    def prepare(self, objects):
        ids = [obj.pk for obj in objects if self.is_public(obj)]
        links = defaultdict(lambda: defaultdict(list))
        if ids:
            sources = [
                ("bodies", "Body", shown(Body).filter(location_id__in=ids).values_list("location_id", "id")),
                ("organizations", "Organization", shown(Organization).filter(location_id__in=ids).values_list("location_id", "id")),
                ("persons", "Person", shown(Person).filter(location_id__in=ids).values_list("location_id", "id")),
                ("meetings", "Meeting", shown(Meeting).filter(location_id__in=ids).values_list("location_id", "id")),
                ("papers", "Paper", Paper.locations.through.objects.filter(
                    access.public_condition(Paper, "paper"), location_id__in=ids).values_list("location_id", "paper_id")),
            ]
            for prop, type_name, rows in sources:
                for location_id, pk in sorted(rows, key=lambda row: row[1]):
                    links[location_id][prop].append(self.addresses.object(type_name, pk))
        self._links = links

    def backlink_fields(self, location):
        links = getattr(self, "_links", {}).get(location.pk, {})
        return {prop: links.get(prop, []) for prop in self.backlinks}
