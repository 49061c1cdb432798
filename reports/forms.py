"""Forms of the admin upload: the upload itself and the review of what the parser found."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator

from config import uploads
from reports.manifests import web_url
from reports.models import Jurisdiction, Report


def validate_source_url(value: str) -> str:
    """Only http(s) links: a javascript: or data: URL would run when someone clicks it.

    A host without a scheme (www.xx.gov.cn/a.html) is taken as https://, as the admin's
    edit form does.
    """
    value = (value or "").strip()
    if not value:
        return ""
    url = web_url(value)
    if url is None:
        raise ValidationError("原文链接只接受以 http:// 或 https:// 开头的网址。")
    return url


NULL_CHARACTERS = "不能包含空字符（\\x00），请检查内容后重试。"


class TextField(forms.CharField):
    """A CharField whose refusal of NUL characters reads well in Chinese.

    (Django's own zh-hans message, 不允许是用空字符串, says "empty string".)
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.validators = [
            ProhibitNullCharactersValidator(message=NULL_CHARACTERS)
            if isinstance(v, ProhibitNullCharactersValidator)
            else v
            for v in self.validators
        ]


class UploadForm(forms.Form):
    file = forms.FileField(
        label="报告文件",
        required=False,
        help_text=f"支持 .txt、.html、.docx、.pdf（文字版）；任意编码；"
        f"不超过 {uploads.in_mb()} MB。",
    )
    text = TextField(
        label="或粘贴正文",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=2_000_000,
    )
    source_url = TextField(label="原文链接（可选）", required=False, max_length=1000)

    def clean_source_url(self) -> str:
        return validate_source_url(self.cleaned_data.get("source_url", ""))

    def clean(self) -> dict:
        super().clean()
        cleaned = self.cleaned_data
        upload = cleaned.get("file")
        text = (cleaned.get("text") or "").strip()
        if upload and text:
            raise ValidationError("请上传文件或粘贴正文，二者选其一。")
        if not upload and not text and "text" not in self.errors:
            raise ValidationError("请选择要上传的文件，或粘贴报告正文。")
        if upload is not None and upload.size > uploads.limit():
            raise ValidationError(f"文件过大：上限为 {uploads.in_mb()} MB。")
        if upload is not None and upload.size == 0:
            raise ValidationError("文件是空的，请检查后重新上传。")
        return cleaned


class ReviewForm(forms.Form):
    """Every field the parser filled, editable before the report is saved."""

    token = forms.RegexField(regex=r"^[0-9a-f]{32}$", widget=forms.HiddenInput)
    title = TextField(label="标题", max_length=300)
    doc_type = forms.ChoiceField(label="文件类型", choices=Report.DocType.choices)
    year = forms.IntegerField(label="报告年度", required=False, min_value=1990, max_value=2100)
    published = forms.DateField(
        label="发布日期",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
    )
    issuer = TextField(label="发布主体", required=False, max_length=200)
    jurisdiction_code = TextField(
        label="行政区划代码",
        required=False,
        max_length=6,
        help_text="六位 GB/T 2260 代码，如 350700（南平市）；留空表示地区不详。",
    )
    subunit = TextField(label="部门/乡镇", required=False, max_length=100)
    level = forms.ChoiceField(
        label="层级", required=False, choices=[("", "不详"), *Report.Level.choices]
    )
    source_name = TextField(label="来源", required=False, max_length=200)
    source_url = TextField(label="原文链接", required=False, max_length=1000)

    def clean_source_url(self) -> str:
        return validate_source_url(self.cleaned_data.get("source_url", ""))

    def clean_jurisdiction_code(self) -> Jurisdiction | None:
        code = (self.cleaned_data.get("jurisdiction_code") or "").strip()
        if not code:
            return None
        jurisdiction = Jurisdiction.objects.filter(code=code).first()
        if jurisdiction is None:
            raise ValidationError("没有代码为 %(code)s 的行政区划。", params={"code": code})
        return jurisdiction
