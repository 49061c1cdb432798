"""reports.similarity on real text: what a copy changes (places, years, script) is masked."""

from __future__ import annotations

from pathlib import Path

from opencc import OpenCC

from reports import similarity

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "000_46056604f2ca08c2.txt"


def sketch(text: str, places: list[str]):
    items = similarity.sentences(text, similarity.place_variants(places))
    return similarity.minhash(similarity.shingles(items))


def test_it_masks_the_place_and_the_years():
    text = SEED.read_text(encoding="utf-8")
    copy = text.replace("南平市", "婺源县").replace("2023", "2021").replace("2024", "2022")
    source_places = similarity.place_variants(["福建省", "南平市"])
    copy_places = similarity.place_variants(["江西省", "上饶市", "婺源县"])
    a = similarity.sentences(text, source_places)
    b = similarity.sentences(copy, copy_places)
    assert all("南平市" not in s and "2023" not in s for s in a)
    # The copy kept the short form 南平 where the source printed it (as the benchmark's
    # copies do): only those sentences differ.
    assert len(set(a) & set(b)) >= 0.95 * len(a)
    full_copy = copy.replace("南平", "婺源").replace("福建", "江西")
    assert similarity.sentences(full_copy, copy_places) == a


def test_it_reads_traditional_and_full_width_as_the_same_text():
    text = SEED.read_text(encoding="utf-8")
    traditional = OpenCC("s2t").convert(text).replace(",", "，").replace("2023", "２０２３")
    assert traditional != text
    places = ["福建省", "南平市"]
    assert sketch(traditional, places).jaccard(sketch(text, places)) >= 0.95


def test_it_gives_short_place_forms():
    assert similarity.place_variants(["广西壮族自治区", "南平市", "赣县区"]) == [
        "广西壮族自治区",
        "南平市",
        "赣县区",
        "南平",
        "广西",
        "赣县",
    ]


def test_it_round_trips_a_signature():
    text = SEED.read_text(encoding="utf-8")
    original = sketch(text, [])
    assert similarity.from_bytes(similarity.to_bytes(original)).jaccard(original) == 1.0
    assert len(similarity.to_bytes(original)) == 4 * similarity.NUM_PERM
