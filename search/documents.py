"""What one report looks like in the index (one document per report)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Prefetch, QuerySet

from reports.models import Report, Section
from reports.timeliness import status_of
from search import bodies
from search.analysis import normalize
from search.facets import FACET_PARAMS

UNKNOWN_PROVINCE = "地区不详"
CT = "reports.report"


def identifier(report_id: int) -> str:
    """haystack's document id convention: app.model.pk."""
    return f"{CT}.{report_id}"


def reports_for_indexing(ids: Iterable[int] | None = None) -> QuerySet[Report]:
    sections = Section.objects.only("id", "report_id", "heading", "body", "position").order_by(
        "position"
    )
    qs = (
        Report.objects.with_places()
        .defer("text", "warnings", "original", "source_url")
        .prefetch_related(Prefetch("sections", queryset=sections))
        .order_by("pk")
    )
    if ids is not None:
        qs = qs.filter(pk__in=list(ids))
    return qs


def province_name(report: Report) -> str:
    province = report.places()["province"]
    return province.name if province is not None else UNKNOWN_PROVINCE


def place_fields(report: Report) -> dict[str, Any]:
    """The place facets below the province (full names, "" where the report has no such
    level) and the GB/T 2260 codes from the province down to the report's jurisdiction,
    so that a `code` filter finds every report under that place."""
    places = report.places()
    prefecture, county = places["prefecture"], places["county"]
    codes = [j.code for j in report.jurisdiction.ancestors()] if report.jurisdiction else []
    return {
        "prefecture": prefecture.name if prefecture is not None else "",
        "county": county.name if county is not None else "",
        "codes": codes,
    }


def build_document(report: Report) -> dict[str, Any]:
    """Field values for `report` (sections must be prefetched, ordered by position).

    The big text is normalised once here; both analyzers read the same string.
    """
    sections = list(report.sections.all())
    headings = [s.heading for s in sections if s.heading]
    body = "\n".join(
        part
        for part in (report.title, *headings, report.preamble, *(s.body for s in sections))
        if part
    )
    doc: dict[str, Any] = {
        "id": identifier(report.pk),
        "django_ct": CT,
        "django_id": str(report.pk),
        "text": normalize(body),
        "heads": normalize("\n".join([report.title, *headings])),
        "province": province_name(report),
        **place_fields(report),
        "year": str(report.year) if report.year else "",
        "level": report.level or "",
        "doc_type": report.doc_type or "",
        # on_time / late / unknown for annual reports, "" (no facet value) for the rest.
        "timeliness": status_of(report),
        "published": int(report.published.strftime("%Y%m%d")) if report.published else 0,
    }
    doc["grams"] = doc["text"]
    doc["fingerprint"] = fingerprint(doc)
    return doc


# Every indexed field: a change to any of them makes check_index see the document as stale.
# The order is part of every stored hash: the fields of the first fingerprint in theirs,
# then each facet of search/facets.py added since (timeliness), in the vocabulary's order.
_FIRST_FINGERPRINTED = (
    "text",
    "heads",
    "province",
    "prefecture",
    "county",
    "codes",
    "year",
    "level",
    "doc_type",
    "published",
)
FINGERPRINTED = (
    *_FIRST_FINGERPRINTED,
    *(f for f in FACET_PARAMS.values() if f not in _FIRST_FINGERPRINTED),
)


def fingerprint(doc: dict[str, Any]) -> str:
    """Hash of everything indexed: check_index compares it to detect stale documents."""
    digest = hashlib.sha1(bodies.FORMAT.encode(), usedforsecurity=False)
    for key in FINGERPRINTED:
        value = doc[key]
        if isinstance(value, list):
            value = " ".join(value)
        digest.update(f"{key}\x00{value}\x00".encode())
    return digest.hexdigest()


def whoosh_fields(doc: dict[str, Any]) -> dict[str, Any]:
    """The Whoosh document: empty facet values dropped (an empty string would become a
    facet value of its own), the text column added (search/bodies.py)."""
    fields = {k: v for k, v in doc.items() if v != "" or k in ("text", "grams", "heads")}
    # The code path is one space-separated string to Whoosh (a list for Elasticsearch).
    codes = fields.pop("codes", [])
    if codes:
        fields["codes"] = " ".join(codes)
    fields["body"] = bodies.encode(doc["grams"])  # ("text" may be pretokenized)
    fields["pairs"] = fields["text"]  # the word pairs come from the same jieba words
    return fields


def iter_documents(ids: Iterable[int] | None = None, chunk: int = 200) -> Iterator[dict]:
    qs = reports_for_indexing(ids)
    for report in qs.iterator(chunk_size=chunk):
        yield build_document(report)
