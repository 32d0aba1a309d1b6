"""Write participation mail in the recipient's language, as HTML and plain text, into the outbox."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from townhall.mail.services import queue_mail

LANGUAGES = ("da", "de", "en")


def absolute_url(path: str, request=None) -> str:
    """Return *path* as a full URL: from TOWNHALL_PUBLIC_URL when set, else from the request."""
    if settings.PUBLIC_URL:
        return f"{settings.PUBLIC_URL}{path}"
    if request is not None:
        return request.build_absolute_uri(path)
    return f"http://localhost{path}"


def mail_language(language: str | None) -> str:
    """Return a language the site writes mail in: *language* when offered, else the default."""
    code = (language or "").split("-")[0].lower()
    return code if code in LANGUAGES else settings.LANGUAGE_CODE.split("-")[0]


def send(template: str, *, to: str, context: dict, language: str | None, key: str | None = None,
         headers: dict | None = None, attachments=()) -> object:
    """Render ``participation/mail/<template>.{subject,txt,html}`` in *language* and queue the mail.

    Templates autoescape the HTML part, so text a visitor wrote arrives as text, never as markup.
    """
    language = mail_language(language)
    with translation.override(language):
        context = {**context, "language": language}
        subject = " ".join(render_to_string(f"participation/mail/{template}.subject.txt", context).split())
        text = render_to_string(f"participation/mail/{template}.txt", context)
        html = render_to_string(f"participation/mail/{template}.html", context)
    return queue_mail(to=[to], subject=subject, text=text, html=html, key=key, language=language,
                      headers=headers, attachments=attachments)
