"""Whose report is it: the jurisdiction, level and department weighed from every clue on the page.

In order of trust: the title; the issuer / 来源 / signature; the opening sentence's subject
("2022年,清河县人民政府坚持…"); the addressee ("河北省人民政府:" → inside 河北省); the page's
self-references ("我县", "全省各级政府", "来湘", "对江苏工作重要讲话", 《湖南省…办法》); the
source URL's host (xuwen.gov.cn); and only then places named in the body. Each resolved field
says which clue gave it ("省份依据：…"), and a thin or conflicting result adds a "待核对：…"
warning. A masked place (某县, XX市, (略)) is never filled in.
"""

from __future__ import annotations

import re
from collections import Counter

from reports.divisions import Division, division_by_code

from .dates import is_date_only
from .hosts import HostReading, read_host
from .metadata import is_department, is_paper, township_name
from .places import GLOSS as _GLOSS
from .places import (
    PlaceResult,
    chain,
    find_mentions,
    related,
    resolve,
    township_counties,
    townships_named,
)

CHECK = "待核对："

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
    score = Counter()
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
    m = _SUMU.search(text)
    if m:
        out.append((_province("150000"), m.group(0)))
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
        ms = find_mentions(inner[:12], allow_short=False)
        if ms and ms[0].start == 0 and len(ms[0].divisions) == 1:
            d = ms[0].divisions[0]
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


def _host_pick(
    host: HostReading | None,
    province: Division | None,
    lvl: str | None = None,
    parent: str = "",
    text: str = "",
) -> Division | None:
    """The one division the host spells that agrees with the rest of the evidence."""
    if host is None:
        return None
    cands = [d for d in host.candidates if _fits(d, province)]
    if len(cands) > 1 and text:
        # sx.gov.cn spells 绍兴市, 山西省, 涉县…; a page that says 绍兴 settles it
        named = {d for m in find_mentions(text) for d in m.divisions}
        cands = [d for d in cands if d in named] or cands
    if len(cands) > 1 and lvl:
        cands = [d for d in cands if _at_level(d, lvl, parent)]
    return cands[0] if len(cands) == 1 else None


_FIELD_NAMES = {
    "title": "标题",
    "issuer": "发布机关",
    "publisher": "发布机构",
    "signature": "落款",
    "subject": "正文首句",
    "source": "来源",
}
_LABELS = (("province", "省份"), ("prefecture", "地市"), ("county", "区县"))


def _check_host(d: Division, host: HostReading | None, notes: list[str]) -> None:
    if host is not None and not any(related(d, c) for c in host.candidates):
        names = "、".join(c.name for c in host.candidates[:3])
        notes.append(f"{CHECK}网址 {host.host} 指向{names}，与识别出的“{d.name}”不符")


def _why(res: PlaceResult, why: str) -> list[str]:
    return [f"{label}依据：{why}" for attr, label in _LABELS if getattr(res, attr)]


# The State's own organs: a page they wrote or sent is nobody's below them, whatever site
# carries it (司法部 as 来源 on czj.chuzhou.gov.cn).
_CENTRAL = re.compile(
    r"^(?:中共中央|中央|国务院|全国人大|全国政协|最高人民)[\u4e00-\u9fff]{0,14}$"
    r"|^(?!.*(?:宣传|组织|统战|武装|人武|编辑|工作|事业|业务))[\u4e00-\u9fff]{1,6}部$"
    r"|^国家[\u4e00-\u9fff]{2,12}(?:局|委员会|署)$"
)


def is_central(org: str) -> bool:
    """司法部, 国务院办公厅, 中央依法治国办, 国家市场监督管理总局: a central organ, no place of its own."""
    tokens = org.split()  # a 来源 may run on into the page chrome: "司法部 阅读: 字体【"
    return bool(tokens) and bool(_CENTRAL.match(tokens[0])) and not find_mentions(tokens[0])


