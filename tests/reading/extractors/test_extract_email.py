"""E-mail messages: header lines, body, attachments."""

from email.message import EmailMessage

from bench.corpus.pdf_writer import text_pdf
from townhall.reading.extractors import extract


def _message(*, html_only: bool = False) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = "Høring om integrationspolitik 2011-2014"
    message["From"] = "Borgmesterens Kontor <borgmester@bif.kk.dk>"
    message["To"] = "Integrationsrådet <ir@kk.dk>"
    message["Date"] = "Thu, 19 Aug 2010 10:00:00 +0200"
    html = "<html><body><nav>Menu</nav><p>Kære råd,</p><p>Send høringssvar senest d. 11. oktober 2010.</p></body></html>"
    if html_only:
        message.set_content(html, subtype="html")
    else:
        message.set_content("Kære råd,\n\nSend høringssvar senest d. 11. oktober 2010.\n")
        message.add_alternative(html, subtype="html")
    return message


def test_subject_from_to_and_date_are_the_first_lines():
    lines = extract(bytes(_message()), filename="hoering.eml").text.splitlines()
    assert lines[:4] == [
        "Subject: Høring om integrationspolitik 2011-2014",
        "From: Borgmesterens Kontor <borgmester@bif.kk.dk>",
        "To: Integrationsrådet <ir@kk.dk>",
        "Date: Thu, 19 Aug 2010 10:00:00 +0200",
    ]


def test_plain_text_body_is_preferred_over_html():
    text = extract(bytes(_message()), filename="hoering.eml").text
    assert "Send høringssvar senest d. 11. oktober 2010." in text
    assert text.count("Send høringssvar") == 1


def test_html_only_body_is_read_as_a_web_page():
    text = extract(bytes(_message(html_only=True)), filename="hoering.eml").text
    assert "Send høringssvar senest d. 11. oktober 2010." in text
    assert "<p>" not in text and "Menu" not in text


def test_attachments_are_returned_as_parts_with_their_bytes():
    message = _message()
    pdf = text_pdf("Bilag 1: Udkast til integrationspolitik")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="Bilag 1 udkast.pdf")
    result = extract(bytes(message), filename="hoering.eml")
    assert len(result.parts) == 1
    part = result.parts[0]
    assert (part.filename, part.mime_type, part.data) == ("Bilag 1 udkast.pdf", "application/pdf", pdf)


def test_attachment_text_is_not_mixed_into_the_message_text():
    message = _message()
    message.add_attachment("Bilagstekst om budget".encode(), maintype="text", subtype="plain", filename="bilag.txt")
    result = extract(bytes(message), filename="hoering.eml")
    assert "Bilagstekst" not in result.text
    assert extract(result.parts[0].data, filename=result.parts[0].filename).text == "Bilagstekst om budget"


def test_email_without_file_name_is_recognised_by_its_headers():
    assert extract(bytes(_message())).mime_type == "message/rfc822"


def test_body_in_latin1_charset_is_decoded():
    raw = (
        "From: a@koeln.de\r\nTo: b@koeln.de\r\nSubject: Vorlage\r\nDate: Mon, 3 Sep 2012 09:00:00 +0200\r\n"
        'Content-Type: text/plain; charset="iso-8859-1"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        "Größe der Maßnahme\r\n"
    ).encode("latin-1")
    assert extract(raw, filename="m.eml").text.endswith("Größe der Maßnahme")


def test_forwarded_message_is_returned_as_an_eml_part():
    inner = _message()
    outer = EmailMessage()
    outer["Subject"] = "Fwd: Høring"
    outer["From"] = "sekretariat@kk.dk"
    outer["To"] = "udvalg@kk.dk"
    outer["Date"] = "Fri, 20 Aug 2010 08:00:00 +0200"
    outer.set_content("Videresendt til orientering.")
    outer.add_attachment(inner)
    result = extract(bytes(outer), filename="fwd.eml")
    assert [part.mime_type for part in result.parts] == ["message/rfc822"]
    forwarded = extract(result.parts[0].data, filename=result.parts[0].filename)
    assert "Subject: Høring om integrationspolitik 2011-2014" in forwarded.text


def test_unparseable_address_header_is_kept_as_written_with_a_note():
    raw = b"From: Borgmester <@\r\nTo: udvalg@kk.dk\r\nSubject: Test\r\nDate: Mon, 1 Feb 2021 10:00:00 +0100\r\n\r\nTekst"
    result = extract(raw, filename="m.eml")
    assert "From: Borgmester <@" in result.text.splitlines()
    assert result.notes == ("the From header could not be parsed",)
