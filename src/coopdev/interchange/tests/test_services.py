"""import_file: what it writes, what it refuses, and that a refused file leaves the database as it was."""

import tracemalloc
from decimal import Decimal

import pytest
from django.db import connection

from coopdev.interchange import errors, persist, services
from coopdev.interchange.generate import iati_file_write
from coopdev.interchange.models import ImportedActivity
from coopdev.interchange.services import import_file
from coopdev.organisations.models import Organisation
from coopdev.projects.models import Project, ProjectRevision
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory

from .conftest import FIXTURES, activity, db_snapshot, iati_file

pytestmark = pytest.mark.django_db


def messages(report) -> str:
    return "\n".join(str(e) for e in report.errors)


# -- what a valid file writes -------------------------------------------------------------------


def test_a_valid_iati_file_creates_its_projects_with_every_detail():
    report = import_file(path=FIXTURES / "valid-203.xml")

    assert report.ok and report.written
    assert (report.created, report.updated, report.unchanged, report.refused) == (2, 0, 0, 0)
    project = Project.objects.get(iati_identifier="IT-CF-00000000001-W001")
    assert project.title == {"en": "Safe water for Kisumu", "it": "Acqua sicura a Kisumu"}
    assert project.reporting_org.iati_identifier == "IT-CF-00000000001"
    assert project.publication_state == Project.PublicationState.PUBLISHED
    assert (project.total_value, project.managed_value) == (Decimal("500000"), Decimal("350000"))
    assert project.total_value_eur == Decimal("500000.00")
    assert (project.people_reached, project.people_reached_women, project.people_reached_men) == (
        12000,
        7000,
        5000,
    )
    assert sorted(project.countries.values_list("country_id", "percentage")) == [
        ("KE", Decimal("60")),
        ("TZ", Decimal("40")),
    ]
    assert sorted(project.sectors.values_list("code", flat=True)) == ["14030", "14081"]
    assert set(project.sdg_goals.values_list("number", flat=True)) == {6}
    assert set(project.sdg_targets.values_list("code", flat=True)) == {"6.1"}
    usd = project.transactions.get(type="3")
    assert usd.currency == "USD" and usd.value_eur is not None and usd.value_eur != usd.value
    assert project.transactions.get(type="2").currency == "EUR"  # the activity's default currency
    indicator = project.results.get().indicators.get()
    assert indicator.periods.get().actual_value == Decimal("18")
    revision = project.revisions.get()
    assert revision.source == ProjectRevision.Source.IMPORT


def test_reimporting_the_same_file_changes_nothing_and_says_so():
    import_file(path=FIXTURES / "valid-203.xml")
    before = db_snapshot()

    report = import_file(path=FIXTURES / "valid-203.xml")

    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert db_snapshot() == before


def test_reimporting_a_changed_activity_updates_it_in_place(tmp_path):
    first = iati_file(tmp_path, activity("XM-TEST-ORG-A1"), activity("XM-TEST-ORG-A2"), name="v1.xml")
    import_file(path=first)
    pk = Project.objects.get(iati_identifier="XM-TEST-ORG-A1").pk
    second = iati_file(
        tmp_path,
        activity("XM-TEST-ORG-A1", body='<recipient-country code="KE"/>'),
        activity("XM-TEST-ORG-A2"),
        name="v2.xml",
    )

    report = import_file(path=second)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    project = Project.objects.get(iati_identifier="XM-TEST-ORG-A1")
    assert project.pk == pk
    assert list(project.countries.values_list("country_id", flat=True)) == ["KE"]
    assert Project.objects.filter(iati_identifier__startswith="XM-TEST-ORG").count() == 2
    assert project.revisions.count() == 2


