"""manage.py evaluate_indicators: precision and recall on the hand-marked values."""

from __future__ import annotations

import re

from django.core.management import call_command

from reports.indicators.evaluation import evaluate
from tests.conftest import SEEDS_DIR


def test_it_meets_the_targets_on_the_marked_values(capsys):
    outcome = evaluate(SEEDS_DIR.parent.parent)

    assert outcome.marked >= 100
    assert outcome.precision >= 0.95
    assert outcome.recall >= 0.80
    call_command("evaluate_indicators")
    out = capsys.readouterr().out
    assert re.search(r"精确率 precision：\d+\.\d%", out) and "召回率 recall" in out


def test_it_measures_one_batch_of_extra_pages(capsys):
    outcome = evaluate(SEEDS_DIR.parent.parent, refs=("E-022", "E-040"))

    assert outcome.documents == 19
    assert outcome.marked == 30
    call_command("evaluate_indicators", "--refs", "E-022", "E-040")
    assert "文档 19 份，人工标注 30 个值" in capsys.readouterr().out
