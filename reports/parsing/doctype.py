"""What kind of document a page is: annual report, reply, plan, interpretation, news, other."""

from __future__ import annotations

import re

from .places import GLOSS as _GLOSS

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
