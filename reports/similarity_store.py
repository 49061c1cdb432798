"""Computing and storing near-duplicates: the whole archive (compute_similar) or one report.

Signatures come from reports.similarity (pure); candidates from datasketch's MinHashLSH;
the similarity stored is MinHash's Jaccard estimate over the reports' distinctive shingles.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH
from django.conf import settings
from django.db import transaction
from django.db.models import F

from reports import similarity
from reports.models import HistoricalName, Jurisdiction, Report
from reports.similarity_models import ReportSignature, SimilarPair

log = logging.getLogger(__name__)

BATCH = 1000


def min_similarity() -> float:
    """Pairs below this are not stored (and LSH is tuned to find those above it)."""
    return float(settings.SIMILAR_MIN_SIMILARITY)


def per_report() -> int:
    return int(settings.SIMILAR_PER_REPORT)


def boilerplate_limit(reports: int) -> int:
    """A sentence held by this many reports or more is boilerplate, not copying."""
    share = float(settings.SIMILAR_BOILERPLATE_SHARE)
    floor = int(settings.SIMILAR_BOILERPLATE_MIN_REPORTS)
    return max(floor, math.ceil(share * reports))


class PlaceNames:
    """Each jurisdiction's names to mask (its chain, short forms, former names), cached."""

    def __init__(self) -> None:
        self._cache: dict[int | None, list[str]] = {None: []}

    def __call__(self, jurisdiction_id: int | None) -> list[str]:
        if jurisdiction_id is not None and jurisdiction_id not in self._cache:
            node = Jurisdiction.objects.select_related("parent__parent").get(pk=jurisdiction_id)
            chain = node.ancestors()
            former = HistoricalName.objects.filter(jurisdiction__in=chain)
            names = [j.name for j in chain] + list(former.values_list("name", flat=True))
            self._cache[jurisdiction_id] = similarity.place_variants(names)
        return self._cache[jurisdiction_id]


@dataclass
class Reading:
    """One report as read for similarity: its sentences and their fingerprints, in order."""

    report_id: int
    sentences: list[str]
    keys: np.ndarray  # int64, one per sentence

    @classmethod
    def of(cls, report_id: int, text: str, places: list[str]) -> Reading:
        items = similarity.sentences(text, places)
        keys = np.fromiter((similarity.sentence_key(s) for s in items), dtype=np.int64)
        return cls(report_id, items, keys)

    def sketch(self, keys: np.ndarray, counts: np.ndarray, limit: int) -> tuple[MinHash, int]:
        """MinHash of the shingles of the sentences fewer than `limit` reports hold.

        `keys` (sorted, unique) and `counts` are the archive's sentence frequencies.
        """
        if len(self.keys) and len(keys):
            at = np.minimum(np.searchsorted(keys, self.keys), len(keys) - 1)
            held = np.where(keys[at] == self.keys, counts[at], 0)
            kept = [s for s, n in zip(self.sentences, held, strict=True) if n < limit]
        else:
            kept = list(self.sentences)
        values = similarity.shingles(kept)
        return similarity.minhash(values), len(values)


