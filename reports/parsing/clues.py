"""The page's clues to whose it is: self-references (我县, 全省, 来湘, 对江苏工作重要讲话),
the level and the government above that they speak for, the places a slogan, an addressee or
the opening's subject names, and the places named in the body. Pure functions over the
matching copy; reports/parsing/evidence.py weighs them.
"""

from __future__ import annotations

import re
from collections import Counter

from reports.divisions import Division, division_by_code

from .places import GLOSS as _GLOSS
from .places import (
    PlaceResult,
    chain,
    find_mentions,
)

# One-character province abbreviations as used in 来湘 / 赴鄂 / 在苏 / 入黔.
ABBREV = {
    "京": "110000", "津": "120000", "冀": "130000", "晋": "140000", "蒙": "150000",
    "辽": "210000", "吉": "220000", "黑": "230000", "沪": "310000", "苏": "320000",
    "浙": "330000", "皖": "340000", "闽": "350000", "赣": "360000", "鲁": "370000",
    "豫": "410000", "鄂": "420000", "湘": "430000", "粤": "440000", "桂": "450000",
    "琼": "460000", "渝": "500000", "川": "510000", "蜀": "510000", "黔": "520000",
    "贵": "520000", "滇": "530000", "云": "530000", "藏": "540000", "陕": "610000",
    "秦": "610000", "甘": "620000", "陇": "620000", "青": "630000", "宁": "640000",
    "新": "650000",
}  # fmt: skip
# Only the verbs that take a place right after them: 来湘考察, 视察陕西 — not 来电, 新疆.
_ABBREV_RE = re.compile(
    r"(?:来|莅|赴|到|在|入|视察)([京津冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝黔滇陕甘陇])(?:考察|视察|调研|指导|工作|重要讲话)"
)
# The province a report's author belongs to, named in set phrases: 对江苏工作重要讲话,
# 视察贵州, 法治湖南, 河北场景, 湖南省委 (in 在湖南省委…领导下).
_PROVINCE_PHRASES = (
    r"对(?P<a>\w{2,3}?)(?:工作)?(?:的)?重要(?:讲话|指示)",
    r"(?:视察|考察)(?P<b>\w{2,3}?)(?:时|重要|并|工作)",
    r"法治(?P<c>\w{2,3}?)(?:建设|\(|（|示范|考核|$)",
    r"现代化(?P<d>\w{2,3}?)(?:场景|篇章|建设)",
    r"交给(?P<e>\w{2,4}?)的",
)
_PROVINCE_PHRASE_RE = re.compile("|".join(_PROVINCE_PHRASES))

# Self-references and the level they speak for, with their weight: 我县 / 本县 say it most
# plainly, 全县 often, 县政府 may be a superior's. The level with most weight wins.
_SELF = (
    ("township", re.compile(r"(?:我|本)(?:镇|乡|街道|街)(?!级)"), 3),
    ("township", re.compile(r"全(?:镇|乡|街道)(?!级)|(?:镇|乡)(?:人民)?政府(?:坚持|认真|始终)"), 2),
    ("county", re.compile(r"(?:我|本)(?:县|旗)(?!级)"), 3),
    ("county", re.compile(r"全(?:县|旗)(?!级)"), 2),
    ("county", re.compile(r"县(?:人民)?政府|县委"), 1),
    ("district", re.compile(r"(?:我|本)区(?!级|域)"), 3),
    ("district", re.compile(r"全区(?!级|域)"), 2),
    ("district", re.compile(r"区(?:人民)?政府|区委"), 1),
    ("prefecture", re.compile(r"(?:我|本)(?:市|州|盟)(?!级)"), 3),
    ("prefecture", re.compile(r"全(?:市|州|盟)(?!级)"), 2),
    ("prefecture", re.compile(r"(?<![省县区])市(?:人民)?政府|州(?:人民)?政府"), 1),
    ("province", re.compile(r"(?:我|本)省(?!级)"), 3),
    ("province", re.compile(r"全省(?!级)"), 2),
    ("province", re.compile(r"省(?:人民)?政府"), 1),
)
_ORDER = ("township", "county", "district", "prefecture", "province")
# A superior, not the author: 在市委、市政府的坚强领导下, 省委、省政府工作要求.
_SUPERIOR = re.compile(
    r"在[^,。]{0,20}领导下|[省市州区县]委、[省市州区县](?:人民)?政府(?:的|关于|工作|决策|部署)"
)
# The government just above the author: 在区委、区政府的领导下 → the author is in a 区.
_PARENT = re.compile(r"在([区县市])委[、,和]?\1(?:人民)?政府")
# Department labels of government hosts (sft.yn.gov.cn = 云南省司法厅), read only when the
# page also speaks as a department (我厅, 我局).
DEPARTMENT_HOSTS = {
    "sft": "司法厅",
    "sfj": "司法局",
    "ssfj": "司法局",
    "jtyst": "交通运输厅",
    "jtt": "交通运输厅",
    "jtysj": "交通运输局",
    "scjgj": "市场监督管理局",
    "czt": "财政厅",
    "czj": "财政局",
}
_DEPT_SELF = re.compile(r"[我本](?:厅|局|委|办)(?![\u4e00-\u9fff]{0,2}(?:领导|书记))")
_MUNICIPALITIES = ("110000", "120000", "310000", "500000")
_MUNICIPALITY_CODES = {"北京": "110000", "天津": "120000", "上海": "310000", "重庆": "500000"}

