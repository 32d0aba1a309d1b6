from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("oparl/v1.1/", include("townhall.oparl.api.urls")),
    path("", include("townhall.web.urls")),
]
