import os
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from townhall.search.analyzers import analyze, analyze_document
from townhall.search.query import AnyOf, Phrase, Query, Word, parse_query, to_fts5, to_tsquery

# -- parsing -------------------------------------------------------------------


def test_words_are_all_required():
    assert parse_query("conference Dublin") == Query((Word("conference"), Word("Dublin")))


def test_quoted_words_form_a_phrase():
    assert parse_query('"Integrating Cities"').required == (Phrase(("Integrating", "Cities")),)


def test_minus_excludes_a_word_or_phrase():
    query = parse_query('"Integrating Cities" -London -"city of London"')
    assert query.excluded == (Word("London"), Phrase(("city", "of", "London")))


def test_or_and_bar_join_alternatives():
    expected = (AnyOf((Word("budget"), Word("Haushalt"))),)
    assert parse_query("budget OR Haushalt").required == expected
    assert parse_query("budget | Haushalt").required == expected


def test_or_binds_tighter_than_the_implicit_and():
    query = parse_query("a b OR c d")
    assert query.required == (Word("a"), AnyOf((Word("b"), Word("c"))), Word("d"))


def test_lower_case_or_is_an_ordinary_word():
    assert parse_query("budget or Haushalt").required == (Word("budget"), Word("or"), Word("Haushalt"))


def test_trailing_star_makes_a_prefix():
    assert parse_query("integr*").required == (Word("integr", prefix=True),)


def test_unbalanced_quote_reads_as_plain_words():
    assert parse_query('"Integrating Cities').required == (Word("Integrating"), Word("Cities"))


def test_lone_minus_is_ignored():
    assert parse_query("budget - 2010") == Query((Word("budget"), Word("2010")))


def test_hyphen_inside_a_reference_number_is_kept():
    assert parse_query("2010-16508").required == (Word("2010-16508"),)


def test_fts_operators_typed_as_text_become_plain_words():
    query = parse_query("NEAR(budget Haushalt) ^Rat col:value")
    assert query.terms() == ["NEAR", "budget", "Haushalt", "Rat", "col", "value"]


def test_and_is_accepted_as_a_space():
    assert parse_query("budget AND Haushalt") == parse_query("budget Haushalt")


def test_or_at_the_edges_is_ignored():
    assert parse_query("OR budget OR") == Query((Word("budget"),))


def test_terms_lists_positive_words_only():
    assert parse_query('"Integrating Cities" Dublin -London').terms() == ["Integrating", "Cities", "Dublin"]


def test_query_prints_back_in_canonical_form():
    assert str(parse_query('budget  |  Haushalt "Integrating  Cities" -London integr*')) == (
        'budget OR Haushalt "Integrating Cities" integr* -London'
    )


def test_empty_input_gives_empty_query():
    assert parse_query("").is_empty()
    assert parse_query('  " ( ) * - ').is_empty()


# -- rendering against a real FTS5 index ------------------------------------------------

DOCUMENTS = {
    "de_konferenz": ("de", "Einladung zur Integrationskonferenz der Stadt Hamburg"),
    "da_konference": ("da", "Udvalget inviteres til integrationskonference i Dublin"),
    "en_conference": ("en", "Integration conference in Dublin for Intercultural Cities"),
    "da_hoering": ("da", "Høring om Københavns nye integrationspolitik 2010, sagsnr. 2010-105765"),
    "en_integrating": ("en", "Integrating Cities charter signed by the city of Ghent"),
    "en_london": ("en", "Integrating Cities conference in London"),
    "de_haushalt": ("de", "Der Haushalt 2013 wurde beschlossen"),
    "en_budget": ("en", "The budget was adopted"),
    "de_arbeitsmarkt": ("de", "Arbeitsmarktintegration von Migranten in Berlin"),
    "da_sport": ("da", "Nye idrætshaller til foreningerne"),
    "de_gemeinderat": ("de", "Der Gemeinderat tagt im Rathaus"),
    "de_separate": ("de", "Eine Konferenz zur Integration der Zuwanderer"),
}


@pytest.fixture(scope="module")
def fts():
    con = sqlite3.connect(":memory:")
    # The index's columns: the analysed text goes into body (stream) and extras (compound parts).
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(name UNINDEXED, title, reference, body, extras, "
                "tokenize='unicode61 remove_diacritics 0')")
    for name, (language, text) in DOCUMENTS.items():
        analysed = analyze_document(text, language)
        con.execute("INSERT INTO docs(name, title, reference, body, extras) VALUES (?, '', '', ?, ?)",
                    (name, " ".join(analysed.stream), " ".join(analysed.extras)))
    yield con
    con.close()