_ORG_AFTER = re.compile(
    r"^(?:人民政府办公室|人民政府办公厅|人民政府|政府|委、|委员会|党委|[\u4e00-\u9fff]{0,8}?(?:局|厅|委|办|中心|署))"
)
_ACTS = r"(?:坚持|认真|深入|全面|紧紧|始终|高度重视|聚焦|立足|围绕|以|在)"


def _province(code: str) -> Division:
    return division_by_code()[code[:2] + "0000"]


def _result(d: Division, source: str) -> PlaceResult:
    res = PlaceResult(division=d, code=d.code, source_field=source)
    for x in chain(d.code):
        setattr(res, x.level, x.name)
    return res


def opening(body_s: list[str], limit: int = 600) -> str:
    # an editor's note (编者按:) is the publisher speaking of the piece, not its author
    lines = [s for s in body_s[:40] if not re.match(r"^\W{0,3}编者按", s)]
    return _GLOSS.sub("", "\n".join(lines))[:limit]


# A rank within a larger unit says the author is below it: 在全省率先开发, 居全市第一.
_RANK_IN = re.compile(
    r"(?:在|居|位居|位列|走在)?全[省市州区县](?:范围内)?(?:率先|首个|首家|首批|第[一二三四五六七八九十\d]|前列|领先|最早|排名)"
)


def self_level(text: str) -> str | None:
    """The level the page speaks for (我镇, 我县/全县, 我市/全市, 我省/全省), by weight."""
    text = _SUPERIOR.sub("", text)
    text = _RANK_IN.sub("", text)
    text = re.sub(r"(?:^|\n)各[^\n]{0,80}[:：]", "", text)  # an addressee list is not the author
    score: Counter[str] = Counter()
    for level, pattern, weight in _SELF:
        score[level] += weight * len(pattern.findall(text))
    best = max(_ORDER, key=lambda lvl: (score[lvl], -_ORDER.index(lvl)))
    return best if score[best] else None


def parent_kind(text: str) -> str:
    """区 / 县 / 市 from "在区委、区政府的正确领导下": the kind of government above the author."""
    m = _PARENT.search(text)
    return m.group(1) if m else ""


_SUMU = re.compile(r"苏木(?:乡镇|\(乡镇\)|（乡镇）|、|镇)|嘎查")


def province_clues(text: str) -> list[tuple[Division, str]]:
    """Provinces the page says it belongs to: 来湘, 对江苏工作重要讲话, 法治河南, 《湖南省…》."""
    out: list[tuple[Division, str]] = []
    for m in _ABBREV_RE.finditer(text):
        out.append((_province(ABBREV[m.group(1)]), m.group(0)))
    # 苏木 and 嘎查 (townships and villages) are 内蒙古's own units: no other province has them
    sumu = _SUMU.search(text)
    if sumu:
        out.append((_province("150000"), sumu.group(0)))
    for m in _PROVINCE_PHRASE_RE.finditer(text):
        name = next(g for g in m.groups() if g)
        for ms in find_mentions(name):
            # 法治河南 is the province, not 河南蒙古族自治县; 法治上城 is in 浙江 either way
            tops = [x for x in ms.divisions if x.level == "province"]
            provs = {_province(x.code) for x in (tops or ms.divisions)}
            if len(provs) == 1 and (ms.short or ms.divisions[0].level == "province"):
                out.append((provs.pop(), m.group(0)))
            break
    # A province's own regulations and plans: 《湖南省重大行政决策…办法》, 《关于落实北京市人民政府
    # 办公厅…的通知》 — their reader is in that province.
    for m in re.finditer(r"《([^《》]{4,60})》", text):
        inner = m.group(1)
        mentions = find_mentions(inner[:12], allow_short=False)
        if mentions and mentions[0].start == 0 and len(mentions[0].divisions) == 1:
            d = mentions[0].divisions[0]
            if d.level == "province":
                out.append((d, f"《{inner[:20]}》"))
                continue
        for g in re.finditer(
            r"([\u4e00-\u9fff]{2,10}?[省市])(?:人民政府|委员会|党委|省委|市委)", inner
        ):
            named = find_mentions(g.group(1), allow_short=False)
            if named and named[0].divisions[0].level == "province" and len(named[0].divisions) == 1:
                out.append((named[0].divisions[0], f"《{inner[:20]}》"))
                break
    return out


