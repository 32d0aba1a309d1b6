"""The parts of a PostgreSQL query that weighed ranking scores each by its best alternative."""

from __future__ import annotations

from townhall.search.backends.rarity import required_parts
from townhall.search.query import plan_query, plan_to_tsquery


def test_each_required_part_of_a_query_is_one_operand_of_the_top_level_and():
    expression = plan_to_tsquery(plan_query("handicappede idræt tilskud -London"))
    parts = required_parts(expression)
    assert len(parts) == 3
    assert "'tilskud'" in parts[2] and "'idræt'" in parts[1] and "'handicappede'" in parts[0]
    assert not any("london" in part for part in parts)


def test_an_ampersand_inside_a_quoted_term_or_a_group_does_not_split_a_part():
    assert required_parts("'a''&b' & ('c' & 'd' | 'e')") == ["'a''&b'", "('c' & 'd' | 'e')"]
