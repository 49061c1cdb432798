"""对3件规范性文件进行了合法性审核: the count before the documents, the verb after 进行了
(E-057)."""

from __future__ import annotations

from reports.indicators.extract import extract


def test_it_reads_a_count_of_documents_reviewed_with_jinxingle():
    found = extract(
        "2020年市政府法制办对3件规范性文件进行了合法性审核,出具了合法性审核意见,"
        "并及时向州人民政府法制办公室进行了报送备案。",
        year=2020,
    )

    assert [(f.key, f.text) for f in found] == [("normative_reviewed", "3件")]
