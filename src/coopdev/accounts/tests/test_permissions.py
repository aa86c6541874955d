"""Who reaches what: every workspace and review URL, for every kind of user.

Roles: anonymous, viewer of A, editor of A, editor of B, admin of A, staff reviewer.
Anonymous visitors are sent to sign in; a signed-in user without the right gets "not found",
exactly as for an object that does not exist, and never the object's data. Unpublished
projects never reach the public pages, whoever asks.
"""

import pytest
from django.urls import reverse

from coopdev.accounts.services import api_token_create
from coopdev.accounts.tests.factories import StaffFactory, member
from coopdev.organisations.models import Membership
from coopdev.projects.models import Project, Result
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

Role = Membership.Role
SECRET = "Unpublished secret project"
ROLES = ("anonymous", "viewer_a", "editor_a", "editor_b", "admin_a", "staff")
MEMBERS_OF_A = {"viewer_a", "editor_a", "admin_a", "staff"}
EDITORS_OF_A = {"editor_a", "admin_a", "staff"}
ADMINS_OF_A = {"admin_a", "staff"}
REVIEWERS = {"staff"}
SIGNED_IN = set(ROLES) - {"anonymous"}


@pytest.fixture
def world():
    org_a = OrganisationFactory(slug="org-a", iati_identifier="XM-A")
    org_b = OrganisationFactory(slug="org-b", iati_identifier="XM-B")
    users = {
        "anonymous": None,
        "viewer_a": member(org_a, Role.VIEWER),
        "editor_a": member(org_a, Role.EDITOR),
        "editor_b": member(org_b, Role.EDITOR),
        "admin_a": member(org_a, Role.ADMIN),
        "staff": StaffFactory(),
    }
    project = ProjectFactory(
        reporting_org=org_a,
        iati_identifier="XM-A-SECRET",
        title={"en": SECRET},
        publication_state=Project.PublicationState.SUBMITTED,
    )
    Result.objects.create(project=project, type="1", title={"en": "Secret result"})
    token, _ = api_token_create(organisation=org_a, user=users["admin_a"], name="Secret sync")
    return {"org": org_a, "users": users, "project": project, "token": token}


def project_url(name):
    """The URL of the world's project for the URL name ``accounts:<name>``."""
    return lambda w: reverse(f"accounts:{name}", args=[w["project"].pk])


# (name, method, URL from the world, POST data, who may)
ENDPOINTS = [
    ("workspace", "get", lambda w: reverse("accounts:workspace"), None, SIGNED_IN),
    ("organisation", "get", lambda w: reverse("accounts:organisation", args=["org-a"]), None, MEMBERS_OF_A),
    (
        "project_create",
        "get",
        lambda w: reverse("accounts:project_create", args=["org-a"]),
        None,
        EDITORS_OF_A,
    ),
    (
        "project_create_post",
        "post",
        lambda w: reverse("accounts:project_create", args=["org-a"]),
        {},
        EDITORS_OF_A,
    ),
    ("members", "get", lambda w: reverse("accounts:members", args=["org-a"]), None, ADMINS_OF_A),
    (
        "members_add",
        "post",
        lambda w: reverse("accounts:members", args=["org-a"]),
        {"action": "add", "email": "x@example.org", "role": "admin"},
        ADMINS_OF_A,
    ),
    ("api_tokens", "get", lambda w: reverse("accounts:api_tokens", args=["org-a"]), None, ADMINS_OF_A),
    (
        "api_tokens_post",
        "post",
        lambda w: reverse("accounts:api_tokens", args=["org-a"]),
        {"name": "x"},
        ADMINS_OF_A,
    ),
    (
        "api_token_revoke",
        "post",
        lambda w: reverse("accounts:api_token_revoke", args=["org-a", w["token"].pk]),
        {},
        ADMINS_OF_A,
    ),
    (
        "project_edit",
        "get",
        lambda w: reverse("accounts:project_edit", args=[w["project"].pk]),
        None,
        EDITORS_OF_A,
    ),
    (
        "project_edit_post",
        "post",
        lambda w: reverse("accounts:project_edit", args=[w["project"].pk]),
        {},
        EDITORS_OF_A,
    ),
    (
        "project_submit",
        "post",
        lambda w: reverse("accounts:project_submit", args=[w["project"].pk]),
        {},
        EDITORS_OF_A,
    ),
    (
        "project_pending_discard",
        "post",
        lambda w: reverse("accounts:project_pending_discard", args=[w["project"].pk]),
        {},
        EDITORS_OF_A,
    ),
    (
        "project_history",
        "get",
        lambda w: reverse("accounts:project_history", args=[w["project"].pk]),
        None,
        MEMBERS_OF_A,
    ),
    *[
        (
            name,
            method,
            project_url(name),
            data,
            EDITORS_OF_A,
        )
        for name in (
            "project_budgets",
            "project_transactions",
            "project_locations",
            "project_participants",
            "project_results",
            "project_result_new",
        )
        for method, data in (("get", None), ("post", {"version": "x"}))
        if not (name == "project_results" and method == "post")
    ],
    (
        "project_result_edit",
        "get",
        lambda w: reverse("accounts:project_result_edit", args=[w["project"].pk, 0]),
        None,
        EDITORS_OF_A,
    ),
    (
        "project_result_delete",
        "post",
        lambda w: reverse("accounts:project_result_delete", args=[w["project"].pk, 0]),
        {"version": "x"},
        EDITORS_OF_A,
    ),
    ("review_queue", "get", lambda w: reverse("accounts:review_queue"), None, REVIEWERS),
    (
        "review_detail",
        "get",
        lambda w: reverse("accounts:review_detail", args=[w["project"].pk]),
        None,
        REVIEWERS,
    ),
    (
        "review_return",
        "post",
        lambda w: reverse("accounts:review_return", args=[w["project"].pk]),
        {"comment": "Fix it"},
        REVIEWERS,
    ),
    (
        "review_publish",
        "post",
        lambda w: reverse("accounts:review_publish", args=[w["project"].pk]),
        {},
        REVIEWERS,
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "method", "url", "data", "allowed"), ENDPOINTS, ids=[f"{e[0]}-{e[1]}" for e in ENDPOINTS]
)
def test_every_endpoint_admits_exactly_who_may(client, world, role, name, method, url, data, allowed):
    user = world["users"][role]
    if user is not None:
        client.force_login(user)
    state_before = world["project"].publication_state
    response = getattr(client, method)(url(world), data) if method == "post" else client.get(url(world))

    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))
    elif role in allowed:
        assert response.status_code in (200, 302, 400), response.status_code
    else:
        assert response.status_code == 404
        assert SECRET not in response.text
        assert "Secret sync" not in response.text
    if role not in allowed:
        world["project"].refresh_from_db()
        assert world["project"].publication_state == state_before
        assert world["token"].__class__.objects.get(pk=world["token"].pk).revoked_at is None


