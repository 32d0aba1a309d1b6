"""Public pages of participation: hearings under /hearings/, following under /follow/."""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt

import townhall.web.urls  # noqa: F401  (registers the "id" converter)
from townhall.participation.views import events, following, public
from townhall.web.views.methods import read_only

app_name = "participation"

urlpatterns = [
    path("hearings/", read_only(public.hearing_list), name="hearings"),
    path("hearings/<id:pk>/", public.hearing, name="hearing"),
    path("hearings/<id:pk>/responses/", read_only(public.published), name="published"),
    path("hearings/responses/<str:token>/", public.response, name="response"),
    path("hearings/responses/<str:token>/withdraw/", public.response_withdraw, name="response-withdraw"),
    path("hearings/responses/<str:token>/delete/", public.response_delete, name="response-delete"),
    path("events/", read_only(events.event_list), name="events"),
    path("events/<id:pk>/", events.event, name="event"),
    path("events/<id:pk>/decline/", events.decline, name="event-decline"),
    path("events/<id:pk>/calendar.ics", read_only(events.calendar_file), name="event-calendar"),
    path("events/registrations/<str:token>/", events.registration, name="registration"),
    path("events/registrations/<str:token>/cancel/", events.registration_cancel, name="registration-cancel"),
    path("follow/", following.follow, name="follow"),
    path("follow/feed.atom", read_only(following.FollowFeed()), name="follow-feed"),
    path("follow/confirm/<str:token>/", following.confirm, name="follow-confirm"),
    # One-click unsubscribe (RFC 8058): mail clients post without a CSRF token; the secret link is the proof.
    path("follow/unsubscribe/<str:token>/", csrf_exempt(following.unfollow), name="unfollow"),
]
