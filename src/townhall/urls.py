from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from townhall.operations.health import health, ready
from townhall.web.sitemaps import SITEMAPS
from townhall.web.views import site
from townhall.web.views.methods import read_only

admin.site.site_header = _("townhall administration")
admin.site.site_title = _("townhall administration")
admin.site.index_title = _("Council records")


urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", health, name="health"),
    path("health/ready/", ready, name="health-ready"),
    # Choosing the interface language changes nothing but a cookie: no CSRF token, so pages
    # whose only form is the language switcher need no CSRF cookie either.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("staff/hearings/", include("townhall.participation.staff_urls")),
    path("staff/events/", include("townhall.participation.staff_event_urls")),
    path("staff/", include("townhall.council.urls")),
    path("oparl/v1.1/", include("townhall.oparl.api.urls")),
    path("robots.txt", read_only(site.robots_txt), name="robots"),
    path("favicon.ico", read_only(site.favicon), name="favicon"),
    path("sitemap.xml", read_only(sitemap_views.index), {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"}, name="sitemap"),
    path("sitemap-<section>.xml", read_only(sitemap_views.sitemap), {"sitemaps": SITEMAPS}, name="sitemap-section"),
    path("", include("townhall.participation.urls")),
    path("", include("townhall.web.urls")),
]

handler400 = "townhall.errors.bad_request"
handler403 = "townhall.errors.permission_denied"
handler404 = "townhall.errors.page_not_found"
handler500 = "townhall.errors.server_error"
