"""Near-duplicate text: pure functions from a report's text to its MinHash signature.

A report is read as normalised sentences (NFKC, traditional → simplified, whitespace and
punctuation gone, its own place names and all years masked), so that a copy in which only
the place and the year were replaced reads exactly like its source. Each sentence has a
fingerprint; sentences that many reports of the archive hold (quoted central documents,
standard phrases) are boilerplate and left out before shingling — see `distinctive`.
The rest is cut into character shingles and summarised by datasketch's MinHash, whose
Jaccard estimate is the share of (non-boilerplate) text two reports have in common.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np
from datasketch import MinHash

from reports.parsing.clean import fold

NUM_PERM = 128
SCHEME = "affine32"
SHINGLE = 8  # characters: shorter ones are shared by unrelated reports (法治政府建设)
MIN_SENTENCE = 6  # shorter pieces (序号, 一、) say nothing about copying

_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")
# Whitespace and punctuation: a copy re-punctuated is still a copy.
_NOISE = re.compile(r"[^\w\x01\x02]+|_+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|[一二〇零○]{4}(?=年)")
_PLACE_SUFFIX = re.compile(
    r"(壮族|回族|维吾尔)?(自治区|特别行政区|自治州|自治县|自治旗|地区|省|市|县|区|旗|盟)$"
)
PLACE_MASK = "\x01"
YEAR_MASK = "\x02"
# Polynomial fingerprint of a shingle (Rabin–Karp); datasketch mixes it with MurmurHash3's
# finaliser before permuting, so a simple multiplier is enough here.
_BASE = np.uint32(0x01000193)


def place_variants(names: Iterable[str]) -> list[str]:
    """Full names and their short forms (南平市 → 南平), longest first, for masking."""
    found: set[str] = set()
    for name in names:
        name = fold(unicodedata.normalize("NFKC", name or ""))
        if len(name) < 2:
            continue
        found.add(name)
        short = _PLACE_SUFFIX.sub("", name)
        if len(short) >= 2:
            found.add(short)
    return sorted(found, key=lambda n: (-len(n), n))


def _mask(sentence: str, places: Sequence[str]) -> str:
    for name in places:
        sentence = sentence.replace(name, PLACE_MASK)
    return _YEAR.sub(YEAR_MASK, sentence)


def sentences(text: str, places: Sequence[str] = ()) -> list[str]:
    """The normalised sentences of `text`, each once, in order.

    NFKC and simplified, punctuation and whitespace gone, then `places` (as place_variants
    gives them) and years masked.
    """
    out: dict[str, None] = {}
    for piece in _SENTENCE_END.split(fold(unicodedata.normalize("NFKC", text))):
        piece = _NOISE.sub("", _mask(piece, places))
        if len(piece) >= MIN_SENTENCE:
            out[piece] = None
    return list(out)


def sentence_key(sentence: str) -> int:
    """A stable 63-bit fingerprint (fits a signed 64-bit array and the database)."""
    digest = hashlib.blake2b(sentence.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1


def sentence_keys(items: Sequence[str]) -> np.ndarray:
    """Fingerprints of `items`, sorted and unique (int64)."""
    return np.unique(np.fromiter((sentence_key(s) for s in items), dtype=np.int64))


def distinctive(items: Sequence[str], frequency: dict[int, int], limit: int) -> list[str]:
    """The sentences that fewer than `limit` reports hold (`frequency`: key → reports).

    Why a document-frequency cut and not weights: a quoted paragraph of a central document
    is shared word for word by hundreds of reports; dropping it outright means two reports
    that share only such paragraphs have nothing in common, while a template that ten
    counties filled in still counts in full.
    """
    return [s for s in items if frequency.get(sentence_key(s), 0) < limit]


def shingles(items: Sequence[str]) -> np.ndarray:
    """Fingerprints (uint32, unique) of the SHINGLE-character windows of each sentence."""
    parts: list[np.ndarray] = []
    for sentence in items:
        codes = np.frombuffer(sentence.encode("utf-32-le"), dtype=np.uint32)
        if len(codes) < SHINGLE:
            continue
        windows = len(codes) - SHINGLE + 1
        value = np.zeros(windows, dtype=np.uint32)
        for k in range(SHINGLE):
            value = value * _BASE + codes[k : k + windows]
        parts.append(value)
    if not parts:
        return np.zeros(0, dtype=np.uint32)
    return np.unique(np.concatenate(parts))


def _identity(value: int) -> int:
    return value


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Generated once: every MinHash of the archive must use the same permutations.
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def minhash(values: np.ndarray) -> MinHash:
    """datasketch's MinHash of shingle fingerprints (already integers: no second hash)."""
    sketch = MinHash(
        num_perm=NUM_PERM, scheme=SCHEME, hashfunc=_identity, permutations=_permutations()
    )
    if len(values):
        sketch.update_batch(values.tolist())
    return sketch


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint32)
    return MinHash(
        hashvalues=values, scheme=SCHEME, hashfunc=_identity, permutations=_permutations()
    )


def to_bytes(sketch: MinHash) -> bytes:
    return np.asarray(sketch.hashvalues, dtype=np.uint32).tobytes()