def search(con, text, **options):
    expression = to_fts5(parse_query(text), **options)
    if expression is None:
        return set()
    rows = con.execute("SELECT name FROM docs WHERE docs MATCH ? ORDER BY rank", (expression,))
    return {row[0] for row in rows}


def test_german_compound_query_finds_the_conference_in_all_three_languages(fts):
    assert {"de_konferenz", "da_konference", "en_conference"} <= search(fts, "integrationskonferenz")


def test_compound_part_finds_the_compound(fts):
    assert "de_arbeitsmarkt" in search(fts, "Arbeitsmarkt", languages=["de"], expand=False)


def test_danish_query_with_reference_year_finds_the_hearing(fts):
    assert search(fts, "høring integrationspolitik 2010") == {"da_hoering"}


def test_reference_number_finds_its_paper(fts):
    assert search(fts, "2010-105765") == {"da_hoering"}


def test_phrase_with_exclusion_leaves_out_the_excluded_word(fts):
    assert search(fts, '"Integrating Cities" -London') == {"en_integrating"}


def test_or_finds_either_word(fts):
    assert {"de_haushalt", "en_budget"} <= search(fts, "budget OR Haushalt", expand=False)


def test_glossary_expansion_finds_the_other_language(fts):
    assert "de_haushalt" in search(fts, "budget")


def test_expansion_can_be_switched_off(fts):
    assert "de_haushalt" not in search(fts, "budget", expand=False)


def test_prefix_finds_words_starting_with_it(fts):
    assert {"en_conference", "en_integrating", "de_konferenz"} <= search(fts, "integr*")


def test_english_stopword_in_the_query_does_not_hide_english_documents(fts):
    assert "en_conference" in search(fts, "conference in Dublin")


def test_search_restricted_to_one_language_uses_only_its_stems(fts):
    assert "en_conference" in search(fts, "conferences", languages=["en"], expand=False)


def test_multi_word_glossary_term_finds_its_translation(fts):
    assert "de_gemeinderat" in search(fts, "city council")


def test_whole_compound_ranks_above_its_parts_written_apart(fts):
    expression = to_fts5("Integrationskonferenz", languages=["de"])
    ranked = [row[0] for row in fts.execute("SELECT name FROM docs WHERE docs MATCH ? ORDER BY rank", (expression,))]
    assert ranked.index("de_konferenz") < ranked.index("de_separate")


def test_very_long_input_is_cut_to_a_bounded_query():
    query = parse_query("Integration " * 5000)
    assert len(query.required) == 1
    assert len(parse_query(" ".join(f"w{i}" for i in range(500))).required) == 32


def test_only_exclusions_render_as_none():
    assert to_fts5("-London") is None
    assert to_tsquery("-London") is None


def test_empty_query_renders_as_none():
    assert to_fts5("") is None
    assert to_fts5('" * ( ) -') is None


# -- property tests: any input gives valid backend syntax ---------------------------------

NASTY = st.lists(
    st.sampled_from(
        list('"-*()^:|+.,;/\\\'’_{}[]<>!&~@#$%=?')
        + [" ", "  ", "\t", "\n"]
        + ["OR", "AND", "NOT", "NEAR", "NEAR/2", "or", "the", "og", "und", "in", "of"]
        + ["æ", "ø", "å", "ä", "ö", "ü", "ß", "é", "İ", "ﬁ", "²", "½", "\u0301", "\u200b", "\x00"]
        + ["Integration", "konferencen", "Arbeitsmarkt", "2010", "16508", "budget", "x", "Rat", "city council"]
    ),
    max_size=25,
).map("".join)


def _fts_table():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(title, reference, body, extras, "
                "tokenize='unicode61 remove_diacritics 0')")
    con.execute("INSERT INTO docs(body) VALUES (?)", (" ".join(analyze("Integration conference in Dublin", "en")),))
    return con


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NASTY)
def test_any_typed_text_renders_to_valid_fts5(text):
    expression = to_fts5(text)
    if expression is None:
        return
    con = _fts_table()
    con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (expression,)).fetchall()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_unicode_text_renders_to_valid_fts5(text):
    expression = to_fts5(text, expand=False)
    if expression is None:
        return
    _fts_table().execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (expression,)).fetchall()


