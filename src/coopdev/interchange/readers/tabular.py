"""CSV and XLSX: one row per activity, the columns of :mod:`coopdev.interchange.columns`.

CSV is read line by line (each physical line decoded on its own, so a byte that is not UTF-8
is reported with its row). XLSX is read with python-calamine, which keeps one sheet in memory:
spreadsheets of the size people keep by hand are small; very large files should be CSV or XML.
A zip holding ``projects.csv`` (the CSV export) is read as that CSV.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from coopdev.interchange.columns import REQUIRED, RowMapper
from coopdev.interchange.errors import (
    CSV_BAD_ENCODING,
    CSV_MISSING_COLUMNS,
    EMPTY_FILE,
    XLSX_UNREADABLE,
    ImportError_,
    ImportIssue,
)
from coopdev.interchange.readers.base import CountingFile, Progress, ReadActivity

PROJECTS_SHEET = "projects"
PROJECTS_CSV = "projects.csv"


class _BadLine(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _rows_to_activities(
    rows: Iterable[list[str]], *, filename: str, positions: Iterator[int] | None = None
) -> Iterator[ReadActivity]:
    mapper = RowMapper(filename=filename)
    iterator = iter(rows)
    header = next(iterator, None)
    if header is None:
        raise ImportError_(ImportIssue(file=filename, message=str(EMPTY_FILE)))
    columns = [str(h or "").strip().lstrip("\ufeff") for h in header]
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise ImportError_(
            ImportIssue(
                file=filename, row=1, message=str(CSV_MISSING_COLUMNS % {"columns": ", ".join(missing)})
            )
        )
    number = 1
    for cells in iterator:
        number = next(positions) if positions is not None else number + 1
        if not any(str(c).strip() for c in cells if c is not None):
            continue
        row = dict(zip(columns, cells, strict=False))
        record, issues = mapper.record(row, row_number=number)
        yield ReadActivity(identifier=record.identifier, record=record, issues=issues, row=number)


class CsvReader:
    format = "csv"

    def __init__(self, *, path: Path, filename: str, progress: Progress | None = None) -> None:
        self.path = path
        self.filename = filename
        self.progress = progress

    def _lines(self, binary: Iterable[bytes]) -> Iterator[str]:
        decoder_bom = codecs.BOM_UTF8
        for number, raw in enumerate(binary, start=1):
            if number == 1 and raw.startswith(decoder_bom):
                raw = raw[len(decoder_bom) :]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                raise _BadLine(number) from None

    def activities(self) -> Iterator[ReadActivity]:
        with CountingFile(self.path, self.progress) as source:
            yield from self._read(source)

    def _read(self, binary: Iterable[bytes]) -> Iterator[ReadActivity]:
        reader = csv.reader(self._lines(binary))
        try:
            yield from _rows_to_activities(reader, filename=self.filename, positions=_line_numbers(reader))
        except _BadLine as exc:
            raise ImportError_(
                ImportIssue(file=self.filename, row=exc.line, message=str(CSV_BAD_ENCODING))
            ) from None
        except csv.Error as exc:
            raise ImportError_(
                ImportIssue(file=self.filename, row=reader.line_num, message=str(exc))
            ) from None


def _line_numbers(reader) -> Iterator[int]:
    """The physical line where each record of a csv.reader started (a quoted cell may span lines)."""
    previous = 1
    while True:
        start = previous + 1
        previous = reader.line_num
        yield start


class ZippedCsvReader(CsvReader):
    """The CSV export (a zip of tables): its projects table."""

    def activities(self) -> Iterator[ReadActivity]:
        try:
            archive = zipfile.ZipFile(self.path)
            info = archive.getinfo(PROJECTS_CSV)
        except (zipfile.BadZipFile, KeyError) as exc:
            raise ImportError_(
                ImportIssue(file=self.filename, message=str(XLSX_UNREADABLE % {"detail": exc}))
            ) from None
        with archive, archive.open(info) as member:
            yield from self._read(member)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if not (value.hour or value.minute or value.second)
            else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class XlsxReader:
    format = "xlsx"

    def __init__(self, *, path: Path, filename: str, progress: Progress | None = None) -> None:
        self.path = path
        self.filename = filename
        self.progress = progress

    def activities(self) -> Iterator[ReadActivity]:
        from python_calamine import CalamineWorkbook

        try:
            workbook = CalamineWorkbook.from_path(str(self.path))
            names = workbook.sheet_names
            sheet = workbook.get_sheet_by_name(PROJECTS_SHEET if PROJECTS_SHEET in names else names[0])
            rows = sheet.to_python(skip_empty_area=False)
        except Exception as exc:  # noqa: BLE001 - calamine raises its own types for every kind of damage
            raise ImportError_(
                ImportIssue(file=self.filename, message=str(XLSX_UNREADABLE % {"detail": exc}))
            ) from None
        total = len(rows)
        for number, activity in enumerate(
            _rows_to_activities(([_cell(v) for v in row] for row in rows), filename=self.filename), start=2
        ):
            if self.progress and number % 1000 == 0:
                self.progress(number, total)
            yield activity
        if self.progress:
            self.progress(total, total)
