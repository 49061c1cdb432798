"""The document parser: uploaded bytes or pasted text → ParsedReport.

Pure functions: no ORM, no settings. Anything that goes wrong with the input raises
ParseError (with a message in Chinese for the user); nothing else escapes.
"""

from __future__ import annotations

from .types import DOC_TYPES, LEVELS, ParsedReport, ParsedSection, ParseError
from .upload import parse_text, parse_upload

__all__ = [
    "DOC_TYPES",
    "LEVELS",
    "ParseError",
    "ParsedReport",
    "ParsedSection",
    "parse_text",
    "parse_upload",
]
