"""After the deadline: the clerk reads every response, moderates with reasons, publishes and summarises."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.utils import timezone

from hearing_steps import open_hearing, respond
from townhall.council.models import AuditEntry
from townhall.participation.models import Hearing, Response
from townhall.participation.summaries import recurring_terms


def closed_hearing_with_responses(council):
    hearing = open_hearing(council)
    visitor = Client()
    respond(visitor, hearing, name="Anna Berg", email="anna@example.org", kind="citizen", part="1. Sprog",
            text="Sprogundervisningen skal starte tidligere, og sprogundervisningen skal være gratis.")
    respond(visitor, hearing, name="Bo Holm", organisation="Dansk Flygtningehjælp", email="bo@flygtning.example",
            kind="association", part="1. Sprog", text="Gratis sprogundervisning for alle nye borgere.")
    respond(visitor, hearing, name="Carl Troll", email="troll@example.org", kind="citizen", part="2. Beskæftigelse",
            text="Grov chikane af navngivne medarbejdere.")
    respond(visitor, hearing, name="Dorte Privat", email="dorte@example.org", kind="business", part="2. Beskæftigelse",
            text="Virksomhederne vil gerne tage praktikanter.", consent=None)
    Hearing.objects.filter(pk=hearing.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    hearing.refresh_from_db()
    return hearing, {r.name: r for r in Response.objects.all()}


def test_the_clerk_sees_every_response_with_its_personal_data(council):
    hearing, responses = closed_hearing_with_responses(council)
    page = council.clerk_client.get(f"/staff/hearings/{hearing.pk}/").content.decode()
    for response in responses.values():
        assert response.receipt in page and response.email in page
    assert council.outsider_client.get(f"/staff/hearings/{hearing.pk}/").status_code == 403


def test_moderation_hides_with_a_reason_and_is_logged_and_publication_respects_consent(council):
    hearing, responses = closed_hearing_with_responses(council)
    base = f"/staff/hearings/{hearing.pk}/responses"
    refused = council.clerk_client.post(f"{base}/{responses['Carl Troll'].pk}/hide/", {"reason": ""}, follow=True)
    assert "Say why the response is hidden." in refused.content.decode()
    council.clerk_client.post(f"{base}/{responses['Carl Troll'].pk}/hide/", {"reason": "Chikane"})
    council.clerk_client.post(f"{base}/{responses['Bo Holm'].pk}/hide-personal-data/", {"reason": "Bedt om det pr. telefon"})
    assert Client().get(f"/hearings/{hearing.pk}/responses/").content.decode().count('class="item"') == 0

    council.clerk_client.post(f"/staff/hearings/{hearing.pk}/publish/")
    published = Client().get(f"/hearings/{hearing.pk}/responses/").content.decode()
    assert "Anna Berg" in published and "Sprogundervisningen skal starte tidligere" in published
    assert "Gratis sprogundervisning for alle" in published and "Bo Holm" not in published and "Name withheld" in published
    assert "Chikane" not in published and "Grov chikane" not in published          # hidden
    assert "Virksomhederne" not in published and "Dorte" not in published           # no consent
    assert "@" not in published.split("<main")[1].split("</main>")[0]                # no e-mail address at all
    actions = set(AuditEntry.objects.filter(object_type="participation.response").values_list("action", "after__hidden_reason"))
    assert ("hearing.response.hide", "Chikane") in actions
    assert AuditEntry.objects.filter(action="hearing.response.hide_personal_data", after__personal_data_reason="Bedt om det pr. telefon").exists()
    assert AuditEntry.objects.filter(action="hearing.publish", object_id=str(hearing.pk)).exists()


def test_responses_are_not_published_before_the_deadline(council):
    hearing = open_hearing(council)
    respond(Client(), hearing)
    answer = council.clerk_client.post(f"/staff/hearings/{hearing.pk}/publish/", follow=True)
    assert "Responses are published after the deadline." in answer.content.decode()
    assert Hearing.objects.get().responses_published is None


def test_the_summary_help_groups_by_part_counts_kinds_and_finds_recurring_terms(council):
    hearing, responses = closed_hearing_with_responses(council)
    page = council.clerk_client.get(f"/staff/hearings/{hearing.pk}/").content.decode()
    assert "1. Sprog: 2" in page and "2. Beskæftigelse: 2" in page
    assert "Private person: 2" in page and "Association or interest group: 1" in page and "Business: 1" in page
    help_section = page.split('id="help-heading"')[1]
    assert "sprogundervisningen" in help_section.split("Recurring terms")[1].split("</ul>")[0]


def test_recurring_terms_are_stemmed_and_leave_out_stopwords():
    texts = {"A": "Cykelstierne er for smalle.", "B": "En bredere cykelsti, tak.", "C": "Cykelstien og parkering."}
    terms = recurring_terms(texts, "da", min_responses=2)
    assert terms[0].responses == 3 and terms[0].word.startswith("cykelsti")
    assert all(term.word not in {"og", "er", "for", "en"} for term in terms)


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_the_summary_is_attached_to_the_paper_as_a_pdf_with_markup_printed_as_text(council):
    hearing, responses = closed_hearing_with_responses(council)
    respond_text = "<script>alert('svar')</script> <b>Fed</b> tekst"
    Response.objects.filter(pk=responses["Anna Berg"].pk).update(text=respond_text)
    Hearing.objects.filter(pk=hearing.pk).update(responses_published=timezone.now())
    summary = "Høringsnotat\n\n<script>alert(1)</script> Svarene ønsker tidligere sprogundervisning."
    council.clerk_client.post(f"/staff/hearings/{hearing.pk}/summary/", {"summary": summary, "attach": "1"})
    hearing.refresh_from_db()
    paper = hearing.paper
    assert hearing.summary == summary and hearing.summary_file in paper.auxiliary_files.all()
    assert hearing.summary_file.mime_type == "application/pdf" and hearing.summary_file.file_name.endswith(".pdf")
    download = Client().get(f"/files/{hearing.summary_file_id}/download/")
    assert download.status_code == 200 and download["Content-Type"].startswith("application/pdf")
    assert "attachment" in download["Content-Disposition"]
    text = " ".join(pdf_text(download.content).split())
    assert "Svarene ønsker tidligere sprogundervisning." in text
    # Markup of the clerk and of a responder is printed as the characters typed, not obeyed.
    assert "<script>alert(1)</script>" in text and "<script>alert('svar')</script> <b>Fed</b> tekst" in text
    # Only published responses are printed, as on the published page: not the one without consent.
    assert "Virksomhederne vil gerne tage praktikanter." not in text and "Dorte Privat" not in text
    assert "Svarene ønsker" in hearing.summary_file.text      # the file's text is searchable
    paper_page = Client().get(f"/papers/{paper.pk}/").content.decode()
    assert f"/files/{hearing.summary_file_id}/" in paper_page and "<script>alert(1)</script>" not in paper_page


def test_a_deleted_response_is_gone_and_its_deletion_is_logged_without_its_content(council):
    hearing, responses = closed_hearing_with_responses(council)
    anna = responses["Anna Berg"]
    Client().post(f"/hearings/responses/{anna.token}/delete/")
    council.clerk_client.post(f"/staff/hearings/{hearing.pk}/responses/{anna.pk}/delete/")
    assert not Response.objects.filter(pk=anna.pk).exists()
    entry = AuditEntry.objects.get(action="hearing.response.delete")
    assert "anna@example.org" not in str(entry.before) and "Sprogundervisningen" not in str(entry.before)


def test_personal_data_is_erased_after_the_retention_time(council, settings):
    from townhall.participation.hearings import erase_expired

    hearing, responses = closed_hearing_with_responses(council)
    settings.RESPONSE_RETENTION_DAYS = 30
    assert erase_expired() == 0
    assert erase_expired(now=timezone.now() + timedelta(days=31)) == 4
    assert set(Response.objects.values_list("email", flat=True)) == {""}
    assert Response.objects.filter(text__contains="Sprogundervisningen").exists()
