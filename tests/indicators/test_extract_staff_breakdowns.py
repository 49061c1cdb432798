"""Staff counts in departments' reports (pages E-146…E-181): turnouts (人次) are no staff,
a part after 其中 is no total, and lines giving each unit's staff are a breakdown."""

from __future__ import annotations

from reports.indicators.extract import extract


def test_it_leaves_out_turnouts():
    # E-155 静海
    text = "生态环境领域严厉打击环境违法行为,检查企业2267家次,出动执法人员34534人次,查处环境违法行为75起。"

    assert [f for f in extract(text) if f.key == "enforcement_persons"] == []


def test_it_reads_the_total_and_not_its_part():
    # E-158 滨海新区卫健委
    text = "区卫健委下辖参公执法单位区卫生监督所,共有持行政执法证人员93人,其中一线执法人员61人。"

    assert [f.text for f in extract(text)] == ["93人"]


def test_it_reads_a_teams_members():
    # E-154 青石镇
    text = "全队共有执法队员20名,其中综合执法派驻7人,市场监管派驻3人。"

    assert [f.text for f in extract(text) if f.key == "enforcement_persons"] == ["20名"]


def test_it_leaves_out_the_lines_of_a_breakdown():
    # E-170 黄石市自然资源和规划局: each unit's staff, no total
    text = (
        "(二)行政执法机关及各执法主体的执法岗位设置数量及在岗执法人员数量。\n\n"
        "局机关执法岗位设置13个,执法人员27人;\n\n"
        "自然资源综合执法支队执法岗位设置2个,执法人员47人;\n\n"
        "黄石市林木种苗管理站执法岗位设置1个,执法人员3人;\n\n"
        "黄石市不动产登记中心执法岗位设置4个,执法人员27人。"
    )

    assert extract(text) == []
