"""URLs of the OParl 1.1 API, mounted at /oparl/v1.1/ (see docs/oparl.md for the scheme)."""

from django.urls import path, re_path, register_converter

from townhall.core.models.base import LARGEST_ID
from townhall.oparl.api import views
from townhall.oparl.api.addresses import BODY_LISTS, SEGMENTS


class ObjectIdConverter:
    """Ids without leading zeros, so each object has exactly one URL.

    At most 18 digits: a longer number is no id any database holds (and overflows a 64-bit column).
    """

    regex = "[1-9][0-9]{0,17}"

    def to_python(self, value):
        number = int(value)
        if number > LARGEST_ID:
            raise ValueError("id out of range")  # no match: the catch-all answers 404
        return number

    def to_url(self, value):
        return str(value)


register_converter(ObjectIdConverter, "oparlid")

app_name = "oparl"

urlpatterns = [
    path("", views.SystemView.as_view(), name="system"),
    path("body", views.ListView.as_view(type_name="Body"), name="body-list"),
    path("file/<oparlid:pk>/access", views.FileContentView.as_view(), name="file-access"),
    path("file/<oparlid:pk>/download", views.FileContentView.as_view(attachment=True), name="file-download"),
]
urlpatterns += [
    path(f"{segment}/<oparlid:pk>", views.ObjectView.as_view(type_name=type_name), name=segment)
    for type_name, segment in SEGMENTS.items()
]
urlpatterns += [
    path(f"body/<oparlid:body_pk>/{segment}", views.ListView.as_view(type_name=type_name, segment=segment), name=f"body-{segment}")
    for type_name, segment in BODY_LISTS.values()
]
urlpatterns.append(re_path(r"^.*$", views.noncanonical, name="noncanonical"))
