"""The clerk's hearing pages, under /staff/hearings/."""

from django.urls import path

import townhall.web.urls  # noqa: F401  (registers the "id" converter)
from townhall.participation.views import staff

app_name = "participation-staff"

urlpatterns = [
    path("", staff.hearing_list, name="hearings"),
    path("new/<id:paper>/", staff.hearing_open, name="open"),
    path("<id:pk>/", staff.hearing, name="hearing"),
    path("<id:pk>/publish/", staff.publish, name="publish"),
    path("<id:pk>/summary/", staff.summary, name="summary"),
    path("<id:pk>/responses/<id:response_pk>/<slug:action>/", staff.moderate, name="moderate"),
    path("<id:pk>/attachments/<id:attachment_pk>/", staff.attachment, name="attachment"),
]
