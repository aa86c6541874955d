"""The project's section pages: budgets, transactions, results, locations, participating
organisations, through the test client."""

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from coopdev.accounts.forms_children import rows_version
from coopdev.accounts.models import ProjectPendingChange
from coopdev.accounts.tests.factories import StaffFactory, member
from coopdev.organisations.models import Membership
from coopdev.projects.models import Budget, Project
from coopdev.projects.services import project_create, project_publish, project_snapshot, project_submit
from coopdev.projects.tests.factories import OrganisationFactory
from coopdev.projects.tests.test_review import valid_data

pytestmark = pytest.mark.django_db

Role = Membership.Role


@pytest.fixture
def org():
    return OrganisationFactory(iati_identifier="XM-DAC-41", slug="coop-acqua", name="Coop Acqua")


@pytest.fixture
def editor(org):
    return member(org, Role.EDITOR)


@pytest.fixture
def project(org, editor):
    return project_create(organisation=org, user=editor, data=valid_data())


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


# What a browser posts for the empty row at the bottom: the selects' defaults.
EMPTY_BUDGET = {
    "type": "1",
    "status": "1",
    "period_start": "",
    "period_end": "",
    "value": "",
    "currency": "EUR",
}


def budget_post(project, **row):
    fields = {
        "type": "1",
        "status": "1",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "value": "50000",
        "currency": "USD",
        "value_date": "",
        **row,
    }
    rows = project_snapshot(project=project)["budgets"]
    post = {"version": rows_version(rows), "lang": "en", **management("budgets", 1 + len(rows), len(rows))}
    for i, stored in enumerate(rows):
        post.update({f"budgets-{i}-{k}": "" if v is None else v for k, v in stored.items()})
    post.update({f"budgets-{len(rows)}-{k}": v for k, v in fields.items()})
    return post


def test_an_editor_adds_a_budget_converted_to_euros(client, editor, project):
    client.force_login(editor)
    url = reverse("accounts:project_budgets", args=[project.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'aria-current="page" data-section="budgets"' in page.text
    response = client.post(url, budget_post(project))
    assert response.status_code == 302
    stored = Budget.objects.get(project=project)
    assert stored.value == Decimal("50000.00") and stored.currency == "USD"
    assert stored.value_date == dt.date(2024, 1, 1)  # the period start when left empty
    assert stored.value_eur is not None and stored.value_eur != stored.value
    page = client.get(url)
    assert f"EUR {stored.value_eur}" in page.text.replace("\xa0", " ") or "In euros" in page.text


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"currency": "XXQ"}, "Select a valid choice"),
        ({"value": "0"}, "more than 0"),
        ({"period_start": "2023-01-01", "period_end": "2023-12-31"}, "outside the project"),
        ({"period_end": "2025-03-31"}, "a year at most"),
        ({"type": "7"}, "Select a valid choice"),
    ],
)
def test_bad_input_writes_nothing_and_says_why_next_to_the_field(client, editor, project, row, message):
    client.force_login(editor)
    revisions = project.revisions.count()
    response = client.post(
        reverse("accounts:project_budgets", args=[project.pk]), budget_post(project, **row)
    )
    assert response.status_code == 400
    assert message in response.text
    assert 'aria-invalid="true"' in response.text
    assert "_error" in response.text and 'aria-describedby="' in response.text
    assert not Budget.objects.filter(project=project).exists()
    assert project.revisions.count() == revisions


def test_the_error_is_linked_to_its_input(client, editor, project):
    client.force_login(editor)
    response = client.post(
        reverse("accounts:project_budgets", args=[project.pk]), budget_post(project, value="-3")
    )
    assert 'id="id_budgets-0-value_error"' in response.text
    assert 'aria-describedby="id_budgets-0-value_error"' in response.text
    assert (
        '<a href="#id_budgets-0-value">Budget 1 · Amount: The value must be more than 0.</a>' in response.text
    )