# The page's own place in the phrases a government uses of itself: a slogan (美丽大厂,
# 平安西兴、法治西兴), its news site or account (宁海新闻网, “宝鸡发布”), an aim (把铜陵打造成…).
_OWN_NAME = re.compile(
    r"(?:美丽|平安|法治|幸福|魅力|活力|大美|文明|数字|智慧)(?P<a>[\u4e00-\u9fff]{2,8})"
    r"|[“\"](?P<b>[\u4e00-\u9fff]{2,4}?)发布[”\"]"
    r"|(?P<c>[\u4e00-\u9fff]{2,4}?)新闻网"
    r"|把(?P<d>[\u4e00-\u9fff]{2,4}?)(?:打造|建设)成"
)


def own_names(text: str, lvl: str | None, parent: str = "") -> list[tuple[Division, str]]:
    """Places of the level the page speaks for that it names as its own (美丽大厂 + 我县)."""
    if not lvl:
        return []
    out: list[tuple[Division, str]] = []
    for m in _OWN_NAME.finditer(text):
        name = next(g for g in m.groups() if g)
        ms = find_mentions(name)
        if not ms or ms[0].start != 0 or (m.group("a") is None and ms[0].end != len(name)):
            continue  # the name must follow at once: not 法治政府, not 平安建设
        fit = [d for d in ms[0].divisions if _at_level(d, lvl, parent)]
        if len(fit) == 1:
            out.append((fit[0], m.group(0)))
    return out


def municipality(text: str) -> Division | None:
    """The one municipality a 全市 / 本市 page names (为上海加快建设…): only read for such pages."""
    names = Counter(re.findall(r"(北京|上海|天津|重庆)(?!路|街|大学|银行|市场)", text))
    top = names.most_common(2)
    if not top or (len(top) == 2 and top[0][1] <= top[1][1]):
        return None
    return _province(_MUNICIPALITY_CODES[top[0][0]])


def dominant(clues: list[tuple[Division, str]]) -> Division | None:
    """The province most clues point to, if it leads clearly."""
    counts = Counter(d for d, _ in clues).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] <= counts[1][1]):
        return None
    return counts[0][0]


def addressee(lines_s: list[str]) -> tuple[Division | None, str]:
    """The government a page is addressed to ("河北省人民政府:"): its author is below it."""
    for s in lines_s[:6]:
        s = s.strip()
        if not re.match(r"^[\u4e00-\u9fff、()]{2,40}[:：]$", s):
            continue
        if not re.search(r"政府|委员会|常委会|[省市县]委|办公厅|办公室", s):
            continue
        ms = find_mentions(s, allow_short=False)
        if ms and len(ms[0].divisions) == 1 and ms[0].start == 0:
            return ms[0].divisions[0], s
    return None, ""


def subject_orgs(text: str) -> list[tuple[Division, str]]:
    """Places named as the acting organ near the start: 清河县人民政府坚持…, 长治市司法局坚持….

    A place after 在…/对…/和… is someone else (在福建省委领导下).
    """
    out: list[tuple[Division, str]] = []
    sentences = [x for x in re.split(r"[。;\n]", text) if len(x.strip()) >= 15]
    for sentence in sentences[:3]:
        clean = re.sub(r"《[^》]*》", lambda x: "□" * len(x.group()), sentence)
        for m in find_mentions(clean, allow_short=False):
            prev = clean[max(0, m.start - 2) : m.start]
            if re.search(r"[在对和与及向为受经把至赴]$|视察$|考察$", prev):
                continue
            after = clean[m.end : m.end + 12]
            acting = re.match(
                r"^(?:坚持|认真|深入|全面|紧紧|始终|法治政府|聚焦|立足|围绕|高度重视)", after
            )
            if (_ORG_AFTER.match(after) or acting) and len(m.divisions) == 1:
                out.append((m.divisions[0], clean[m.start : m.end + 6]))
    return out


def body_places(text: str) -> Counter:
    """Divisions named in the body, each counted once per sentence; lists count little."""
    counts: Counter = Counter()
    for sentence in re.split(r"[。;\n]", text):
        if sentence.count("、") >= 3:
            continue  # a list of honoured cities is not the author
        named = find_mentions(sentence, allow_short=False)
        for d in {x.divisions[0] for x in named if len(x.divisions) == 1}:
            counts[d] += 1
    return counts


def _fits(d: Division, province: Division | None) -> bool:
    return province is None or _province(d.code) == province


def _at_level(d: Division, lvl: str, parent: str = "") -> bool:
    """The division is of the level the page speaks for (我市 fits a county-level city)."""
    if lvl == "township":  # a township's own site is its county's: keep the county
        return d.level == "county" and (not parent or d.name.endswith(parent))
    if lvl == "district":
        return d.level == "county" and d.name.endswith("区")
    if lvl == "county":  # 我县 is a 县 (or 旗), never a 区 or a county-level city
        return d.level == "county" and d.name.endswith(("县", "旗"))
    if lvl == "prefecture" and d.level == "county" and d.name.endswith("市"):
        return True
    return d.level == lvl
