"""Title, document type, year, issuer, closing signature and the first sentence's subject.

Every function here reads the simplified copy of the text (traditional pages are
understood) and returns positions, so the caller keeps the printed characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import CN_DATE_RE, HANZI_DATE_RE, find_date, is_date_only
from .orgs import ORG_SUFFIX, is_org
from .places import GLOSS as _GLOSS
from .places import MASKED, find_mentions
from .sections import match_heading

_TITLE_KW = re.compile(
    r"报告|情况|答复|复函|回复|要点|安排|解读|计划|方案|总结|通知|意见|函$|图解|读懂|公告|通报|规划|决定|年报"
)
_TITLE_END = re.compile(
    r"(?:报告|情况|答复函|答复|复函|回复|要点|安排|计划|方案|总结|解读|通知|意见|公告|通报|年报)$"
)
_FIRST_SENTENCE_YEAR = re.compile(r"^(?:在)?((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_BODY_START = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年(?:度|以来)?\s*[,，]|今年以来|近年来|根据|按照|为)"
)


_META_LINE = re.compile(r"索\s*引\s*号|发文机[关构]\s*[:：]|成文日期\s*[:：]|生成日期")


@dataclass
class TitleInfo:
    title: str = ""  # as printed (original characters)
    simp: str = ""  # simplified copy, for detection
    start: int = -1  # first line index of the title (or of the issuer line above it)
    end: int = 0  # index of the first line after the title
    date: date | None = None  # a date in brackets after the title


def _is_body_line(s: str) -> bool:
    return (
        len(s) > 100
        or (len(s) > 40 and s.endswith("。"))
        or bool(_BODY_START.match(s))
        or match_heading(s) is not None
    )


def find_title(lines: list[str], simp: list[str], meta_after: list[bool]) -> TitleInfo:
    """The first strong title line within the header (before the body begins)."""
    info = TitleInfo()
    limit = min(len(simp), 15)
    for i in range(limit):
        s = simp[i]
        if _is_body_line(s):
            break
        if not 5 <= len(s) <= 100 or s.endswith((":", "。")) or is_date_only(s):
            continue
        if s.count("|") >= 2 or _META_LINE.search(s):
            continue  # a metadata table row (索 引 号, 发文机构 | 生成日期), not a title
        nxt = simp[i + 1] if i + 1 < len(simp) else ""
        completes = (
            (not _TITLE_END.search(s) or nxt.startswith("的"))
            and 0 < len(nxt) <= 15
            and bool(_TITLE_END.search(nxt))
            and not re.search(r"关于|\d{4}", nxt)
            and bool(re.search(r"关于|法治|依法|年度?", s))
        )
        if not (_TITLE_KW.search(s) or completes or (meta_after[i] and len(s) >= 8)):
            continue
        start, end = i, i + 1
        title, tsimp = lines[i], s
        if completes:
            # a title broken over two lines: "...关于2023年度法治政府建设" + "情况的报告"
            if not nxt.endswith("。") and match_heading(nxt) is None:
                title, tsimp, end = title + lines[i + 1], tsimp + nxt, i + 2
        opens = s.startswith("关于") or bool(re.match(r"(?:19|20)\d{2}\s*年", s))
        if i > 0 and opens and is_org(simp[i - 1]) and len(simp[i - 1]) <= 40:
            # issuer printed on its own line above "关于..."
            title, tsimp, start = f"{lines[i - 1]} {title}", f"{simp[i - 1]} {tsimp}", i - 1
        m = re.search(r"\s*[(\[【]\s*([^()\[\]【】]{6,24})\s*[)\]】]\s*$", tsimp)
        if m and is_date_only(m.group(1)):
            info.date = find_date(m.group(1))
            cut = len(tsimp) - m.start()
            title, tsimp = title[: len(title) - cut], tsimp[: m.start()]
        # "- 标题: 济南市司法局2025年度…" in a metadata list: the title is what follows the label
        m = re.match(r"^\W*(?:标\s*题|名\s*称)\s*[:：]\s*(?=\S)", tsimp)
        if m and len(title) == len(tsimp):
            title, tsimp = title[m.end() :], tsimp[m.end() :]
        info.title, info.simp, info.start, info.end = title.strip(), tsimp.strip(), start, end
        return info
    return info


def clean_html_title(title: str) -> str:
    """<title> is often "文章标题_站点名" or "站点名 - 文章标题"."""
    parts = [p.strip() for p in re.split(r"\s*[_|]\s*|\s+[-–—]\s+", title) if p.strip()]
    for p in parts:
        if _TITLE_KW.search(p):
            return p
    return ""


# ---------------------------------------------------------------- document type


def doc_type(title: str, body: str, n_headings: int) -> str:
    """annual / reply / plan / interpretation / news / other, from the title, else the body."""
    # The metadata table's 名称 is the document's own title; a page heading may be chrome.
    if _TEMPLATE.search(unglossed(body[:800])) or is_paper(body):
        return "other"
    t = unglossed(_named_title(body) or title)
    if t:
        found = _type_by_title(t)
        if found:
            return found
    return _type_by_body(body, n_headings)


def _named_title(body: str) -> str:
    """A title printed in the page's metadata table: "名称: …关于印发…工作要点的通知"."""
    m = re.search(r"(?:^|\n|\s)(?:名\s*称|标\s*题)\s*[:：]\s*([^\n]{6,80})", body[:1500])
    return re.sub(r"\s+", "", m.group(1)) if m else ""


