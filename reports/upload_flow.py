"""The admin upload, step by step: upload → preview with editable fields → confirm.

Views stay thin: they call these two functions and render what comes back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.http import HttpRequest

from config import uploads
from reports import staging
from reports.forms import ReviewForm, UploadForm
from reports.ingest import DuplicateReport, find_duplicate, save_report
from reports.models import Report
from reports.parsing import ParseError, parse_upload
from reports.parsing.types import ParsedReport

TOO_LARGE = "文件过大，已拒绝：上传上限为 {mb} MB。"
EXPIRED = "预览已过期或不存在，请重新上传文件。"
NO_WORDS = "正文几乎没有文字（只有标点或符号），不像是一份报告。"
# A report has words: below this many letters, digits or CJK characters the parser's
# length check was passed by punctuation alone (。。。，，，), which nobody can search for.
MIN_WORD_CHARS = 20
_WORD_CHAR = re.compile(r"[^\W_]")


@dataclass
class Outcome:
    upload_form: UploadForm | None = None
    review_form: ReviewForm | None = None
    parsed: ParsedReport | None = None
    duplicate: Report | None = None
    saved: Report | None = None
    errors: list[str] = field(default_factory=list)


def handle_upload(request: HttpRequest) -> Outcome:
    if request.method != "POST":
        return Outcome(upload_form=UploadForm())
    files = request.FILES  # parses the body: the size-limit handler runs here
    if getattr(request, "upload_too_large", False):
        return Outcome(upload_form=UploadForm(), errors=[TOO_LARGE.format(mb=uploads.in_mb())])
    form = UploadForm(request.POST, files)
    if not form.is_valid():
        return Outcome(upload_form=form, errors=_form_errors(form))
    upload = form.cleaned_data.get("file")
    if upload is not None:
        data, filename = upload.read(), upload.name
    else:
        data, filename = form.cleaned_data["text"].encode("utf-8"), "粘贴文本.txt"
    source_url = form.cleaned_data.get("source_url", "")
    try:
        parsed = parse_upload(data, filename, source_url=source_url)
    except ParseError as error:
        return Outcome(upload_form=form, errors=[str(error)])
    if len(_WORD_CHAR.findall(parsed.text)) < MIN_WORD_CHARS:
        return Outcome(upload_form=form, errors=[NO_WORDS])
    existing = find_duplicate(parsed.text)
    if existing is not None:
        return Outcome(
            upload_form=form,
            duplicate=existing,
            errors=[f"该报告已存在（编号 {existing.pk}），未重复保存。"],
        )
    token = staging.stage(data, filename=filename, source_url=source_url)
    return Outcome(review_form=ReviewForm(initial=_initial(parsed, token)), parsed=parsed)


def handle_confirm(request: HttpRequest) -> Outcome:
    token = request.POST.get("token", "")
    staged = staging.load(token)
    if staged is None:
        return Outcome(upload_form=UploadForm(), errors=[EXPIRED])
    data, filename, source_url = staged
    try:
        parsed = parse_upload(data, filename, source_url=source_url)
    except ParseError as error:  # the same bytes parsed at preview; kept for safety
        staging.discard(token)
        return Outcome(upload_form=UploadForm(), errors=[str(error)])
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return Outcome(review_form=form, parsed=parsed, errors=_form_errors(form))
    corrected = corrections(parsed, form.cleaned_data)
    _apply_review(parsed, form.cleaned_data)
    try:
        report = save_report(
            parsed=parsed, original=data, original_name=filename, corrected_fields=corrected
        )
    except DuplicateReport as duplicate:
        staging.discard(token)
        return Outcome(
            upload_form=UploadForm(),
            duplicate=duplicate.existing,
            errors=[f"该报告已存在（编号 {duplicate.existing.pk}），未重复保存。"],
        )
    staging.discard(token)
    return Outcome(saved=report)


def _initial(parsed: ParsedReport, token: str) -> dict:
    return {
        "token": token,
        "title": parsed.title,
        "doc_type": parsed.doc_type,
        "year": parsed.year,
        "published": parsed.published,
        "issuer": parsed.issuer,
        "jurisdiction_code": parsed.jurisdiction_code or "",
        "subunit": parsed.subunit,
        "level": parsed.level,
        "source_name": parsed.source_name,
        "source_url": parsed.source_url,
    }


# Review form field → the parser's value it starts from (model field names on the left).
_REVIEWED = {
    "title": lambda p: p.title,
    "doc_type": lambda p: p.doc_type,
    "year": lambda p: p.year,
    "published": lambda p: p.published,
    "issuer": lambda p: p.issuer,
    "subunit": lambda p: p.subunit,
    "level": lambda p: p.level,
    "source_name": lambda p: p.source_name,
}


def corrections(parsed: ParsedReport, data: dict) -> list[str]:
    """The fields staff changed in the preview from what the parser gave."""
    changed = [name for name, value in _REVIEWED.items() if data[name] != value(parsed)]
    jurisdiction = data["jurisdiction_code"]
    if (jurisdiction.code if jurisdiction else None) != (parsed.jurisdiction_code or None):
        changed.append("jurisdiction")
    return changed


def _apply_review(parsed: ParsedReport, data: dict) -> None:
    jurisdiction = data["jurisdiction_code"]
    parsed.title = data["title"]
    parsed.doc_type = data["doc_type"]
    parsed.year = data["year"]
    parsed.published = data["published"]
    parsed.issuer = data["issuer"]
    parsed.jurisdiction_code = jurisdiction.code if jurisdiction else None
    parsed.subunit = data["subunit"]
    parsed.level = data["level"]
    parsed.source_name = data["source_name"]
    parsed.source_url = data["source_url"]


def _form_errors(form) -> list[str]:
    return [str(message) for messages in form.errors.values() for message in messages]
