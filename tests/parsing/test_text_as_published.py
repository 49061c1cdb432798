"""The text, title and headings are stored as printed; only the matching copy is normalised."""

from reports.parsing import parse_text, parse_upload

PAGE = (
    "中共某某县委 洛宁县人民政府关于２０２３年度法治政府建设情况的报告\n"
    "发布时间：2024-03-05 来源：洛宁县司法局\n"
    "　　2023年，洛宁县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。"
    "现将有关情况报告如下：\n"
    "　　一、工作开展情况\n"
    "　　（一）落实法治政府建设责任。县委常委会、县政府常务会议专题研究法治政府建设工作……\n"
    "　　（二）强化行政复议；全年办理行政复议案件１２件（含“两不”案件）。\n"
    "　　二、存在的主要问题\n"
    "　　基层执法力量不足。\n"
)


def test_it_keeps_full_width_punctuation_in_text_title_and_sections():
    r = parse_text(PAGE)

    assert "2023年，洛宁县坚持以习近平法治思想为指导，全面推进依法行政" in r.text
    assert "（一）落实法治政府建设责任。" in r.text
    assert "１２件（含“两不”案件）" in r.text
    assert "\u3000" not in r.text  # indentation is not text
    assert r.title == "中共某某县委 洛宁县人民政府关于２０２３年度法治政府建设情况的报告"
    assert r.year == 2023  # read from the matching copy: ２０２３ is 2023
    top = r.sections[0]
    assert [c.number for c in top.children] == ["（一）", "（二）"]
    assert top.children[1].heading == "强化行政复议"
    assert top.children[1].body == "全年办理行政复议案件１２件（含“两不”案件）。"
    assert top.children[0].body.endswith("工作……")


def test_it_keeps_traditional_characters_and_reads_them_for_the_place():
    page = (
        "洛寧縣人民政府關於2023年度法治政府建設情況的報告\n"
        "2023年，洛寧縣堅持以習近平法治思想為指導，紮實推進法治政府建設，取得明顯成效。現將有關情況報告如下：\n"
        "一、主要工作\n（一）堅持黨的領導。全面落實黨政主要負責人職責。\n"
        "二、存在問題\n基層執法能力有待提升。\n"
    )

    r = parse_text(page)

    assert r.title == "洛寧縣人民政府關於2023年度法治政府建設情況的報告"
    assert r.issuer == "洛寧縣人民政府"
    assert r.county == "洛宁县"
    assert r.sections[0].heading == "主要工作"
    assert r.sections[0].children[0].heading == "堅持黨的領導"
    assert r.sections[1].heading == "存在問題"


def test_it_reads_single_character_markers_as_headings():
    page = (
        "关于2023年度法治政府建设情况的报告\n"
        "2023年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设各项工作，取得新成效。\n"
        "一、主要工作\n㈠坚持党的领导。内容。\n㈡深化改革。内容。\n"
    )

    r = parse_text(page)

    assert [(c.number, c.heading) for c in r.sections[0].children] == [
        ("㈠", "坚持党的领导"),
        ("㈡", "深化改革"),
    ]


def test_it_restores_the_lines_of_flattened_full_width_text():
    body = "，".join(["加强法治政府建设工作取得明显成效"] * 12)
    flat = (
        "关于2023年度法治政府建设情况的报告 "
        f"2023年，我县{body}。 一、主要做法 （一）强化领导。{body}。 （二）严格执法。{body}。"
        f" 二、存在问题 {body}。"
    )

    r = parse_upload(flat.encode("utf-8"), "flat.txt")

    assert [s.heading for s in r.sections] == ["主要做法", "存在问题"]
    assert [c.number for c in r.sections[0].children] == ["（一）", "（二）"]
    assert any(line.startswith("（一）强化领导。") for line in r.text.split("\n"))
    assert "二、存在问题" in r.text.split("\n")
