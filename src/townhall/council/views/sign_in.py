"""Staff sign-in: password (locked out after repeated failures by django-axes), then a second factor."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import LoginView
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from townhall.council import two_factor
from townhall.council.forms import TokenForm


def _next(request) -> str:
    """Return the page to go on to: a path of this site the request names, or the staff start page.

    Only a path is taken ("/staff/papers/"): anything else ("0001-01-01", another host) would be
    looked up as a view's name or leave the site.
    """
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/staff/"


class StaffLoginView(LoginView):
    template_name = "council/sign_in.html"
    redirect_authenticated_user = False

    def get_default_redirect_url(self):
        return "/staff/"


sign_in = never_cache(StaffLoginView.as_view())


@never_cache
def verify(request):
    """Ask a signed-in user for the code of their authenticator."""
    if not request.user.is_authenticated:
        return redirect("staff:login")
    if request.user.is_verified() or not two_factor.has_device(request.user):
        return redirect(_next(request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if two_factor.verify(request, form.cleaned_data["token"]):
            return redirect(_next(request))
        form.add_error("token", _("This code is not right, or it was used already. Wait for the next code and try again."))
    return render(request, "council/verify.html", {"form": form, "next": _next(request)})


@never_cache
def setup(request):
    """Set up an authenticator app: scan the code (or type the key), then confirm with a first code."""
    if not request.user.is_authenticated:
        return redirect("staff:login")
    if two_factor.has_device(request.user) and not request.user.is_verified():
        # Adding a device needs the one already there: a password alone must not replace it.
        return redirect("staff:verify")
    device = two_factor.pending_device(request.user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if two_factor.confirm(request, device, form.cleaned_data["token"]):
            messages.success(request, _("Your authenticator is set up. From now on you sign in with a code from it."))
            return redirect(_next(request))
        form.add_error("token", _("This code is not right. Check the time on your phone and try the next code."))
    return render(request, "council/two_factor_setup.html", {
        "form": form, "secret": two_factor.secret_base32(device), "next": _next(request),
        "required": two_factor.required_for(request.user), "has_device": two_factor.has_device(request.user),
    })


@never_cache
def setup_qr(request):
    """Return the QR code of the authenticator being set up, as SVG."""
    if not request.user.is_authenticated or (two_factor.has_device(request.user) and not request.user.is_verified()):
        return HttpResponse(status=403)
    svg = two_factor.qr_svg(two_factor.pending_device(request.user))
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def sign_out(request):
    logout(request)
    messages.info(request, _("You are signed out."))
    return redirect("staff:login")
