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

from reports.divisions import Division

from .clues import (
    _DEPT_SELF,
    _MUNICIPALITIES,
    DEPARTMENT_HOSTS,
    _at_level,
    _fits,
    _province,
    _result,
    addressee,
    body_places,
    dominant,
    municipality,
    opening,
    own_names,
    parent_kind,
    province_clues,
    self_level,
    subject_orgs,
)
from .doctype import is_paper
from .hosts import HostReading, read_host
from .places import GLOSS as _GLOSS
from .places import (
    PlaceResult,
    chain,
    find_mentions,
    related,
    resolve,
    townships_named,
)
from .townships import _one, _township_place

CHECK = "待核对："


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
    host_name = host.host if host is not None else ""  # host_d is only ever picked from a host

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
    if lvl == "prefecture" and prov is None and (city := municipality(text)) is not None:
        prov = city
        why = f"正文“{city.name[:2]}”"
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
        notes += _why(res, f"网址 {host_name}")
        if lvl == "township":
            notes.append(f"{CHECK}区县仅从网址 {host_name} 推断")
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
        notes += _why(res, f"网址 {host_name}")
        notes.append(f"{CHECK}所属地区仅从网址 {host_name} 推断")
        return res, notes
    if prov is not None:
        res = _result(prov, "self")
        if lvl not in (None, "province"):
            res.division = None  # the province is known, the place below it is not
        notes += _why(res, why)
        notes.append(f"{CHECK}只识别出省份")
        return res, notes
    return strong, notes
