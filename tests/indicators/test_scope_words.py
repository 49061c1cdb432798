"""The scope words shown to staff checking a value, on the frozen runs' real sentences."""

from __future__ import annotations

import pytest

from reports.indicators.scope import scope_words


@pytest.mark.parametrize(
    "sentence, words",
    [
        (
            "截至2025年7月底,全县共受理行政复议案件9起,已全部审结,结案率达到100%。",
            ["截至", "7月底"],
        ),
        ("上半年四川新收行政復議案件10059件 同比增長100.82%", ["上半年"]),
        ("行政机关负责人出庭应诉率连续五年保持100%。", ["连续"]),
        (
            "区卫健委下辖参公执法单位区卫生监督所,共有持行政执法证人员93人,其中一线执法人员61人。",
            ["其中"],
        ),
        ("生态环境领域…出动执法人员34534人次,查处环境违法行为75起", ["人次"]),
        ("今年以来,…今年1月-7月,全省法院新收一审案件13753件,同比下降11.05%。", ["以来", "1月-7月"]),
        ("2023年,全区新收行政复议案件75件,受理46件。", []),
        # E-022: a rounded restatement; 约束 is no approximation
        (
            "区政府审结的复议案件977件中直接纠错236件,纠错率约为24%,较去年60件增长了近3倍。",
            ["约为"],
        ),
        ("强化对行政权力的制约和监督,规范性文件的约束力进一步增强。", []),
    ],
)
def test_it_finds_the_words_once_in_reading_order(sentence, words):
    assert scope_words(sentence) == words
