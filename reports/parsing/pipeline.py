"""From text to ParsedReport: clean, find title and metadata, resolve the place, build sections."""

from __future__ import annotations

import re

from .clean import (
    Harvest,
    clean_lines,
    fold,
    has_traditional,
    rejoin_wrapped,
    resplit_line,
    tidy,
    to_simplified,
)
from .dates import find_date
from .doctype import doc_type, is_paper
from .evidence import CHECK, is_central, weigh
from .extract import HtmlHints
from .metadata import (
    clean_html_title,
    find_signature,
    find_title,
    is_department,
    issuer_from_title,
    level_hint,
    subject_fragment,
)
from .orgs import is_org
from .places import MASKED, PlaceResult, find_mentions
from .sections import build_sections, closing_start
from .townships import organ
from .types import ParsedReport, ParseError
from .years import report_year

MIN_CHARS = 50


def _same_len_slice(orig: str, simp: str, start: int, end: int) -> str:
    """The printed characters for a span found in the simplified copy."""
    return orig[start:end] if len(orig) == len(simp) else simp[start:end]


def _prepare(text: str, file_kind: str) -> tuple[list[str], list[str], list[bool], Harvest]:
    # `lines` keep the text as printed (stored and shown); `simp` is their matching copy
    # (NFKC, simplified, the same length line by line) that every heuristic reads.
    printed = tidy(text)
    if not printed:
        raise ParseError("内容为空，请上传或粘贴报告正文")
    pairs: list[tuple[str, str]] = []
    for ln in printed.split("\n"):
        pairs.extend(resplit_line(ln, fold(ln), len(printed)))
    if file_kind == "pdf":
        pairs = rejoin_wrapped(pairs)
    has_trad = has_traditional(printed)
    # The header, the first paragraphs and the closing lines are converted with OpenCC's
    # phrases (pure-python t2s costs ~3 ms per KB); the rest character by character.
    n = len(pairs)
    lines = [ln for ln, _ in pairs]
    simp = [
        fold(ln, phrases=True) if has_trad and (i < 40 or i >= n - 10) else s
        for i, (ln, s) in enumerate(pairs)
    ]
    harvest = Harvest()
    lines, simp, meta_after = clean_lines(lines, simp, harvest)
    visible = sum(len(re.sub(r"\s", "", ln)) for ln in lines)
    if visible < MIN_CHARS:
        raise ParseError(f"正文太短（清理后不足{MIN_CHARS}个字），不像是一份报告")
    return lines, simp, meta_after, harvest


def parse_clean_text(
    text: str, *, source_url: str = "", file_kind: str = "txt", hints: HtmlHints | None = None
) -> ParsedReport:
    if not isinstance(text, str):
        raise ParseError("无法读取内容")
    lines, simp, meta_after, harvest = _prepare(text, file_kind)
    report = ParsedReport(text="\n".join(lines), source_url=source_url, file_kind=file_kind)
    try:
        _fill(report, lines, simp, meta_after, harvest, hints or HtmlHints())
    except ParseError:
        raise
    except Exception as e:  # never let a metadata heuristic crash an upload
        report.warnings.append(f"解析报告结构时出错，仅保留正文（{type(e).__name__}）")
    return report


