"""The IATI standard's own conformance files (copied into tests/fixtures/interchange/schema-tests)."""

import pytest

from coopdev.interchange.services import import_file

from .conftest import SCHEMA_TESTS

SHOULD_PASS = sorted(SCHEMA_TESTS.glob("should-pass/**/*.xml"))
SHOULD_FAIL = sorted(SCHEMA_TESTS.glob("should-fail/**/*.xml"))


def _name(path):
    return str(path.relative_to(SCHEMA_TESTS))


def test_the_conformance_files_are_there():
    assert len(SHOULD_PASS) > 40
    assert len(SHOULD_FAIL) > 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", SHOULD_PASS, ids=_name)
def test_should_pass_files_pass_the_schema_stage_of_the_import(path):
    """Every should-pass file is read and passes schema validation. The files are schema tests,
    with placeholder codes ("xx") and empty identifiers, so the codelist and platform checks that
    follow may still refuse their activities: never on schema grounds, and never the whole file."""
    report = import_file(path=path, dry_run=True)
    assert report.format == "iati"
    assert report.activities >= 1
    assert [e for e in report.errors if e.kind in ("file", "schema")] == []


@pytest.mark.django_db
@pytest.mark.parametrize("path", SHOULD_FAIL, ids=_name)
def test_should_fail_files_are_refused_with_a_reason_that_names_the_problem(path):
    report = import_file(path=path)
    assert not report.written
    problems = [e for e in report.errors if e.kind in ("file", "schema")]
    assert problems, f"{path.name} was not refused by the schema"
    # The reason names where (a line) and what (an element of the file) is wrong.
    assert all(e.line for e in problems)
    assert any(e.element for e in problems)
    assert all(e.file == path.name for e in problems)
