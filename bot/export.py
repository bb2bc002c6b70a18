"""Exporting the log: CSV for spreadsheets, JSON lines for tools."""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from bot.storage import COLUMNS


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Semicolon-separated, as French spreadsheets expect; the caller opens
    the file as UTF-8 with a BOM so that accents survive a double click."""
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), delimiter=";", extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
