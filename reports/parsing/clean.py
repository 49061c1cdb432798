"""Tidying, the matching copy, re-splitting of flattened text, cruft removal and metadata.

The text is stored as the source printed it (full-width punctuation, traditional
characters): `tidy` only removes what is not text (control and zero-width characters,
blank lines, runs of spaces). Every heuristic reads a parallel *matching copy* made by
`fold` (NFKC, simplified characters), which keeps the length of the line, so a
position found in the copy is the same position in the printed line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .chars import fold, has_traditional, normalize, tidy, to_simplified
from .dates import find_date, is_date_only
from .places import GLOSS
from .sections import match_heading

# fold, normalize, tidy, to_simplified, has_traditional live in .chars; imported from here too.
__all__ = ["fold", "has_traditional", "normalize", "tidy", "to_simplified"]

# ---------------------------------------------------------------- re-splitting

_CN_NUM = "一二三四五六七八九十"
# A heading marker inside a flattened line, with heading text (CJK) after it.
_INLINE_HEADING = re.compile(
    rf"(?:(?<=[。!?;:])|(?<=[。!?;:] )|(?<= ))"
    rf"(?=(?:[{_CN_NUM}]{{1,3}}、|\([{_CN_NUM}]{{1,3}}\)|\d{{1,2}}[.、](?!\d)|\(\d{{1,2}}\)|\d{{1,2}}\))\s*[\u4e00-\u9fff“《])"
)
# "(一)" style markers are rarely inside sentences, so they may also split after a CJK char.
_INLINE_L2 = re.compile(rf"(?<=[\u4e00-\u9fff”)])(?<!第)(?=\([{_CN_NUM}]{{1,3}}\)[\u4e00-\u9fff])")
# In flattened text a space between Chinese characters is a lost paragraph break.
_PARA_SPACE = re.compile(
    r"(?<=[。!?;:”])\s+(?=[\u4e00-\u9fff“《(\d])|\s+(?=[一二三四五六七八九十]是)"
)


Pair = tuple[str, str]  # (printed line, its matching copy)


def _strip_pair(line: str, folded: str) -> Pair:
    """Strip both copies by what the matching copy has at its ends (same offsets)."""
    lead = len(folded) - len(folded.lstrip())
    end = len(folded.rstrip())
    if lead >= end:
        return "", ""
    return line[lead:end], folded[lead:end]


def _cut(line: str, folded: str, spans: list[tuple[int, int]]) -> list[Pair]:
    """Both copies cut at the same [start, end) spans (the spans themselves dropped)."""
    out: list[Pair] = []
    last = 0
    for start, end in [*sorted(spans), (len(folded), len(folded))]:
        if start >= last:
            piece = _strip_pair(line[last:start], folded[last:start])
            if piece[0]:
                out.append(piece)
        last = max(last, end)
    return out


def resplit_line(line: str, folded: str, total: int | None = None) -> list[Pair]:
    """Restore the paragraph and heading breaks of a line whose breaks were lost.

    Only lines that hold most of the document (or are very long) count as flattened:
    a normal paragraph with an inline "1.…;2.…" list must stay one paragraph. The breaks
    are found in the matching copy and made at the same places in the printed line.
    """
    total = total or len(line)
    if len(line) < 150 or (len(line) < 0.5 * total and len(line) < 2000):
        return [(line, folded)]
    spans: list[tuple[int, int]] = []
    if " | " in folded:
        spans += [m.span() for m in re.finditer(r"\s*\|\s*", folded)]
    for rx in (_PARA_SPACE, _INLINE_HEADING, _INLINE_L2):
        spans += [m.span() for m in rx.finditer(folded)]
    out: list[Pair] = []
    for piece, piece_f in _cut(line, folded, spans):
        out.extend(_split_heading_space(piece, piece_f))
    return out


def _split_heading_space(piece: str, folded: str) -> list[Pair]:
    """ "三、下一步打算 持续推进…": in flattened text a space ends a short heading."""
    if match_heading(folded):
        m = re.match(r"^([^。;:!?\s]*[^。;:!?]{0,40}?)\s+(?=[\u4e00-\u9fff“《\d])", folded)
        if m and len(m.group(1)) <= 45 and " " not in m.group(1):
            return _cut(piece, folded, [(m.end(1), m.end())])
    return [(piece, folded)]


_SENTENCE_END = '。!?;:”"|'
_HEADING_START = re.compile(rf"^(?:[{_CN_NUM}]{{1,3}}、|\(|\d{{1,2}}[.、)]|[{_CN_NUM}]是)")


def rejoin_wrapped(lines: list[Pair]) -> list[Pair]:
    """PDF text breaks at every printed line; join lines broken mid-sentence."""
    out: list[Pair] = []
    for ln, folded in lines:
        if (
            out
            and len(out[-1][1]) >= 25
            and out[-1][1][-1] not in _SENTENCE_END
            and not _HEADING_START.match(folded)
        ):
            out[-1] = (out[-1][0] + ln, out[-1][1] + folded)
        else:
            out.append((ln, folded))
    return out


# ---------------------------------------------------------------- cruft and metadata


@dataclass
class Harvest:
    """Metadata found in page chrome before it was removed."""

    source_name: str = ""
    publisher: str = ""  # 发布机构
    doc_number: str = ""  # 文件编号
    written: date | None = None  # 成文日期: the date on the document, not a publish date
    published: date | None = None
    published_rank: int = 99  # lower = more trustworthy label
    warnings: list[str] = field(default_factory=list)

    def offer_published(self, d: date | None, rank: int) -> None:
        if d and rank < self.published_rank:
            self.published, self.published_rank = d, rank


_LABELS = (
    r"信息来源|文章来源|稿件来源|来源|发布机构|发文机关|发布单位|发文单位|成文日期|发文日期|"
    r"发布时间|发布日期|公开日期|发稿时间|发表时间|更新时间|时间|日期|文件编号|发文字号|文号|"
    r"索引号|组配分类|主题分类|体裁分类|服务对象|有效性|关键词|作者|编辑|责任编辑|浏览次数|"
    r"阅读次数|访问量|点击数|点击量|点击|浏览量|阅读量|评论|字号|字体|分类|主题词"
)
_LABEL_RE = re.compile(
    rf"(?:^|(?<=[\s|\[【(]))[\[【(]?\s*({_LABELS})\s*[\]】)]?\s*[::]\s*|\[\s*({_LABELS})\s*\]\s*"
)
_STRONG_PUBLISH = {"发布时间", "发布日期", "公开日期", "发稿时间", "发表时间"}
_WEAK_PUBLISH = {"时间", "日期", "更新时间"}

_BREADCRUMB = re.compile(
    r"^(?:当前位置|您当前所在位置|您的位置|您现在的位置|当前的位置|所在位置|现在位置|位置)\s*[::]"
    r"|^(?:网站)?首页\s*[>›»/]|首页\s*>|>\s*正文$"
)
_CRUFT = re.compile(
    r"^(?:关怀版|无障碍|长者模式|适老化|繁体|简体|English|登录|注册|搜索|网站地图|设为首页|加入收藏)(?:\s|$)"
    r"|访问量|浏览次数|阅读次数|浏览量|阅读量|点击数|点击量|^分享到|^分享\s*[::]?$|^分享\s*[::]"
    r"|^相关(?:文章|链接|阅读|稿件|新闻|附件)|^【?\s*(?:打印(?:本页|文章)?|关闭(?:窗口|本页)?|返回顶部|收藏|纠错)\s*】?$"
    r"|字体\s*[::]?\s*[【\[]?\s*大\s*中\s*小|【\s*字[体号]|^下载文件|扫一扫|手机扫码|上一篇|下一篇|"
    r"版权所有|备案号|ICP备|网站标识码|主办单位|承办单位|技术支持|网站识别码|公网安备|^今天是|星期[一二三四五六日天]\s*$"
    r"|^评论\s*[::]\s*\d|^点击\s*[::]\s*\d*$"
)
_SPAM = re.compile(
    r"https?://|www\.|\.(?:com|net|cc|vip|top|xyz)\b|彩票|博彩|代孕|棋牌|娱乐城|百家乐|六合彩|时时彩|"
    r"葡京|威尼斯人|老虎机|真人视讯|电子游艺|体育投注|开户送|注册送|彩金|捕鱼|亚博|开云|菠菜|赌场|"
    r"澳门(?!特别行政区)|外围|约炮|裸聊|色情|成人视频|av\d|私服|代开发票|办证|刷单|网赌|赌博网|投注",
    re.I,
)
_SPAM_INLINE = re.compile(
    r"[【\[(]?(?:https?://|www\.)[^\s\u4e00-\u9fff】\])]+[】\])]?"
    r"|【[^】]{0,30}(?:彩票|博彩|代孕|棋牌|娱乐|葡京|百家乐|投注|菠菜|赌场)[^】]{0,30}】"
)
_PIPES_ONLY = re.compile(r"^[|\s]*$")


_LINK_HOST = re.compile(r"^[【\[(]?(?:https?://)?([^/\s:?#】\])]+)", re.I)


def _is_gov_link(link: str) -> bool:
    """A link to a government site inside a sentence is a citation: it is text, kept."""
    m = _LINK_HOST.match(link)
    return m is not None and m.group(1).lower().rstrip(".").endswith((".gov.cn", ".gov"))


def strip_inline_spam(line: str, folded: str | None = None) -> Pair:
    """Both copies without the inline spam found in the matching copy."""
    folded = fold(line) if folded is None else folded
    spans = [m.span() for m in _SPAM_INLINE.finditer(folded) if not _is_gov_link(m.group())]
    if not spans:
        return _strip_pair(line, folded)
    kept, kept_f, last = [], [], 0
    for start, end in spans:  # (finditer: sorted, never overlapping)
        kept.append(line[last:start])
        kept_f.append(folded[last:start])
        last = end
    return _strip_pair("".join([*kept, line[last:]]), "".join([*kept_f, folded[last:]]))


def is_spam(line: str) -> bool:
    """Short lines of mirror-site spam or links; long report paragraphs are never dropped."""
    return len(line) < 60 and bool(_SPAM.search(line))


def is_nav(line: str) -> bool:
    """ "首页 | 政务公开 | 法治政府建设": a menu, not text (labels with ':' are metadata)."""
    if len(line) > 80 or not re.search(r"[|>›»]", line) or re.search(r"[::。,\d]", line):
        return False
    parts = [p for p in re.split(r"\s*[|>›»]\s*|\s+", line) if p]
    return len(parts) >= 3 and all(len(p) <= 10 for p in parts)


def is_cruft(line: str) -> bool:
    if _PIPES_ONLY.match(line) or is_nav(line):
        return True
    if len(line) <= 150 and _BREADCRUMB.search(line):
        return True
    return len(line) <= 80 and bool(_CRUFT.search(line))


def _cells(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a metadata line; an unlabelled head gets label ''."""
    pairs: list[tuple[str, str]] = []
    last_label, last_end = "", 0
    for m in _LABEL_RE.finditer(line):
        value = line[last_end : m.start()]
        if pairs or value.strip(" |"):
            pairs.append((last_label, value.strip(" |")))
        last_label, last_end = (m.group(1) or m.group(2)), m.end()
    pairs.append((last_label, line[last_end:].strip(" |")))
    return [(k, v.split(" | ")[0].strip(" |") if k else v) for k, v in pairs]


