"""The section tree: 一、 / (一) / 1. / 1) headings, checked for consistent numbering."""

from __future__ import annotations

import re

from .chars import fold
from .dates import cn_number
from .orgs import is_org
from .types import ParsedSection

_CN = "一二三四五六七八九十"
# (level, pattern), matched on the matching copy (NFKC: （一） reads as (一)). The text
# after the marker must start like heading text, so that "1.5亿元" or "2023年" never look
# like headings. ㈠ ⒈ ⑴ are single characters that NFKC would spell out (and so change
# the line's length): they are read as they are.
_HEADINGS = (
    (1, re.compile(rf"^([{_CN}]{{1,3}})\s*[、.]\s*(?=[^\s{_CN}、,])")),
    (2, re.compile(rf"^(?:\(\s*([{_CN}]{{1,3}})\s*\)|([\u3220-\u3229]))\s*(?=[^\s)])")),
    (3, re.compile(r"^(?:(\d{1,2})\s*(?:、|\.(?!\d))|([\u2488-\u249b]))\s*(?=[^\d\s%])")),
    (4, re.compile(r"^(?:\(\s*(\d{1,2})\s*\)|(\d{1,2})\)|([\u2474-\u2487]))\s*(?=[^\d\s%])")),
)
# The one-character markers and the number each stands for.
_MARKS = {
    **{chr(0x3220 + i): i + 1 for i in range(10)},  # ㈠..㈩
    **{chr(0x2488 + i): i + 1 for i in range(20)},  # ⒈..⒛
    **{chr(0x2474 + i): i + 1 for i in range(20)},  # ⑴..⒇
}
_RUN_IN_END = re.compile(r"[。;:!?]")
_MAX_HEADING = 120


def _match(line: str) -> tuple[int, int, int, int] | None:
    """(level, number, end of the label, start of the heading text) or None."""
    for level, rx in _HEADINGS:
        m = rx.match(line)
        if not m:
            continue
        raw = next(g for g in m.groups() if g)
        number: int | None
        if raw in _MARKS:
            number = _MARKS[raw]
        else:
            number = cn_number(raw) if level <= 2 else int(raw)
        if not number:
            return None
        # A 一、 heading's label is its numeral; the others keep their brackets and dot.
        label_end = m.end(1) if level == 1 else len(m.group(0).rstrip()) + m.start()
        rest = line[m.end() :]
        if len(rest.strip()) < 2:
            return None
        return level, number, label_end, m.end()
    return None


def match_heading(line: str) -> tuple[int, int, str, str] | None:
    """(level, number, label as printed, rest of line) or None."""
    hit = _match(line)
    if hit is None:
        return None
    level, number, label_end, rest_start = hit
    return level, number, line[:label_end].strip(), line[rest_start:].strip()


def split_run_in(rest: str) -> tuple[str, str]:
    """Heading text up to the first 。;: and the rest of the line as body."""
    return _run_in(rest, rest)


def _run_in(rest: str, folded: str) -> tuple[str, str]:
    """split_run_in on the matching copy, cutting the printed text at the same place."""
    m = _RUN_IN_END.search(folded)
    if m and m.start() > 0:
        return rest[: m.start()].strip(), rest[m.end() :].strip()
    if m and m.start() == 0:
        return rest[1:].strip()[:_MAX_HEADING], ""
    return rest, ""


class _Node:
    __slots__ = ("body", "key", "level", "number", "section")
    _serial = 0

    def __init__(self, section: ParsedSection | None, level: int, number: int) -> None:
        _Node._serial += 1
        self.key = _Node._serial  # not id(): ids of dropped nodes get reused
        self.section = section
        self.level = level
        self.number = number
        self.body: list[str] = []


def build_sections(
    lines: list[str], folded: list[str] | None = None
) -> tuple[str, list[ParsedSection]]:
    """(preamble, top-level sections) of the printed `lines`.

    Headings are recognised on `folded`, the lines' matching copy (made here when not
    given); headings and bodies keep the printed characters.

    A heading is accepted only when its number continues its siblings (1, 2, 3 ...);
    otherwise the line is a paragraph. Skipped levels are allowed: a 1. directly under
    一、 is that section's child, and a (一) before any 一、 is a top-level section that
    keeps level 2 (the level says what was printed, the tree says what contains what).
    """
    root = _Node(None, 0, 0)
    top: list[ParsedSection] = []
    stack: list[_Node] = [root]
    last_number: dict[tuple[int, int], int] = {}  # (parent key, level) → last number

    if folded is None or len(folded) != len(lines):
        folded = [fold(line) for line in lines]
    for line, line_f in zip(lines, folded, strict=True):
        if len(line_f) != len(line):
            line_f = fold(line)
        hit = _match(line_f)
        if hit:
            level, number, label_end, rest_start = hit
            label = line[:label_end].strip()
            # Stripped by the matching copy's offsets, so that both stay aligned.
            rest_f = line_f[rest_start:]
            lead, end = len(rest_f) - len(rest_f.lstrip()), len(rest_f.rstrip())
            rest, rest_f = line[rest_start:][lead:end], rest_f[lead:end]
            depth = len(stack)
            while depth > 1 and stack[depth - 1].level >= level:
                depth -= 1
            parent = stack[depth - 1]
            expected = last_number.get((parent.key, level), 0) + 1
            if number == expected:
                heading, body = _run_in(rest, rest_f)
                section = ParsedSection(level=level, number=label, heading=heading)
                for node in stack[depth - 1 :]:
                    _flush(node)
                del stack[depth:]
                if parent.section is None:
                    top.append(section)
                else:
                    parent.section.children.append(section)
                last_number[(parent.key, level)] = number
                node = _Node(section, level, number)
                if body:
                    node.body.append(body)
                stack.append(node)
                continue
        stack[-1].body.append(line)
    for node in stack:
        _flush(node)
    preamble = "\n".join(root.body)
    return preamble, top


def _flush(node: _Node) -> None:
    if node.section is not None and node.body:
        joined = "\n".join(node.body)
        node.section.body = f"{node.section.body}\n{joined}" if node.section.body else joined
        node.body.clear()


_CLOSING_LINES = 3  # organ, date, or both on one line (plus a second organ)


def closing_start(folded: list[str]) -> int:
    """Index where the closing signature (落款: organ and date) begins; len() when none.

    Read on the matching copy. The signature is the last lines that are an organ's name,
    a date, or both ("海盐县司法局 2023年6月5日"), and it must hold a date: a report that
    ends on an organ's name alone keeps it as text.
    """
    from .dates import CN_DATE_RE, HANZI_DATE_RE, is_date_only

    start, dated = len(folded), False
    for i in range(len(folded) - 1, max(-1, len(folded) - 1 - _CLOSING_LINES), -1):
        line = folded[i].strip()
        if not line or len(line) > 60:
            break
        if is_date_only(line):
            dated = True
        else:
            m = CN_DATE_RE.search(line) or HANZI_DATE_RE.search(line)
            head = (
                line[: m.start()].strip() if m and m.end() >= len(line.rstrip(" )")) - 1 else line
            )
            if not (len(head) <= 40 and is_org(head)):
                break
            dated = dated or head != line
        start = i
    return start if dated else len(folded)