def test_a_page_posted_against_changed_rows_saves_nothing(client, editor, project):
    client.force_login(editor)
    post = budget_post(project)
    post["version"] = "stale"
    response = client.post(reverse("accounts:project_budgets", args=[project.pk]), post)
    assert response.status_code == 400
    assert "changed since you opened the page" in response.text
    assert not Budget.objects.filter(project=project).exists()


def test_removing_a_row(client, editor, project):
    client.force_login(editor)
    url = reverse("accounts:project_budgets", args=[project.pk])
    client.post(url, budget_post(project))
    post = budget_post(project, **EMPTY_BUDGET)
    post["budgets-0-DELETE"] = "on"
    response = client.post(url, post)
    assert response.status_code == 302
    assert not Budget.objects.filter(project=project).exists()


def test_a_transaction_location_and_organisation_are_added(client, editor, project, org):
    client.force_login(editor)
    response = client.post(
        reverse("accounts:project_transactions", args=[project.pk]),
        {
            "version": rows_version([]),
            **management("transactions", 1),
            "transactions-0-type": "3",
            "transactions-0-date": "2024-05-02",
            "transactions-0-value": "1200.50",
            "transactions-0-currency": "EUR",
            "transactions-0-receiver_org_name": "Kisumu water committee",
        },
    )
    assert response.status_code == 302, response.text
    transaction = project.transactions.get()
    assert transaction.receiver_org_name == {"en": "Kisumu water committee"}
    assert transaction.value_eur == Decimal("1200.50")

    response = client.post(
        reverse("accounts:project_locations", args=[project.pk]),
        {
            "version": rows_version([]),
            **management("locations", 1),
            "locations-0-name": "Kisumu",
            "locations-0-country": "KE",
            "locations-0-latitude": "-0.0917",
            "locations-0-longitude": "34.768",
        },
    )
    assert response.status_code == 302, response.text
    assert project.locations.get().latitude == pytest.approx(-0.0917)

    response = client.post(
        reverse("accounts:project_locations", args=[project.pk]),
        {
            "version": rows_version(project_snapshot(project=project)["locations"]),
            **management("locations", 1),
            "locations-0-name": "Nowhere",
            "locations-0-latitude": "91",
            "locations-0-longitude": "10",
        },
    )
    assert response.status_code == 400
    assert project.locations.count() == 1

    page = client.get(reverse("accounts:project_participants", args=[project.pk]))
    assert '<option value="XM-DAC-41">Coop Acqua</option>' in page.text  # the identifier datalist
    response = client.post(
        reverse("accounts:project_participants", args=[project.pk]),
        {
            "version": rows_version([]),
            **management("participating_orgs", 1),
            "participating_orgs-0-role": "2",
            "participating_orgs-0-ref": "XM-DAC-41",
            "participating_orgs-0-name": "Coop Acqua",
        },
    )
    assert response.status_code == 302, response.text
    assert project.participating_orgs.get().organisation == org


def result_post(version, **fields):
    post = {
        "version": version,
        "lang": "en",
        "result-type": "1",
        "result-title": "Wells dug",
        "result-aggregation_status": "unknown",
        **management("ind", 1),
        "ind-0-title": "Wells in use",
        "ind-0-measure": "1",
        "ind-0-ascending": "true",
        "ind-0-baseline_year": "2023",
        "ind-0-baseline_value": "0",
        **management("ind-0-per", 1),
        "ind-0-per-0-period_start": "2024-01-01",
        "ind-0-per-0-period_end": "2024-12-31",
        "ind-0-per-0-target_value": "12",
        "ind-0-per-0-actual_value": "9",
    }
    post.update(fields)
    return post


