"""Which year a report is about: from its title, else its opening and body, never a
past event or a deadline."""

from __future__ import annotations

import re
from datetime import date

from .doctype import is_paper
from .sections import match_heading

# ---------------------------------------------------------------- year
_FIRST_SENTENCE_YEAR = re.compile(r"^(?:在)?((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def title_year(t: str) -> int | None:
    """The first year in the title that is not half of a range, a doc number or a date."""
    for m in _YEAR.finditer(t):
        before, after = t[: m.start()], t[m.end() :]
        if re.search(r"(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*$", before):
            continue  # the end of "2021—2025年"
        if re.match(r"\s*[-—–~至到]\s*(?:19|20)\d{2}", after) or re.search(r"[〔\[【]\s*$", before):
            continue
        if re.match(r"\s*\d{1,2}\s*月", after):
            continue  # a full date: a meeting, not the report year
        return int(m.group(1))
    return None


def _plain_year(text: str, start: int, end: int) -> bool:
    """The year at text[start:end] ("2023年") is a year, not a range end, doc number, date or cite."""
    before, after = text[:start], text[end:]
    if before.count("《") > before.count("》") or before.count("〈") > before.count("〉"):
        return False  # inside a cited title: 《…2022年法治政府建设情况报告》
    return title_year(text[max(0, start - 12) : end + 8][min(start, 12) :]) is not None and not (
        re.search(r"(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*$", before[-12:])
        or re.search(r"[〔\[【(]\s*$", before[-2:])
        or re.match(r"\s*\d{1,2}\s*月", after)
    )


# Junk a mirror puts before a paragraph (??, 【行政应诉】, bullets).
_LEAD = re.compile(r"^(?:\W{0,3}|【[^】]{1,10}】)")
_CLAUSE_YEAR = re.compile(
    r"(?:^|[。;:!,\n])\s*(?:在)?((?:19|20)\d{2})\s*年(?:度)?(?:以来)?\s*[,，]"
)


# A section on the background or history (一、改革背景, "回顾历史,…"): its years are the past.
_HISTORY_HEAD = re.compile(r"背景|回顾|历程|沿革|由来")


def _without_history(lines: list[str]) -> list[str]:
    out: list[str] = []
    past = False
    for s in lines:
        if match_heading(s) is not None:
            past = bool(_HISTORY_HEAD.search(s[:20]))
            out.append(s)
        elif not (past or re.match(r"^\W{0,3}回顾(?:历史|过去)", s)):
            out.append(s)
    return out


def body_year(body_simp: list[str]) -> int | None:
    """The year the opening speaks of: 现将…2024年度…, "2023年,在市委坚强领导下…"."""
    lines = _without_history([_LEAD.sub("", s, count=1) for s in body_simp[:8]])
    text = "\n".join(lines)[:1500]
    for m in re.finditer(r"现[将就对把][^。]{0,60}?((?:19|20)\d{2})\s*年", text):
        if _plain_year(text, m.start(1), m.end()):
            return int(m.group(1))
    for s in lines[:2]:
        if match_heading(s):
            break
        first = _FIRST_SENTENCE_YEAR.match(s)
        if first:
            return int(first.group(1))
        named = re.search(r"((?:19|20)\d{2})\s*年度?(?:法治政府建设|法治建设|依法行政)", s[:200])
        if named and _plain_year(s, named.start(1), named.end()):
            return int(named.group(1))
    # a later clause of the opening opening on its year: "…的保证。2022年,在市委、市政府…";
    # past the first heading, a year is one of the measures' ("(一)…一是慎处罚。2018年以来,…")
    first_heading = next((i for i, s in enumerate(lines) if match_heading(s)), len(lines))
    preamble = "\n".join(lines[:first_heading])
    for m in _CLAUSE_YEAR.finditer(text[: min(800, len(preamble))]):
        if _plain_year(text, m.start(1), m.start(1) + 5):
            return int(m.group(1))
    # the first heading names it: "一、2022年度法治政府建设主要举措"
    for s in lines:
        heading = re.match(r"^[一二三四五六七八九十]{1,2}、\s*((?:19|20)\d{2})\s*年", s)
        if heading:
            return int(heading.group(1))
    return None


def report_year(
    title_s: str,
    body_s: list[str],
    kind: str,
    doc_date: date | None,
    published: date | None,
) -> int | None:
    """The year a document covers: never a doc number, meeting date, plan period or cited title.

    A reply is dated, not about a year (its signature or 成文日期 gives it); a plan or notice
    without a year of its own takes its date's; news the year it speaks of, else its date's.
    """
    year = title_year(title_s) if title_s else None
    if is_paper("\n".join(body_s[:6])):
        return year  # an article's numbers are its sources', not a year it reports on
    if kind == "reply":
        return doc_date.year if doc_date else year or (published.year if published else None)
    if year is not None:
        return year
    year = _span_end(title_s) if title_s and kind != "plan" else None
    if year is not None:
        return year
    year = body_year(body_s)
    if year is not None or kind == "annual":
        return year
    when = doc_date or published if kind != "news" else published or doc_date
    if when:
        return when.year
    # a speech's delivery line: "——2021年11月22日在拉萨市第十二届人民代表大会第一次会议上"
    for s in body_s[:3]:
        m = re.match(
            r"^\W{0,3}((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在.{2,60}会议上", s
        )
        if m:
            return int(m.group(1))
    # undated news or notice: the first plain year it names ("通报了2021年度法治河南…");
    # news is no earlier than a dated event it reports as done ("江苏省工商联2023年7月发布的")
    text = "\n".join(_without_history(body_s[:6]))[:400]
    first = None
    for m in _YEAR.finditer(text):
        if text.startswith("以来", m.end()):
            continue  # 2018年以来: where a period starts, not the year spoken of
        if _plain_year(text, m.start(1), m.end()):
            first = int(m.group(1))
            break
    if kind == "news":
        done = [int(m.group(1)) for m in _DONE.finditer(text) if _past_event(text, m)]
        return max([first or 0, *done]) or None
    if first is None:
        # an undated working document is for the year of its first deadline (2019年6月底前)
        m = _DEADLINE.search("\n".join(_without_history(body_s[:12]))[:2000])
        if m:
            return int(m.group(1))
    return first


_DEADLINE = re.compile(
    r"(?<![\d〔\[【(\-—–~至到])((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?\s*(?:底|末)?(?:前|以前)"
)


# A dated event told as done: 2023年7月发布的, 2022年5月召开
_DONE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^,，。;]{0,4}"
    r"(?:发布|召开|印发|出台|举行|举办|通过|公布|开展)"
)


def _span_end(t: str) -> int | None:
    """The last year of a summary over several: 关于2021-2025年度…工作总结报告 → 2025.

    Only a span the title reports on, not a plan period it cites (《纲要(2015-2020年)》).
    """
    m = re.search(
        r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年度?"
        r"[^《》()]{0,30}(?:总结|报告|情况)$",
        t,
    )
    if not m or int(m.group(2)) <= int(m.group(1)):
        return None
    before = t[: m.start()]
    if before.count("《") > before.count("》") or before.count("(") > before.count(")"):
        return None
    return int(m.group(2))


def _past_event(text: str, m: re.Match[str]) -> bool:
    """A year something happened in, not a target (到2025年, 2025年底前), range or cited title."""
    before, after = text[: m.start()], text[m.end() :]
    if before.count("《") > before.count("》"):
        return False
    if re.search(r"(?:到|至|力争|计划|预计|[-—–~])\s*$", before[-4:]) or re.match(
        r"\s*(?:[-—–~至到]|以来|\d{0,2}\s*月?\s*底?前)", after
    ):
        return False
    return not re.search(r"[〔\[【(]\s*$", before[-2:])
