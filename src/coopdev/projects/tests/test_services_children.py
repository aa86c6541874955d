"""Budgets, transactions, results, locations and participating organisations as project data:
validated, written, converted to euros, kept aside while a published project is reviewed, and
recorded in the history."""

from decimal import Decimal

import pytest

from coopdev.accounts.models import ProjectPendingChange
from coopdev.accounts.tests.factories import StaffFactory, member
from coopdev.organisations.models import Membership
from coopdev.projects.models import Budget, IndicatorPeriod, Project, Transaction
from coopdev.projects.services import (
    ProjectError,
    project_create,
    project_publish,
    project_snapshot,
    project_submit,
    project_update,
)
from coopdev.projects.services_children import children_data_errors, children_normalise
from coopdev.projects.tests.factories import OrganisationFactory
from coopdev.projects.tests.test_review import valid_data

pytestmark = pytest.mark.django_db
States = Project.PublicationState


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def org():
    return OrganisationFactory(iati_identifier="XM-DAC-41")


@pytest.fixture
def editor(org):
    return member(org, Membership.Role.EDITOR)


@pytest.fixture
def project(org, editor):
    return project_create(organisation=org, user=editor, data=valid_data())


def budget(**overrides):
    row = {
        "type": "1",
        "status": "1",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "value": "120000",
        "currency": "USD",
        "value_date": "2024-01-02",
    }
    return {**row, **overrides}


def transaction(**overrides):
    row = {"type": "3", "date": "2024-03-15", "value": "5000", "currency": "EUR", "value_date": None}
    return {**row, **overrides}


def result(**overrides):
    row = {
        "type": "1",
        "title": {"en": "Wells dug"},
        "indicators": [
            {
                "measure": "1",
                "title": {"en": "Wells in use"},
                "baseline_year": 2023,
                "baseline_value": "0",
                "periods": [
                    {
                        "period_start": "2024-01-01",
                        "period_end": "2024-12-31",
                        "target_value": "12",
                        "actual_value": "9.5",
                    }
                ],
            }
        ],
    }
    return {**row, **overrides}


def location(**overrides):
    row = {"name": {"en": "Kisumu"}, "country": "KE", "latitude": "-0.0917", "longitude": "34.768"}
    return {**row, **overrides}


def participant(**overrides):
    row = {"role": "1", "ref": "XM-DAC-41", "name": {"en": "Coop Acqua"}, "type": "22"}
    return {**row, **overrides}


def test_every_kind_is_written_and_read_back_in_its_normal_form(org, editor, project):
    data = {
        "budgets": [budget(), budget(period_start="2025-01-01", period_end="2025-12-31", value="80000.5")],
        "transactions": [transaction()],
        "results": [result()],
        "locations": [location()],
        "participating_orgs": [
            participant(),
            participant(role="4", ref="", name={"en": "Village committee"}),
        ],
    }
    project_update(project=project, user=editor, data=data)
    snapshot = project_snapshot(project=project)
    for kind, rows in data.items():
        assert snapshot[kind] == children_normalise(kind=kind, rows=rows)
    assert snapshot["budgets"][1]["value"] == "80000.50"
    assert snapshot["transactions"][0]["value_date"] == "2024-03-15"  # the transaction date when not given
    assert snapshot["results"][0]["indicators"][0]["periods"][0]["actual_value"] == "9.5"
    assert snapshot["locations"][0]["latitude"] == pytest.approx(-0.0917)
    assert project.participating_orgs.get(role="1").organisation == org  # linked by identifier
    assert project.participating_orgs.get(role="4").organisation is None


def test_amounts_carry_their_euro_value_from_the_exchange_rates(editor, project):
    from coopdev.reference.fx import to_eur

    project_update(
        project=project, user=editor, data={"budgets": [budget()], "transactions": [transaction()]}
    )
    stored = Budget.objects.get(project=project)
    import datetime as dt

    assert stored.value_eur == to_eur(Decimal("120000"), "USD", dt.date(2024, 1, 2)).eur
    assert Transaction.objects.get(project=project).value_eur == Decimal("5000.00")


@pytest.mark.parametrize(
    ("kind", "row", "path"),
    [
        ("budgets", budget(currency="XYZ"), "budgets.0.currency"),
        ("budgets", budget(value="0"), "budgets.0.value"),
        ("budgets", budget(value="-5"), "budgets.0.value"),
        ("budgets", budget(type="9"), "budgets.0.type"),
        ("budgets", budget(period_end="2023-12-31"), "budgets.0.period_end"),
        ("budgets", budget(period_end="2025-06-30"), "budgets.0.period_end"),  # longer than a year
        ("budgets", budget(period_start="2023-01-01", period_end="2023-12-31"), "budgets.0.period_start"),
        ("transactions", transaction(type="99"), "transactions.0.type"),
        ("transactions", transaction(date="2030-01-01"), "transactions.0.date"),
        ("transactions", transaction(date="soon"), "transactions.0.date"),
        ("transactions", transaction(value="abc"), "transactions.0.value"),
        ("results", result(type="7"), "results.0.type"),
        ("results", result(title={}), "results.0.title"),
        (
            "results",
            result(indicators=[{"measure": "2", "title": {"en": "Share"}, "baseline_value": "140"}]),
            "results.0.indicators.0.baseline_value",
        ),
        (
            "results",
            result(
                indicators=[
                    {
                        "title": {"en": "x"},
                        "periods": [{"period_start": "2024-05-01", "period_end": "2024-02-01"}],
                    }
                ]
            ),
            "results.0.indicators.0.periods.0.period_end",
        ),
        ("locations", location(latitude="95"), "locations.0.latitude"),
        ("locations", location(longitude="-181"), "locations.0.longitude"),
        ("locations", location(longitude=""), "locations.0.longitude"),
        ("locations", location(country="QQ"), "locations.0.country"),
        ("locations", {"name": {}}, "locations.0.name"),
        ("participating_orgs", participant(role="5"), "participating_orgs.0.role"),
        ("participating_orgs", participant(ref="", name={}), "participating_orgs.0.name"),
        ("participating_orgs", participant(ref="XM DAC"), "participating_orgs.0.ref"),
    ],
)
def test_bad_rows_are_refused_with_the_field_named_and_nothing_is_written(editor, project, kind, row, path):
    before = project_snapshot(project=project)
    revisions = project.revisions.count()
    with pytest.raises(ProjectError) as refused:
        project_update(project=project, user=editor, data={kind: [row]})
    assert path in refused.value.errors, refused.value.errors
    assert project_snapshot(project=project) == before
    assert project.revisions.count() == revisions


