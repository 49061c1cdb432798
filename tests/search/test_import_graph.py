"""The import graph of config/, reports/ and search/: no circle, `reports` reaches no
search engine or view, and the text library (normalisation, the query parser, the
highlighter) imports neither app."""

import grimp
import pytest

PACKAGES = ("config", "reports", "search")
# Plain library code used by both apps.
TEXT_LIBRARY = {
    "search.analysis",
    "search.char_tables",
    "search.highlight",
    "search.provinces",
    "search.query",
    "search.terms",
    "search.variants",
}
ENGINES_AND_VIEWS = (
    "search.searching",
    "search.views",
    "search.whoosh_engine",
    "search.whoosh_search",
    "search.whoosh_index",
    "search.elasticsearch_backend",
)


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(*PACKAGES, include_external_packages=False)


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph.find_modules_directly_imported_by(module)):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                other = stack.pop()
                component.append(other)
                if other == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_it_finds_no_import_cycle(graph):
    assert _cycles(graph) == []


def test_it_keeps_search_engines_and_views_out_of_reports(graph):
    reports = sorted(m for m in graph.modules if m.startswith("reports"))
    chains = [
        (importer, target)
        for importer in reports
        for target in ENGINES_AND_VIEWS
        if graph.chain_exists(importer=importer, imported=target)
    ]
    assert chains == []


def test_it_keeps_the_text_library_free_of_both_apps(graph):
    for module in sorted(TEXT_LIBRARY):
        reached = graph.find_upstream_modules(module)
        assert reached - {"search"} <= TEXT_LIBRARY, (module, reached - TEXT_LIBRARY)
