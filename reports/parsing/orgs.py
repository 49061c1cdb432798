"""Whether a line names an issuing body (人民政府, 司法局 …): titles, signatures, headings."""

from __future__ import annotations

import re

ORG_SUFFIX = (
    r"(?:人民政府|政府|党委|党工委|委员会|[省市县区州旗盟]委|局|厅|办公室|办事处|管委会|委|"
    r"司法所|中心|人大常委会|法院|检察院|署|办)"
)
_ORG_TOKEN = re.compile(rf"^[\u4e00-\u9fff()]{{2,30}}?{ORG_SUFFIX}$")


def is_org(text: str) -> bool:
    tokens = text.split()
    return bool(tokens) and all(_ORG_TOKEN.match(t) for t in tokens)
