"""An editor's note (编者按:) is the publisher speaking of the piece: the place is the piece's."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset C-013 (www.hunan.gov.cn, the province's site carrying a city's case).
CHANGDE = (
    "编者按:近年来,全省各级各部门认真贯彻落实省委、省政府工作部署,把深化“放管服”和“一件事一次办”改革、优化营商环境"
    "作为推进政府治理体系和治理能力现代化的重要举措,取得良好成效。2020年,共有4个市州、10个县市区因推进“一件事一次办”"
    "改革成效明显获得省政府督查激励。\n"
    "着力推进“五个突破”\n持续深化“一件事一次办”改革攻坚\n——常德市深化“一件事一次办”改革典型经验\n"
    "2020年,常德市坚持以人民为中心,全面落实党中央、国务院和省委、省政府有关“放管服”改革的决策部署,"
    "着力推进“五个突破”,持续深化“一件事一次办”改革攻坚,进一步优化了政务管理服务。\n"
    "一、推进事项管理突破,实现政务服务智能办。坚持市级统筹,注重示范引导,推进事项精细化管理。\n"
)


def test_it_places_the_piece_not_the_publisher_of_the_note():
    r = parse_text(
        CHANGDE, source_url="http://www.hunan.gov.cn/topic/yjsycb/t20210607_19442322.html"
    )
    assert (r.province, r.prefecture, r.level) == ("湖南省", "常德市", "prefecture")


def test_it_places_it_without_the_host_too():
    r = parse_text(CHANGDE)
    assert (r.province, r.prefecture) == ("湖南省", "常德市")
