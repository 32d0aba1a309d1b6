"""Leaving out of an FTS5 expression the alternatives that no paper has."""

from __future__ import annotations

from townhall.search.backends.fts5_expression import without_absent, words_to_check

INDEXED = {"havn", "by", "skol", "plan", "citi", "council"}


def _present(word: str) -> bool:
    return word in INDEXED


def test_an_alternative_no_paper_has_is_left_out():
    assert without_absent('("by" OR "storby" OR "citi")', _present) == '("by" OR "citi")'


def test_a_choice_no_paper_has_any_alternative_of_stays_as_it_is():
    assert without_absent('("storby" OR "hovedstad") AND "havn"', _present) == '("storby" OR "hovedstad") AND "havn"'
    assert without_absent('"storby"', _present) == '"storby"'


def test_a_word_that_must_be_there_is_never_left_out():
    # Dropping "storby" from an AND would find papers without it.
    assert without_absent('"havn" AND "storby"', _present) == '"havn" AND "storby"'
    assert without_absent('("havn" OR "by") AND ("storby")', _present) == '("havn" OR "by") AND ("storby")'


def test_a_phrase_with_one_absent_word_is_left_out():
    assert without_absent('("city council" OR "council" OR "citi council")', _present) == '("council" OR "citi council")'


def test_alternatives_are_left_out_inside_groups_and_after_not():
    expression = '((("havn" OR "hafen") AND ("plan" OR "plaene"))) NOT ("skol" OR "schule")'
    assert without_absent(expression, _present) == '((("havn") AND ("plan"))) NOT ("skol")'


def test_a_column_filter_goes_with_its_phrase():
    expression = '({title reference body} : "havn" OR {title reference body} : "hafen")'
    assert without_absent(expression, _present) == '({title reference body} : "havn")'


def test_prefixes_and_words_the_tokenizer_might_split_are_kept():
    assert without_absent('("hafen"* OR "havn")', _present) == '("hafen"* OR "havn")'
    # "-" holds no letter: FTS5 reads no token in it, so nothing can be said about it.
    assert without_absent('("a-b" OR "havn")', _present) == '("a-b" OR "havn")'
    assert words_to_check('("hafen"* OR "a-b" OR "havn")') == {"havn"}


def test_an_expression_it_cannot_read_is_returned_unchanged():
    for expression in ('("havn" OR "hafen"', 'havn OR "hafen"', '{title} : ("havn" OR "hafen")', ""):
        assert without_absent(expression, _present) == expression


def test_an_expression_with_nothing_to_leave_out_is_returned_as_it_was():
    expression = '("havn" OR "by") AND "plan"'
    assert without_absent(expression, _present) is expression


def test_a_parts_alternatives_are_its_or_lists_flattened_with_each_phrase_as_often_as_it_stands():
    from townhall.search.backends.fts5_expression import part_alternatives

    expression = '("skole" OR ("school" OR ("school" AND "road"))) AND "vej" NOT "bus"'
    assert part_alternatives(expression) == (
        (('"skole"', ('"skole"',)), ('"school"', ('"school"',)), ('("school" AND "road")', ('"school"', '"road"'))),
        (('"vej"', ('"vej"',)),),
    )
    assert part_alternatives('("a" AND ("b" OR "c")) NOT ("d")') == ((('"a"', ('"a"',)),), (('"b"', ('"b"',)), ('"c"', ('"c"',))))
    assert part_alternatives('"a" OR ("b" AND "c")') == ((('"a"', ('"a"',)), ('("b" AND "c")', ('"b"', '"c"'))),)