def test_a_reimport_records_in_the_history_what_it_changed_field_by_field(tmp_path):
    first = iati_file(
        tmp_path,
        activity(
            "XM-TEST-ORG-A1",
            body='<recipient-country code="KE" percentage="60"/>'
            '<recipient-country code="TZ" percentage="40"/><sector vocabulary="1" code="12220"/>',
        ),
        activity("XM-TEST-ORG-A2"),
        name="v1.xml",
    )
    import_file(path=first)
    second = iati_file(
        tmp_path,
        activity(
            "XM-TEST-ORG-A1",
            body='<activity-date type="3" iso-date="2025-06-30"/>'
            '<recipient-country code="KE" percentage="100"/><sector vocabulary="1" code="12220"/>',
        ).replace('<activity-status code="2"/>', '<activity-status code="3"/>'),
        activity("XM-TEST-ORG-A2"),
        name="v2.xml",
    )

    report = import_file(path=second)

    assert (report.updated, report.unchanged) == (1, 1)
    project = Project.objects.get(iati_identifier="XM-TEST-ORG-A1")
    updated, created = project.revisions.all()
    assert updated.changes == {
        "import": [None, "v2.xml"],
        "activity_status": ["2", "3"],
        "planned_end": [None, "2025-06-30"],
        "countries": [[["KE", "60.00"], ["TZ", "40.00"]], [["KE", "100.00"]]],
    }
    assert updated.summary == "Updated by the import of v2.xml"
    assert created.changes == {"import": [None, "v1.xml"]}
    assert created.summary == "Created by the import of v1.xml"


def test_a_reimport_that_moves_a_project_to_another_reporting_organisation_records_it(tmp_path):
    import_file(path=iati_file(tmp_path, activity("XM-TEST-ORG-A1", org="XM-TEST-ORG"), name="v1.xml"))
    second = iati_file(
        tmp_path,
        activity("XM-TEST-ORG-A1", org="XM-OTHER-ORG").replace("Test cooperative", "Other cooperative"),
        name="v2.xml",
    )

    assert import_file(path=second).updated == 1

    project = Project.objects.get(iati_identifier="XM-TEST-ORG-A1")
    assert project.reporting_org.iati_identifier == "XM-OTHER-ORG"
    updated = project.revisions.first()
    assert updated.changes["reporting_org"] == [
        "Test cooperative (XM-TEST-ORG)",
        "Other cooperative (XM-OTHER-ORG)",
    ]


def test_a_reimport_replaces_the_results_indicators_and_periods_of_an_updated_activity(tmp_path):
    import_file(path=FIXTURES / "valid-203.xml")
    changed = tmp_path / "changed.xml"
    changed.write_text(
        (FIXTURES / "valid-203.xml").read_text().replace("Safe water for Kisumu", "Clean water for Kisumu")
    )

    report = import_file(path=changed)

    assert report.updated == 1
    project = Project.objects.get(iati_identifier="IT-CF-00000000001-W001")
    indicator = project.results.get().indicators.get()
    assert indicator.periods.get().actual_value == Decimal("18")
    assert project.revisions.first().changes["title"][1]["en"] == "Clean water for Kisumu"


def test_an_edit_made_on_the_platform_since_the_last_import_is_overwritten_by_a_reimport():
    import_file(path=FIXTURES / "valid-203.xml")
    project = Project.objects.get(iati_identifier="IT-CF-00000000001-W002")
    project.title = {"en": "Changed on the web"}
    project.save()

    report = import_file(path=FIXTURES / "valid-203.xml")

    assert (report.updated, report.unchanged) == (1, 1)
    project.refresh_from_db()
    assert project.title == {"en": "Women's savings groups in Dodoma"}


def test_the_publication_state_is_the_one_asked_for():
    import_file(path=FIXTURES / "valid-203.xml", publication_state=Project.PublicationState.SUBMITTED)
    assert set(Project.objects.values_list("publication_state", flat=True)) == {"submitted"}


def test_a_dry_run_counts_but_writes_nothing():
    before = db_snapshot()
    report = import_file(path=FIXTURES / "valid-203.xml", dry_run=True)
    assert report.created == 2 and not report.written
    assert db_snapshot() == before


def test_an_iati_105_file_is_mapped_to_the_203_codes():
    report = import_file(path=FIXTURES / "valid-105.xml")

    assert report.ok, messages(report)
    project = Project.objects.get(iati_identifier="IT-CF-00000000002-OLD1")
    assert project.title == {"en": "Dairy cooperatives in Tigray"}
    assert (project.actual_start.isoformat(), project.actual_end.isoformat()) == ("2010-02-01", "2013-12-31")
    assert sorted(project.participating_orgs.values_list("role", flat=True)) == ["1", "4"]
    assert sorted(project.transactions.values_list("type", flat=True)) == ["2", "3"]
    assert list(project.sectors.values_list("vocabulary", "code")) == [("1", "31163")]
    location = project.locations.get()
    assert location.name == {"en": "Mekelle"} and (location.latitude, location.longitude) == (
        13.4967,
        39.4753,
    )