@settings(max_examples=200, deadline=None)
@given(NASTY)
def test_parsing_any_text_never_fails_and_is_stable(text):
    query = parse_query(text)
    assert parse_query(str(query)) == query


# -- PostgreSQL, when the test run has one ---------------------------------------------------

POSTGRES_URL = os.environ.get("TOWNHALL_DATABASE_URL", "")


@pytest.fixture(scope="module")
def pg():
    if not POSTGRES_URL.startswith(("postgres://", "postgresql://")):
        pytest.skip("TOWNHALL_DATABASE_URL does not point to PostgreSQL")
    psycopg = pytest.importorskip("psycopg")
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        yield connection


@pytest.mark.postgres
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=NASTY)
def test_any_typed_text_renders_to_valid_tsquery(pg, text):
    expression = to_tsquery(text)
    if expression is None:
        return
    pg.execute("SELECT to_tsquery('simple', %s), %s::tsquery", (expression, expression)).fetchone()


@pytest.mark.postgres
def test_tsquery_finds_the_document_the_fts5_query_finds(pg):
    terms = " ".join(analyze("Udvalget inviteres til integrationskonference i Dublin", "da"))
    hits = {}
    for text in ["integrationskonferenz", '"Integrating Cities" -London', "integr*", "Dublin -London", "høring"]:
        expression = to_tsquery(text)
        row = pg.execute(
            "SELECT to_tsvector('simple', %s) @@ to_tsquery('simple', %s)", (terms, expression)
        ).fetchone()
        hits[text] = row[0]
    assert hits == {
        "integrationskonferenz": True,
        '"Integrating Cities" -London': False,
        "integr*": True,
        "Dublin -London": True,
        "høring": False,
    }


QUERY_WORDS = st.lists(
    st.sampled_from(
        ["integration", "Integrationskonferenz", "konference", "Dublin", "London", "Haushalt", "budget", "integr*",
         "konf*", "Gemeinderat", "city", "council", "Cities", "2010", "2010-105765", "-London", "-Dublin", "OR",
         '"Integrating Cities"', '"integration conference"', "høring", "Arbeitsmarkt", "Migranten", "the", "-"]
    ),
    min_size=1,
    max_size=5,
).map(" ".join)


@pytest.mark.postgres
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERY_WORDS)
def test_fts5_and_tsquery_find_the_same_documents(pg, fts, text):
    fts_hits = search(fts, text)
    expression = to_tsquery(text)
    pg_hits = set()
    if expression is not None:
        for name, (language, body) in DOCUMENTS.items():
            analysed = analyze_document(body, language)
            # Weighted as the index weighs them: the text C, compound parts D.
            row = pg.execute(
                "SELECT setweight(to_tsvector('simple', %s), 'C') || setweight(to_tsvector('simple', %s), 'D') "
                "@@ to_tsquery('simple', %s)", (" ".join(analysed.stream), " ".join(analysed.extras), expression))
            if row.fetchone()[0]:
                pg_hits.add(name)
    assert fts_hits == pg_hits


def marked(text, language, query, **options):
    from townhall.search.query import highlight_spans

    return [text[start:end] for start, end in highlight_spans(text, language, query, **options)]


def test_highlight_marks_inflected_forms_of_the_query_word():
    text = "Die Konferenzen fanden in Dublin statt."
    assert marked(text, "de", "konferenz", expand=False) == ["Konferenzen"]


def test_highlight_marks_a_compound_containing_the_query_word():
    text = "Beskæftigelses- og Integrationsudvalget mødes."
    assert "Integrationsudvalget" in marked(text, "da", "integration", expand=False)


def test_highlight_marks_words_found_through_the_glossary():
    assert marked("Der Haushalt 2013", "de", "budget") == ["Haushalt"]


def test_highlight_marks_prefix_matches_and_not_excluded_words():
    text = "Integrating Cities in London"
    assert marked(text, "en", "integr* -London") == ["Integrating"]


def test_highlight_of_an_empty_query_marks_nothing():
    assert marked("Integration", "en", "") == []


# -- operator words in every interface language ---------------------------------


@pytest.mark.parametrize("text", ["budget NOT London", "budget IKKE London", "budget NICHT London", "NOT London budget"])
def test_not_excludes_the_next_word_in_each_language(text):
    assert parse_query(text) == Query((Word("budget"),), (Word("London"),))


