"""Tables a PDF page draws as grids of ruling lines: the grids, their rows and columns, and the runs in each cell."""

from __future__ import annotations

from townhall.reading.extractors.pdf_lines import Rule, Run, group_lines, unwrap
from townhall.reading.layout import Box, Cell, Table


def ruled_tables(runs: list[Run], rules: list[Rule]) -> list[tuple[Table, Box, set[int]]]:
    """Find tables drawn as grids of ruling lines; return each with its box and the runs inside."""
    if len(rules) < 4:
        return []
    horizontal = _merge([rule for rule in rules if rule.horizontal])
    vertical = _merge([rule for rule in rules if not rule.horizontal])
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    out = []
    for group_h, group_v in _grids(horizontal, vertical):
        box = Box(min(r.at for r in group_v), min(r.at for r in group_h), max(r.at for r in group_v), max(r.at for r in group_h))
        ys = _distinct(sorted(rule.at for rule in group_h))
        members: dict[tuple[int, int], list[tuple[int, Run]]] = {}
        bands: list[tuple[float, float, list[float]]] = []
        for top, bottom in zip(ys, ys[1:]):
            if bottom - top < 4:
                continue
            middle = (top + bottom) / 2
            xs = _distinct(sorted(rule.at for rule in group_v if rule.start <= middle <= rule.end))
            if len(xs) < 2:
                xs = [box.left, box.right]
            bands.append((top, bottom, xs))
        inside: set[int] = set()
        for index, run in enumerate(runs):
            cx, cy = (run.left + run.right) / 2, (run.top + run.bottom) / 2
            if not (box.left - 1 <= cx <= box.right + 1 and box.top - 1 <= cy <= box.bottom + 1):
                continue
            for band_index, (top, bottom, xs) in enumerate(bands):
                if top - 1 <= cy <= bottom + 1:
                    column = next((c for c, (x0, x1) in enumerate(zip(xs, xs[1:])) if x0 - 1 <= cx <= x1 + 1), None)
                    if column is not None:
                        members.setdefault((band_index, column), []).append((index, run))
                        inside.add(index)
                    break
        rows = []
        for band_index, (_, _, xs) in enumerate(bands):
            cells = []
            for column in range(len(xs) - 1):
                cell_runs = [run for _, run in members.get((band_index, column), [])]
                cells.append(_cell(cell_runs))
            if any(cell.text for cell in cells):
                rows.append(tuple(cells))
        columns = max((len(row) for row in rows), default=0)
        if len(rows) < 1 or columns < 2 or not inside:
            continue  # a frame around text, not a table: its text is read as text
        out.append((Table(tuple(rows)), box, inside))
    return out


def _cell(runs: list[Run]) -> Cell:
    if not runs:
        return Cell("")
    lines = group_lines(runs)
    text = ""
    for line in lines:
        piece = line.text.replace("\t", " ")
        text = unwrap(text, piece) if text else piece
    return Cell(text.strip(), Box.around(line.box() for line in lines), bold=all(line.bold for line in lines))


def _merge(rules: list[Rule]) -> list[Rule]:
    """Join collinear rules that touch (a grid drawn as many short strokes)."""
    rules = sorted(rules, key=lambda rule: (round(rule.at), rule.start))
    merged: list[Rule] = []
    for rule in rules:
        last = merged[-1] if merged else None
        if last is not None and abs(last.at - rule.at) <= 1.5 and rule.start <= last.end + 2:
            merged[-1] = Rule(rule.horizontal, (last.at + rule.at) / 2, last.start, max(last.end, rule.end))
        else:
            merged.append(rule)
    return [rule for rule in merged if rule.end - rule.start >= 6]


def _grids(horizontal: list[Rule], vertical: list[Rule]) -> list[tuple[list[Rule], list[Rule]]]:
    """Group rules that cross or touch into grids; keep those with two rules each way."""
    rules = horizontal + vertical
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    offset = len(horizontal)
    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if v.start - 2 <= h.at <= v.end + 2 and h.start - 2 <= v.at <= h.end + 2:
                a, b = find(i), find(offset + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for index, rule in enumerate(rules):
        group = groups.setdefault(find(index), ([], []))
        (group[0] if rule.horizontal else group[1]).append(rule)
    return [group for group in groups.values() if len(group[0]) >= 2 and len(group[1]) >= 2]


def _distinct(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for value in values:
        if not out or value - out[-1] > tolerance:
            out.append(value)
    return out