def test_an_editor_adds_a_result_with_an_indicator_target_and_actual(client, editor, project):
    client.force_login(editor)
    response = client.post(
        reverse("accounts:project_result_new", args=[project.pk]), result_post(rows_version([]))
    )
    assert response.status_code == 302, response.text
    result = project.results.get()
    period = result.indicators.get().periods.get()
    assert (period.target_value, period.actual_value) == (Decimal(12), Decimal(9))
    page = client.get(reverse("accounts:project_results", args=[project.pk]))
    assert "Wells in use" in page.text and "2024-01-01" in page.text

    rows = project_snapshot(project=project)["results"]
    response = client.post(
        reverse("accounts:project_result_edit", args=[project.pk, 0]),
        result_post(
            rows_version(rows),
            **{
                **management("ind", 2, 1),
                **management("ind-0-per", 2, 1),
                "ind-0-per-0-actual_value": "11",
                **management("ind-1-per", 1),
                "ind-1-measure": "1",  # the defaults a browser posts for the empty indicator
                "ind-1-ascending": "true",
            },
        ),
    )
    assert response.status_code == 302, response.text
    assert project.results.get().indicators.get().periods.get().actual_value == Decimal(11)
    revision = project.revisions.first()
    assert "results" in revision.changes
    history = client.get(reverse("accounts:project_history", args=[project.pk]))
    assert "Actual" in history.text and "9" in history.text and "11" in history.text


def test_a_bad_period_is_shown_on_its_field_and_nothing_is_written(client, editor, project):
    client.force_login(editor)
    response = client.post(
        reverse("accounts:project_result_new", args=[project.pk]),
        result_post(rows_version([]), **{"ind-0-per-0-period_end": "2023-06-30"}),
    )
    assert response.status_code == 400
    assert 'id="id_ind-0-per-0-period_end_error"' in response.text
    assert 'href="#id_ind-0-per-0-period_end">Indicator 1, period 1 · Period end' in response.text
    assert not project.results.exists()


def test_deleting_a_result(client, editor, project):
    client.force_login(editor)
    client.post(reverse("accounts:project_result_new", args=[project.pk]), result_post(rows_version([])))
    rows = project_snapshot(project=project)["results"]
    response = client.post(
        reverse("accounts:project_result_delete", args=[project.pk, 0]), {"version": rows_version(rows)}
    )
    assert response.status_code == 302
    assert not project.results.exists()


def test_a_published_project_keeps_its_public_budgets_until_the_change_is_published(client, editor, project):
    reviewer = StaffFactory()
    project_submit(project=project, user=editor)
    project_publish(project=project, user=reviewer)
    client.force_login(editor)
    response = client.post(reverse("accounts:project_budgets", args=[project.pk]), budget_post(project))
    assert response.status_code == 302
    assert not Budget.objects.filter(project=project).exists()  # the public version is untouched
    pending = ProjectPendingChange.objects.get(project=project)
    assert pending.data["budgets"][0]["value"] == "50000.00"
    page = client.get(reverse("accounts:project_budgets", args=[project.pk]))
    assert 'value="50000.00"' in page.text  # the editor sees the pending version
    public = client.get(reverse("project_detail", args=[project.iati_identifier]))
    assert public.status_code == 200

    project_submit(project=project, user=editor)
    review = client.get(reverse("accounts:review_detail", args=[project.pk]))
    assert review.status_code == 404  # editors are not reviewers
    client.force_login(reviewer)
    review = client.get(reverse("accounts:review_detail", args=[project.pk]))
    assert "Budget" in review.text and "50000.00" in review.text
    client.post(reverse("accounts:review_publish", args=[project.pk]))
    assert Budget.objects.get(project=project).value == Decimal("50000.00")
    project.refresh_from_db()
    assert project.publication_state == Project.PublicationState.PUBLISHED
    assert not ProjectPendingChange.objects.filter(project=project).exists()


SECTION_URLS = [
    ("accounts:project_budgets", False),
    ("accounts:project_transactions", False),
    ("accounts:project_locations", False),
    ("accounts:project_participants", False),
    ("accounts:project_results", False),
    ("accounts:project_result_new", False),
    ("accounts:project_result_edit", True),
]


@pytest.mark.parametrize(("name", "indexed"), SECTION_URLS)
def test_viewers_and_other_organisations_get_not_found(client, org, editor, project, name, indexed):
    client.force_login(editor)
    client.post(reverse("accounts:project_result_new", args=[project.pk]), result_post(rows_version([])))
    url = reverse(name, args=[project.pk, 0] if indexed else [project.pk])
    assert client.get(url).status_code == 200
    for outsider in (member(org, Role.VIEWER), member(OrganisationFactory(), Role.EDITOR)):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
        assert client.post(url, {"version": "x"}).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to sign in


