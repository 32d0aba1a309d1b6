"""Public pages of hearings, under /hearings/."""

from django.urls import path

import townhall.web.urls  # noqa: F401  (registers the "id" converter)
from townhall.participation.views import public
from townhall.web.views.methods import read_only

app_name = "participation"

urlpatterns = [
    path("", read_only(public.hearing_list), name="hearings"),
    path("<id:pk>/", public.hearing, name="hearing"),
    path("<id:pk>/responses/", read_only(public.published), name="published"),
    path("responses/<str:token>/", public.response, name="response"),
    path("responses/<str:token>/withdraw/", public.response_withdraw, name="response-withdraw"),
    path("responses/<str:token>/delete/", public.response_delete, name="response-delete"),
]
