"""The staff interface, under /staff/."""

from django.urls import path

# Importing the public URLs registers the "id" converter: ids beyond any row's answer 404.
from townhall.web.urls import RecordIdConverter  # noqa: F401
from townhall.council.views import actions, decisions, home, meetings, papers, roles, sign_in

app_name = "staff"

urlpatterns = [
    path("", home.home, name="home"),
    path("login/", sign_in.sign_in, name="login"),
    path("logout/", sign_in.sign_out, name="logout"),
    path("login/verify/", sign_in.verify, name="verify"),
    path("two-factor/", sign_in.setup, name="two-factor"),
    path("two-factor/qr.svg", sign_in.setup_qr, name="two-factor-qr"),
    path("bodies/<slug:slug>/roles/", roles.roles, name="roles"),
    path("bodies/<slug:slug>/roles/<id:pk>/revoke/", roles.role_revoke, name="role-revoke"),
    path("bodies/<slug:slug>/two-factor/", roles.two_factor_policy, name="two-factor-policy"),
    path("bodies/<slug:slug>/papers/", papers.paper_list, name="papers"),
    path("bodies/<slug:slug>/papers/new/", papers.paper_new, name="paper-new"),
    path("bodies/<slug:slug>/papers/upload/", papers.paper_upload, name="paper-upload"),
    path("papers/<id:pk>/", papers.paper_detail, name="paper"),
    path("papers/<id:pk>/route/", papers.paper_route, name="paper-route"),
    path("papers/<id:pk>/route/meetings/", papers.paper_route_meetings, name="paper-route-meetings"),
    path("papers/<id:pk>/submit/", papers.paper_submit, name="paper-submit"),
    path("papers/<id:pk>/publish/", papers.paper_publish, name="paper-publish"),
    path("papers/<id:pk>/withdraw/", papers.paper_withdraw, name="paper-withdraw"),
    path("papers/<id:pk>/versions/", papers.paper_versions, name="paper-versions"),
    path("papers/<id:pk>/actions/", actions.action_create, name="paper-action"),
    path("bodies/<slug:slug>/actions/", actions.action_list, name="actions"),
    path("actions/<id:pk>/", actions.action_detail, name="action"),
    path("committees/<id:pk>/meetings/", meetings.committee_meetings, name="committee-meetings"),
    path("meetings/<id:pk>/", meetings.meeting, name="meeting"),
    path("meetings/<id:pk>/agenda/add-paper/", meetings.agenda_add_paper, name="agenda-add-paper"),
    path("meetings/<id:pk>/agenda/add-item/", meetings.agenda_add_item, name="agenda-add-item"),
    path("meetings/<id:pk>/agenda/move/", meetings.agenda_move, name="agenda-move"),
    path("meetings/<id:pk>/agenda/remove/", meetings.agenda_remove, name="agenda-remove"),
    path("meetings/<id:pk>/invitation/", meetings.invitation_publish, name="invitation-publish"),
    path("meetings/<id:pk>/attendance/", meetings.attendance, name="attendance"),
    path("meetings/<id:pk>/agenda-members.pdf", meetings.meeting_packet, name="meeting-packet"),
    path("meetings/<id:pk>/decision/", decisions.decision, name="decision"),
    path("meetings/<id:pk>/minutes/", decisions.minutes, name="minutes"),
    path("meetings/<id:pk>/minutes/approve/", decisions.minutes_approve, name="minutes-approve"),
    path("meetings/<id:pk>/minutes/publish/", decisions.minutes_publish, name="minutes-publish"),
    path("meetings/<id:pk>/minutes-members.pdf", decisions.minutes_members_pdf, name="minutes-members"),
]
