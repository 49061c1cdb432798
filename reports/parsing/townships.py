"""Who below the place wrote the page: a township or sub-district (its name looked up in the
township table), or a department (issuer, covering-letter signature, the opening's organ).
"""

from __future__ import annotations

import re

from reports.divisions import Division

from .clues import _ACTS, _fits
from .dates import is_date_only
from .hosts import HostReading
from .metadata import is_department, township_name
from .places import GLOSS as _GLOSS
from .places import (
    PlaceResult,
    related,
    township_counties,
    townships_named,
)


def _township_place(
    fields: list[tuple[str, str, bool]],
    body_s: list[str],
    text: str,
    host: HostReading | None,
    prov: Division | None,
    lvl: str | None,
    parent: str,
) -> tuple[Division, str, str, bool] | None:
    """(county, township, why, corroborated) for a page a township or sub-district wrote.

    Its own name (in the title, issuer or opening) is looked up in the township table and
    kept only when one county fits the host, the province named and the 区委/县委 above it;
    with no name of its own, a 我镇 / 我街道 page on a host spelling several counties takes
    the one county whose township it names ("结合荷城街道实际" on gzzs.gov.cn).
    """
    own = ""
    for name, field_text, _ in fields:
        if name in ("title", "issuer", "publisher", "source") and field_text:
            own = township_name(field_text)
            if own:
                break
    own = own or own_township("", "", body_s)
    if own:
        cands = [d for d in township_counties(own) if _fits(d, prov)]
        near = []
        if host is not None:
            near = [d for d in cands if any(related(d, h) for h in host.candidates)]
            cands = near or cands
        if parent and len(cands) > 1:
            cands = [d for d in cands if d.name.endswith(parent)] or cands
        if len(cands) != 1:
            return None
        why = f"乡镇“{own}”（乡镇区划表）"
        if near and host is not None:
            why += f"与网址 {host.host}"
        elif prov is not None:
            why += f"与正文所指“{prov.name}”"
        return cands[0], own, why, bool(near or prov)
    if lvl != "township" or host is None:
        return None
    head = "\n".join([next((t for n, t, _ in fields if n == "title"), ""), text])
    hits = []
    for d in host.candidates:
        if d.level == "county" and _fits(d, prov):
            named = townships_named(head, d)
            if named:
                hits.append((d, named))
    if len(hits) != 1 or len(hits[0][1]) != 1:
        return None
    d, (name,) = hits[0]
    return d, name, f"网址 {host.host} 与正文所称乡镇“{name}”", True


def _one(ds: set[Division]) -> Division | None:
    return next(iter(ds)) if len(ds) == 1 else None


_GOV_OFFICE = re.compile(r"(?:人民政府|政府)办公(?:室|厅)$")
_DEPT = r"(?:局|厅|委员会|办公室|办|中心|署|部)"


def organ(
    issuer_s: str, title_s: str, body_s: list[str], place: PlaceResult | None = None
) -> tuple[str, str]:
    """("township", 下洋镇) / ("department", 长治市司法局) / ("", ""): who, below the place, wrote it.

    A government's own office (人民政府办公室) publishes for the government: not a department.
    With no issuer, the opening sentence's organ counts: "2022年,县司法局紧紧围绕…",
    "2024年,在省委省政府的坚强领导下,省司法厅坚持…".
    """
    township = township_name(issuer_s) or township_name(title_s)
    if township:
        return "township", township
    tokens = issuer_s.split()
    if issuer_s and is_department(issuer_s) and not _GOV_OFFICE.search(tokens[-1]):
        return "department", ""
    if issuer_s:
        return "", ""
    top = _top_signature(body_s)
    if top:
        return "department", top
    # the first line that is not an addressee ("省政府办公厅:")
    lead = next(
        (x for x in body_s[:3] if x.strip() and not (len(x) <= 40 and re.search(r"[:：]\s*$", x))),
        "",
    )
    first = _GLOSS.sub("", re.split(r"[。;]", lead, maxsplit=1)[0])[:200]
    first = re.sub(r"在[^,。]{0,40}(?:领导|指导|支持)下[,，]?", "", first)
    first = re.sub(r"^\W{0,3}(?:(?:19|20)\d{2}\s*年(?:度|以来)?\s*[,，]\s*)", "", first)
    township = own_township("", "", body_s)
    if township:
        return "township", township
    m = re.search(
        rf"(?:^|[,，])\s*([\u4e00-\u9fff]{{0,12}}?[省市县区]?[\u4e00-\u9fff]{{1,8}}?{_DEPT})"
        rf"(?:党组)?{_ACTS}",
        first,
    )
    if m:
        name = m.group(1)
        if (is_department(name) or name.endswith("部")) and not _GOV_OFFICE.search(name):
            if not re.search(r"人民政府|政府|党委|[省市县区]委$|管委会", name):
                return "department", name
    if place is not None and place.speaks_for == "department":
        prefix = {"厅": "省", "局": "市" if place.prefecture and not place.county else "县"}
        name = place.department
        if name:
            return "department", f"{prefix.get(name[-1:], '')}{name}"
    return "", ""


def own_township(issuer_s: str, title_s: str, body_s: list[str]) -> str:
    """The township or sub-district that wrote the page: in its issuer, its title, or acting
    in the opening ("2024年,汤头街道在区委…", "…2023年,清波街道以…")."""
    township = township_name(issuer_s) or township_name(title_s)
    if township:
        return township
    opening_s = _GLOSS.sub("", "\n".join(body_s[:3]))[:400]
    for m in re.finditer(
        r"(?:^|[,，。\n]|年)\s*((?:中共)?[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道))(?:党委|党工委|人民政府|"
        r"政府|办事处)?(?:始终|认真|深入|全面|紧紧|坚持|聚焦|立足|围绕|以|在)",
        opening_s,
    ):
        name = township_name(m.group(1))
        if name and not re.match(r"^[我本全各]", name):
            return name
    return ""


def _top_signature(body_s: list[str]) -> str:
    """A department signing the covering letter above the document it sends.

    "…现印发给你们,请认真贯彻执行。" then "山东省市场监督管理局" (and its date) near the top.
    """
    for i, s in enumerate(body_s[:10]):
        s = _GLOSS.sub("", s).strip()
        nxt = _GLOSS.sub("", body_s[i + 1]).strip() if i + 1 < len(body_s) else ""
        prev = _GLOSS.sub("", body_s[i - 1]) if i else ""
        sent = is_date_only(nxt) or re.search(r"印发给你们|请认真贯彻|请结合实际", prev)
        if 4 <= len(s) <= 30 and is_department(s) and sent:
            if not _GOV_OFFICE.search(s):
                return s
    return ""
