"""The section tree: 一、 / (一) / 1. / 1) headings, checked for consistent numbering."""

from __future__ import annotations

import re

from .dates import cn_number
from .types import ParsedSection

_CN = "一二三四五六七八九十"
# (level, pattern). The text after the marker must start like heading text, so that
# "1.5亿元" or "2023年" never look like headings.
_HEADINGS = (
    (1, re.compile(rf"^([{_CN}]{{1,3}})\s*[、.]\s*(?=[^\s{_CN}、,])")),
    (2, re.compile(rf"^\(\s*([{_CN}]{{1,3}})\s*\)\s*(?=[^\s)])")),
    (3, re.compile(r"^(\d{1,2})\s*(?:、|\.(?!\d))\s*(?=[^\d\s%])")),
    (4, re.compile(r"^(?:\(\s*(\d{1,2})\s*\)|(\d{1,2})\))\s*(?=[^\d\s%])")),
)
_RUN_IN_END = re.compile(r"[。;:!?]")
_MAX_HEADING = 120


def match_heading(line: str) -> tuple[int, int, str, str] | None:
    """(level, number, label as printed, rest of line) or None."""
    for level, rx in _HEADINGS:
        m = rx.match(line)
        if not m:
            continue
        raw = next(g for g in m.groups() if g)
        number = cn_number(raw) if level <= 2 else int(raw)
        if not number:
            return None
        label = m.group(0).strip()
        if level == 1:
            label = raw
        rest = line[m.end() :].strip()
        if len(rest) < 2:
            return None
        return level, number, label, rest
    return None


def split_run_in(rest: str) -> tuple[str, str]:
    """Heading text up to the first 。;: and the rest of the line as body."""
    m = _RUN_IN_END.search(rest)
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


def build_sections(lines: list[str]) -> tuple[str, list[ParsedSection]]:
    """(preamble, top-level sections).

    A heading is accepted only when its number continues its siblings (1, 2, 3 ...);
    otherwise the line is a paragraph. Skipped levels are allowed: a 1. directly under
    一、 is that section's child, and a (一) before any 一、 is a top-level section that
    keeps level 2 (the level says what was printed, the tree says what contains what).
    """
    root = _Node(None, 0, 0)
    top: list[ParsedSection] = []
    stack: list[_Node] = [root]
    last_number: dict[tuple[int, int], int] = {}  # (parent key, level) → last number

    for line in lines:
        hit = match_heading(line)
        if hit:
            level, number, label, rest = hit
            depth = len(stack)
            while depth > 1 and stack[depth - 1].level >= level:
                depth -= 1
            parent = stack[depth - 1]
            expected = last_number.get((parent.key, level), 0) + 1
            if number == expected:
                heading, body = split_run_in(rest)
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
