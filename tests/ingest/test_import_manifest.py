"""import_reports reads JSON Lines manifests: one page a line, stored with its source URL."""

import json

import pytest

from reports.models import Report
from tests.ingest.helpers import run

pytestmark = pytest.mark.django_db


def html_page(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return (
        "<html><head><meta charset='utf-8'><title>报告</title></head><body>"
        "<div class='nav'>首页 | 政务公开 | 法治政府</div>"
        f"<div class='article'>{paragraphs}</div>"
        "<div class='footer'>主办单位：某某市人民政府办公室 ICP备12345678号</div></body></html>"
    )


def test_it_imports_text_and_html_lines_with_their_urls(capsys, tmp_path, seed_paths):
    text = seed_paths[0].read_text(encoding="utf-8")
    html = html_page(seed_paths[1].read_text(encoding="utf-8"))
    manifest = tmp_path / "pages.jsonl"
    manifest.write_text(
        json.dumps({"url": "https://www.np.gov.cn/zwgk/2024/a.html", "text": text, "ref": "np-1"})
        + "\n\n"
        + json.dumps(
            {
                "url": "http://www.huangshi.gov.cn/b.html",
                "html": html,
                "ref": "hs-2",
                "fetched_at": "2025-01-02T03:04:05Z",
                "title": "关于2023年法治政府建设情况的报告",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )

    code, out, err = run(capsys, "--json", str(manifest))

    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0, err
    assert [r["status"] for r in rows] == ["imported", "imported"]
    assert [r["ref"] for r in rows] == ["np-1", "hs-2"]
    assert [r["file"] for r in rows] == [f"{manifest}#1", f"{manifest}#3"]
    nanping = Report.objects.get(pk=rows[0]["id"])
    assert nanping.source_url == "https://www.np.gov.cn/zwgk/2024/a.html"
    assert nanping.title == "南平市2023年度法治政府建设情况"
    huangshi = Report.objects.get(pk=rows[1]["id"])
    assert huangshi.source_url == "http://www.huangshi.gov.cn/b.html"
    assert huangshi.title == "关于2023年法治政府建设情况的报告"
    assert "ICP备" not in huangshi.text and "首页" not in huangshi.text
    assert rows[1]["province"] == "湖北省"
    assert "导入 2 份，重复 0 份，失败 0 份" in err


def test_it_only_parses_a_manifest_with_dry_run(capsys, tmp_path, seed_paths):
    manifest = tmp_path / "pages.jsonl"
    text = seed_paths[2].read_text(encoding="utf-8")
    manifest.write_text(json.dumps({"url": "https://www.haiyan.gov.cn/c", "text": text}) + "\n")

    code, out, _ = run(capsys, "--json", "--dry-run", str(manifest))

    row = json.loads(out)
    assert code == 0
    assert (row["status"], row["id"], row["ref"]) == ("parsed", None, None)
    assert row["url"] == "https://www.haiyan.gov.cn/c"
    assert Report.objects.count() == 0


def test_it_finds_manifests_in_a_folder(capsys, tmp_path, seed_paths):
    (tmp_path / "sub").mkdir()
    text = seed_paths[3].read_text(encoding="utf-8")
    (tmp_path / "sub" / "a.jsonl").write_text(
        json.dumps({"url": "https://www.ganxian.gov.cn/x", "text": text}) + "\n"
    )

    code, _, _ = run(capsys, str(tmp_path))

    assert code == 0
    assert Report.objects.get().source_url == "https://www.ganxian.gov.cn/x"
