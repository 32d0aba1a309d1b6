"""The public site: pages, file downloads and subscriptions."""

from django.urls import path, register_converter

from townhall.core.models.base import LARGEST_ID
from townhall.web import feeds
from townhall.web.middleware import cleans_control_characters
from townhall.web.views import bodies, deadlines, documents, files, home, meetings, organizations, papers, search, site
from townhall.web.views.methods import read_only


class RecordIdConverter:
    """A record's id; a number larger than any row's id names nothing and answers 404."""

    regex = "[0-9]+"

    def to_python(self, value):
        number = int(value)
        if number > LARGEST_ID:
            raise ValueError("id out of range")
        return number

    def to_url(self, value):
        return str(value)


register_converter(RecordIdConverter, "id")

app_name = "web"

urlpatterns = [
    path("", read_only(home.home), name="home"),
    path("about/", read_only(site.about), name="about"),
    # Free-text search strips control characters from its terms itself.
    path("search/", cleans_control_characters(read_only(search.search)), name="search"),
    path("search/feed.atom", cleans_control_characters(read_only(feeds.SearchFeed())), name="search-feed"),
    path("papers/<id:pk>/", read_only(papers.paper), name="paper"),
    path("files/<id:pk>/", read_only(files.file_view), name="file"),
    path("files/<id:pk>/download/", read_only(files.file_download), name="file-download"),
    path("files/<id:pk>/read/", read_only(documents.file_read), name="file-read"),
    path("meetings/<id:pk>/", read_only(meetings.meeting), name="meeting"),
    path("meetings/<id:pk>/meeting.ics", read_only(feeds.meeting_ical), name="meeting-ical"),
    path("meetings.ics", read_only(feeds.meetings_ical), name="meetings-ical"),
    path("agenda-items/<id:pk>/", read_only(meetings.agenda_item), name="agenda-item"),
    path("calendar/", read_only(meetings.calendar_now), name="calendar-now"),
    path("calendar/<int:year>/<int:month>/", read_only(meetings.calendar), name="calendar"),
    path("deadlines/", read_only(deadlines.deadlines), name="deadlines"),
    path("deadlines.ics", read_only(feeds.deadlines_ical), name="deadlines-ical"),
    path("organizations/<id:pk>/", read_only(organizations.organization), name="organization"),
    path("organizations/<id:pk>/meetings.ics", read_only(feeds.organization_meetings_ical), name="organization-meetings-ical"),
    path("persons/<id:pk>/", read_only(organizations.person), name="person"),
    path("bodies/", read_only(bodies.body_list), name="bodies"),
    path("bodies/<slug:slug>/", read_only(bodies.body), name="body"),
    path("bodies/<slug:slug>/meetings.ics", read_only(feeds.body_meetings_ical), name="body-meetings-ical"),
]
