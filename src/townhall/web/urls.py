"""The public site: pages, file downloads and subscriptions."""

from django.urls import path

from townhall.web import feeds
from townhall.web.views import bodies, deadlines, documents, files, home, meetings, organizations, papers, search, site

app_name = "web"

urlpatterns = [
    path("", home.home, name="home"),
    path("about/", site.about, name="about"),
    path("search/", search.search, name="search"),
    path("search/feed.atom", feeds.SearchFeed(), name="search-feed"),
    path("papers/<int:pk>/", papers.paper, name="paper"),
    path("files/<int:pk>/", files.file_view, name="file"),
    path("files/<int:pk>/download/", files.file_download, name="file-download"),
    path("files/<int:pk>/read/", documents.file_read, name="file-read"),
    path("meetings/<int:pk>/", meetings.meeting, name="meeting"),
    path("meetings/<int:pk>/meeting.ics", feeds.meeting_ical, name="meeting-ical"),
    path("meetings.ics", feeds.meetings_ical, name="meetings-ical"),
    path("agenda-items/<int:pk>/", meetings.agenda_item, name="agenda-item"),
    path("calendar/", meetings.calendar_now, name="calendar-now"),
    path("calendar/<int:year>/<int:month>/", meetings.calendar, name="calendar"),
    path("deadlines/", deadlines.deadlines, name="deadlines"),
    path("deadlines.ics", feeds.deadlines_ical, name="deadlines-ical"),
    path("organizations/<int:pk>/", organizations.organization, name="organization"),
    path("organizations/<int:pk>/meetings.ics", feeds.organization_meetings_ical, name="organization-meetings-ical"),
    path("persons/<int:pk>/", organizations.person, name="person"),
    path("bodies/", bodies.body_list, name="bodies"),
    path("bodies/<slug:slug>/", bodies.body, name="body"),
    path("bodies/<slug:slug>/meetings.ics", feeds.body_meetings_ical, name="body-meetings-ical"),
]
