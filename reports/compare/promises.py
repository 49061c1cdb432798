"""The promises of a report's plan section (下一年度工作安排, 下一步工作打算, 2024年工作打算 …)
and, in the next year's report, the passages that report on each of them.

A promise is looked up as the search's words mode looks up a term: its jieba words
(search.matching.required_words) and their curated variants (search/variants.toml), each
held exactly in the normalised passage. A passage of one sentence rarely holds every word
of a promise, so the words are weighted by how rare they are in that report (坚持, 推进
are everywhere) and a passage reports on the promise when it holds at least half of the
weight and two words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.safestring import SafeString

from reports.compare.sentences import split_sentences
from search import variants
from search.analysis import normalize
from search.highlight import highlight_html
from search.matching import required_words

PLAN_HEADING = re.compile(
    r"(下一?步|下一?年度?|明年|今后|来年|(?:19|20)\d\d年度?)\S{0,10}?"
    r"(打算|安排|计划|举措|思路|重点|措施|方向|目标)"
)
NOT_PLAN = re.compile(r"存在|问题|不足|成效|情况|回顾|总结")
_MARKER = re.compile(
    r"(?:(?<=[。；;：:\n])|^)\s*(?=[一二三四五六七八九十]{1,3}是|"
    r"[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))"
)
_LEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．])\s*"
)
_INTRO = re.compile(r"[：:]$|以下|如下")
MAX_PROMISES = 20
MAX_PASSAGES = 3
MIN_SHARE = 0.5
MIN_WORDS = 2


@dataclass(frozen=True)
class Promise:
    label: str  # what it promised, in a line
    text: str  # the whole item


@dataclass(frozen=True)
class Passage:
    anchor: str
    label: str  # the section it is in
    text: str


@dataclass(frozen=True)
class Found:
    passage: Passage
    html: SafeString  # the passage, escaped, the promise's words marked
    share: float


@dataclass(frozen=True)
class FollowUp:
    promise: Promise
    found: tuple[Found, ...]


def is_plan_heading(heading: str) -> bool:
    text = normalize(heading)
    return bool(PLAN_HEADING.search(text)) and not NOT_PLAN.search(text)


def _label(text: str) -> str:
    first = re.split(r"[。；;]", _LEADING.sub("", text.strip()), maxsplit=1)[0]
    return first.strip(" ，,：:")[:80]


def promises_of(body: str, children: Sequence[tuple[str, str]] = ()) -> list[Promise]:
    """The items of a plan section: its subsections when it has some, else the items of
    its body marked 一是 / （一） / 1., else its sentences (an intro line … 以下几方面：
    is not a promise)."""
    items: list[Promise] = []
    if children:
        for heading, text in children:
            whole = f"{heading}。{text}" if text else heading
            items.append(Promise(_label(heading) or _label(text), whole.strip()))
    else:
        pieces = [p.strip() for p in _MARKER.split(body or "") if p.strip()]
        marked = [p for p in pieces if _LEADING.match(p)]
        if len(marked) >= 2:
            items = [Promise(_label(p), p) for p in marked]
        else:
            items = [Promise(_label(s), s) for s in split_sentences(body) if not _INTRO.search(s)]
    return [p for p in items if p.label][:MAX_PROMISES]


def _word_sets(label: str) -> list[list[str]]:
    """The words of the promise and of each of its curated variants (合法性审查 →
    合法性审核): a passage holding all the words of any one of them holds the promise."""
    text = normalize(label)
    sets = [required_words(form) for form in [text, *variants.alternatives(text)]]
    return [words for words in sets if words]


def follow_up(promises: list[Promise], passages: list[Passage]) -> list[FollowUp]:
    """For each promise, the passages (best first, at most MAX_PASSAGES) that report on it."""
    texts = [normalize(p.text) for p in passages]
    df_cache: dict[str, int] = {}

    def weight(word: str) -> float:
        # 1 for holding the word, more the rarer it is in this report (坚持, 推进 are everywhere).
        if word not in df_cache:
            df_cache[word] = sum(word in t for t in texts)
        return 1.0 + math.log((len(texts) + 1) / (df_cache[word] + 1))

    results = []
    for promise in promises:
        word_sets = [[(w, weight(w)) for w in words] for words in _word_sets(promise.label)]
        scored = []
        for passage, text in zip(passages, texts, strict=True):
            best: tuple[float, list[str]] | None = None
            for words in word_sets:
                held = [w for w, _ in words if w in text]
                total = sum(x for _, x in words)
                share = sum(x for w, x in words if w in text) / total
                if len(held) >= min(MIN_WORDS, len(words)) and share >= MIN_SHARE:
                    if best is None or share > best[0]:
                        best = (share, held)
            if best is not None:
                scored.append(Found(passage, highlight_html(passage.text, best[1]), best[0]))
        scored.sort(key=lambda f: -f.share)
        results.append(FollowUp(promise, tuple(scored[:MAX_PASSAGES])))
    return results


def passages_of(parts: list[tuple[str, str, str, str]]) -> list[Passage]:
    """(anchor, label, heading, body) of a report's parts → headings and sentences to search."""
    found = []
    for anchor, label, heading, body in parts:
        if heading and len(heading) >= 4:
            found.append(Passage(anchor, label, heading))
        found += [Passage(anchor, label, s) for s in split_sentences(body)]
    return found