def _fill(
    report: ParsedReport,
    lines: list[str],
    simp: list[str],
    meta_after: list[bool],
    harvest: Harvest,
    hints: HtmlHints,
) -> None:
    w = report.warnings
    w.extend(harvest.warnings)
    info = find_title(lines, simp, meta_after)
    if info.start >= 0:
        # Short lines above the title are page chrome (site name, nav, spam).
        keep_above = [i for i in range(info.start) if len(simp[i]) >= 60]
        idx = keep_above + list(range(info.start, len(lines)))
        shift = info.start - len(keep_above)
        lines, simp = [lines[i] for i in idx], [simp[i] for i in idx]
        info.start -= shift
        info.end -= shift
        report.text = "\n".join(lines)
    elif hints.title and clean_html_title(fold(tidy(hints.title).replace("\n", " "))):
        t = _printed_html_title(hints.title)
        lines, simp = [t, *lines], [fold(t, phrases=True), *simp]
        info.title, info.simp, info.start, info.end = t, simp[0], 0, 1
        report.text = "\n".join(lines)
    if info.title:
        report.title = info.title
    else:
        w.append("未识别出标题")
    title_s = info.simp
    body, body_s = lines[info.end :], simp[info.end :]
    # The closing signature (落款) is not part of the last section: it stays in the text.
    cut = closing_start(body_s)
    report.preamble, report.sections = build_sections(body[:cut], body_s[:cut])
    if cut < len(body) and not report.sections:
        report.preamble, report.sections = build_sections(body, body_s)

    report.doc_type = doc_type(title_s, "\n".join(body_s), len(report.sections))

    # ---- dates
    sig = find_signature(lines, simp, info.end)
    published = harvest.published if harvest.published_rank <= 2 else None
    published = published or info.date or harvest.published
    if published is None and hints.date:
        published = find_date(hints.date)
    if published is None and sig.date:
        published = sig.date  # the closing signature date, as a last resort
        w.append("发布日期取自文末落款日期")
    report.published = published
    if published is None:
        w.append("未识别出发布日期")

    # ---- year: the year reported on; never a document number, range or publish date
    year = report_year(title_s, body_s, report.doc_type, sig.date or harvest.written, published)
    report.year = year
    if year is None:
        w.append("未识别出报告年度")

    # ---- issuer
    issuer, issuer_s, strong_issuer = "", "", ""
    span = issuer_from_title(title_s) if title_s else None
    if span:
        issuer_s = title_s[span[0] : span[1]]
        issuer = _same_len_slice(info.title, title_s, *span)
    elif sig.org:
        issuer, issuer_s = sig.org, to_simplified(sig.org)
    strong_issuer = issuer_s  # 发布机构/来源 below count as their own (weaker) fields
    subject = subject_fragment(body_s)
    title_has_place = bool(find_mentions(re.sub(r"《[^》]*》", "", title_s)))
    if not issuer:
        for cand in (harvest.publisher, harvest.source_name, hints.source):
            cand_s = to_simplified(cand)
            if not cand or not is_org(cand_s):
                continue
            speaks_for_all = re.search(r"[我全本][省市县区州旗]", "".join(body_s[:2])[:300])
            if is_department(cand_s) and (title_has_place or subject or speaks_for_all):
                continue  # a department hosting the county's own report is not its issuer
            issuer, issuer_s = cand, cand_s
            break
    report.issuer = issuer
    report.source_name = harvest.source_name or hints.source
    if not issuer:
        w.append("未识别出发布机关")

    # ---- jurisdiction
    first = next((s for s in body_s[:2] if s), "")
    if not subject and MASKED.search(re.split(r"[。;]", first, maxsplit=1)[0][:160]):
        subject = first[:160]
    fields = [
        ("title", re.sub(r"《[^》]*》", "", title_s), True),
        ("issuer", strong_issuer, True),
        ("publisher", to_simplified(harvest.publisher), True),
        ("signature", to_simplified(sig.org), True),
        ("subject", subject, False),
        ("source", to_simplified(harvest.source_name), True),
        ("source", to_simplified(hints.source), True),
    ]
    place, evidence = weigh(
        fields=fields, level_cap=level_hint(body_s), body_s=body_s, source_url=report.source_url
    )
    w.extend(place.warnings)
    w.extend(evidence)
    _set_place(report, place)

    # ---- level and subunit
    kind, organ_name = organ(issuer_s, title_s, body_s, place)
    if kind == "township" and not place.masked:
        report.level, report.subunit = "township", organ_name
    elif place.township and kind != "department" and not place.masked:
        report.level, report.subunit = "township", place.township
    elif kind == "department":
        report.level, report.subunit = "department", _expand(organ_name or issuer, place)
    elif place.division is not None:
        report.level = place.division.level
    elif place.speaks_for and not is_paper("\n".join(body_s[:6])):
        # 我县 on a page that names no place (or masks it); a paper's 县政府 is its subject
        report.level = place.speaks_for
    else:
        w.append("未识别出行政层级")
    if report.level == "department" and not place.province and is_central(report.subunit):
        report.level = ""  # 司法部: a central organ is none of the local levels
    if place.division is None and not place.province and not place.masked:
        # nothing on the page says whose it is: left empty, never guessed, and flagged
        w.append(f"{CHECK}未能确定所属地区（页面未写明）")


def _printed_html_title(title: str) -> str:
    """The part of <title> that clean_html_title picks, in its printed characters."""
    printed = tidy(title).replace("\n", " ")
    folded = fold(printed)
    part = clean_html_title(folded)
    at = folded.find(part)
    return printed[at : at + len(part)] if at >= 0 else part


def _set_place(report: ParsedReport, place: PlaceResult) -> None:
    report.province, report.prefecture, report.county = (
        place.province,
        place.prefecture,
        place.county,
    )
    report.jurisdiction_code = place.code


def _expand(org: str, place: PlaceResult) -> str:
    """县司法局 on 海盐's site → 海盐县司法局: add the resolved place to a bare 县/市/省 prefix."""
    name = org.split()[-1]
    if find_mentions(name[:6]) and find_mentions(name[:6])[0].start == 0:
        return name
    prefix = {
        "省": place.province,
        "市": place.prefecture or (place.county if (place.county or "").endswith("市") else None),
        "州": place.prefecture,
        "县": place.county if (place.county or "").endswith("县") else None,
        "区": place.county if (place.county or "").endswith("区") else None,
    }.get(name[:1])
    return f"{prefix}{name[1:]}" if prefix else name
