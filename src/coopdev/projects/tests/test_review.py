"""Review before publication: editors create, edit and submit; reviewers publish or return."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail

from coopdev.accounts.models import ProjectPendingChange
from coopdev.accounts.tests.factories import StaffFactory, member
from coopdev.organisations.models import Membership
from coopdev.projects.models import Project, ProjectRevision
from coopdev.projects.selectors import project_list_published
from coopdev.projects.services import (
    COMMENT_REQUIRED,
    END_BEFORE_START,
    IDENTIFIER_FROZEN,
    IDENTIFIER_PREFIX,
    IDENTIFIER_TAKEN,
    MANAGED_ABOVE_TOTAL,
    NOT_A_REVIEWER,
    NOT_AN_EDITOR,
    NOTHING_TO_REVIEW,
    NOTHING_TO_SUBMIT,
    PEOPLE_ABOVE_TOTAL,
    PERCENTAGES_PARTIAL,
    TITLE_REQUIRED,
    ProjectError,
    project_create,
    project_data_errors,
    project_publish,
    project_return,
    project_snapshot,
    project_submit,
    project_update,
)
from coopdev.projects.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

States = Project.PublicationState
Role = Membership.Role


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Real password hashing costs about a second per user on this machine."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def org():
    return OrganisationFactory(iati_identifier="XM-DAC-41")


@pytest.fixture
def editor(org):
    return member(org, Role.EDITOR, email="editor@coop.example")


@pytest.fixture
def reviewer():
    return StaffFactory(email="reviewer@platform.example")


def valid_data(**overrides):
    data = {
        "iati_identifier": "XM-DAC-41-WATER-1",
        "title": {"en": "Clean water for cooperatives", "it": "Acqua pulita per le cooperative"},
        "description": {"en": "Wells and water committees."},
        "activity_status": "2",
        "planned_start": "2024-01-01",
        "planned_end": "2025-12-31",
        "actual_start": None,
        "actual_end": None,
        "total_value": "200000.00",
        "managed_value": "50000.00",
        "value_currency": "EUR",
        "value_date": "2024-01-01",
        "people_reached": 5000,
        "people_reached_women": 2600,
        "people_reached_men": 2400,
        "countries": [["KE", "60.00"], ["UG", "40.00"]],
        "sectors": [["14030", None]],
        "sdg_goals": [6],
        "sdg_targets": ["6.1"],
    }
    data.update(overrides)
    return data


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the on-commit callbacks (e-mails) of the block, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_an_editor_creates_a_draft_with_everything_the_form_sends(org, editor):
    project = project_create(organisation=org, user=editor, data=valid_data())

    project.refresh_from_db()
    assert project.publication_state == States.DRAFT
    assert project.reporting_org == org
    assert project.title["it"] == "Acqua pulita per le cooperative"
    assert project.total_value == Decimal("200000.00")
    assert project.total_value_eur == Decimal("200000.00")
    assert project.planned_end == dt.date(2025, 12, 31)
    assert sorted(project.countries.values_list("country_id", "percentage")) == [
        ("KE", Decimal("60.00")),
        ("UG", Decimal("40.00")),
    ]
    sector = project.sectors.get()
    assert (sector.vocabulary, sector.code, sector.category_id) == ("1", "14030", "140")
    assert list(project.sdg_goals.values_list("number", flat=True)) == [6]
    assert list(project.sdg_targets.values_list("code", flat=True)) == ["6.1"]
    assert set(project.tags.values_list("vocabulary", "code")) == {("2", "6"), ("3", "6.1")}
    assert project not in project_list_published()

    (revision,) = project.revisions.all()
    assert revision.user == editor and revision.source == ProjectRevision.Source.WEB
    assert revision.changes["iati_identifier"] == [None, "XM-DAC-41-WATER-1"]
    assert revision.changes["countries"] == [None, [["KE", "60.00"], ["UG", "40.00"]]]


def test_a_target_brings_its_goal_along(org, editor):
    project = project_create(
        organisation=org, user=editor, data=valid_data(sdg_goals=[], sdg_targets=["3.8"])
    )
    assert list(project.sdg_goals.values_list("number", flat=True)) == [3]


def test_values_in_another_currency_are_converted_at_the_value_date(org, editor):
    project = project_create(
        organisation=org, user=editor, data=valid_data(value_currency="USD", value_date="2024-03-01")
    )
    project.refresh_from_db()
    assert project.total_value_eur is not None
    assert project.total_value_eur != project.total_value
    assert project.fx_error == ""


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"iati_identifier": "IT-CF-123-1"},
            "iati_identifier",
            str(IDENTIFIER_PREFIX).format(prefix="XM-DAC-41-"),
        ),
        (
            {"iati_identifier": "XM-DAC-41"},
            "iati_identifier",
            str(IDENTIFIER_PREFIX).format(prefix="XM-DAC-41-"),
        ),
        ({"title": {"en": "  "}}, "title", TITLE_REQUIRED),
        ({"managed_value": "300000.00"}, "managed_value", MANAGED_ABOVE_TOTAL),
        ({"people_reached_women": 4000}, "people_reached", PEOPLE_ABOVE_TOTAL),
        ({"planned_end": "2023-01-01"}, "planned_end", END_BEFORE_START),
        ({"countries": [["KE", "60"], ["UG", None]]}, "countries", PERCENTAGES_PARTIAL),
    ],
)
def test_invalid_data_is_refused_with_the_reason_on_its_field(org, editor, overrides, field, message):
    with pytest.raises(ProjectError) as refused:
        project_create(organisation=org, user=editor, data=valid_data(**overrides))
    assert message in refused.value.errors[field]
    assert not Project.objects.exists()


def test_percentages_must_add_up_to_100_and_codes_must_exist(org):
    errors = project_data_errors(
        organisation=org,
        data=valid_data(
            countries=[["KE", "60"], ["UG", "30"]], sectors=[["99999", None]], sdg_targets=["6.99"]
        ),
    )
    assert errors["countries"] == ["The percentages must add up to 100 (they add up to 90)."]
    assert errors["sectors"] == ["Unknown codes: 99999."]
    assert errors["sdg_targets"] == ["Unknown codes: 6.99."]


def test_identifiers_are_unique(org, editor):
    project_create(organisation=org, user=editor, data=valid_data())
    with pytest.raises(ProjectError) as refused:
        project_create(organisation=org, user=editor, data=valid_data())
    assert refused.value.errors["iati_identifier"] == [IDENTIFIER_TAKEN]


def test_an_organisation_without_iati_identifier_takes_any_identifier(editor):
    organisation = OrganisationFactory(iati_identifier=None)
    assert project_data_errors(organisation=organisation, data=valid_data(iati_identifier="ANY-ID-1")) == {}


@pytest.mark.parametrize("role", [Role.VIEWER, None])
def test_viewers_and_outsiders_cannot_create(org, role):
    user = member(org, role) if role else member(OrganisationFactory(), Role.ADMIN)
    with pytest.raises(ProjectError) as refused:
        project_create(organisation=org, user=user, data=valid_data())
    assert refused.value.message == NOT_AN_EDITOR


def test_the_whole_review_cycle(org, editor, reviewer, commit):
    project = project_create(organisation=org, user=editor, data=valid_data())

    with commit():
        project_submit(project=project, user=editor)
    project.refresh_from_db()
    assert project.publication_state == States.SUBMITTED
    (to_reviewer,) = mail.outbox
    assert to_reviewer.to == ["reviewer@platform.example"]
    assert "Clean water for cooperatives" in to_reviewer.subject
    assert f"/accounts/review/{project.pk}/" in to_reviewer.body

    with pytest.raises(ProjectError) as refused:
        project_submit(project=project, user=editor)
    assert refused.value.message == NOTHING_TO_SUBMIT

    with commit():
        project_return(project=project, user=reviewer, comment="Please add the Ugandan partner.")
    project.refresh_from_db()
    assert project.publication_state == States.RETURNED
    to_editor = mail.outbox[-1]
    assert to_editor.to == ["editor@coop.example"]
    assert "Please add the Ugandan partner." in to_editor.body
    assert project.revisions.first().summary == "Please add the Ugandan partner."

    project_update(project=project, user=editor, data={"people_reached": 5200})
    project_submit(project=project, user=editor)
    with commit():
        project_publish(project=project, user=reviewer)
    project.refresh_from_db()
    assert project.publication_state == States.PUBLISHED
    assert project.people_reached == 5200
    assert project in project_list_published()
    assert "is published" in mail.outbox[-1].body

    sources = [(r.source, r.user) for r in project.revisions.order_by("created_at", "pk")]
    assert sources == [
        ("web", editor),
        ("web", editor),
        ("review", reviewer),
        ("web", editor),
        ("web", editor),
        ("review", reviewer),
    ]


def test_only_reviewers_publish_or_return(org, editor):
    project = project_create(organisation=org, user=editor, data=valid_data())
    project_submit(project=project, user=editor)
    admin = member(org, Role.ADMIN)
    for step in (
        lambda: project_publish(project=project, user=admin),
        lambda: project_return(project=project, user=admin, comment="no"),
    ):
        with pytest.raises(ProjectError) as refused:
            step()
        assert refused.value.message == NOT_A_REVIEWER
    project.refresh_from_db()
    assert project.publication_state == States.SUBMITTED


def test_a_return_needs_a_comment_and_a_draft_cannot_be_reviewed(org, editor, reviewer):
    project = project_create(organisation=org, user=editor, data=valid_data())
    with pytest.raises(ProjectError) as refused:
        project_publish(project=project, user=reviewer)
    assert refused.value.message == NOTHING_TO_REVIEW
    project_submit(project=project, user=editor)
    with pytest.raises(ProjectError) as refused:
        project_return(project=project, user=reviewer, comment="   ")
    assert refused.value.message == COMMENT_REQUIRED


@pytest.fixture
def published(org, editor, reviewer):
    project = project_create(organisation=org, user=editor, data=valid_data())
    project_submit(project=project, user=editor)
    project_publish(project=project, user=reviewer)
    project.refresh_from_db()
    return project


def test_an_editors_change_to_a_published_project_waits_for_review_while_the_published_version_stays(
    published, editor, reviewer, commit
):
    project_update(
        project=published,
        user=editor,
        data={"title": {"en": "Clean water, phase two"}, "people_reached": 9000},
    )

    published.refresh_from_db()
    assert published.publication_state == States.PUBLISHED
    assert published.title_text == "Clean water for cooperatives"
    assert published.people_reached == 5000
    assert published in project_list_published()
    pending = ProjectPendingChange.objects.get(project=published)
    assert pending.state == ProjectPendingChange.State.DRAFT
    assert pending.data["people_reached"] == 9000
    latest = published.revisions.first()
    assert latest.changes == {
        "title": [
            {"en": "Clean water for cooperatives", "it": "Acqua pulita per le cooperative"},
            {"en": "Clean water, phase two"},
        ],
        "people_reached": [5000, 9000],
    }

    project_submit(project=published, user=editor)
    with commit():
        project_return(project=published, user=reviewer, comment="Keep the Italian title.")
    pending.refresh_from_db()
    assert pending.state == ProjectPendingChange.State.RETURNED
    assert pending.review_comment == "Keep the Italian title."
    published.refresh_from_db()
    assert published.publication_state == States.PUBLISHED

    project_update(
        project=published,
        user=editor,
        data={"title": {"en": "Clean water, phase two", "it": "Acqua, fase due"}},
    )
    pending.refresh_from_db()
    assert pending.data["people_reached"] == 9000  # earlier pending changes are kept
    project_submit(project=published, user=editor)
    project_publish(project=published, user=reviewer)

    published.refresh_from_db()
    assert published.title == {"en": "Clean water, phase two", "it": "Acqua, fase due"}
    assert published.people_reached == 9000
    assert not ProjectPendingChange.objects.filter(project=published).exists()
    assert published.revisions.first().changes["people_reached"] == [5000, 9000]


def test_reviewers_edit_published_projects_directly(published, reviewer):
    project_update(project=published, user=reviewer, data={"people_reached": 7000})
    published.refresh_from_db()
    assert published.people_reached == 7000
    assert not ProjectPendingChange.objects.exists()


def test_the_identifier_of_a_published_project_is_frozen(published, editor):
    with pytest.raises(ProjectError) as refused:
        project_update(project=published, user=editor, data={"iati_identifier": "XM-DAC-41-OTHER"})
    assert refused.value.errors["iati_identifier"] == [IDENTIFIER_FROZEN]


def test_editing_keeps_sdg_sectors_that_are_still_chosen_and_drops_the_others(org, editor):
    from coopdev.projects.models import ProjectSector

    project = project_create(organisation=org, user=editor, data=valid_data(sdg_goals=[6, 8], sdg_targets=[]))
    ProjectSector.objects.create(project=project, vocabulary="7", code="6")
    ProjectSector.objects.create(project=project, vocabulary="7", code="8")
    project_update(project=project, user=editor, data={"sdg_goals": [6], "sdg_targets": []})
    assert list(project.sectors.filter(vocabulary="7").values_list("code", flat=True)) == ["6"]
    assert list(project.sdg_goals.values_list("number", flat=True)) == [6]


def test_the_snapshot_reads_back_what_was_written(org, editor):
    data = valid_data()
    project = project_create(organisation=org, user=editor, data=data)
    snapshot = project_snapshot(project=project)
    assert {key: snapshot[key] for key in data} == data


def test_an_update_that_changes_nothing_records_nothing(org, editor):
    project = project_create(organisation=org, user=editor, data=valid_data())
    project_update(project=project, user=editor, data=valid_data())
    assert project.revisions.count() == 1


def test_a_create_that_loses_a_race_for_the_identifier_is_refused_cleanly(org, editor, monkeypatch):
    from coopdev.projects import services

    project_create(organisation=org, user=editor, data=valid_data())
    # The other request passed the uniqueness check before this one committed.
    monkeypatch.setattr(services, "project_data_errors", lambda **kwargs: {})
    with pytest.raises(ProjectError) as refused:
        project_create(organisation=org, user=editor, data=valid_data())
    assert refused.value.errors == {"iati_identifier": [IDENTIFIER_TAKEN]}
    assert Project.objects.count() == 1


def test_editors_discard_a_pending_version_and_the_published_one_stays(published, editor):
    from coopdev.projects.services import project_pending_discard

    project_update(project=published, user=editor, data={"people_reached": 9000})
    project_pending_discard(project=published, user=editor)
    published.refresh_from_db()
    assert published.people_reached == 5000
    assert not ProjectPendingChange.objects.filter(project=published).exists()
    assert published.revisions.first().changes == {"people_reached": [9000, 5000]}
    with pytest.raises(ProjectError):
        project_pending_discard(project=published, user=editor)