def weigh(
    *,
    fields: list[tuple[str, str, bool]],
    level_cap: str | None,
    body_s: list[str],
    source_url: str,
) -> tuple[PlaceResult, list[str]]:
    """The place, and the lines that say which evidence gave it (or what to check)."""
    if any(n in ("issuer", "publisher", "source") and is_central(t) for n, t, _ in fields):
        source_url = ""  # the host only carries a central organ's page: it is not its author
    res, notes = _weigh(fields=fields, level_cap=level_cap, body_s=body_s, source_url=source_url)
    lvl = self_level(opening(body_s, 1200))
    res.speaks_for = {"district": "county"}.get(lvl or "", lvl or "")
    if lvl == "township" and not res.township and res.division is not None:
        if res.division.level == "county":
            # a 我乡 page on its county's site: the township it names is its own (中村乡)
            title = next((t for n, t, _ in fields if n == "title"), "")
            named = townships_named(f"{title}\n{opening(body_s, 1200)}", res.division)
            if len(named) == 1:
                res.township = named[0]
    host = read_host(source_url)
    head = opening(body_s, 3000)
    speaks = _DEPT_SELF.search(head) or re.search(r"您提出的|答复如下", head[:600])
    if host is not None and host.department and speaks:
        # a department's own site and a page that says 我厅 / 我局 (or answers a proposal):
        # the department wrote it
        res.speaks_for = "department"
        # jnssfj.jinan.gov.cn: the department label may carry its place's initials in front
        res.department = next(
            (name for key, name in DEPARTMENT_HOSTS.items() if host.left.endswith(key)), ""
        )
        if not res.department:
            notes.append(f"{CHECK}部门网站 {host.host}，未识别出部门名称")
    return res, notes


def _weigh(
    *,
    fields: list[tuple[str, str, bool]],
    level_cap: str | None,
    body_s: list[str],
    source_url: str,
) -> tuple[PlaceResult, list[str]]:
    """The place alone (weigh adds the level the page speaks for and a host's department)."""
    notes: list[str] = []
    host = read_host(source_url)
    text = opening(body_s, 1200)
    seen = province_clues(opening(body_s, 3000))
    to_dear, dear_text = addressee(body_s[:6])
    if to_dear is not None:
        seen.append((_province(to_dear.code), f"抬头“{dear_text}”"))
    prov = dominant(seen)
    lvl = self_level(text)
    parent = parent_kind(text)
    host_d = _host_pick(host, prov, lvl, parent, text)

    context = [d for d, _ in seen] + ([host_d] if host_d else [])
    strong = resolve(fields, level_cap=level_cap, context=context)
    if strong.masked:
        return strong, notes
    if strong.division is not None:
        name = _FIELD_NAMES.get(strong.source_field, strong.source_field)
        field_text = next((t for n, t, _ in fields if n == strong.source_field and t), "")
        named = [m.text for m in find_mentions(_GLOSS.sub("", field_text))]
        notes += _why(strong, f"{name}“{'、'.join(named[:3])}”" if named else name)
        _check_host(strong.division, host, notes)
        return strong, notes

    # The acting organ named in the opening: 2022年,清河县人民政府坚持….
    for d, shown in subject_orgs(text):
        if _fits(d, prov):
            res = _result(d, "subject")
            notes += _why(res, f"正文首句“{shown}”")
            _check_host(d, host, notes)
            return res, notes

    # A township's own page: its county from the township table, the host or the province
    # the page names choosing between townships of the same name (宁安镇 + znzf.gov.cn).
    town = _township_place(fields, body_s, text, host, prov, lvl, parent)
    if town is not None:
        d, name, why, sure = town
        res = _result(d, "township")
        res.township = name
        notes += _why(res, why)
        if not sure:
            notes.append(f"{CHECK}区县仅从乡镇名“{name}”推断")
        return res, notes

    why = next((t if t.startswith("抬头") else f"正文“{t}”" for d, t in seen if d == prov), "")
    # A province speaking for itself: 全省各级政府 / 我省, with 法治湖南, 来湘 or its host; a
    # municipality's 全市 / 本市; an autonomous region's 全区 / 我区.
    if lvl == "district" and prov is None:
        # 全区 / 自治区党委 on a page that names one autonomous region in full: that region
        regions = {
            d
            for m in find_mentions(text, allow_short=False)
            for d in m.divisions
            if d.level == "province" and d.name.endswith("自治区")
        }
        prov = _one(regions)
        why = f"正文“{prov.name}”" if prov else why
    autonomous = prov is not None and prov.name.endswith("自治区")
    if lvl == "prefecture" and prov is None and municipality(text) is not None:
        prov = municipality(text)
        why = f"正文“{prov.name[:2]}”"
    municipal = prov is not None and prov.code in _MUNICIPALITIES
    if (
        lvl == "province"
        or (lvl == "district" and autonomous)
        or (lvl == "prefecture" and municipal)
    ):
        if prov is None and host is not None:
            prov = _one({_province(d.code) for d in host.candidates})
            why = f"网址 {host.host}"
        if prov is not None:
            res = _result(prov, "self")
            itself = {"province": "全省/省政府", "prefecture": "全市/本市"}.get(lvl, "全区/自治区")
            notes += _why(res, f"{why}（正文自称{itself}）")
            return res, notes

    # The host names a place of the level the page speaks for (xuwen.gov.cn + 我县).
    if host_d is not None and lvl and _at_level(host_d, lvl, parent):
        res = _result(host_d, "host")
        notes += _why(res, f"网址 {host.host}")
        if lvl == "township":
            notes.append(f"{CHECK}区县仅从网址 {host.host} 推断")
        return res, notes

    # The page names its own place in a slogan, its news site or an aim (美丽大厂 + 我县).
    mine = [(d, t) for d, t in own_names(text, lvl, parent) if _fits(d, prov)]
    if mine and len({d for d, _ in mine}) == 1:
        d, shown = mine[0]
        res = _result(d, "self")
        notes += _why(res, f"正文自称“{shown}”")
        _check_host(d, host, notes)
        return res, notes

    # Places named in the body, counted per sentence (never from a list), of the right level;
    # a paper's places are its cases, not its author.
    counts = Counter() if is_paper(text) else body_places(text)
    ranked = [(d, n) for d, n in counts.most_common() if _fits(d, prov)]
    if lvl:
        ranked = [(d, n) for d, n in ranked if _at_level(d, lvl, parent)]
    if ranked and host_d is not None and ranked[0][0] in chain(host_d.code):
        ranked = []  # the body names 湖北省, the host 黄石市 inside it: the host is more precise
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        res = _result(ranked[0][0], "body")
        notes += _why(res, f"正文多次提到“{ranked[0][0].name}”")
        notes.append(f"{CHECK}所属地区“{ranked[0][0].name}”仅从正文推断")
        return res, notes
    if host_d is not None:
        res = _result(host_d, "host")
        notes += _why(res, f"网址 {host.host}")
        notes.append(f"{CHECK}所属地区仅从网址 {host.host} 推断")
        return res, notes
    if prov is not None:
        res = _result(prov, "self")
        if lvl not in (None, "province"):
            res.division = None  # the province is known, the place below it is not
        notes += _why(res, why)
        notes.append(f"{CHECK}只识别出省份")
        return res, notes
    return strong, notes