# -- an organisation's editor ---------------------------------------------------------------------


def test_with_an_organisation_only_its_own_activities_are_accepted(tmp_path):
    org = OrganisationFactory(iati_identifier="XM-TEST-ORG")
    path = iati_file(tmp_path, activity("XM-TEST-ORG-A1"), activity("XM-OTHER-B1", org="XM-OTHER"))
    before = db_snapshot()

    report = import_file(path=path, organisation=org)

    assert not report.written and report.refused == 1
    assert "you may import only activities of" in messages(report)
    assert db_snapshot() == before

    report = import_file(path=path, organisation=org, skip_invalid=True)
    assert (report.created, report.refused) == (1, 1)
    assert Project.objects.get(iati_identifier="XM-TEST-ORG-A1").reporting_org == org


def test_an_editor_cannot_overwrite_another_organisations_project_by_reusing_its_identifier(tmp_path):
    mine = OrganisationFactory(iati_identifier="XM-TEST-ORG")
    theirs = ProjectFactory(iati_identifier="XM-TEST-ORG-A1")
    before = db_snapshot()

    report = import_file(path=iati_file(tmp_path, activity("XM-TEST-ORG-A1")), organisation=mine)

    assert not report.written
    assert str(errors.BELONGS_TO_OTHER_ORGANISATION) in messages(report)
    assert db_snapshot() == before
    theirs.refresh_from_db()
    assert theirs.reporting_org != mine


# -- broken and hostile files: a clear message, and the database exactly as before ------------------


def assert_refused(path, *expected: str, **kwargs):
    before = db_snapshot()
    report = import_file(path=path, **kwargs)
    assert not report.written
    assert report.errors
    text = messages(report)
    for part in expected:
        assert part in text, text
    assert db_snapshot() == before
    return report


XXE = """<?xml version="1.0"?>
<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity>
</iati-activities>"""

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<iati-activities version="2.03"><iati-activity><iati-identifier>&lol4;</iati-identifier></iati-activity>
</iati-activities>"""


def test_xxe_is_refused_before_any_entity_is_read(tmp_path):
    path = tmp_path / "xxe.xml"
    path.write_text(XXE)
    report = assert_refused(path, "DOCTYPE")
    assert "root:" not in messages(report)


def test_billion_laughs_is_refused(tmp_path):
    path = tmp_path / "laughs.xml"
    path.write_text(LAUGHS)
    assert_refused(path, "DOCTYPE")


def test_a_doctype_beyond_the_first_bytes_is_refused_too(tmp_path):
    path = tmp_path / "late.xml"
    path.write_text("<?xml version='1.0'?>\n<!--" + "x" * 70000 + "-->\n" + XXE.split("\n", 1)[1])
    assert_refused(path, "DOCTYPE")


def test_truncated_xml_is_refused_and_nothing_before_the_cut_is_written(tmp_path):
    whole = iati_file(tmp_path, *(activity(f"XM-TEST-ORG-A{i}") for i in range(600)))
    data = whole.read_bytes()
    whole.write_bytes(data[: len(data) - 300])
    report = assert_refused(whole, "truncated")
    assert report.errors[0].line


def test_a_file_not_in_its_declared_encoding_is_refused(tmp_path):
    path = tmp_path / "latin1.xml"
    text = (FIXTURES / "valid-203.xml").read_text().replace("Safe water", "Acqua pi\u00f9 sicura")
    path.write_bytes(text.encode("latin-1"))
    report = assert_refused(path, "encoding")
    assert report.errors[0].line == 6


def test_xml_that_is_not_iati_is_refused(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    assert_refused(path, "not IATI activity data", "<rss>")


def test_an_iati_organisation_file_is_refused(tmp_path):
    path = tmp_path / "org.xml"
    path.write_text('<?xml version="1.0"?><iati-organisations version="2.03"/>')
    assert_refused(path, "organisation file")


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    assert_refused(path, "not IATI XML, CSV or XLSX")


def test_duplicate_identifiers_in_one_file_are_refused(tmp_path):
    path = iati_file(
        tmp_path, activity("XM-TEST-ORG-A1"), activity("XM-TEST-ORG-A2"), activity("XM-TEST-ORG-A1")
    )
    report = assert_refused(path, "appears more than once", "first at line 3")
    assert report.errors[0].element == "iati-identifier"


def test_unknown_codes_are_refused_naming_the_codelist(tmp_path):
    body = '<recipient-country code="QQ"/><sector vocabulary="1" code="99999"/>'
    path = iati_file(tmp_path, activity(body=body))
    report = assert_refused(
        path,
        "QQ is not a code of the IATI Country codelist",
        "99999 is not a code of the IATI Sector codelist",
    )
    assert {e.element for e in report.errors} == {"recipient-country", "sector"}


def test_each_problem_names_the_line_of_its_own_element(tmp_path):
    """Not the activity's first line: in a long activity the editor goes straight to it."""
    text = (FIXTURES / "valid-203.xml").read_text(encoding="utf-8")
    text = text.replace('code="TZ" percentage="40"', 'code="QQ" percentage="30"')  # line 14
    text = text.replace('<activity-status code="2"/>', '<activity-status code="99"/>', 1)  # line 10
    text = text.replace('<transaction-type code="3"/>', '<transaction-type code="77"/>', 1)  # line 28
    text = text.replace('total="500000" managed="350000"', 'total="500000" managed="600000"', 1)  # line 39
    lines = text.splitlines()
    path = tmp_path / "lines.xml"
    path.write_text(text, encoding="utf-8")

    report = import_file(path=path, organisation=OrganisationFactory(iati_identifier="XM-OTHER"))

    where = {(e.element, e.line) for e in report.errors}
    assert ("activity-status", 10) in where and 'code="99"' in lines[10 - 1]
    assert ("recipient-country", 14) in where and 'code="QQ"' in lines[14 - 1]
    assert ("recipient-country", 13) in where  # the percentages (90), at the first country
    assert ("transaction", 27) in where and "<transaction>" in lines[27 - 1]
    assert ("coopdev:values", 39) in where and "coopdev:values" in lines[39 - 1]
    assert ("reporting-org", 5) in where  # another organisation's activity, at its reporting-org
    assert all(e.line != 3 for e in report.errors if e.element != "iati-activity")
    first = [e.line for e in report.errors if e.identifier.endswith("W001")]
    assert first == sorted(first)  # an activity's problems in the file's order


