"""The hostile request set for a running site or the test client (no I/O here).

search/probe.py sends these to a live site (`manage.py probe_site URL`); tests/hostile
sends the same cases through Django's test client, so the script and the suite cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

NORMAL_QUERIES = ["法治", "行政复议", "法治政府建设", '"行政执法"', "行政复议 OR 行政诉讼"]

SEARCH_PATHS = ("/search/", "/api/search")

# Whoosh's query syntax, one character or word at a time. Our translator treats all of
# it as text (search/query.py), so none of it may reach Whoosh's own parser.
SYNTAX_SINGLE = [*'*?~^:()[]{}"\\/', "AND", "OR", "NOT", "TO", "-", "+", "!", "&&", "||", "'"]
SYNTAX_COMBOS = [
    '"',
    '""',
    '"""',
    '"行政',
    '行政"复议',
    '"行政 复议',
    "((行政",
    "行政))",
    "[a TO z]",
    "[2019 TO 2023]",
    "{1 TO }",
    "[TO]",
    "title:行政",
    "text:*",
    "django_id:1",
    "a:b:c",
    "行政~2",
    "行政~",
    "行政^3",
    "^^^",
    "*行政*",
    "*",
    "**",
    "?",
    "行?复议",
    "/行政.*/",
    "\\",
    '\\"',
    "行政\\",
    "NOT",
    "NOT NOT 行政",
    "NOT 行政",
    "OR 行政",
    "行政 OR",
    "OR OR OR",
    "AND AND",
    "行政 AND",
    "TO TO",
    "-",
    "--行政",
    "- - -",
    "-行政",
    '"" OR ""',
    '-""',
    "行政 AND (复议 OR 诉讼) NOT 信访",
    '(行政 OR "复议) AND [诉讼',
    "{}[]()\"'",
    '*?~^:()[]{}"\\/',
    '行政 * ? ~ ^ : ( ) [ ] { } " \\ / AND OR NOT TO',
    "%",
    "%%",
    "%s%s%s",
    "{0}",
    "$(id)",
    "`id`",
    "&",
    "#",
]
LONG = [
    "法" * 2000,
    "行政复议" * 500,
    " ".join(f"词{i}" for i in range(700))[:2000],
    "a" * 2000,
    " OR ".join(["行政"] * 400)[:2000],
    "(" * 2000,
    '"' * 2000,
    "-" * 2000,
    "* " * 1000,
    " ".join(f"w{i}" for i in range(400))[:2000],
]
PUNCT_ONLY = [
    "。，、；：？！",
    "……",
    "——",
    "!!!!",
    "....",
    ",,,",
    "《》〈〉「」",
    " ",
    "   ",
    "\t\n",
    "・·•",
]
STOPWORDS_ONLY = [
    "的 了 是 和 在",
    "的的的的的",
    "the and of a to",
    "和",
    "之 乎 者 也",
    "是",
    "的",
]
CONTROL = [
    "\x00",
    "行政\x00复议",
    "\x01\x02\x03",
    "\x1b[31m行政",
    "\x7f",
    "\r\n行政\r\n",
    "\u200b",
    "行\u200b政",
    "\u202e行政",
    "\ufeff",
    "\ufffd",
    "\ud7ff",
    "\x85",
]
EMOJI = [
    "😀",
    "法治😀",
    "👨‍👩‍👧",
    "🏳️‍🌈 行政",
    "😀" * 200,
    "𠀀𠀁",  # CJK extension B, outside the BMP
    "㐀",
    "行政🇨🇳复议",
]
SQL = [
    "' OR 1=1 --",
    "1; DROP TABLE reports_report;--",
    '" OR ""="',
    "' UNION SELECT username, password FROM auth_user --",
    "1' AND SLEEP(5)--",
    "%' OR '%'='",
    "行政'; DELETE FROM reports_report; --",
]
MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "<mark>行政</mark>",
    "&lt;script&gt;",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
]
# Percent-encoded bytes that are not UTF-8 (lone continuation, truncated, surrogate,
# over-long, beyond U+10FFFF), sent raw in the query string.
INVALID_UTF8 = ["%FF", "%C3%28", "%E6%B3", "%ED%A0%80", "%C0%AF", "%F4%90%80%80", "%E6%B3%95%FF"]

PAGE_VALUES = ["0", "-1", "99999", "abc", "1.5", "1e3", "", " 2", "２", "9" * 30, "%00", "0x10"]
FACETS = [
    [("province", "火星省")],
    [("province", "福建省"), ("province", "福建省")],
    [("province", "福建省"), ("province", "湖北省"), ("province", "福建省")],
    [("province", "<script>alert(1)</script>")],
    [("province", "福建省' OR '1'='1")],
    [("province", "")],
    [("province", "福" * 500)],
    [("year", "二〇二三")],
    [("year", "1800")],
    [("year", "2023"), ("year", "2023")],
    [("year", "-2023")],
    [("year", "2023.0")],
    [("year", "99999999999999999999")],
    [("level", "xyz")],
    [("level", "county"), ("level", "county")],
    [("type", "../../etc/passwd")],
    [("type", "report"), ("type", "nonsense")],
    [("prefecture", "火星市")],
    [("prefecture", "南平市"), ("county", "<script>alert(1)</script>")],
    [("county", "鼓楼区"), ("province", "福建省"), ("county", "鼓楼区")],
    [("code", "350700' OR '1'='1")],
    [("code", "０００")],
    [("code", "350700"), ("code", "110101"), ("code", "9" * 40)],
    [("sort", "zzz")],
    [("sort", "oldest"), ("page", "99999")],
    [("sort", "relevance;DROP TABLE x")],
    [("sort", "newest"), ("sort", "year")],
    [("q", "法治"), ("q", "行政复议")],
    [("unknown", "1"), ("q", "法治")],
    [("q", "法治"), *[("province", f"省{i}") for i in range(50)]],
]