def _township_place(
    fields: list[tuple[str, str, bool]],
    body_s: list[str],
    text: str,
    host: HostReading | None,
    prov: Division | None,
    lvl: str | None,
    parent: str,
) -> tuple[Division, str, str, bool] | None:
    """(county, township, why, corroborated) for a page a township or sub-district wrote.

    Its own name (in the title, issuer or opening) is looked up in the township table and
    kept only when one county fits the host, the province named and the 区委/县委 above it;
    with no name of its own, a 我镇 / 我街道 page on a host spelling several counties takes
    the one county whose township it names ("结合荷城街道实际" on gzzs.gov.cn).
    """
    own = ""
    for name, field_text, _ in fields:
        if name in ("title", "issuer", "publisher", "source") and field_text:
            own = township_name(field_text)
            if own:
                break
    own = own or own_township("", "", body_s)
    if own:
        cands = [d for d in township_counties(own) if _fits(d, prov)]
        near = []
        if host is not None:
            near = [d for d in cands if any(related(d, h) for h in host.candidates)]
            cands = near or cands
        if parent and len(cands) > 1:
            cands = [d for d in cands if d.name.endswith(parent)] or cands
        if len(cands) != 1:
            return None
        why = f"乡镇“{own}”（乡镇区划表）"
        if near:
            why += f"与网址 {host.host}"
        elif prov is not None:
            why += f"与正文所指“{prov.name}”"
        return cands[0], own, why, bool(near or prov)
    if lvl != "township" or host is None:
        return None
    head = "\n".join([next((t for n, t, _ in fields if n == "title"), ""), text])
    hits = []
    for d in host.candidates:
        if d.level == "county" and _fits(d, prov):
            named = townships_named(head, d)
            if named:
                hits.append((d, named))
    if len(hits) != 1 or len(hits[0][1]) != 1:
        return None
    d, (name,) = hits[0]
    return d, name, f"网址 {host.host} 与正文所称乡镇“{name}”", True


