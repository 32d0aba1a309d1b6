from townhall.reading.analysis.contacts import find_emails, find_phones, find_urls


def test_emails_are_found_once_each():
    assert find_emails("Mail PB26@bif.kk.dk eller PB26@bif.kk.dk, ellers borgmester@bif.kk.dk.") == [
        "PB26@bif.kk.dk",
        "borgmester@bif.kk.dk",
    ]


def test_phone_on_the_line_after_its_label_is_kept_as_written():
    assert find_phones("Mobil\n2036 5796\n\nE-mail\nPB26@bif.kk.dk") == ["2036 5796"]


def test_telefon_and_telefax_are_both_phones():
    assert find_phones("Telefon\n33 66 28 51\n\nTelefax\n33 66 71 30") == ["33 66 28 51", "33 66 71 30"]


def test_german_and_international_formats_are_found_without_label():
    assert find_phones("Rückfragen unter 0331 289-1234 oder +49 221 221-12345.") == ["0331 289-1234", "+49 221 221-12345"]


def test_inline_label_with_abbreviation_is_found():
    assert find_phones("Frau Lindner, Tel. 0228 77-4512, Zimmer 3") == ["0228 77-4512"]


def test_dates_case_numbers_postcodes_and_years_are_not_phones():
    text = "Dato: 19.08.2010\nSagsnr.: 2010-105765\n1599 København V\nVorlage - 0815/2021\nin den Jahren 2011 2012 2013"
    assert find_phones(text) == []


def test_urls_with_scheme_and_with_www_are_found_without_trailing_punctuation():
    text = "Se www.blanddigibyen.dk. Mere på http://www.coe.int/t/dg4/Default_en.asp, og (www.kk.dk)"
    assert find_urls(text) == ["www.blanddigibyen.dk", "http://www.coe.int/t/dg4/Default_en.asp", "www.kk.dk"]


def test_email_domains_are_not_urls():
    assert find_urls("Skriv til post@www-service.dk eller info@kk.dk") == []


def test_phone_after_tlf_nr_label():
    assert find_phones("Tlf.nr.: 3366 2851") == ["3366 2851"]


def test_address_broken_before_a_dot_of_its_domain_is_joined():
    assert find_emails("Ask for:\tRobin Vale\nEmail:\nrobin.vale@shire\n.gov.uk\n") == ["robin.vale@shire.gov.uk"]
    assert find_emails("Write to post@by.dk\n.Næste afsnit begynder her.") == ["post@by.dk"]


def test_dial_in_addresses_of_a_video_meeting_are_not_contacts():
    text = "Per Video: 2734118806@rathaus.webex.com oder 2734118806.rathaus@lync.webex.com\nKontakt: buero@beirat-nord.de"
    assert find_emails(text) == ["buero@beirat-nord.de"]
