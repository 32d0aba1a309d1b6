"""The staff interface, under /staff/."""

from django.urls import path

from townhall.council.views import home, roles, sign_in

app_name = "staff"

urlpatterns = [
    path("", home.home, name="home"),
    path("login/", sign_in.sign_in, name="login"),
    path("logout/", sign_in.sign_out, name="logout"),
    path("login/verify/", sign_in.verify, name="verify"),
    path("two-factor/", sign_in.setup, name="two-factor"),
    path("two-factor/qr.svg", sign_in.setup_qr, name="two-factor-qr"),
    path("bodies/<slug:slug>/roles/", roles.roles, name="roles"),
    path("bodies/<slug:slug>/roles/<int:pk>/revoke/", roles.role_revoke, name="role-revoke"),
    path("bodies/<slug:slug>/two-factor/", roles.two_factor_policy, name="two-factor-policy"),
]
