"""How long comparing two reports takes (issue 16), on the longest real reports we hold.

    .venv/bin/python -m bench.compare_speed

The devset pages are excerpts (≤ 1,000 characters); the seeds are whole reports (up to
23,600 characters). Timed: the longest seed against itself and against each other seed,
and a ~50,000-character stress report (the five seeds joined twice) against a copy with
every tenth part edited. Pure functions, no database; the page adds two queries for the
sections and the promises lookup, also timed here (promises_of + follow_up).
"""

from __future__ import annotations

import time
from pathlib import Path

import django


def main() -> None:
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from reports.compare.diff import Part, compare_parts
    from reports.compare.promises import follow_up, passages_of, promises_of
    from reports.parsing.upload import parse_text
    from search.analysis import warm_up

    def parts(parsed) -> list[Part]:
        found = [Part("preamble", "导语", "", parsed.preamble)] if parsed.preamble else []

        def walk(sections, path):
            for i, s in enumerate(sections, 1):
                anchor = "s" + "-".join(map(str, [*path, i]))
                found.append(Part(anchor, f"{s.number} {s.heading}", s.heading, s.body))
                walk(s.children, [*path, i])

        walk(parsed.sections, [])
        return found

    seeds = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    parsed = [parse_text(t) for t in texts]
    longest = max(range(len(texts)), key=lambda i: len(texts[i]))

    def timed(label: str, a: list[Part], b: list[Part], rounds: int = 5) -> None:
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            result = compare_parts(a, b)
            best = min(best, time.perf_counter() - start)
        chars = sum(len(p.body) for p in a) + sum(len(p.body) for p in b)
        print(f"{label}: {best * 1000:.0f} ms ({chars:,} chars, reuse {result.reuse:.3f})")

    big = parts(parsed[longest])
    timed(f"longest seed ({len(texts[longest]):,} chars) vs itself", big, big)
    for i, other in enumerate(parsed):
        if i != longest:
            timed(f"longest seed vs seed {i}", big, parts(other))
    joined = [p for report in parsed + parsed for p in parts(report)]
    edited = [
        Part(
            p.anchor,
            p.label,
            p.heading,
            p.body.replace("。", "，并持续推进。", 1) if k % 10 == 0 else p.body,
        )
        for k, p in enumerate(joined)
    ]
    timed("five seeds joined twice vs an edited copy", joined, edited, rounds=3)
    start = time.perf_counter()
    warm_up()  # jieba's dictionary and the character tables: once per process (gunicorn does it)
    print(f"warm-up (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    plan = parsed[3].sections[-1]
    items = promises_of(plan.body, [(c.heading, c.body) for c in plan.children])
    follow_up(items, passages_of([(p.anchor, p.label, p.heading, p.body) for p in big]))
    took = (time.perf_counter() - start) * 1000
    print(f"promises: {len(items)} items looked up in the longest seed: {took:.0f} ms")


if __name__ == "__main__":
    main()