def test_not_before_a_phrase_excludes_the_phrase():
    assert parse_query('budget NOT "city of London"').excluded == (Phrase(("city", "of", "London")),)


@pytest.mark.parametrize("text", ["budget ELLER Haushalt", "budget ODER Haushalt", "budget OR Haushalt"])
def test_or_words_of_each_language_join_alternatives(text):
    assert parse_query(text).required == (AnyOf((Word("budget"), Word("Haushalt"))),)


@pytest.mark.parametrize("text", ["budget OG Haushalt", "budget UND Haushalt", "budget AND Haushalt"])
def test_and_words_of_each_language_mean_a_space(text):
    assert parse_query(text) == parse_query("budget Haushalt")


@pytest.mark.parametrize("text", ["NOT", "budget NOT", "NOT NOT", "IKKE", "-NOT budget", "NICHT*"])
def test_a_not_is_never_searched_as_a_word(text):
    assert "NOT" not in parse_query(text).terms() and "IKKE" not in parse_query(text).terms()
    assert all(word not in ("NOT", "IKKE", "NICHT") for word in parse_query(text).terms())


def test_a_lone_not_finds_nothing_rather_than_the_word_not():
    assert to_fts5("NOT") is None and to_fts5("budget NOT") == to_fts5("budget")


def test_lower_case_operator_words_are_ordinary_words():
    assert parse_query("ikke nicht").terms() == ["ikke", "nicht"]


def test_control_characters_separate_words():
    assert parse_query("Dublin\x01budget\x00").terms() == ["Dublin", "budget"]


def test_a_long_query_is_cut_at_a_word_boundary():
    from townhall.search.query import limit_query

    text, cut = limit_query("budget " * 300)
    assert cut and len(text) <= 1000 and text.endswith("budget") and text.split() == ["budget"] * len(text.split())


def test_words_beyond_the_item_limit_are_reported_as_left_out():
    from townhall.search.query import MAX_ITEMS

    words = [f"w{n}" for n in range(MAX_ITEMS + 5)]
    query = parse_query(" ".join(words))
    assert (len(query.required), query.truncated) == (MAX_ITEMS, True)
    assert parse_query("a b").truncated is False


def test_the_matches_of_a_translated_compound_are_found_without_its_phrases():
    # "integration conference" and the other translations side by side only rank: the parts apart
    # find every paper they find, so the engine need not test them.
    from townhall.search.query import And, Or, Seq, matching_plan, plan_query

    def phrases(node):
        if isinstance(node, Seq):
            return [node] if len(node.terms) > 1 else []
        return [found for part in node.parts for found in phrases(part)]

    plan = plan_query("Integrationskonferenz")
    lean = matching_plan(plan)
    assert phrases(plan.required[0]) and not phrases(lean.required[0])
    assert any(isinstance(part, And) for part in lean.required[0].parts) and isinstance(lean.required[0], Or)
    assert matching_plan(plan_query('"city council"')) == plan_query('"city council"')


def test_the_lean_plan_that_marks_words_keeps_a_phrase_with_a_word_found_nowhere_else():
    # Titles are weighed by the words the engine marks in them: "place" is marked only by the
    # phrase "school place plan", which must stay; "school plan" marks nothing the parts do not.
    from townhall.search.query import And, MatchPlan, Or, Seq, matching_plan

    whole, short = Seq(("school", "place", "plan")), Seq(("school", "plan"))
    parts = And((Seq(("school",)), Seq(("plan",))))
    plan = MatchPlan((Or((whole, short, parts)),))
    assert matching_plan(plan).required == (parts,)
    assert matching_plan(plan, marking=True).required == (Or((whole, parts)),)


def test_a_run_of_words_that_is_one_glossary_term_is_reported_as_a_phrase():
    from townhall.search.query import Phrase, glossary_phrases, plan_query

    plan = plan_query("health insurance Kent")
    assert glossary_phrases(plan) == (Phrase(("health", "insurance")),)
    assert glossary_phrases(plan_query('"health insurance" OR budget')) == ()


def test_a_glossary_phrase_keeps_a_word_that_is_a_stopword_only_in_another_language():
    from townhall.search.query import plan_query

    # Danish "dog" (however) is a stopword; English "dog tax" is one concept.
    plan = plan_query("dog tax")
    assert plan.labels == ("dog tax",)
    assert plan_query("Sportplätze für Kinder").labels == ("Sportplätze", "Kinder")