def _one(ds: set[Division]) -> Division | None:
    return next(iter(ds)) if len(ds) == 1 else None


_GOV_OFFICE = re.compile(r"(?:人民政府|政府)办公(?:室|厅)$")
_DEPT = r"(?:局|厅|委员会|办公室|办|中心|署|部)"


def organ(
    issuer_s: str, title_s: str, body_s: list[str], place: PlaceResult | None = None
) -> tuple[str, str]:
    """("township", 下洋镇) / ("department", 长治市司法局) / ("", ""): who, below the place, wrote it.

    A government's own office (人民政府办公室) publishes for the government: not a department.
    With no issuer, the opening sentence's organ counts: "2022年,县司法局紧紧围绕…",
    "2024年,在省委省政府的坚强领导下,省司法厅坚持…".
    """
    township = township_name(issuer_s) or township_name(title_s)
    if township:
        return "township", township
    tokens = issuer_s.split()
    if issuer_s and is_department(issuer_s) and not _GOV_OFFICE.search(tokens[-1]):
        return "department", ""
    if issuer_s:
        return "", ""
    top = _top_signature(body_s)
    if top:
        return "department", top
    # the first line that is not an addressee ("省政府办公厅:")
    lead = next(
        (x for x in body_s[:3] if x.strip() and not (len(x) <= 40 and re.search(r"[:：]\s*$", x))),
        "",
    )
    first = _GLOSS.sub("", re.split(r"[。;]", lead, maxsplit=1)[0])[:200]
    first = re.sub(r"在[^,。]{0,40}(?:领导|指导|支持)下[,，]?", "", first)
    first = re.sub(r"^\W{0,3}(?:(?:19|20)\d{2}\s*年(?:度|以来)?\s*[,，]\s*)", "", first)
    township = own_township("", "", body_s)
    if township:
        return "township", township
    m = re.search(
        rf"(?:^|[,，])\s*([\u4e00-\u9fff]{{0,12}}?[省市县区]?[\u4e00-\u9fff]{{1,8}}?{_DEPT})"
        rf"(?:党组)?{_ACTS}",
        first,
    )
    if m:
        name = m.group(1)
        if (is_department(name) or name.endswith("部")) and not _GOV_OFFICE.search(name):
            if not re.search(r"人民政府|政府|党委|[省市县区]委$|管委会", name):
                return "department", name
    if place is not None and place.speaks_for == "department":
        prefix = {"厅": "省", "局": "市" if place.prefecture and not place.county else "县"}
        name = place.department
        if name:
            return "department", f"{prefix.get(name[-1:], '')}{name}"
    return "", ""


def own_township(issuer_s: str, title_s: str, body_s: list[str]) -> str:
    """The township or sub-district that wrote the page: in its issuer, its title, or acting
    in the opening ("2024年,汤头街道在区委…", "…2023年,清波街道以…")."""
    township = township_name(issuer_s) or township_name(title_s)
    if township:
        return township
    opening_s = _GLOSS.sub("", "\n".join(body_s[:3]))[:400]
    for m in re.finditer(
        r"(?:^|[,，。\n]|年)\s*((?:中共)?[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道))(?:党委|党工委|人民政府|"
        r"政府|办事处)?(?:始终|认真|深入|全面|紧紧|坚持|聚焦|立足|围绕|以|在)",
        opening_s,
    ):
        name = township_name(m.group(1))
        if name and not re.match(r"^[我本全各]", name):
            return name
    return ""


def _top_signature(body_s: list[str]) -> str:
    """A department signing the covering letter above the document it sends.

    "…现印发给你们,请认真贯彻执行。" then "山东省市场监督管理局" (and its date) near the top.
    """
    for i, s in enumerate(body_s[:10]):
        s = _GLOSS.sub("", s).strip()
        nxt = _GLOSS.sub("", body_s[i + 1]).strip() if i + 1 < len(body_s) else ""
        prev = _GLOSS.sub("", body_s[i - 1]) if i else ""
        sent = is_date_only(nxt) or re.search(r"印发给你们|请认真贯彻|请结合实际", prev)
        if 4 <= len(s) <= 30 and is_department(s) and sent:
            if not _GOV_OFFICE.search(s):
                return s
    return ""