def _type_by_title(t: str) -> str:
    if re.search(r"答复|复函|回复|提案的|建议的办理", t):
        return "reply"
    if re.search(r"解读|图解|读懂|一图|问答", t):
        return "interpretation"
    if re.search(
        r"召开|举行|举办|座谈|调研|考察|走访|观摩|督导|出席|主持|会见|记者|发布会|顺利|圆满|"
        r"开幕|闭幕|部署会|推进会|培训班|专题会|会议$|获评|荣获|喜获|入选|亮相|走进|掠影",
        t,
    ) and not t.endswith("报告"):
        return "news"
    if re.search(r"述法|述职|第一责任人|政府工作报告|信息公开", t):
        return "other"
    if re.search(r"(?:建议|提案|议案).{0,12}办理(?:工作)?(?:情况|总结)", t):
        return "other"  # how a department handled the year's proposals, not a reply to one
    # 关于印发《…实施方案(2022-2025年)》的通知: the plan it sends, not a report
    if re.search(r"印发.{0,60}(?:要点|安排|计划|方案|规划|纲要|清单)", t):
        return "plan"
    if re.search(r"法治|依法行政|依法治", t) and re.search(r"报告|情况|总结|年报", t):
        return "annual"
    if re.search(r"关于(?:19|20)\d{2}年度?.{0,12}建设(?:工作)?情况的报告", t):
        return "annual"  # a copy with 法治 cut out: 关于2020年度政府建设情况的报告
    if re.search(r"要点|工作安排|工作计划|实施方案|工作方案|任务清单|规划|计划|安排|纲要", t):
        return "plan"
    if re.search(r"通知|意见|决定|办法|条例|规定|公告|通告|通报|公示|报告|总结", t):
        return "other"
    return ""


# The page reports on its rule-of-law work: the opening names it (not only 习近平法治思想).
_RULE_OF_LAW = re.compile(
    r"法治政府|依法行政|法治建设|法治[\u4e00-\u9fff]{2,4}建设|依法治[省市县区]"
)
_REPORTS = re.compile(r"取得(?:了)?(?:新的|新|明显|积极|显著|重要)?(?:进展和)?(?:成效|进展|成绩)")
_NEWS = re.compile(
    r"记者|通讯员|\d{1,2}月\d{1,2}日电|本报讯|新华社|(?<![\u4e00-\u9fff])讯\s|编者按|据.{2,10}消息"
)
_PLAN = re.compile(
    r"制定本(?:方案|规划|计划|要点)|印发给你们|现(?:将|把).{0,60}(?:方案|规划|纲要|要点|计划|清单)》?(?:印发|予以印发)"
)


# A template (20xx年, xx县, 范文参考) or a paper (摘要) is nobody's own report; a news page may
# list 关键词 too.
_TEMPLATE = re.compile(
    r"20[xX×]{2}\s*年|[xX×]{2}[省市县区镇乡]|范文(?:参考|大全|模板|精选|范本)|(?:^|\n)\s*摘\s*要\s*[:：\n]"
)
# A paper's byline: "李 敏(北京市司法局)", "(1.沈阳工业大学,辽宁 沈阳 110870;2.…)".
_PAPER = re.compile(
    r"(?:^|\n)\s*摘\s*要\s*[:：\n]"
    r"|(?:^|\n)[\u4e00-\u9fff]{1,2}\s[\u4e00-\u9fff]{1,2}\s*\([^()\n]{2,30}\)\s*(?:\n|$)"
    r"|\((?:1\.)?[^()\n]{2,30}(?:大学|学院|研究院|研究所|法院)[^()\n]{0,20}\d{6}"
)


def is_paper(body: str) -> bool:
    """A journal article or essay: about government, never by one (no place, no year)."""
    return bool(_PAPER.search(body[:600]))


