"""The clerk's pages of events, under /staff/events/."""

from django.urls import path

import townhall.web.urls  # noqa: F401  (registers the "id" converter)
from townhall.participation.views import staff_events

app_name = "participation-staff-events"

urlpatterns = [
    path("", staff_events.event_list, name="events"),
    path("new/<id:paper>/", staff_events.event_open, name="open"),
    path("<id:pk>/", staff_events.event, name="event"),
    path("<id:pk>/participants.csv", staff_events.participants, name="participants"),
    path("<id:pk>/registrations/<id:registration_pk>/cancel/", staff_events.cancel, name="cancel"),
]