def harvest_line(line: str, simp: str, h: Harvest, in_header: bool = True) -> bool:
    """Take the metadata of a chrome line. True when the line is metadata and should go."""
    if len(simp) > 160:
        return False
    if re.search(r"今天是|今日是", simp):  # site banner: a stale date, never the publish date
        return True
    if GLOSS.search(simp):
        # a mirror's pinyin glosses split the labels (發(fā)布時間): read the line without them
        line, simp = GLOSS.sub("", line), GLOSS.sub("", simp)
    pairs = _cells(simp)
    labels = {k for k, _ in pairs if k}
    if not labels:
        # A bare date under the title is the page date; at the end it is the signature's.
        if in_header and is_date_only(simp):
            h.offer_published(find_date(simp), 5)
            return True
        return False
    # A line with labels but most of its text unlabelled is a sentence, not chrome.
    head = pairs[0][1] if not pairs[0][0] else ""
    if len(head) > 40 and not is_date_only(head):
        return False
    for label, value in pairs:
        # Values are matched on the simplified copy; keep the printed characters when
        # t2s kept the length (it almost always does).
        orig_value = value
        if len(line) == len(simp) and value:
            pos = simp.find(value)
            if pos >= 0:
                orig_value = line[pos : pos + len(value)]
        value = value.strip()
        if label in ("来源", "信息来源", "文章来源", "稿件来源"):
            if value and not h.source_name:
                h.source_name = orig_value.strip()[:60]
        elif label in ("发布机构", "发文机关", "发布单位", "发文单位"):
            if value and not h.publisher:
                h.publisher = orig_value.strip().split(" ")[0][:60]
        elif label in ("成文日期", "发文日期"):
            h.written = h.written or find_date(value)
        elif label in _STRONG_PUBLISH:
            h.offer_published(find_date(value), 1)
        elif label in _WEAK_PUBLISH:
            h.offer_published(find_date(value), 2)
        elif label in ("文件编号", "发文字号", "文号"):
            h.doc_number = h.doc_number or value
        elif label == "" and value and is_date_only(value):
            # e.g. "2024-02-21 07:00:00 来源:... 评论:0": the page's publish date
            h.offer_published(find_date(value), 3)
    return True


def clean_lines(
    lines: list[str], simp: list[str], h: Harvest
) -> tuple[list[str], list[str], list[bool]]:
    """Drop chrome, spam and metadata lines, harvesting what they carry.

    Returns the kept lines, their simplified copies, and for each kept line whether a
    metadata line followed it (a title is usually followed by its date/来源 line).
    """
    out: list[str] = []
    out_s: list[str] = []
    meta_after: list[bool] = []
    in_header = True
    for line, s in zip(lines, simp, strict=True):
        if is_spam(s):
            continue
        if is_cruft(s):
            # Chrome may still carry the page's metadata: "发布时间：… 来源：… 浏览次数：123".
            if in_header and harvest_line(line, s, h, in_header) and meta_after:
                meta_after[-1] = True
            continue
        if harvest_line(line, s, h, in_header):
            if meta_after:
                meta_after[-1] = True
            continue
        cleaned, s = strip_inline_spam(line, s)
        if not cleaned:
            continue
        if len(s) > 60:
            in_header = False
        out.append(cleaned)
        out_s.append(s)
        meta_after.append(False)
    return out, out_s, meta_after