_NOTICE = re.compile(
    r"(?:通报|公布|通告|公示)如下|予以(?:通报|表扬|公布)|特此通告|新闻发布会|白皮书"
)


def _numbered(body: str) -> int:
    """How many lines open like a report's headings (一、 / (一), or short unpunctuated lines)."""
    lines = body.split("\n")[:200]
    numbered = sum(
        1
        for ln in lines
        if re.match(
            r"^\W{0,3}(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))", ln
        )
    )
    # "坚持高位推动 法治政府建设责任不断强化": headings printed without numbers
    plain = sum(
        1
        for ln in lines[1:]
        if 8 <= len(ln.strip()) <= 30 and not re.search(r"[,，。;:：、!?]", ln)
    )
    return numbered + (plain if plain >= 2 else 0)


def unglossed(text: str) -> str:
    return _GLOSS.sub("", text)


def _type_by_body(body: str, n_headings: int) -> str:
    body = unglossed(body)
    head = body[:800]
    if re.search(r"您提出的|已收悉|答复如下", head):
        return "reply"
    if re.search(r"解读如下|政策解读|现就.{0,40}解读", head):
        return "interpretation"
    if _PLAN.search(body[:1500]):
        return "plan"
    # a dateline opens the first real paragraph: "近日,…", "6月9日晚上,…颁奖典礼在拉萨举行"
    dateline = re.compile(r"\W{0,3}(?:近日|日前|\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?)[,，]")
    paragraphs = [ln.strip() for ln in body.split("\n")[:8] if len(ln.strip()) >= 15]
    # …the first or second sentence of an opening paragraph: "弘扬法治精神…。6月9日晚上,…"
    sentences = [x for p in paragraphs[:3] for x in re.split(r"(?<=[。!?])", p)[:2]]
    if _NEWS.search(body[:400]) or dateline.match(body) or any(map(dateline.match, sentences)):
        return "news"
    if _TEMPLATE.search(head) or _NOTICE.search(head):
        return "other"
    opening = re.sub(r"习近平法治思想", "", body[:600])
    if re.search(r"现[将就对].{0,60}(?:报告|汇报|总结)如下|特此报告", body) and re.search(
        r"法治|依法行政", head
    ):
        return "annual"
    # Without 报告如下, a report opens on its year: "2023年,在市委坚强领导下…".
    starts = [x for x in re.split(r"[。!?\n]", body[:1200]) if len(x.strip()) >= 15][:3]
    on_year = any(re.match(r"^\W{0,3}(?:在)?(?:19|20)\d{2}\s*年", x.strip()) for x in starts)
    if (
        on_year
        and _RULE_OF_LAW.search(opening)
        and (
            _REPORTS.search(body[:1500])
            or n_headings >= 1
            or _numbered(body) >= 1
            or len(body) > 3000
        )
    ):
        return "annual"
    if re.search(r"召开|举行|举办", body[:200]) and n_headings == 0 and len(body) < 2000:
        return "news"
    return "other"


# ---------------------------------------------------------------- year


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
        m = _FIRST_SENTENCE_YEAR.match(s)
        if m:
            return int(m.group(1))
        m = re.search(r"((?:19|20)\d{2})\s*年度?(?:法治政府建设|法治建设|依法行政)", s[:200])
        if m and _plain_year(s, m.start(1), m.end()):
            return int(m.group(1))
    # a later clause of the opening opening on its year: "…的保证。2022年,在市委、市政府…";
    # past the first heading, a year is one of the measures' ("(一)…一是慎处罚。2018年以来,…")
    first_heading = next((i for i, s in enumerate(lines) if match_heading(s)), len(lines))
    preamble = "\n".join(lines[:first_heading])
    for m in _CLAUSE_YEAR.finditer(text[: min(800, len(preamble))]):
        if _plain_year(text, m.start(1), m.start(1) + 5):
            return int(m.group(1))
    # the first heading names it: "一、2022年度法治政府建设主要举措"
    for s in lines:
        m = re.match(r"^[一二三四五六七八九十]{1,2}、\s*((?:19|20)\d{2})\s*年", s)
        if m:
            return int(m.group(1))
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


# ---------------------------------------------------------------- issuer, signature


def issuer_from_title(t: str) -> tuple[int, int] | None:
    """(start, end) of the issuer printed before 关于 or before the year."""
    m = re.match(r"^(.{2,60}?)\s*关于", t)
    if m and is_org(m.group(1)):
        return m.start(1), m.end(1)
    m = re.match(
        rf"^((?:[\u4e00-\u9fff()]{{2,30}}?{ORG_SUFFIX}\s*)+?)(?=(?:19|20)\d{{2}}|法治|依法)", t
    )
    if m and is_org(m.group(1).strip()):
        return m.start(1), m.start(1) + len(m.group(1).rstrip())
    return None


