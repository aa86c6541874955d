"""One reader per format, chosen by the file's content (never by its name)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from coopdev.interchange.errors import EMPTY_FILE, UNKNOWN_FORMAT, ImportError_, ImportIssue
from coopdev.interchange.readers.base import Progress, ReadActivity, Reader
from coopdev.interchange.readers.iati import IatiXmlReader
from coopdev.interchange.readers.tabular import PROJECTS_CSV, CsvReader, XlsxReader, ZippedCsvReader

__all__ = ["ReadActivity", "Reader", "detect_format", "reader_for"]

BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def detect_format(path: Path, filename: str | None = None) -> str:
    """``iati``, ``xlsx``, ``csv`` or ``csv-zip`` from the first bytes; ``ImportError_`` otherwise."""
    name = filename or path.name
    with path.open("rb") as f:
        head = f.read(4096)
    if not head.strip():
        raise ImportError_(ImportIssue(file=name, message=str(EMPTY_FILE)))
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            raise ImportError_(ImportIssue(file=name, message=str(UNKNOWN_FORMAT))) from None
        if "xl/workbook.xml" in names:
            return "xlsx"
        if PROJECTS_CSV in names:
            return "csv-zip"
        raise ImportError_(ImportIssue(file=name, message=str(UNKNOWN_FORMAT)))
    stripped = head
    for bom in BOMS:
        if stripped.startswith(bom):
            stripped = stripped[len(bom) :]
    stripped = stripped.lstrip()
    if stripped.startswith(b"<") or stripped.startswith(b"<\x00") or stripped.startswith(b"\x00<"):
        return "iati"
    if b"\x00" in head:
        raise ImportError_(ImportIssue(file=name, message=str(UNKNOWN_FORMAT)))
    return "csv"


def reader_for(*, path: Path, filename: str, progress: Progress | None = None) -> Reader:
    kind = detect_format(path, filename)
    cls: type = {"iati": IatiXmlReader, "xlsx": XlsxReader, "csv": CsvReader, "csv-zip": ZippedCsvReader}[
        kind
    ]
    return cls(path=path, filename=filename, progress=progress)
