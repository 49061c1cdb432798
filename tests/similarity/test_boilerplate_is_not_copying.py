"""Paragraphs that many reports quote (central documents) do not make reports similar."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from reports.models import ReportSignature, SimilarPair

pytestmark = pytest.mark.django_db

DEVSET = "fixtures/devset/pages_a.jsonl"
# Quoted from 《法治政府建设实施纲要（2021－2025年）》, as many reports quote it.
BOILERPLATE = (
    "法治政府建设是全面依法治国的重点任务和主体工程，是推进国家治理体系和治理能力现代化的重要支撑。"
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，"
    "深入学习贯彻习近平法治思想，坚定不移走中国特色社会主义法治道路。"
    "到2025年，政府行为全面纳入法治轨道，职责明确、依法行政的政府治理体系日益健全，"
    "行政执法体制机制基本完善，行政执法质量和效能大幅提升，突发事件应对能力显著增强，"
    "各地区各层级法治政府建设协调并进，更多地区实现率先突破，"
    "为到2035年基本建成法治国家、法治政府、法治社会奠定坚实基础。"
    "健全依法行政制度体系，加快推进政府治理规范化程序化法治化。"
    "健全行政执法工作体系，全面推进严格规范公正文明执法。"
    "健全突发事件应对体系，依法预防处置重大突发事件。"
    "健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义。"
    "健全行政权力制约和监督体系，促进行政权力规范透明运行。"
)


def real_pages(count: int) -> list[str]:
    """The texts of `count` development-set pages of different provinces."""
    texts, provinces = [], set()
    with open(DEVSET, encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            province = page["label"]["province"]
            if page.get("text") and province not in provinces:
                provinces.add(province)
                texts.append(page["text"])
    assert len(texts) >= count
    return texts[:count]


@pytest.fixture
def quoting(save) -> list:
    """Eight real pages of eight provinces, each followed by the same quoted paragraphs."""
    return [save(f"{text}\n{BOILERPLATE}") for text in real_pages(8)]


def test_it_does_not_count_shared_boilerplate(settings, quoting):
    settings.SIMILAR_BOILERPLATE_MIN_REPORTS = 5  # held by 8 reports: boilerplate
    call_command("compute_similar", verbosity=0)
    assert ReportSignature.objects.count() == len(quoting)
    assert ReportSignature.objects.with_sketch().count() == len(quoting)
    assert not SimilarPair.objects.exists()


def test_it_would_count_it_without_the_cut(settings, quoting):
    # The control: the same reports, every sentence counted, do pair up on the quotes alone.
    settings.SIMILAR_BOILERPLATE_MIN_REPORTS = 10**6
    settings.SIMILAR_MIN_SIMILARITY = 0.2
    call_command("compute_similar", verbosity=0)
    assert SimilarPair.objects.count() >= len(quoting)


def test_it_still_finds_a_copy_among_them(client, settings, quoting, save):
    settings.SIMILAR_BOILERPLATE_MIN_REPORTS = 5
    source = quoting[3]
    copy = save(source.text.replace("2021", "2022") + "\n本报告由某局起草。")
    call_command("compute_similar", verbosity=0)
    found = client.get(f"/api/reports/{copy.pk}/similar").json()
    assert [row["id"] for row in found] == [source.pk]
    assert found[0]["similarity"] >= 0.8
