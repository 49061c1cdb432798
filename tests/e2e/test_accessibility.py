"""axe-core finds nothing serious or critical; lang, landmarks and labels are in place."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

AXE_RUN = """async () => {
    const result = await axe.run(document, {resultTypes: ['violations']});
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
    }));
}"""

# Controls without an accessible name (label element, aria-label(ledby) or title).
UNLABELLED = """() => [...document.querySelectorAll('input, select, textarea')]
    .filter(el => !['hidden', 'submit', 'button', 'reset', 'image'].includes(el.type))
    .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                  && !el.getAttribute('aria-labelledby') && !el.title)
    .map(el => el.outerHTML.slice(0, 120))"""


def public_pages(site) -> dict[str, str]:
    nanping = site.report_id("南平市")
    return {
        "home": "/",
        "results": "/search/?q=行政复议",
        "browse-all": "/search/",
        "report": f"/reports/{nanping}/",
        "report-highlighted": f"/reports/{nanping}/?q=行政复议",
        "browse": "/browse/",
        "coverage": "/browse/coverage/",
        "province": "/browse/350000/",
    }


def test_it_has_no_serious_or_critical_axe_violations(open_page, live_site, axe_source):
    # bypass_csp: axe is injected as an inline script, which the site's CSP forbids.
    page = open_page(bypass_csp=True)
    failures = {}
    for name, path in public_pages(live_site).items():
        response = page.goto(path)
        assert response.status == 200, f"{name}: {path} answered {response.status}"
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(AXE_RUN)
        serious = [v for v in violations if v["impact"] in {"serious", "critical"}]
        if serious:
            failures[f"{name} {path}"] = serious
    assert not failures, failures


def test_it_declares_language_landmarks_and_labels(page, live_site):
    for name, path in public_pages(live_site).items():
        page.goto(path)
        assert page.get_attribute("html", "lang") == "zh-Hans", name
        expect(page.get_by_role("banner")).to_have_count(1)
        expect(page.get_by_role("main")).to_have_count(1)
        expect(page.get_by_role("navigation").first).to_be_attached()
        expect(page.locator("header nav")).to_have_count(1)
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        assert page.evaluate(UNLABELLED) == [], f"{name}: unlabelled form controls"
