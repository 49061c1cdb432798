"""规范性文件 reviewed and filed, 重大行政决策 legality reviews: the verbs (审查, 审核, 备案,
报备) around a count of documents, before or after it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reports.indicators.keys import Key
from reports.indicators.numbers import COUNT, GAP

# 报送 alone is filing (市人民政府共向市人大常委会报送规范性文件23件, E-224); 报送合法性审查
# is sending for review
_VERB = r"(?:合法性)?(?:备案|报备|审查|审核|报送)(?:和|、|及)?(?:合法性)?(?:备案|报备|审查|审核)?"
# 审查规范性文件书面申请9件 / 审查建议: requests for a review, not reviews (E-225)
_REQUESTS = re.compile(r"申请|建议|请求|意见")
# 审查规范性文件32份 / 规范性文件审查20件 / 审核重大行政决策事项2项
_REVIEW_OF = re.compile("(?P<verb>" + _VERB + ")" + GAP + COUNT)
# 备案审查65件行政规范性文件 / 完成27件行政规范性文件审查备案
_COUNT_FIRST = re.compile(
    r"(?P<pre>" + _VERB + r")?" + COUNT + r"(?P<gap>(?:行政)?规范性文件|重大行政决策(?:事项)?)"
    r"(?:的)?(?:进行|开展|完成)?了?(?P<post>" + _VERB + ")?"
)


def document_matches(
    clause: str, here: str | None, topic: str, carries: bool
) -> Iterator[tuple[Key, re.Match]]:
    """(key, match) of a 规范性文件 or 重大行政决策 count in a clause of that `topic`;
    `here` is the topic the clause names itself, `carries` whether the clause opens with
    its verb (审查32件, continuing the sentence's topic)."""
    for m in _COUNT_FIRST.finditer(clause):
        verbs = (m.group("pre") or "") + (m.group("post") or "")
        if verbs and m.group("unit") in ("件", "份", "项", "个"):
            key = _document_key(m.group("gap"), verbs)
            if key:
                yield key, m
                return
    for m in _REVIEW_OF.finditer(clause):
        if m.group("unit") not in ("件", "份", "项"):
            continue
        span = clause[: m.start("num")]
        gap = m.group("gap")
        if "规范性文件" in gap or "重大行政决策" in gap:
            subject = gap
            if _REQUESTS.search(gap[max(gap.rfind("规范性文件"), gap.rfind("重大行政决策")) :]):
                continue
        elif here is not None:
            # The topic named before the verb: nothing else may stand between them
            # (重大行政决策事项、…重大合同合法性审查226件 is a sum of several things).
            subject = span
            last = max(span.rfind("规范性文件"), span.rfind("重大行政决策"))
            if gap or re.search(r"[、和及与]", span[last:]):
                continue
        elif carries and not gap.strip("共了"):
            subject = "规范性文件" if topic == "normative" else "重大行政决策"
        else:
            continue
        key = _document_key(subject, m.group("verb"))
        if key:
            yield key, m
            return


def _document_key(subject: str, verbs: str) -> Key | None:
    # 规范性文件 named last wins: 重大行政决策…规范性文件 is about the documents.
    normative, decision = subject.rfind("规范性文件"), subject.rfind("重大行政决策")
    if normative < 0 and decision < 0:
        return None
    if decision > normative:
        return Key.DECISION_REVIEWS if "审" in verbs else None
    filed = "备案" in verbs or "报备" in verbs or ("报送" in verbs and "审" not in verbs)
    return Key.NORMATIVE_FILED if filed else Key.NORMATIVE_REVIEWED