def test_a_viewer_cannot_delete_a_result(client, org, editor, project):
    client.force_login(editor)
    client.post(reverse("accounts:project_result_new", args=[project.pk]), result_post(rows_version([])))
    rows = project_snapshot(project=project)["results"]
    client.force_login(member(org, Role.VIEWER))
    url = reverse("accounts:project_result_delete", args=[project.pk, 0])
    assert client.post(url, {"version": rows_version(rows)}).status_code == 404
    assert project.results.count() == 1


def test_the_history_names_what_changed_in_a_budget(client, editor, project):
    client.force_login(editor)
    url = reverse("accounts:project_budgets", args=[project.pk])
    client.post(url, budget_post(project))
    post = budget_post(project, **EMPTY_BUDGET)
    post["budgets-0-value"] = "65000"
    assert client.post(url, post).status_code == 302
    history = client.get(reverse("accounts:project_history", args=[project.pk]))
    text = history.text
    assert "50000.00" in text and "65000.00" in text
    assert 'data-field="budgets.value"' in text


def test_texts_in_another_language_are_kept(client, editor, project):
    client.force_login(editor)
    url = reverse("accounts:project_locations", args=[project.pk])
    post = {
        "version": rows_version([]),
        **management("locations", 1),
        "locations-0-name": "Kisumu town",
        "locations-0-latitude": "-0.09",
        "locations-0-longitude": "34.77",
    }
    assert client.post(url, post).status_code == 302
    rows = project_snapshot(project=project)["locations"]
    post = {
        "version": rows_version(rows),
        "lang": "it",
        **management("locations", 2, 1),
        "locations-0-name": "Città di Kisumu",
        "locations-0-latitude": "-0.09",
        "locations-0-longitude": "34.77",
    }
    assert client.post(url + "?lang=it", post).status_code == 302
    assert project.locations.get().name == {"en": "Kisumu town", "it": "Città di Kisumu"}


@pytest.mark.parametrize("name", ["accounts:project_budgets", "accounts:project_results"])
def test_a_section_page_reads_a_fixed_number_of_queries(
    client, editor, project, name, django_assert_max_num_queries
):
    from coopdev.projects.services import project_update

    budgets = [
        {
            "period_start": f"2024-{m:02d}-01",
            "period_end": f"2024-{m:02d}-28",
            "value": "10",
            "currency": "EUR",
        }
        for m in range(1, 13)
    ]
    results = [
        {"type": "1", "title": {"en": f"Result {i}"}, "indicators": [{"title": {"en": "x"}, "periods": []}]}
        for i in range(10)
    ]
    project_update(project=project, user=editor, data={"budgets": budgets, "results": results})
    client.force_login(editor)
    with django_assert_max_num_queries(24):
        response = client.get(reverse(name, args=[project.pk]))
    assert response.status_code == 200


def test_a_post_without_the_formset_counts_saves_nothing_and_says_so(client, editor, project):
    client.force_login(editor)
    response = client.post(
        reverse("accounts:project_budgets", args=[project.pk]), {"version": rows_version([])}
    )
    assert response.status_code == 400
    assert "ManagementForm data is missing" in response.text
    assert not project.budgets.exists()


def test_a_new_location_starts_in_the_projects_only_country(client, org, editor):
    single = project_create(
        organisation=org,
        user=editor,
        data=valid_data(iati_identifier="XM-DAC-41-ONE", countries=[["KE", None]]),
    )
    client.force_login(editor)
    page = client.get(reverse("accounts:project_locations", args=[single.pk]))
    assert '<option value="KE" selected>' in page.text
    post = {"version": rows_version([]), **management("locations", 1), "locations-0-country": "KE"}
    response = client.post(reverse("accounts:project_locations", args=[single.pk]), post)
    assert response.status_code == 302  # the untouched empty row is not a location
    assert not single.locations.exists()