@dataclass
class Signature:
    org: str = ""
    date: date | None = None


def find_signature(lines: list[str], simp: list[str], start: int) -> Signature:
    """The closing "issuer + date" lines (海盐县司法局 2023年6月5日)."""
    sig = Signature()
    lo = max(start, len(simp) - 8)
    for j in range(len(simp) - 1, lo - 1, -1):
        s = simp[j]
        if len(s) > 60:
            if sig.date:
                break
            continue
        m = CN_DATE_RE.search(s) or HANZI_DATE_RE.search(s)
        if m and not sig.date and m.end() >= len(s.rstrip(" )")) - 1:
            head = s[: m.start()].strip()
            sig.date = find_date(s[m.start() :])
            if head and is_org(head):
                sig.org = lines[j][: len(head)] if len(lines[j]) == len(s) else head
                break
            continue
        if sig.date and is_org(s) and len(s) <= 40:
            sig.org = lines[j] if len(lines[j]) == len(s) else s
            break
        if sig.date:
            break
    return sig


# ---------------------------------------------------------------- first-sentence subject


def subject_fragment(body_simp: list[str]) -> str:
    """The place a report speaks for in its first sentence (2023年,南平市坚持… / 现将中原区…)."""
    for s in body_simp[:3]:
        m = re.search(r"现将([^。,]{2,30}?)(?:(?:19|20)\d{2}|有关|法治|工作|情况)", s)
        if m and (find_mentions(m.group(1), allow_short=False) or MASKED.search(m.group(1))):
            return m.group(1)
    for s in body_simp[:2]:
        if match_heading(s):
            return ""
        sentence = re.split(r"[。;]", s, maxsplit=1)[0][:160]
        sentence = re.sub(r"《[^》]*》", lambda x: "□" * len(x.group()), sentence)
        for m in find_mentions(sentence, allow_short=False):
            prev = sentence[m.start - 1] if m.start else ""
            nxt = sentence[m.end : m.end + 2]
            if prev not in ("", ",", ",", "年", "来", "下", " ", "中", "期") and not (
                prev == "在" and m.start == 1
            ):
                continue
            if nxt[:1] in ("委", "的", "人", "党", "政") or nxt.startswith(("政府", "人民")):
                continue
            end = m.end
            for later in find_mentions(sentence[m.end :], allow_short=False):
                if later.start != end - m.end:
                    break
                end = m.end + later.end
            return sentence[m.start : end]
    return ""


def level_hint(body_simp: list[str]) -> str | None:
    head = "".join(body_simp[:2])[:300]
    if re.search(r"我省|全省(?!各)|本省", head) and not re.search(
        r"我[市县区州]|全[市县区州]", head
    ):
        return "province"
    return None


# ---------------------------------------------------------------- departments, townships

_NOT_DEPT = re.compile(r"(?:人民政府|政府|党委|党工委|[省市县区州旗盟]委|人大常委会|办事处)$")


def is_department(org: str) -> bool:
    tokens = org.split()
    if not tokens or any(_NOT_DEPT.search(t) for t in tokens):
        return False
    if any(t.startswith("中共") and t.endswith("委员会") for t in tokens):
        return False
    return bool(re.search(r"(?:局|厅|委员会|办公室|委|中心|署|司法所|管理处|办)$", tokens[-1]))


_TOWNSHIP = re.compile(
    r"(?:^|\s|关于|[县区市旗])((?:中共)?[\u4e00-\u9fff]{1,10}?(?:镇|乡|街道))"
    r"(?=人民政府|党委|党工委|委员会|办事处|\s|关于|(?:19|20)\d{2}|法治|依法|$)"
)


def township_name(text: str) -> str:
    """下洋镇 from "中共下洋镇委员会 下洋镇人民政府…" or "龙岩市永定区下洋镇2023年…"."""
    for m in _TOWNSHIP.finditer(text):
        name = m.group(1).removeprefix("中共")
        if name.endswith(("乡镇", "城乡")) or re.search(r"关于|推进|加强|全|各", name):
            continue
        mentions = find_mentions(name, allow_short=False)
        if mentions and mentions[-1].end < len(name):
            name = name[mentions[-1].end :]
        name = re.sub(r"^(?:人民政府|政府)", "", name)  # 鲤城区人民政府金龙街道办事处
        if len(name) >= 2:
            return name
    return ""
