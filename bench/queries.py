"""The fixed benchmark queries: 1–3 words, some with province/year filters, in the
default (words) mode; terms mixing Chinese with digits, Latin letters or punctuation; and
the single terms again in exact mode.

`filters` use the search API's parameters (province/year/level/type). A query is
"single" when it is one exact-mode term without filters: exactly the reports whose text
contains that string must be found, so its hit count must equal the naive icontains count.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BenchQuery:
    q: str
    filters: dict[str, str] = field(default_factory=dict)
    mode: str = ""  # "" = the default (words)

    @property
    def single(self) -> bool:
        plain = " " not in self.q and not self.q.startswith(("-", '"'))
        return self.mode == "exact" and not self.filters and plain

    @property
    def key(self) -> str:
        extra = "&".join(f"{k}={v}" for k, v in self.params()[1:])
        return f"{self.q}?{extra}" if extra else self.q

    def params(self) -> list[tuple[str, str]]:
        mode = [("mode", self.mode)] if self.mode else []
        return [("q", self.q), *sorted(self.filters.items()), *mode]


QUERIES: tuple[BenchQuery, ...] = (
    BenchQuery("行政复议"),
    BenchQuery("法治政府建设"),
    BenchQuery("执法"),
    BenchQuery("柔性执法"),
    BenchQuery("证照分离"),
    BenchQuery("营商环境"),
    BenchQuery("行政规范性文件"),
    BenchQuery("重大行政决策"),
    BenchQuery("公平竞争审查"),
    BenchQuery("习近平法治思想"),
    BenchQuery("矛盾纠纷"),
    BenchQuery("税"),
    BenchQuery("诉源治理"),
    BenchQuery("法律顾问"),
    BenchQuery("行政执法 公示"),
    BenchQuery("合法性审查 规范性文件"),
    BenchQuery("政务公开 OR 政务服务"),
    BenchQuery("法治 -公安"),
    BenchQuery("行政复议", {"province": "浙江省"}),
    BenchQuery("执法", {"year": "2023"}),
    BenchQuery("营商环境", {"province": "河南省", "year": "2021"}),
    BenchQuery("普法 宣传", {"year": "2024"}),
    BenchQuery("信访", {"province": "广东省"}),
    BenchQuery("应急管理 预案"),
    # Chinese with digits, Latin letters or punctuation, and parts of numbers.
    BenchQuery("2023年"),
    BenchQuery("2021年以来"),
    BenchQuery("024年"),
    BenchQuery("21"),
    BenchQuery(".3%"),
    BenchQuery("1121"),
    BenchQuery("执行、重"),
    BenchQuery("“八五”普法"),
    BenchQuery('"行政 复议"'),
)
# Every single term again in exact mode: its count must equal icontains.
QUERIES += tuple(
    BenchQuery(q.q, mode="exact")
    for q in QUERIES
    if not q.filters and " " not in q.q and not q.q.startswith(("-", '"'))
)