def _frequencies(arrays: Iterable[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique sentence fingerprints and how many reports hold each."""
    arrays = [a for a in arrays if len(a)]
    if not arrays:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate(arrays), return_counts=True)


def _lsh() -> MinHashLSH:
    return MinHashLSH(threshold=min_similarity(), num_perm=similarity.NUM_PERM)


def _best(
    me: int, candidates: Iterable[int], matrix: np.ndarray, row_of: dict[int, int]
) -> list[tuple[int, float]]:
    """(other id, Jaccard estimate) of the candidates at or above min_similarity, best first."""
    others = [c for c in candidates if c != me]
    if not others:
        return []
    rows = matrix[[row_of[c] for c in others]]
    scores = (rows == matrix[row_of[me]]).mean(axis=1)
    floor = min_similarity()
    found = [(o, round(float(s), 4)) for o, s in zip(others, scores, strict=True) if s >= floor]
    found.sort(key=lambda pair: (-pair[1], pair[0]))
    return found[: per_report()]


@dataclass
class Summary:
    reports: int
    with_text: int  # reports with any distinctive shingle
    pairs: int  # stored rows (each pair twice)
    boilerplate_limit: int


def compute_all(*, progress: Callable[[Iterable], Iterable] | None = None) -> Summary:
    """Signatures and similar pairs of every report, replacing what was stored."""
    wrap = progress or (lambda items: items)
    names = PlaceNames()
    rows = Report.objects.order_by("pk").values_list("pk", "text", "jurisdiction_id")
    total = Report.objects.count()
    readings = [
        Reading.of(pk, text, names(place))
        for pk, text, place in wrap(_sized(rows.iterator(chunk_size=500), total))
    ]
    keys, counts = _frequencies(np.unique(r.keys) for r in readings)
    limit = boilerplate_limit(len(readings))
    sketches: list[tuple[Reading, MinHash, int]] = []
    for reading in readings:
        sketch, size = reading.sketch(keys, counts, limit)
        sketches.append((reading, sketch, size))
    lsh = _lsh()
    live = [(r.report_id, m) for r, m, size in sketches if size]
    with lsh.insertion_session() as session:
        for report_id, sketch in live:
            session.insert(report_id, sketch)
    row_of = {report_id: i for i, (report_id, _) in enumerate(live)}
    matrix = np.array([m.hashvalues for _, m in live], dtype=np.uint32).reshape(
        len(live), similarity.NUM_PERM
    )
    pairs: dict[tuple[int, int], float] = {}
    for report_id, sketch in live:
        for other, score in _best(report_id, lsh.query(sketch), matrix, row_of):
            pairs[(report_id, other)] = score
            pairs.setdefault((other, report_id), score)  # the other direction, always
    with transaction.atomic():
        SimilarPair.objects.all().delete()
        ReportSignature.objects.all().delete()
        ReportSignature.objects.bulk_create(
            (
                ReportSignature(
                    report_id=r.report_id,
                    sentences=np.unique(r.keys).tobytes(),
                    minhash=similarity.to_bytes(m) if size else b"",
                    shingles=size,
                )
                for r, m, size in sketches
            ),
            batch_size=BATCH,
        )
        SimilarPair.objects.bulk_create(
            (SimilarPair(report_id=a, other_id=b, similarity=s) for (a, b), s in pairs.items()),
            batch_size=BATCH,
        )
    return Summary(len(readings), len(live), len(pairs), limit)


def _sized(rows: Iterable, total: int) -> Iterable:
    """`rows` with a length, so that a progress bar knows its end."""

    class Sized:
        def __iter__(self):
            return iter(rows)

        def __len__(self) -> int:
            return total

    return Sized()


@transaction.atomic
def update_report(*, report_id: int) -> int:
    """Re-sign one report and re-find its similar reports against the stored signatures.

    The boilerplate cut uses the stored signatures' sentence frequencies (this report's
    included); returns how many similar reports it has. Reports whose sentences became
    boilerplate since the last compute_similar keep their old signature until the next run.
    """
    report = Report.objects.filter(pk=report_id).values_list("text", "jurisdiction_id").first()
    SimilarPair.objects.filter(report_id=report_id).delete()
    SimilarPair.objects.filter(other_id=report_id).delete()
    if report is None:
        return 0
    text, place = report
    reading = Reading.of(report_id, text, PlaceNames()(place))
    stored = ReportSignature.objects.exclude(report_id=report_id)
    arrays = [np.frombuffer(b, dtype=np.int64) for b in stored.values_list("sentences", flat=True)]
    own = np.unique(reading.keys)
    keys, counts = _frequencies([*arrays, own])
    sketch, size = reading.sketch(keys, counts, boilerplate_limit(len(arrays) + 1))
    ReportSignature.objects.update_or_create(
        report_id=report_id,
        defaults={
            "sentences": own.tobytes(),
            "minhash": similarity.to_bytes(sketch) if size else b"",
            "shingles": size,
        },
    )
    if not size:
        return 0
    others = list(stored.with_sketch().values_list("report_id", "minhash"))
    # One report against the archive: a linear scan of the stored signatures (N × NUM_PERM
    # comparisons in numpy) is cheaper than building an LSH index for a single query, and
    # exact for MinHash's estimate; compute_similar's all-pairs search uses MinHashLSH.
    ids = [report_id, *(o for o, _ in others)]
    matrix = np.array(
        [sketch.hashvalues, *(np.frombuffer(bytes(d), dtype=np.uint32) for _, d in others)],
        dtype=np.uint32,
    )
    found = _best(report_id, ids, matrix, {pk: i for i, pk in enumerate(ids)})
    SimilarPair.objects.bulk_create(
        [
            *(SimilarPair(report_id=report_id, other_id=o, similarity=s) for o, s in found),
            *(SimilarPair(report_id=o, other_id=report_id, similarity=s) for o, s in found),
        ]
    )
    return len(found)


def schedule_update(report: Report) -> None:
    """After the current transaction commits, update `report`'s similar reports.

    After commit, like the index: a failure here never undoes or fails a saved upload
    (it is logged; the next compute_similar repairs it).
    """
    report_id = report.pk

    def run() -> None:
        try:
            update_report(report_id=report_id)
        except Exception:
            log.exception("相似报告更新失败（报告 %s）", report_id)

    transaction.on_commit(run)


def template_clusters(threshold: float) -> list[list[tuple[int, int, float]]]:
    """Groups of reports linked by pairs at or above `threshold` (connected components).

    Each group is its pairs (report, other, similarity) with report < other, best first;
    groups are ordered largest first, then by their best similarity.
    """
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges = list(
        SimilarPair.objects.filter(similarity__gte=threshold, report_id__lt=F("other_id"))
        .order_by("-similarity", "report_id", "other_id")
        .values_list("report_id", "other_id", "similarity")
    )
    for a, b, _ in edges:
        parent[root(a)] = root(b)
    groups: dict[int, list[tuple[int, int, float]]] = {}
    for edge in edges:
        groups.setdefault(root(edge[0]), []).append(edge)
    members = {key: {x for a, b, _ in group for x in (a, b)} for key, group in groups.items()}
    return sorted(groups.values(), key=lambda g: (-len(members[root(g[0][0])]), -g[0][2], g[0][0]))