def _other_org_and_missing(world):
    missing = Project.objects.order_by("-pk").first().pk + 1000
    return world["project"].pk, missing


@pytest.mark.parametrize(
    "view", ["project_edit", "project_history", "review_detail", "project_budgets", "project_results"]
)
def test_a_forbidden_project_looks_exactly_like_a_missing_one(client, world, view):
    client.force_login(world["users"]["editor_b"] if view != "review_detail" else world["users"]["admin_a"])
    forbidden, missing = _other_org_and_missing(world)
    responses = [client.get(reverse(f"accounts:{view}", args=[pk])) for pk in (forbidden, missing)]
    assert [r.status_code for r in responses] == [404, 404]
    assert responses[0].text == responses[1].text


def test_a_forbidden_organisation_looks_exactly_like_a_missing_one(client, world):
    client.force_login(world["users"]["editor_b"])
    forbidden = client.get(reverse("accounts:organisation", args=["org-a"]))
    missing = client.get(reverse("accounts:organisation", args=["no-such-org"]))
    assert forbidden.status_code == missing.status_code == 404
    assert forbidden.text.replace("org-a", "") == missing.text.replace("no-such-org", "")


@pytest.mark.parametrize("state", ["draft", "submitted", "returned"])
@pytest.mark.parametrize("role", ROLES)
def test_unpublished_projects_never_reach_the_public_pages(client, world, role, state):
    Project.objects.filter(pk=world["project"].pk).update(publication_state=state)
    user = world["users"][role]
    if user is not None:
        client.force_login(user)
    assert client.get(reverse("project_detail", args=["XM-A-SECRET"])).status_code == 404
    for url in (
        reverse("explore"),
        reverse("explore") + "?q=secret",
        reverse("explore_json"),
        reverse("explore_csv"),
        reverse("organisation_detail", args=["org-a"]),
        reverse("home"),
    ):
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert SECRET.encode() not in body, url
        assert b"XM-A-SECRET" not in body, url


def test_a_published_project_with_pending_changes_shows_only_the_published_version(client, world):
    from coopdev.accounts.models import ProjectPendingChange

    project = world["project"]
    Project.objects.filter(pk=project.pk).update(publication_state="published", title={"en": "Public title"})
    ProjectPendingChange.objects.create(project=project, data={"title": {"en": SECRET}}, state="submitted")
    response = client.get(reverse("project_detail", args=["XM-A-SECRET"]))
    assert response.status_code == 200
    assert "Public title" in response.text
    assert SECRET not in response.text


def test_the_workspace_lists_only_the_users_organisations(client, world):
    client.force_login(world["users"]["editor_b"])
    response = client.get(reverse("accounts:workspace"))
    assert "org-a" not in response.text
    assert SECRET not in response.text