def test_an_identifier_not_beginning_with_its_reporting_organisations_is_a_warning_not_a_refusal(tmp_path):
    """IATI requires the prefix, but real publishers break the rule and a published identifier
    must never change: the activity is imported and the report says what to put right."""
    path = iati_file(tmp_path, activity("XM-TEST-ORG-A1"), activity("PROJECT-7"), activity("XM-TEST-ORG"))

    report = import_file(path=path)

    assert report.ok and report.written and report.created == 3
    assert [(w.identifier, w.kind, w.element) for w in report.warnings] == [
        ("PROJECT-7", "warning", "iati-identifier"),
        ("XM-TEST-ORG", "warning", "iati-identifier"),  # the prefix alone, no activity's own part
    ]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "<iati-identifier>PROJECT-7<" in lines[report.warnings[0].line - 1]
    assert "XM-TEST-ORG-" in report.warnings[0].message
    assert report.as_dict()["warnings"][0]["kind"] == "warning"
    assert Project.objects.filter(iati_identifier="PROJECT-7").exists()


def test_an_identifier_may_begin_with_a_previous_identifier_of_its_organisation(tmp_path):
    """``other-identifier`` of type B1 (previous reporting organisation identifier)."""
    moved = activity("XM-OLD-ORG-A1").replace(
        '<activity-status code="2"/>',
        '<other-identifier ref="XM-OLD-ORG" type="B1"/><activity-status code="2"/>',
    )
    internal = activity("XM-OLD-ORG-A2").replace(
        '<activity-status code="2"/>',
        '<other-identifier ref="XM-OLD-ORG" type="A1"/><activity-status code="2"/>',
    )
    report = import_file(path=iati_file(tmp_path, moved, internal))
    assert report.ok and report.created == 2
    assert [w.identifier for w in report.warnings] == ["XM-OLD-ORG-A2"]  # A1 is no previous organisation


def test_the_report_keeps_so_many_problems_and_warnings_and_counts_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(services, "MAX_REPORTED_ERRORS", 2)
    bad = [activity(f"P-{i}", body='<recipient-country code="QQ"/>') for i in range(5)]
    report = import_file(path=iati_file(tmp_path, *bad), skip_invalid=True)
    assert report.refused == 5
    assert (len(report.errors), report.errors_not_shown) == (2, 3)
    assert (len(report.warnings), report.warnings_not_shown) == (2, 3)  # none begins with XM-TEST-ORG
    assert not report.ok


