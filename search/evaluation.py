"""Search quality on judged queries: recall@10 and R-precision. Pure logic, no Django.

The `evaluate_search` command builds a scratch archive from the pages a judgments file
names, runs every judged query through the project's own search in each mode, and hands
the ranked report ids to `score` here.

A judgments file (fixtures/devset/judged_queries.json):

    {"collection": ["fixtures/devset/pages_a.jsonl", ...],
     "rule": "...",
     "queries": [{"q": "法治督察", "relevant": ["A-003", ...], "partial": ["B-010"],
                  "notes": "..."}]}

`relevant` are the pages a careful reader marked relevant; `partial` those that name the
topic only in passing. Partial pages are neither rewarded nor penalised: they are taken
out of the ranking before the cut-offs and are not counted in R.

Pages are judged, the search returns reports: every page is mapped to the report it was
stored as (two pages with the same text are one report), and a page the import refused
stays in R as a report that cannot be found.

    recall@10    relevant reports among the first 10 / min(R, 10)
    R-precision  relevant reports among the first R / R   (R = number of relevant reports)

(recall@10 is divided by min(R, 10) so that a query with more than 10 relevant reports
can reach 1.) The file may also map every ref to its page's URL as it was when the pages
were judged (`pages`): `resolve` then follows a page whose ref was renumbered since.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

K = 10


@dataclass(frozen=True)
class Judged:
    q: str
    relevant: tuple[str, ...]
    partial: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Judgments:
    collection: tuple[Path, ...]
    queries: tuple[Judged, ...]
    rule: str = ""
    pages: Mapping[str, str] = field(default_factory=dict)  # ref → URL when judged


def load_judgments(path: Path, root: Path | None = None) -> Judgments:
    """The judgments file; relative collection paths are taken from `root` (default: the
    working directory), which the command sets to the project root."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    base = root if root is not None else Path.cwd()
    collection = tuple(
        (p if p.is_absolute() else base / p) for p in (Path(c) for c in data["collection"])
    )
    queries = []
    for item in data["queries"]:
        relevant = tuple(item["relevant"])
        partial = tuple(item.get("partial", ()))
        if not relevant:
            raise ValueError(f"查询“{item['q']}”没有相关页面")
        if set(relevant) & set(partial):
            raise ValueError(f"查询“{item['q']}”：同一页面既相关又部分相关")
        queries.append(Judged(item["q"], relevant, partial, item.get("notes", "")))
    return Judgments(collection, tuple(queries), data.get("rule", ""), data.get("pages", {}))


def resolve(judgments: Judgments, current: Mapping[str, str]) -> tuple[Judgments, list[str]]:
    """The judgments with every ref renamed to the ref its page (URL) has in `current`
    (ref → URL of the collection now), and a note per renamed ref.

    Raises ValueError for a judged page that is no longer in the collection."""
    if not judgments.pages:
        return judgments, []
    by_url = {url: ref for ref, url in current.items()}
    renamed: dict[str, str] = {}
    gone: list[str] = []
    for ref in {r for j in judgments.queries for r in (*j.relevant, *j.partial)}:
        url = judgments.pages.get(ref)
        if url is None:
            continue  # not mapped: taken as it is
        now = by_url.get(url)
        if now is None:
            gone.append(f"{ref}（{url}）")
        elif now != ref:
            renamed[ref] = now
    if gone:
        raise ValueError("标注过的页面已不在集合中：" + "、".join(sorted(gone)))
    queries = tuple(
        Judged(
            j.q,
            tuple(renamed.get(r, r) for r in j.relevant),
            tuple(renamed.get(r, r) for r in j.partial),
            j.notes,
        )
        for j in judgments.queries
    )
    notes = [f"{old} 现为 {new}" for old, new in sorted(renamed.items())]
    return Judgments(judgments.collection, queries, judgments.rule, judgments.pages), notes


def page_urls(paths: Iterable[Path]) -> list[tuple[str, str]]:
    """(ref, URL) of every page in the JSON Lines files, in order."""
    pages: list[tuple[str, str]] = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                page = json.loads(line)
                pages.append((page["ref"], page.get("url", "")))
    return pages


