"""Real .docx, .pdf and .html files; lying extensions; zip bombs."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from reports.parsing import ParseError, parse_text, parse_upload

from .pdfmaker import image_only_pdf, text_pdf

TITLE = "洛宁县2023年度法治政府建设情况报告"
FIRST = "2023年,洛宁县坚持以习近平法治思想为指导,扎实推进法治政府建设,取得明显成效。"


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph(FIRST)
    document.add_paragraph("一、主要工作")
    document.add_paragraph("全年办理行政复议案件33件,纠错率保持合理水平。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).text = "数量"
    table.cell(1, 0).text = "行政复议案件"
    table.cell(1, 1).text = "33件"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_it_reads_docx_paragraphs_and_table_cells():
    r = parse_upload(_docx(), "report.docx")
    assert r.file_kind == "docx"
    assert (r.title, r.year, r.county) == (TITLE, 2023, "洛宁县")
    assert "行政复议案件 | 33件" in r.text
    assert r.sections[0].heading == "主要工作"


def test_it_reads_a_pdf_text_layer():
    pdf = text_pdf(
        [TITLE, "发布时间:2024-03-05", FIRST, "一、主要工作", "全年办理行政复议案件33件。"]
    )
    r = parse_upload(pdf, "report.pdf")
    assert r.file_kind == "pdf"
    assert (r.title, r.year, r.county) == (TITLE, 2023, "洛宁县")
    assert r.published.isoformat() == "2024-03-05"


def test_it_refuses_a_scanned_pdf():
    with pytest.raises(ParseError, match="没有文字层"):
        parse_upload(image_only_pdf(), "scan.pdf")


def test_it_refuses_a_broken_pdf():
    with pytest.raises(ParseError):
        parse_upload(b"%PDF-1.4\n" + b"garbage" * 50, "broken.pdf")


@pytest.mark.parametrize(
    ("maker", "name", "kind"),
    [
        (_docx, "report.pdf", "docx"),
        (lambda: text_pdf([TITLE, FIRST, "一、主要工作"]), "report.docx", "pdf"),
        (lambda: (TITLE + "\n" + FIRST * 2).encode(), "report.pdf", "txt"),
        (
            lambda: f"<html><body><h1>{TITLE}</h1><p>{FIRST}</p></body></html>".encode(),
            "r.txt",
            "html",
        ),
    ],
)
def test_it_goes_by_the_real_content_when_the_extension_lies(maker, name, kind):
    r = parse_upload(maker(), name)
    assert r.file_kind == kind
    assert r.county == "洛宁县"


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_it_refuses_a_zip_bomb_disguised_as_docx():
    bomb = _zip({"word/document.xml": b"\0" * (51 * 1024 * 1024)})
    assert len(bomb) < 200_000
    with pytest.raises(ParseError, match="压缩"):
        parse_upload(bomb, "report.docx")


def test_it_refuses_a_member_with_an_absurd_compression_ratio():
    bomb = _zip({"word/document.xml": b"<w:document/>", "word/media/x.bin": b"a" * 5_000_000})
    with pytest.raises(ParseError, match="压缩"):
        parse_upload(bomb, "report.docx")


def test_it_refuses_a_plain_zip():
    with pytest.raises(ParseError, match=r"不是 \.docx"):
        parse_upload(_zip({"a.txt": b"hello"}), "report.docx")


def test_it_extracts_html_without_scripts_or_styles():
    html = f"""<!DOCTYPE html><html><head><title>{TITLE}_洛宁县人民政府</title>
    <style>.x {{ color: red }} body {{ font: 12px }}</style>
    <script>var secret = "不应出现的脚本内容"; document.write("法治政府")</script></head>
    <body><div class="nav">首页 | 政务公开 | 法治政府建设</div>
    <div class="crumb">当前位置: 首页 > 法治政府建设</div>
    <div class="article"><h1>{TITLE}</h1>
    <div class="info">发布时间:2024-03-05 11:41 来源:洛宁县人民政府</div>
    <p>{FIRST}现将有关情况报告如下:</p><p>一、主要工作</p>
    <p>全年办理行政复议案件33件,撤销或确认违法1件,责令履行3件,行政机关负责人出庭应诉率达100%。</p>
    <p>二、存在问题</p><p>基层执法力量仍然薄弱,执法能力和水平有待进一步提升。</p></div>
    <div class="footer">版权所有:洛宁县人民政府 网站标识码:4103280001</div></body></html>"""
    r = parse_upload(html.encode(), "page.html")
    assert "不应出现" not in r.text and "color" not in r.text
    assert r.title == TITLE
    assert r.published.isoformat() == "2024-03-05"
    assert (r.county, r.year, r.doc_type) == ("洛宁县", 2023, "annual")
    assert [s.heading for s in r.sections] == ["主要工作", "存在问题"]
    assert parse_text(html).title == TITLE  # pasted page source works too