def test_warnings_do_not_change_what_a_refused_file_leaves(tmp_path):
    before = db_snapshot()
    path = iati_file(
        tmp_path, activity("PROJECT-7"), activity("XM-TEST-ORG-B", body='<recipient-country code="QQ"/>')
    )
    report = import_file(path=path)
    assert not report.written and report.refused == 1
    assert [w.identifier for w in report.warnings] == ["PROJECT-7"]
    assert db_snapshot() == before


def test_percentages_that_do_not_add_up_to_100_are_refused(tmp_path):
    body = '<recipient-country code="KE" percentage="60"/><recipient-country code="TZ" percentage="30"/>'
    assert_refused(iati_file(tmp_path, activity(body=body)), "percentages add up to 90, not 100")


def test_schema_errors_name_the_line_and_the_element(tmp_path):
    body = "<budget><period-start iso-date='2024-01-01'/><value value-date='2024-01-01'>5</value></budget>"
    report = assert_refused(iati_file(tmp_path, activity(body=body)), "IATI schema", "period-end")
    assert report.errors[0].element == "value" and report.errors[0].line == 11


def test_skip_invalid_imports_the_valid_activities_and_reports_the_others(tmp_path):
    bad = activity("XM-TEST-ORG-BAD", body='<recipient-country code="QQ"/>')
    path = iati_file(tmp_path, activity("XM-TEST-ORG-A1"), bad, activity("XM-TEST-ORG-A2"))

    report = import_file(path=path, skip_invalid=True)

    assert report.written and (report.created, report.refused) == (2, 1)
    assert report.errors[0].identifier == "XM-TEST-ORG-BAD"
    assert not Project.objects.filter(iati_identifier="XM-TEST-ORG-BAD").exists()


def test_one_invalid_activity_anywhere_in_a_large_file_rolls_the_whole_file_back(tmp_path, monkeypatch):
    """Batches are written as the file streams; the last activity's error still undoes them all."""
    monkeypatch.setattr(services, "BATCH_SIZE", 500)  # the file is then two batches and a half
    good = [activity(f"XM-TEST-ORG-A{i}") for i in range(1200)]
    path = iati_file(tmp_path, *good, activity("XM-TEST-ORG-LAST", body='<recipient-country code="QQ"/>'))
    report = assert_refused(path, "QQ")
    assert report.refused == 1 and report.created == 0
    assert not Organisation.objects.filter(iati_identifier="XM-TEST-ORG").exists()


def test_memory_stays_flat_as_the_file_grows(tmp_path, monkeypatch):
    """Peak Python memory of a dry-run import of a file four times larger stays about the same."""
    monkeypatch.setattr(services, "BATCH_SIZE", 100)  # small batches keep the test quick
    peaks = []
    for n in (150, 600):  # both above one batch: the peak is a batch, not the file
        path = tmp_path / f"gen-{n}.xml"
        iati_file_write(path=path, activities=n)
        tracemalloc.start()
        report = import_file(path=path, dry_run=True)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert report.ok and report.created == n, messages(report)
    assert peaks[1] < peaks[0] * 1.5, peaks
    assert ImportedActivity.objects.count() == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner statistics")
def test_a_large_import_refreshes_the_statistics_inside_its_transaction(tmp_path, monkeypatch):
    """Autovacuum cannot see an import's rows before it commits; the import's own ANALYZE does,
    so its later statements are planned for the tables as they are."""
    monkeypatch.setattr(services, "BATCH_SIZE", 500)
    path = tmp_path / "gen-1500.xml"
    iati_file_write(path=path, activities=1500)

    report = import_file(path=path)

    assert report.ok and report.created == 1500
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = 'projects_project'::regclass")
        assert cursor.fetchone()[0] >= 1000
        # A sample of 300 x ANALYZE_STATISTICS_TARGET rows: coarse histograms, cheap to take.
        cursor.execute(
            "SELECT cardinality(histogram_bounds::text::text[]) FROM pg_stats "
            "WHERE tablename = 'projects_project' AND attname = 'iati_identifier'"
        )
        assert cursor.fetchone()[0] == persist.ANALYZE_STATISTICS_TARGET + 1