@dataclass
class QueryScore:
    q: str
    mode: str
    r: int  # relevant reports
    count: int  # reports the search lists
    recall: float  # recall@10 (over min(R, 10))
    r_precision: float
    found: list[str] = field(default_factory=list)  # relevant refs in the first 10
    # Relevant refs below the first max(10, R): ranked too low for either measure.
    missed: list[str] = field(default_factory=list)
    intruders: list[str] = field(default_factory=list)  # non-relevant refs in the first R
    relaxed: bool = False


def _key(ref: str, ids: Mapping[str, int | None]) -> str:
    report = ids.get(ref)
    return f"report:{report}" if report is not None else f"unstored:{ref}"


def score(
    judged: Judged,
    mode: str,
    ranked_ids: Sequence[int],
    count: int,
    ids: Mapping[str, int | None],
    *,
    relaxed: bool = False,
) -> QueryScore:
    """Score one query's ranking (report ids, best first) against its judgments.

    `ids` maps every page ref of the collection to its stored report id (None when the
    import refused the page)."""
    relevant = {_key(ref, ids) for ref in judged.relevant}
    partial = {_key(ref, ids) for ref in judged.partial} - relevant
    ranked = [f"report:{i}" for i in ranked_ids]
    ranked = [key for key in ranked if key not in partial]
    r = len(relevant)
    top_k, top_r, top_any = set(ranked[:K]), ranked[:r], set(ranked[: max(K, r)])
    refs_of: dict[str, list[str]] = {}
    for ref in ids:
        refs_of.setdefault(_key(ref, ids), []).append(ref)
    return QueryScore(
        q=judged.q,
        mode=mode,
        r=r,
        count=count,
        recall=len(relevant & top_k) / min(r, K),
        r_precision=len(relevant & set(top_r)) / r,
        found=[ref for ref in judged.relevant if _key(ref, ids) in top_k],
        missed=[ref for ref in judged.relevant if _key(ref, ids) not in top_any],
        intruders=["/".join(refs_of.get(key, [key])) for key in top_r if key not in relevant],
        relaxed=relaxed,
    )


@dataclass
class Summary:
    mode: str
    queries: int
    recall: float  # mean recall@10 over the queries
    r_precision: float  # mean R-precision
    perfect_recall: int  # queries with recall@10 = 1


def summarize(scores: Sequence[QueryScore]) -> list[Summary]:
    """Mean recall@10 and R-precision per mode (each query weighs the same)."""
    out: list[Summary] = []
    for mode in dict.fromkeys(s.mode for s in scores):
        rows = [s for s in scores if s.mode == mode]
        out.append(
            Summary(
                mode=mode,
                queries=len(rows),
                recall=sum(s.recall for s in rows) / len(rows),
                r_precision=sum(s.r_precision for s in rows) / len(rows),
                perfect_recall=sum(1 for s in rows if s.recall == 1),
            )
        )
    return out


def table(scores: Sequence[QueryScore], *, details: bool = False) -> str:
    """A plain-text table: one row per query, the modes side by side, then the means."""
    modes = list(dict.fromkeys(s.mode for s in scores))
    by_query: dict[str, dict[str, QueryScore]] = {}
    for s in scores:
        by_query.setdefault(s.q, {})[s.mode] = s
    head = ["查询", "R"] + [f"{m} 命中/召回@10/R-精度" for m in modes]
    lines = ["\t".join(head)]
    for q, per_mode in by_query.items():
        first = next(iter(per_mode.values()))
        cells = [q, str(first.r)]
        for m in modes:
            cell = per_mode.get(m)
            if cell is None:
                cells.append("-")
                continue
            flag = "（放宽）" if cell.relaxed else ""
            cells.append(f"{cell.count}{flag} / {cell.recall:.0%} / {cell.r_precision:.0%}")
        lines.append("\t".join(cells))
        if details:
            for m in modes:
                cell = per_mode.get(m)
                if cell and (cell.missed or cell.intruders):
                    lines.append(
                        f"\t{m}: 排在前 max(10,R) 之外 {' '.join(cell.missed) or '—'}；"
                        f"前R中不相关 {' '.join(cell.intruders) or '—'}"
                    )
    for summary in summarize(scores):
        lines.append(
            f"{summary.mode}: {summary.queries} 个查询，平均召回@10 {summary.recall:.1%}，"
            f"平均 R-精度 {summary.r_precision:.1%}，召回@10 满分 {summary.perfect_recall} 个"
        )
    return "\n".join(lines)
