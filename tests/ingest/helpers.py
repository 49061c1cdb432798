"""Shared by the import tests: run import_reports, and a page as a crawler stores it."""

from __future__ import annotations

from django.core.management import call_command


def run(capsys, *args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `manage.py import_reports ARGS`."""
    code = 0
    try:
        call_command("import_reports", *args)
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def page(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f"<html><head><title>报告</title></head><body><div>{paragraphs}</div></body></html>"
