"""Shared by the browser tests (imported, unlike conftest fixtures)."""

from __future__ import annotations

import os
import re

import pytest

from tests.deploy.helpers import ROOT

ARTIFACTS = ROOT / "artifacts"

# A report whose text tries to run script in every place it is shown.
HOSTILE_TITLE = "佛山市南海区2021年法治政府建设情况报告<script>alert(1)</script>"
# Half-width comma: the importer normalises punctuation (NFKC) and the test compares text.
HOSTILE_LINE = "群众反映<img src=x onerror=alert(1)>问题后,区司法局复核了处理意见。"
HOSTILE_REPORT = f"""{HOSTILE_TITLE}

2022-03-01  来源：佛山市南海区人民政府

2021年，南海区坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。现将有关情况报告如下：

一、规范行政执法
全面推行行政执法公示制度。{HOSTILE_LINE}

二、化解行政争议
办理行政复议案件58件，纠错率12%。<script>alert(1)</script>依法审查后全部办结。
"""


def require(condition: bool, reason: str) -> None:
    """Skip (locally) or fail (REQUIRE_E2E=1) when a prerequisite is missing."""
    if condition:
        return
    if os.environ.get("REQUIRE_E2E") == "1":
        pytest.fail(f"REQUIRE_E2E=1 but {reason}", pytrace=False)
    pytest.skip(reason)


REPORT_HREF = re.compile(r"/reports/(\d+)/")


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def result_ids(page) -> list[int]:
    """Report ids of the result list, in order (after the list is known to be rendered)."""
    hrefs = page.locator("ol.result-list li.result .result__title a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    return [int(REPORT_HREF.search(h).group(1)) for h in hrefs]
