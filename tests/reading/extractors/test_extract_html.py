"""HTML pages: main content without navigation and page furniture."""

from townhall.reading.extractors import extract

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stadt Köln – Ratsinformation</title>
<style>body { color: red }</style><script>trackVisitor();</script></head>
<body>
<header><a href="/">Startseite</a><nav><ul><li><a href="/rat">Rat</a></li><li><a href="/aus">Ausschüsse</a></li></ul></nav></header>
<aside><h2>Aktuelles</h2><p>Bürgerbüro geschlossen am Rosenmontag und an weiteren Tagen im Februar.</p></aside>
<main>
  <h1>Integrationskonferenz 2012</h1>
  <p>Die Integrationskonferenz   findet am 07.11.2012 im Rautenstrauch-Joest-Museum statt &amp; ist öffentlich.</p>
  <h2>Themen</h2>
  <ul><li>Arbeitsmarktintegration</li><li>Schule und Bildung</li></ul>
  <table><tr><th>Gremium</th><th>Datum</th></tr><tr><td>Integrationsrat</td><td>18.09.2012</td></tr></table>
  <form><input name="q"><button>Suchen</button></form>
</main>
<footer>Impressum · Datenschutz · Kontakt</footer>
</body></html>"""


def _text(markup, **kwargs):
    data = markup.encode(kwargs.pop("encoding", "utf-8"))
    return extract(data, filename=kwargs.pop("filename", "seite.html")).text


def test_navigation_header_footer_aside_and_scripts_are_dropped():
    text = _text(PAGE)
    for furniture in ("Startseite", "Ausschüsse", "Bürgerbüro", "Impressum", "trackVisitor", "color: red", "Suchen"):
        assert furniture not in text


def test_main_content_is_kept_with_entities_decoded():
    text = _text(PAGE)
    assert "Die Integrationskonferenz findet am 07.11.2012 im Rautenstrauch-Joest-Museum statt & ist öffentlich." in text


def test_headings_and_list_items_stand_on_their_own_lines():
    lines = _text(PAGE).splitlines()
    assert lines[0] == "Integrationskonferenz 2012"
    assert "Themen" in lines
    assert "- Arbeitsmarktintegration" in lines and "- Schule und Bildung" in lines


def test_table_rows_become_tab_separated_lines():
    assert "Integrationsrat\t18.09.2012" in _text(PAGE).splitlines()


def test_meta_charset_windows_1252_is_respected():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Größe: 5.000 € „vorläufig“</p></body></html>'
    assert _text(page, encoding="cp1252") == "Größe: 5.000 € „vorläufig“"


def test_http_equiv_latin1_page_is_read_as_windows_1252():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
        "<body><p>Københavns Kommune – Ø</p></body></html>"
    )
    assert _text(page, encoding="cp1252") == "Københavns Kommune – Ø"


def test_page_labelled_utf8_but_saved_as_windows_1252_is_still_read():
    page = '<html><head><meta charset="utf-8"></head><body><p>Sagsbehandler: Søren Ærø</p></body></html>'
    assert _text(page, encoding="cp1252") == "Sagsbehandler: Søren Ærø"


def test_densest_block_is_chosen_when_page_has_no_main_element():
    page = """<html><body>
    <div id="menu"><a href="/a">Forside</a> <a href="/b">Politik</a> <a href="/c">Kontakt os her</a></div>
    <div id="indhold"><p>Borgerrepræsentationen behandler forslaget om en ny integrationspolitik på mødet.</p>
    <p>Høringssvar skal være modtaget senest den 11. oktober 2010 hos forvaltningen.</p></div>
    <div id="bund">Københavns Kommune · Rådhuspladsen 1</div></body></html>"""
    text = _text(page)
    assert text.startswith("Borgerrepræsentationen behandler")
    assert "Forside" not in text and "Rådhuspladsen" not in text


def test_numbered_list_keeps_its_numbers():
    page = "<html><body><main><ol><li>at udvalget godkender planen</li><li>at sagen sendes i høring</li></ol></main></body></html>"
    assert _text(page).splitlines() == ["1. at udvalget godkender planen", "2. at sagen sendes i høring"]


def test_line_break_tag_starts_a_new_line():
    page = "<html><body><main><p>Rådhuset<br>1599 København V</p></main></body></html>"
    assert _text(page).splitlines() == ["Rådhuset", "1599 København V"]


def test_element_with_role_main_is_taken_as_the_content():
    page = """<html><body><div class="top"><p>Velkommen til kommunens hjemmeside med nyheder og meget andet indhold.</p></div>
    <div role="main"><h1>Dagsorden</h1><p>Mødet holdes på rådhuset.</p></div></body></html>"""
    assert _text(page) == "Dagsorden\n\nMødet holdes på rådhuset."


def test_several_articles_are_all_kept_in_order():
    page = """<html><body><nav>Menü</nav><section>
    <article><h2>Tagesordnungspunkt 1</h2><p>Eröffnung der Sitzung.</p></article>
    <article><h2>Tagesordnungspunkt 2</h2><p>Genehmigung der Niederschrift.</p></article>
    </section></body></html>"""
    text = _text(page)
    assert text.index("Tagesordnungspunkt 1") < text.index("Genehmigung der Niederschrift.")
    assert "Menü" not in text


def test_heading_inside_an_article_header_is_kept():
    page = "<html><body><article><header><h1>Climate Emergency Action Plan</h1></header><p>The council declared a climate emergency.</p></article></body></html>"
    assert _text(page).startswith("Climate Emergency Action Plan")


def test_page_with_only_navigation_gives_empty_text_and_a_note():
    result = extract(b"<html><body><nav><a href='/'>Forside</a></nav></body></html>", filename="tom.html")
    assert result.text == ""
    assert result.notes


def test_control_characters_in_a_damaged_page_are_dropped():
    page = "<html><body><main><p>Møde\x00dato\x07 i udvalget</p><p>Rådhus\x1f</p></main></body></html>"
    assert _text(page) == "Mødedato i udvalget\n\nRådhus"


def test_headings_tables_and_emphasis_become_layout():
    page = """<html><body><h1>4. Budget 2026</h1><p>Sagsnr.: 25-000123</p><h3>Sagens forløb</h3>
    <p><u>05/09/2025   Økonomiudvalget</u><br>Godkendt.</p>
    <table><tr><th>Udvalg</th><th>Dato</th></tr><tr><td>Byrådet</td><td>24.09.2025</td></tr></table></body></html>"""
    result = extract(page.encode(), filename="punkt.html")
    items = result.document.pages[0].items
    assert (items[0].role, items[0].level, items[0].text) == ("heading", 1, "4. Budget 2026")
    assert (items[2].role, items[2].level) == ("heading", 3)
    assert items[3].lines[0].underlined and not items[3].lines[1].underlined
    assert [[cell.text for cell in row] for row in items[4].rows] == [["Udvalg", "Dato"], ["Byrådet", "24.09.2025"]]
    assert "\ue010" not in result.text and "\ue020" not in result.text


def test_the_pages_one_heading_and_the_lines_under_it_belong_to_the_content():
    page = """<html><body><h1>6. Ny skolestruktur</h1><p>Sagsnr.: 24-000001</p>
    <div><div><p>Resume af sagen, som er lang nok til at være sidens tætteste blok af tekst her.</p>
    <p>Indstilling: Administrationen indstiller, at strukturen godkendes af udvalget i dag.</p></div></div></body></html>"""
    text = _text(page)
    assert text.splitlines()[:3] == ["6. Ny skolestruktur", "", "Sagsnr.: 24-000001"]


LINKED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Agenda item 7 | Meetings</title>
<link rel="canonical" href="https://democracy.hollowmere.gov.example/item/7"></head>
<body>
<nav><a href="https://www.hollowmere.gov.example/">Home</a> <a href="https://www.hollowmere.gov.example/bins">Bins</a>
<a href="https://social.example/hollowmere">Follow us</a> <a href="/contact">Contact</a> <a href="mailto:clerk@example.org">Mail</a></nav>
<main><h1>Footpath lighting at Ashcroft Lane</h1>
<p>The committee is asked to agree the replacement of eleven lamp columns along the footpath.</p></main>
</body></html>"""


def test_web_page_keeps_its_own_address_and_link_hosts_aside_from_its_text():
    result = extract(LINKED_PAGE.encode(), filename="item.html")
    assert result.document.link_hosts == ("democracy.hollowmere.gov.example", "hollowmere.gov.example", "social.example")
    assert result.document.declared_title == "Agenda item 7 | Meetings"
    assert "hollowmere" not in result.text


def test_web_page_with_broken_link_addresses_is_read_with_the_hosts_it_can_tell():
    page = LINKED_PAGE.replace("https://social.example/hollowmere", "http://[broken").replace("canonical", "stylesheet")
    result = extract(page.encode(), filename="item.html")
    assert result.document.link_hosts == ("hollowmere.gov.example",)
    assert "Footpath lighting at Ashcroft Lane" in result.text