JUNK_PATHS = [
    "/reports/abc/",
    "/reports/0/",
    "/reports/99999999/",
    "/reports/99999999999999999999999999/",
    "/reports/1abc/",
    "/reports/%FF/",
    "/reports/%F0%9F%98%80/",
    "/reports/%3Cscript%3E/",
    "/reports/1/%00/",
    "/reports/99999999999999999999999999/original",
    "/reports/abc/original",
    "/browse/abc/",
    "/browse/000000/",
    "/browse/999999/",
    "/browse/%FF/",
    "/browse/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
    "/browse/..%2F..%2Fetc%2Fpasswd/",
    "/browse/350000/?subunit=" + "x" * 300,
    "/browse/350000/?subunit=%00",
    "/browse/350000/?subunit=%FF",
    "/api/reports/abc",
    "/api/reports/-1",
    "/api/reports/1.5",
    "/api/reports/%FF",
    "/api/reports/%D9%A1",  # Arabic-Indic digit one: not a plain ASCII digit
    "/api/reports/99999999999999999999999999",
    "/api/reports/1%20OR%201=1",
    "/api/reports/",
    "/api/search/",
    "/search/?" + "q=%E6%B3%95&" * 300,
    "/%FF",
    "/static/../config/settings.py",
    "/media/staging/",
]


@dataclass(frozen=True)
class Case:
    group: str  # the input class shown in the report's table
    path: str  # path and query string, already percent-encoded
    allowed: tuple[int, ...]  # the status codes that are a correct answer


def _query(params: list[tuple[str, str]]) -> str:
    return urlencode(params, quote_via=quote)


# gunicorn refuses a request line over 4094 bytes with 414 before Django sees it (nginx
# likewise past its 8 KB buffer): 2,000 CJK characters are 18,000 bytes percent-encoded.
REQUEST_LINE_LIMIT = 4094


def _allowed(path: str) -> tuple[int, ...]:
    return (200, 400, 414) if len(path) + 20 > REQUEST_LINE_LIMIT else (200, 400)


def search_cases() -> list[Case]:
    """Each hostile value as `q` on /search/ and /api/search."""
    groups = {
        "syntax (single)": SYNTAX_SINGLE,
        "syntax (combined, unbalanced)": SYNTAX_COMBOS,
        "2,000-character queries": LONG,
        "only punctuation": PUNCT_ONLY,
        "only stopwords": STOPWORDS_ONLY,
        "control characters": CONTROL,
        "emoji / non-BMP": EMOJI,
        "SQL fragments": SQL,
        "markup / template syntax": MARKUP,
    }
    cases = []
    for group, values in groups.items():
        for value in values:
            for base in SEARCH_PATHS:
                path = f"{base}?{_query([('q', value)])}"
                cases.append(Case(group, path, _allowed(path)))
    for raw in INVALID_UTF8:
        for base in SEARCH_PATHS:
            cases.append(Case("invalid UTF-8 in URL", f"{base}?q={raw}", (200, 400)))
            cases.append(
                Case(
                    "invalid UTF-8 in URL",
                    f"{base}?q=%E6%B3%95%E6%B2%BB&province={raw}",
                    (200, 400),
                )
            )
    for value in PAGE_VALUES:
        for base in SEARCH_PATHS:
            raw = value if value.startswith("%") else quote(value)
            cases.append(
                Case("page numbers", f"{base}?q=%E6%B3%95%E6%B2%BB&page={raw}", (200, 400))
            )
    for params in FACETS:
        for base in SEARCH_PATHS:
            path = f"{base}?{_query(params)}"
            cases.append(Case("facet values", path, _allowed(path)))
    return cases


def junk_cases() -> list[Case]:
    # 301: CommonMiddleware's APPEND_SLASH for a path that only lacks its slash.
    # 200: a valid page with a junk query parameter (ignored or matching nothing).
    return [
        Case(
            "junk report/browse/API URLs", p, (200, 301, 400, 404) if "?" in p else (301, 400, 404)
        )
        for p in JUNK_PATHS
    ]


def all_cases() -> list[Case]:
    return [*search_cases(), *junk_cases()]


def normal_paths() -> list[str]:
    return [f"{base}?{_query([('q', q)])}" for q in NORMAL_QUERIES for base in SEARCH_PATHS]