def test_the_project_dates_are_named_when_a_date_is_outside_them(project):
    errors = children_data_errors(
        data={"transactions": [transaction(date="2026-02-01")]}, merged=project_snapshot(project=project)
    )
    (message,) = errors["transactions.0.date"]
    assert "2024-01-01 to 2025-12-31" in str(message)


def test_a_transaction_cannot_be_dated_in_the_future(org, editor):
    import datetime as dt

    from django.utils import timezone

    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    project = project_create(
        organisation=org,
        user=editor,
        data=valid_data(iati_identifier="XM-DAC-41-LONG", planned_end=f"{tomorrow.year + 5}-12-31"),
    )
    with pytest.raises(ProjectError) as refused:
        project_update(
            project=project, user=editor, data={"transactions": [transaction(date=tomorrow.isoformat())]}
        )
    assert "cannot be in the future" in str(refused.value.errors["transactions.0.date"][0])


def test_a_stored_row_is_not_checked_again(editor, project):
    """An imported row the form would refuse (a negative reimbursement) does not block other edits."""
    Transaction.objects.create(
        project=project,
        type="6",
        date="2024-02-01",
        value=Decimal("-20"),
        currency="EUR",
        value_date="2024-02-01",
    )
    stored = project_snapshot(project=project)["transactions"]
    project_update(project=project, user=editor, data={"transactions": [*stored, transaction()]})
    assert project.transactions.count() == 2


def test_an_unchanged_kind_is_neither_rewritten_nor_recorded(editor, project):
    project_update(project=project, user=editor, data={"budgets": [budget()]})
    pk = Budget.objects.get(project=project).pk
    revisions = project.revisions.count()
    project_update(project=project, user=editor, data={"budgets": [budget(value="120000.00")]})
    assert Budget.objects.get(project=project).pk == pk
    assert project.revisions.count() == revisions


def test_the_history_records_the_rows_before_and_after(editor, project):
    project_update(project=project, user=editor, data={"results": [result()]})
    project_update(
        project=project,
        user=editor,
        data={"results": [result(indicators=[{**result()["indicators"][0], "periods": []}])]},
    )
    latest = project.revisions.first()
    old, new = latest.changes["results"]
    assert old[0]["indicators"][0]["periods"][0]["target_value"] == "12"
    assert new[0]["indicators"][0]["periods"] == []
    assert latest.user == editor


def test_a_published_project_keeps_its_budgets_public_until_the_change_is_published(org, editor, project):
    reviewer = StaffFactory()
    project_update(project=project, user=editor, data={"budgets": [budget()]})
    project_submit(project=project, user=editor)
    project_publish(project=project, user=reviewer)

    project_update(project=project, user=editor, data={"budgets": [budget(value="999")]})
    assert Budget.objects.get(project=project).value == Decimal("120000.00")  # still the published one
    pending = ProjectPendingChange.objects.get(project=project)
    assert pending.data["budgets"][0]["value"] == "999.00"
    assert project.revisions.first().changes["budgets"][1][0]["value"] == "999.00"

    project_submit(project=project, user=editor)
    project_publish(project=project, user=reviewer)
    assert Budget.objects.get(project=project).value == Decimal("999.00")
    assert not ProjectPendingChange.objects.filter(project=project).exists()
    assert project.revisions.first().changes["budgets"][1][0]["value"] == "999.00"


def test_results_with_indicators_and_periods_replace_the_stored_ones(editor, project):
    project_update(project=project, user=editor, data={"results": [result(), result(title={"en": "Second"})]})
    assert IndicatorPeriod.objects.filter(indicator__result__project=project).count() == 2
    project_update(project=project, user=editor, data={"results": [result(title={"en": "Second"})]})
    assert list(project.results.values_list("title", flat=True)) == [{"en": "Second"}]
    assert IndicatorPeriod.objects.filter(indicator__result__project=project).count() == 1


def test_a_viewer_cannot_write_children(org, project):
    viewer = member(org, Membership.Role.VIEWER)
    with pytest.raises(ProjectError):
        project_update(project=project, user=viewer, data={"budgets": [budget()]})
    assert not project.budgets.exists()


def test_a_new_project_may_carry_its_children(org, editor):
    created = project_create(
        organisation=org,
        user=editor,
        data=valid_data(iati_identifier="XM-DAC-41-NEW", budgets=[budget()], locations=[location()]),
    )
    assert created.budgets.count() == 1 and created.locations.count() == 1
    assert created.publication_state == States.DRAFT
    assert "budgets" in created.revisions.get().changes
