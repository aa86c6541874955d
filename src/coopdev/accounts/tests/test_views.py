"""The workspace, review, members and token pages through the test client."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from coopdev.accounts.models import ProjectPendingChange
from coopdev.accounts.tests.factories import PASSWORD, StaffFactory, UserFactory, member
from coopdev.organisations.models import ApiToken, Membership
from coopdev.projects.models import Project
from coopdev.projects.services import project_create, project_submit
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory, add_sector
from coopdev.projects.tests.test_review import valid_data

pytestmark = pytest.mark.django_db

Role = Membership.Role
States = Project.PublicationState


@pytest.fixture
def org():
    return OrganisationFactory(iati_identifier="XM-DAC-41", slug="coop-acqua", name="Coop Acqua")


@pytest.fixture
def editor(org):
    return member(org, Role.EDITOR, email="editor@coop.example")


def form_post(**overrides):
    post = {
        "iati_identifier": "XM-DAC-41-W-1",
        "activity_status": "2",
        "title_en": "Water for all",
        "title_fr": "De l'eau pour tous",
        "description_en": "Wells.",
        "planned_start": "2024-01-01",
        "planned_end": "2025-06-30",
        "total_value": "1000",
        "managed_value": "400",
        "value_currency": "EUR",
        "value_date": "2024-01-01",
        "people_reached": "300",
        "people_reached_women": "150",
        "people_reached_men": "150",
        "countries": ["KE", "TZ"],
        "country_pct_KE": "70",
        "country_pct_TZ": "30",
        "sectors": ["14030"],
        "sector_pct_14030": "",
        "sdg_goals": ["6"],
        "sdg_targets": ["6.1", "6.2"],
    }
    post.update(overrides)
    return post


def test_signing_in_leads_to_the_workspace(client, editor):
    response = client.post(reverse("accounts:login"), {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:workspace")
    response = client.get(reverse("accounts:workspace"))
    assert "Coop Acqua" in response.text
    assert "Editor" in response.text


def test_a_wrong_password_is_refused(client, editor):
    response = client.post(reverse("accounts:login"), {"username": editor.username, "password": "nope"})
    assert response.status_code == 200
    assert "errors" in response.text


def test_password_reset_by_email_lets_the_user_sign_in_with_the_new_password(client, editor):
    client.post(reverse("accounts:password_reset"), {"email": editor.email})
    (message,) = mail.outbox
    link = re.search(r"http://\S+/accounts/password/reset/\S+/", message.body).group(0)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    new = "a much longer passphrase 42"
    response = client.post(response.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    assert client.login(username=editor.username, password=new)


def test_the_login_page_speaks_italian(client):
    response = client.get("/it/accounts/login/")
    assert response.status_code == 200
    assert 'lang="it"' in response.text


def test_the_workspace_shows_every_state_of_the_organisations_projects(client, org, editor):
    for state in States.values:
        ProjectFactory(reporting_org=org, publication_state=state, title={"en": f"Project {state}"})
    ProjectFactory(title={"en": "Someone else's draft"}, publication_state=States.DRAFT)
    client.force_login(editor)
    response = client.get(reverse("accounts:organisation", args=[org.slug]))
    for state in States.values:
        assert f"Project {state}" in response.text
    assert "Someone else" not in response.text
    response = client.get(reverse("accounts:organisation", args=[org.slug]) + "?state=returned")
    assert "Project returned" in response.text and "Project draft" not in response.text


def test_the_workspace_lists_in_a_fixed_number_of_queries(client, org, editor, django_assert_max_num_queries):
    for _ in range(15):
        add_sector(ProjectFactory(reporting_org=org), "14030")
    client.force_login(editor)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("accounts:organisation", args=[org.slug]))
    assert response.text.count("data-project=") == 15
    with django_assert_max_num_queries(10):
        client.get(reverse("accounts:workspace"))


def test_an_editor_creates_a_project_with_the_form(client, org, editor):
    client.force_login(editor)
    response = client.get(reverse("accounts:project_create", args=[org.slug]))
    assert response.status_code == 200
    assert "data-picker" in response.text and 'data-colour="#' in response.text

    response = client.post(reverse("accounts:project_create", args=[org.slug]), form_post())
    project = Project.objects.get(iati_identifier="XM-DAC-41-W-1")
    assert response["Location"] == reverse("accounts:project_edit", args=[project.pk])
    assert project.title == {"en": "Water for all", "fr": "De l'eau pour tous"}
    assert project.publication_state == States.DRAFT
    assert sorted(project.countries.values_list("country_id", "percentage")) == [("KE", 70), ("TZ", 30)]
    assert sorted(project.sdg_targets.values_list("code", flat=True)) == ["6.1", "6.2"]

    response = client.get(reverse("accounts:project_edit", args=[project.pk]))
    assert 'value="70.00"' in response.text  # the percentages come back beside the picker
    assert "Submit for review" in response.text


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"iati_identifier": "IT-1-W-1"}, "must start with the organisation"),
        ({"managed_value": "2000"}, "cannot be more than the total"),
        ({"country_pct_TZ": "20"}, "must add up to 100 (they add up to 90"),
        ({"country_pct_TZ": "abc"}, "is not a percentage"),
        ({"title_en": "", "title_fr": ""}, "at least one language"),
        ({"planned_end": "2023-01-01"}, "cannot be before the start"),
    ],
)
def test_the_form_explains_what_is_wrong(client, org, editor, overrides, message):
    client.force_login(editor)
    response = client.post(reverse("accounts:project_create", args=[org.slug]), form_post(**overrides))
    assert response.status_code == 200
    assert message in response.text
    assert not Project.objects.exists()


def test_editing_keeps_languages_the_form_does_not_show(client, org, editor):
    project = project_create(
        organisation=org, user=editor, data=valid_data(title={"en": "Water", "de": "Wasser"})
    )
    client.force_login(editor)
    client.post(
        reverse("accounts:project_edit", args=[project.pk]),
        form_post(iati_identifier=project.iati_identifier, title_en="Water!", title_fr=""),
    )
    project.refresh_from_db()
    assert project.title == {"en": "Water!", "de": "Wasser"}


def test_submitting_from_the_edit_page(client, org, editor):
    project = project_create(organisation=org, user=editor, data=valid_data())
    client.force_login(editor)
    response = client.post(reverse("accounts:project_submit", args=[project.pk]), follow=True)
    project.refresh_from_db()
    assert project.publication_state == States.SUBMITTED
    assert "Submitted for review" in response.text


def test_reviewers_publish_from_the_queue(client, org, editor):
    reviewer = StaffFactory()
    project = project_create(organisation=org, user=editor, data=valid_data())
    project_submit(project=project, user=editor)
    client.force_login(reviewer)
    response = client.get(reverse("accounts:review_queue"))
    assert "Clean water for cooperatives" in response.text
    response = client.get(reverse("accounts:review_detail", args=[project.pk]))
    assert "What would be published" in response.text
    client.post(reverse("accounts:review_publish", args=[project.pk]))
    project.refresh_from_db()
    assert project.publication_state == States.PUBLISHED
    assert client.get(reverse("project_detail", args=[project.iati_identifier])).status_code == 200


def test_a_return_without_comment_is_refused_on_the_page(client, org, editor):
    project = project_create(organisation=org, user=editor, data=valid_data())
    project_submit(project=project, user=editor)
    client.force_login(StaffFactory())
    response = client.post(reverse("accounts:review_return", args=[project.pk]), {"comment": ""})
    assert response.status_code == 400
    project.refresh_from_db()
    assert project.publication_state == States.SUBMITTED


def test_the_review_of_a_change_shows_old_and_new_values(client, org, editor):
    reviewer = StaffFactory()
    project = project_create(organisation=org, user=editor, data=valid_data())
    project.publication_state = States.PUBLISHED
    project.save()
    client.force_login(editor)
    client.post(
        reverse("accounts:project_edit", args=[project.pk]),
        form_post(iati_identifier=project.iati_identifier, title_en="Water, phase two"),
    )
    assert ProjectPendingChange.objects.filter(project=project).exists()
    client.post(reverse("accounts:project_submit", args=[project.pk]))
    client.force_login(reviewer)
    response = client.get(reverse("accounts:review_detail", args=[project.pk]))
    assert "Changes proposed to the published version" in response.text
    assert "Clean water for cooperatives" in response.text and "Water, phase two" in response.text
    # Meanwhile the public page shows the published version.
    response = client.get(reverse("project_detail", args=[project.iati_identifier]))
    assert "Clean water for cooperatives" in response.text
    assert "phase two" not in response.text


def test_the_history_page_shows_who_changed_what(client, org, editor):
    project = project_create(organisation=org, user=editor, data=valid_data())
    client.force_login(editor)
    client.post(
        reverse("accounts:project_edit", args=[project.pk]),
        form_post(
            iati_identifier=project.iati_identifier,
            people_reached="999",
            people_reached_women="",
            people_reached_men="",
        ),
    )
    response = client.get(reverse("accounts:project_history", args=[project.pk]))
    assert response.text.count('class="revision card"') == 2
    assert "People reached" in response.text and "999" in response.text
    assert "Kenya (70.00 %), Tanzania (30.00 %)" in response.text  # codes are named
    assert editor.username in response.text


def test_an_admin_adds_a_new_person_who_gets_an_invitation(client, org, django_capture_on_commit_callbacks):
    admin = member(org, Role.ADMIN)
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("accounts:members", args=[org.slug]),
            {"action": "add", "email": "new@coop.example", "role": "editor"},
        )
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="new@coop.example")
    assert membership.role == Role.EDITOR
    assert not membership.user.has_usable_password()
    (invitation,) = mail.outbox
    assert invitation.to == ["new@coop.example"]
    link = re.search(r"http://\S+/accounts/password/reset/\S+/", invitation.body).group(0)
    assert client.get(link).status_code == 302  # on to the set-password form


def test_an_admin_changes_roles_but_not_of_the_last_admin(client, org):
    admin = member(org, Role.ADMIN)
    other = member(org, Role.VIEWER)
    client.force_login(admin)
    url = reverse("accounts:members", args=[org.slug])
    other_membership = Membership.objects.get(user=other)
    client.post(url, {"action": "role", "membership": other_membership.pk, "role": "editor"})
    other_membership.refresh_from_db()
    assert other_membership.role == Role.EDITOR

    own = Membership.objects.get(user=admin)
    response = client.post(url, {"action": "role", "membership": own.pk, "role": "viewer"}, follow=True)
    own.refresh_from_db()
    assert own.role == Role.ADMIN
    assert "at least one admin" in response.text

    client.post(url, {"action": "remove", "membership": other_membership.pk})
    assert not Membership.objects.filter(pk=other_membership.pk).exists()


def test_an_admin_cannot_touch_memberships_of_another_organisation(client, org):
    admin = member(org, Role.ADMIN)
    elsewhere = Membership.objects.create(
        user=UserFactory(), organisation=OrganisationFactory(), role=Role.VIEWER
    )
    client.force_login(admin)
    response = client.post(
        reverse("accounts:members", args=[org.slug]), {"action": "remove", "membership": elsewhere.pk}
    )
    assert response.status_code == 404
    assert Membership.objects.filter(pk=elsewhere.pk).exists()


def test_the_token_page_shows_the_raw_key_once(client, org):
    admin = member(org, Role.ADMIN)
    client.force_login(admin)
    url = reverse("accounts:api_tokens", args=[org.slug])
    response = client.post(url, {"name": "ERP"})
    token = ApiToken.objects.get()
    raw_key = re.search(r"data-raw-key>([^<]+)<", response.text).group(1)
    assert raw_key.startswith(token.prefix)
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    response = client.get(url)
    assert raw_key not in response.text
    assert token.prefix in response.text

    client.post(reverse("accounts:api_token_revoke", args=[org.slug, token.pk]))
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_after_a_return_the_reviewer_sees_what_changed_since(client, org, editor):
    from coopdev.projects.services import project_return, project_update

    reviewer = StaffFactory()
    project = project_create(organisation=org, user=editor, data=valid_data())
    project_submit(project=project, user=editor)
    project_return(project=project, user=reviewer, comment="More people?")
    project_update(project=project, user=editor, data={"people_reached": 5100})
    project_update(project=project, user=editor, data={"people_reached": 5300})
    project_submit(project=project, user=editor)
    client.force_login(reviewer)
    response = client.get(reverse("accounts:review_detail", args=[project.pk]))
    assert response.context["since_review"] == [
        {"field": "people_reached", "label": "People reached", "old": "5000", "new": "5300"}
    ]


@pytest.mark.parametrize("language", ["it", "tr", "es", "fr"])
def test_the_account_pages_speak_the_five_languages(client, editor, language):
    from django.utils.translation import gettext, override

    with override(language):
        sign_in, workspace = gettext("Sign in"), gettext("Workspace")
    assert sign_in != "Sign in" and workspace != "Workspace"
    assert f"<h1>{sign_in}</h1>" in client.get(f"/{language}/accounts/login/").text
    client.force_login(editor)
    assert f"<h1>{workspace}</h1>" in client.get(f"/{language}/accounts/workspace/").text


def test_an_invited_person_without_a_password_can_ask_for_a_reset_link(client, org):
    from coopdev.accounts.services import membership_add

    membership_add(organisation=org, user=StaffFactory(), email="late@coop.example", role="viewer")
    client.post(reverse("accounts:password_reset"), {"email": "late@coop.example"})
    assert [m.to for m in mail.outbox] == [["late@coop.example"]]
    assert "/accounts/password/reset/" in mail.outbox[0].body


def test_a_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, editor):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"}, follow=True)
    assert mail.outbox == []
    assert "If an account has this address" in response.text


@pytest.mark.parametrize(
    "name",
    [
        "login",
        "password_reset",
        "password_reset_done",
        "password_reset_complete",
        "password_change",
        "password_change_done",
    ],
)
def test_every_account_page_is_the_sites_own_not_the_admins(client, editor, name):
    client.force_login(editor)
    if name == "login":
        client.logout()
    response = client.get(reverse(f"accounts:{name}"))
    assert response.status_code == 200
    assert "accounts/accounts.css" in response.text
    assert "Django site admin" not in response.text
