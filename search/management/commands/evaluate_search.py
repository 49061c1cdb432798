"""python manage.py evaluate_search [--judgments PATH] [--mode words|exact|both] [--json] [-v 2]

Search quality on hand-judged queries (fixtures/devset/judged_queries.json): recall@10 and
R-precision per query and on average, for each mode. Nothing of the configured archive is
read or written: the pages the judgments file names are imported into a scratch archive
(a temporary SQLite database, Whoosh index and media folder) through `import_reports`,
the index is rebuilt with `rebuild_index`, and every query goes through the project's own
search (`search.query.parse` and `search.searching.run`), each step a `manage.py`
subprocess pointed at the scratch archive. The scores are computed in search/evaluation.py.
"""

from __future__ import annotations

import argparse
import inspect
import json
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from search.evaluation import (
    K,
    QueryScore,
    load_judgments,
    page_urls,
    resolve,
    score,
    summarize,
    table,
)

DEFAULT_JUDGMENTS = Path("fixtures") / "devset" / "judged_queries.json"
MODES = ("words", "exact")


def _manage(env: dict[str, str], *args: str, ok: tuple[int, ...] = (0,)) -> str:
    """Run manage.py with the scratch archive's environment; its stdout."""
    from bench.site import PYTHON

    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if result.returncode not in ok:
        raise CommandError(
            f"manage.py {args[0]} 退出码 {result.returncode}\n"
            f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        )
    return result.stdout


def mode_supported() -> bool:
    """Whether this checkout's search takes a mode (search.query.parse(q, mode))."""
    from search.query import parse

    return "mode" in inspect.signature(parse).parameters


def run_queries(spec: dict) -> dict:
    """In the scratch archive: each query of `spec` through parse + run, in each mode.

    With no mode in this checkout's search, each query runs once, as mode "current"."""
    from search import searching
    from search.query import parse

    supported = mode_supported()
    modes = spec["modes"] if supported else ["current"]
    runs = []
    for item in spec["queries"]:
        for mode in modes:
            parsed = parse(item["q"], mode) if supported else parse(item["q"])
            outcome = searching.run(parsed, filters={}, page=1, per_page=item["need"])
            runs.append(
                {
                    "q": item["q"],
                    "mode": mode,
                    "ids": outcome.ids,
                    "count": outcome.count,
                    "relaxed": bool(getattr(outcome, "relaxed", False)),
                }
            )
    return {"mode_supported": supported, "runs": runs}


class Command(BaseCommand):
    help = "在人工标注的查询上评估检索：每个查询及平均的召回@10 与 R-精度（两种模式）。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--judgments",
            default=str(DEFAULT_JUDGMENTS),
            help="标注文件（默认 fixtures/devset/judged_queries.json）",
        )
        parser.add_argument("--mode", choices=[*MODES, "both"], default="both")
        parser.add_argument("--json", action="store_true", help="输出 JSON")
        # Internal: the step that runs inside the scratch archive.
        parser.add_argument("--run-queries", metavar="SPEC", help=argparse.SUPPRESS)

    def handle(self, *args, **options) -> None:
        if options["run_queries"]:
            spec = json.loads(Path(options["run_queries"]).read_text(encoding="utf-8"))
            self.stdout.write(json.dumps(run_queries(spec), ensure_ascii=False))
            return
        path = Path(options["judgments"])
        if not path.is_absolute():
            path = Path(settings.BASE_DIR) / path
        try:
            judgments = load_judgments(path, root=Path(settings.BASE_DIR))
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"无法读取标注文件 {path}：{error}") from error
        modes = list(MODES) if options["mode"] == "both" else [options["mode"]]
        collection = [str(p) for p in judgments.collection]
        pages = page_urls(judgments.collection)
        refs = [ref for ref, _ in pages]
        known = set(refs)
        if len(known) != len(refs):
            raise CommandError("集合中有重复的页面编号（ref）")
        try:
            judgments, renamed = resolve(judgments, dict(pages))
        except ValueError as error:
            raise CommandError(str(error)) from error
        for judged in judgments.queries:
            unknown = set(judged.relevant + judged.partial) - known
            if unknown:
                raise CommandError(f"查询“{judged.q}”标注了集合中没有的页面：{sorted(unknown)}")
        verbosity = options["verbosity"]
        if verbosity and not options["json"]:
            self.stderr.write(f"临时库：导入 {len(known)} 个页面、重建索引、运行查询……")
        with tempfile.TemporaryDirectory(prefix="evaluate-search-") as tmp:
            from bench.site import site_env

            env = site_env(Path(tmp))
            _manage(env, "migrate", "--noinput", "-v0")
            # Exit status 1 means some pages failed (each has its row); anything else, or
            # fewer rows than pages, is a crash.
            output = _manage(env, "import_reports", *collection, "--json", "-v0", ok=(0, 1))
            imported = [json.loads(line) for line in output.splitlines() if line.strip()]
            if len(imported) != len(refs):
                raise CommandError(
                    f"import_reports 只输出了 {len(imported)} 行（共 {len(refs)} 个页面）"
                )
            _manage(env, "rebuild_index", "--noinput", "-v0")
            spec = {
                "modes": modes,
                "queries": [
                    {"q": j.q, "need": max(K, len(j.relevant)) + len(j.partial)}
                    for j in judgments.queries
                ],
            }
            spec_path = Path(tmp) / "queries.json"
            spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
            ran = json.loads(_manage(env, "evaluate_search", "--run-queries", str(spec_path)))
        ids = {row["ref"]: row["id"] for row in imported if row.get("ref")}
        by_q = {j.q: j for j in judgments.queries}
        scores: list[QueryScore] = [
            score(by_q[r["q"]], r["mode"], r["ids"], r["count"], ids, relaxed=r["relaxed"])
            for r in ran["runs"]
        ]
        statuses = {
            s: sum(1 for r in imported if r["status"] == s)
            for s in ("imported", "duplicate", "failed")
        }
        notes = [f"页面编号已变：{'，'.join(renamed)}"] if renamed else []
        if not ran["mode_supported"]:
            notes.append(
                "此版本的检索没有 mode 参数：每个查询只按现行规则运行一次（mode=current）。"
            )
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "judgments": str(path),
                        "pages": len(known),
                        "import": statuses,
                        "notes": notes,
                        "summary": [s.__dict__ for s in summarize(scores)],
                        "queries": [s.__dict__ for s in scores],
                    },
                    ensure_ascii=False,
                )
            )
            return
        self.stdout.write(
            f"{path.name}：{len(judgments.queries)} 个查询，{len(known)} 个页面"
            f"（导入 {statuses['imported']}，重复 {statuses['duplicate']}，失败 {statuses['failed']}）"
        )
        for note in notes:
            self.stdout.write(note)
        self.stdout.write(table(scores, details=verbosity >= 2))
