"""Small builders shared by the parsing tests."""

from __future__ import annotations

BODY = (
    "一、主要举措和成效\n"
    "(一)坚持党的领导。全面落实党政主要负责人履行推进法治建设第一责任人职责,"
    "定期听取法治政府建设工作汇报,研究解决重大问题。\n"
    "(二)深化行政执法体制改革。推进综合行政执法,规范执法行为,落实行政执法三项制度。\n"
    "二、存在的问题\n"
    "一是法治队伍建设仍需加强;二是基层执法能力有待提升。\n"
    "三、下一步工作打算\n"
    "持续推进法治政府建设,不断提升依法行政水平。\n"
)


def report(title: str, meta: str = "", first: str = "", body: str = BODY) -> str:
    """A realistic page: title, metadata line, first paragraph, headed body."""
    first = first or (
        "2023年,在上级党委政府的坚强领导下,我们坚持以习近平法治思想为指导,"
        "扎实推进法治政府建设各项工作。现将有关情况报告如下:"
    )
    return "\n".join(x for x in (title, meta, first, body) if x)
