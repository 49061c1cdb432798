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
from .places import MASKED, find_mentions
from .sections import match_heading

_TITLE_KW = re.compile(
    r"报告|情况|答复|复函|回复|要点|安排|解读|计划|方案|总结|通知|意见|函$|图解|读懂|公告|通报|规划|决定|年报"
)
_TITLE_END = re.compile(
    r"(?:报告|情况|答复函|答复|复函|回复|要点|安排|计划|方案|总结|解读|通知|意见|公告|通报|年报)$"
)
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
        for mention in find_mentions(sentence, allow_short=False):
            prev = sentence[mention.start - 1] if mention.start else ""
            nxt = sentence[mention.end : mention.end + 2]
            if prev not in ("", ",", ",", "年", "来", "下", " ", "中", "期") and not (
                prev == "在" and mention.start == 1
            ):
                continue
            if nxt[:1] in ("委", "的", "人", "党", "政") or nxt.startswith(("政府", "人民")):
                continue
            end = mention.end
            for later in find_mentions(sentence[mention.end :], allow_short=False):
                if later.start != end - mention.end:
                    break
                end = mention.end + later.end
            return sentence[mention.start : end]
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
