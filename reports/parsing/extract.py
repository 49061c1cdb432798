"""Format-specific text extraction: HTML, .docx, .pdf. Everything returns plain text."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from .types import ParseError

MAX_UNCOMPRESSED = 50 * 1024 * 1024  # refuse .docx that would inflate past 50 MB
MAX_RATIO = 200  # a member compressed more than 200:1 is a bomb, not a document
MAX_MEMBERS = 5000


@dataclass
class HtmlHints:
    """Metadata the HTML itself carries; the text cleaner has the last word."""

    title: str = ""
    date: str = ""
    source: str = ""


# ---------------------------------------------------------------- HTML

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed")
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "nav", "aside", "main", "dd", "dt", "dl",
    "blockquote", "pre", "form", "center", "title", "hr",
}  # fmt: skip
_META_NAMES = {
    "articletitle": "title",
    "pubdate": "date",
    "publishdate": "date",
    "firstpublishedtime": "date",
    "contentsource": "source",
}


def _lxml_tree(html: str):
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on junk (empty doc, bad encoding decl)
        return None
    for bad in tree.xpath("//" + " | //".join(_DROP_TAGS)):
        bad.drop_tree()
    return tree


def _lxml_text(tree) -> str:
    """All visible text, one line per block element (<head> is metadata, not text)."""
    for head in tree.xpath("//head"):
        head.drop_tree()
    for el in tree.iter():
        if not isinstance(el.tag, str):  # comments, processing instructions
            continue
        tag = el.tag.lower()
        if tag in ("td", "th"):
            el.tail = " | " + (el.tail or "")
        elif tag in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    try:
        return tree.text_content()
    except Exception:
        return ""


def _meta_hints(tree) -> HtmlHints:
    hints = HtmlHints()
    for meta in tree.xpath("//meta[@name]"):
        key = _META_NAMES.get((meta.get("name") or "").strip().lower())
        value = (meta.get("content") or "").strip()
        if key and value and not getattr(hints, key):
            setattr(hints, key, value)
    return hints


class ExtractorMissing(RuntimeError):
    """trafilatura cannot be loaded: an installation fault, never a reason to store menus."""


def _trafilatura():
    try:
        import trafilatura
        import trafilatura.external  # justext → lxml.html.clean: the part that goes missing
    except ImportError as e:
        raise ExtractorMissing(
            f"HTML 正文提取组件 trafilatura 无法加载（{e}）：请安装依赖 lxml_html_clean "
            "（pip install -e . 会装上）后重试"
        ) from e
    return trafilatura


def extract_html(html: str) -> tuple[str, HtmlHints]:
    """Main text via trafilatura (plus the header lines around it).

    When trafilatura finds no main text (a page that is all text, hostile markup) the
    page's full lxml text is used; trafilatura missing altogether raises ExtractorMissing.
    """
    trafilatura = _trafilatura()
    tree = _lxml_tree(html)
    hints = _meta_hints(tree) if tree is not None else HtmlHints()
    full = _lxml_text(tree) if tree is not None else ""
    main = ""
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_tables=True,
            include_comments=False,
            favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if doc is not None:
            main = getattr(doc, "text", "") or ""
            hints.title = hints.title or (getattr(doc, "title", "") or "")
            hints.date = hints.date or (getattr(doc, "date", "") or "")
    except ImportError as e:  # a lazy import inside trafilatura: still a broken install
        raise ExtractorMissing(f"HTML 正文提取组件 trafilatura 无法加载（{e}）") from e
    except Exception:  # trafilatura on hostile markup: fall back to lxml text
        main = ""
    if not main.strip():
        return full, hints
    # trafilatura drops the title/来源/时间 lines; take the lines just above the main
    # text from the full page so the cleaner can harvest them.
    full_lines = [ln.strip() for ln in full.split("\n") if ln.strip()]
    first = next((ln.strip() for ln in main.split("\n") if len(ln.strip()) >= 8), "")
    key = first[:20]
    header: list[str] = []
    if key:
        for i, ln in enumerate(full_lines):
            if key in ln:
                header = full_lines[max(0, i - 15) : i]
                break
    return "\n".join([*header, main]), hints


# ---------------------------------------------------------------- DOCX


def check_zip(data: bytes) -> zipfile.ZipFile:
    """Open a zip only after checking it cannot inflate into a bomb."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as e:
        raise ParseError("文件已损坏，无法作为 .docx 打开") from e
    if len(infos) > MAX_MEMBERS:
        raise ParseError("文件结构异常（压缩包内文件过多），已拒绝处理")
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNCOMPRESSED:
            raise ParseError("文件解压后超过 50 MB（疑似压缩炸弹），已拒绝处理")
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ParseError("文件压缩比异常（疑似压缩炸弹），已拒绝处理")
    return zf


def is_docx_zip(zf: zipfile.ZipFile) -> bool:
    return "word/document.xml" in zf.namelist()


def extract_docx(data: bytes) -> str:
    zf = check_zip(data)
    if not is_docx_zip(zf):
        raise ParseError("不支持的文件类型（压缩包，不是 .docx 文档）")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.strip()
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    lines.append(" | ".join(cells))
    except ParseError:
        raise
    except Exception as e:  # python-docx raises KeyError, lxml errors, ... on broken files
        raise ParseError("无法读取该 .docx 文件，文件可能已损坏") from e
    return "\n".join(lines)


# ---------------------------------------------------------------- PDF

_NO_TEXT_LAYER = "该PDF没有文字层（可能是扫描件），请上传文字版或粘贴正文"


def extract_pdf(data: bytes) -> str:
    try:
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(data))
    except Exception as e:  # pdfminer raises many types (PDFSyntaxError, PSEOF, ...)
        raise ParseError("无法读取该PDF文件，文件可能已损坏或已加密") from e
    visible = re.sub(r"[\s\x0c]+", "", text or "")
    if len(visible) < 20:
        raise ParseError(_NO_TEXT_LAYER)
    # pdfminer puts a line break at the end of every printed line; the cleaner rejoins
    # lines that were broken mid-sentence.
    return text.replace("\x0c", "\n")
