"""The place a government site's host name spells: xuwen.gov.cn → 徐闻县, sft.yn.gov.cn → 云南省.

Government hosts under .gov.cn are mostly the pinyin (or its initials) of the place whose
site it is; a label left of the place is a department of it (jtysj.changzhi.gov.cn is 长治市's
交通运输局). Only .gov.cn hosts are read: mirrors and portals elsewhere spell nothing.
Initials are often shared by several places, so a host gives candidates; the caller keeps
one only when it is unambiguous together with the page's other evidence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from pypinyin import Style, lazy_pinyin, pinyin

from reports.divisions import HISTORICAL_NAMES, Division, all_divisions, division_by_code

from .places import chain

# The provinces' own portal labels (www.<label>.gov.cn, sft.<label>.gov.cn), only those known
# to be the province's: many short codes are also a city's host (sx.gov.cn is 绍兴,
# gz.gov.cn 广州, xz.gov.cn 徐州), so they are left to the pinyin index and the evidence.
PROVINCE_LABELS = {
    "110000": ("beijing",),
    "120000": ("tianjin", "tj"),
    "130000": ("hebei",),
    "140000": ("shanxi",),
    "150000": ("nmg", "neimenggu"),
    "210000": ("ln", "liaoning"),
    "220000": ("jl", "jilin"),
    "230000": ("hlj", "heilongjiang"),
    "310000": ("shanghai",),
    "320000": ("jiangsu",),
    "330000": ("zj", "zhejiang"),
    "340000": ("ah", "anhui"),
    "350000": ("fujian",),
    "360000": ("jiangxi",),
    "370000": ("shandong",),
    "410000": ("henan",),
    "420000": ("hubei",),
    "430000": ("hunan",),
    "440000": ("gd", "guangdong"),
    "450000": ("gxzf", "guangxi"),
    "460000": ("hainan",),
    "500000": ("cq", "chongqing"),
    "510000": ("sc", "sichuan"),
    "520000": ("guizhou",),
    "530000": ("yn", "yunnan"),
    "540000": ("xizang",),
    "610000": ("shaanxi",),
    "620000": ("gansu",),
    "630000": ("qinghai",),
    "640000": ("nx", "ningxia"),
    "650000": ("xinjiang",),
}
# Labels that are never a place: the site's role, not its owner.
_NOT_PLACE = frozenset(
    "www wap m mobile web portal zwgk xxgk gk zfxxgk news info data sj zwfw ggzy czj sfj sft "
    "fzb fzj".split()
)
_SUFFIX_PINYIN = {"县": "xian", "区": "qu", "市": "shi", "旗": "qi"}


@dataclass(frozen=True)
class HostReading:
    host: str  # as seen: jtysj.changzhi.gov.cn
    label: str  # the label that spelt a place: changzhi
    candidates: tuple[Division, ...]  # every division that label can spell
    department: bool  # another label stands left of the place: a department's site
    left: str = ""  # that label: jtysj


def _stem(name: str) -> str:
    """The name without its class word, as hosts spell it: 徐闻县 → 徐闻, 长治市 → 长治."""
    m = re.match(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,5}?族)+自治[州县旗]$", name)
    if m:
        return m.group(1)
    for suf in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "地区", "林区"):
        if name.endswith(suf) and len(name) > len(suf) + 1:
            return name[: -len(suf)]
    if len(name) >= 3 and name[-1] in "省市县区旗盟":
        return name[:-1]
    return name  # 赵县, 单县: two characters, spelt whole (zhaoxian)


# Characters read two ways in place names; other characters keep their usual reading
# (taking every rare reading would make huangshi spell 芒市 as well as 黄石市).
_POLYPHONES = frozenset("长乐六单莘番厦大会行朝曾洞柏秘蔚铅什浚荥涡")


def _spellings(word: str) -> set[str]:
    """Full pinyin and initials, with both readings of a polyphone (长 = chang / zhang)."""
    usual = lazy_pinyin(word, errors="ignore")
    if len(usual) != len(word):
        return set()
    every = pinyin(word, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = [
        list(dict.fromkeys([u, *alts])) if ch in _POLYPHONES else [u]
        for ch, u, alts in zip(word, usual, every, strict=False)
    ]
    out: set[str] = set()
    for combo in itertools.islice(itertools.product(*readings), 16):
        out.add("".join(combo))
        out.add("".join(s[0] for s in combo))
        # zh / ch / sh kept whole, as in bjchy.gov.cn (北京朝阳)
        out.add("".join(s[:2] if s[:2] in ("zh", "ch", "sh") else s[0] for s in combo))
    return out


@cache
def _index() -> dict[str, tuple[Division, ...]]:
    keys: dict[str, list[Division]] = {}

    def add(key: str, d: Division) -> None:
        if len(key) >= 2 and d not in keys.setdefault(key, []):
            keys[key].append(d)

    by_code = division_by_code()
    named: list[tuple[str, Division]] = [(d.name, d) for d in all_divisions()]
    named += [(h.old_name, by_code[h.current_code]) for h in HISTORICAL_NAMES]
    for name, d in named:
        if d.kind == "市辖区" and d.name == "市辖区":
            continue
        stem = _stem(name)
        for s in _spellings(stem):
            add(s, d)
        full = _spellings(name) if stem != name else set()
        for s in full:
            add(s, d)
        if stem != name and name[-1] in _SUFFIX_PINYIN:
            for s in _spellings(stem):
                if len(s) > len(stem):  # full pinyin + xian/qu/shi: xuwenxian
                    add(s + _SUFFIX_PINYIN[name[-1]], d)
    for code, labels in PROVINCE_LABELS.items():
        for label in labels:
            keys.setdefault(label, []).insert(0, by_code[code])
    return {k: tuple(v) for k, v in keys.items()}


@cache
def _province_labels() -> dict[str, Division]:
    by_code = division_by_code()
    return {label: by_code[code] for code, labels in PROVINCE_LABELS.items() for label in labels}


def read_host(url: str) -> HostReading | None:
    """The place a .gov.cn host spells, or None (not a government host, or no place in it)."""
    if not url:
        return None
    raw = url if "//" in url else f"//{url}"
    try:
        host = (urlsplit(raw).hostname or "").lower()
    except ValueError:
        return None
    if not host.endswith(".gov.cn"):
        return None
    labels = [x for x in host.removesuffix(".gov.cn").split(".") if x]
    index = _index()
    # The place is the right-most label that spells one; what stands left of it is a
    # department or a service of that place (jtysj.changzhi, sft.yn) unless it is www.
    for pos in range(len(labels) - 1, -1, -1):
        label = labels[pos]
        if label in _NOT_PLACE:
            continue
        # a province's own label at the place position is the province (sft.yn = 云南省)
        own = _province_labels().get(label)
        cands = (own,) if own else index.get(label) or _compound(label, index)
        if not cands:
            continue
        left = [x for x in labels[:pos] if x not in ("www", "wap", "m")]
        return HostReading(host, label, cands, department=bool(left), left=left[-1] if left else "")
    return None


_JUNK_TAIL = ("rmzf", "zfw", "zf", "net", "gov", "web")


def _compound(label: str, index: dict[str, tuple[Division, ...]]) -> tuple[Division, ...]:
    """A parent's code and a child's run together: hzxh = 杭州 + 西湖区, cqjlp = 重庆 + 九龙坡区."""
    for tail in _JUNK_TAIL:
        if label.endswith(tail) and len(label) - len(tail) >= 2:
            label = label[: -len(tail)]
            if label in index:
                return index[label]
            break
    found: list[Division] = []
    for k in range(2, len(label) - 1):
        parents, children = index.get(label[:k]), index.get(label[k:])
        if not parents or not children:
            continue
        for d in children:
            if d not in found and any(p in chain(d.code) and p != d for p in parents):
                found.append(d)
    return tuple(found)
