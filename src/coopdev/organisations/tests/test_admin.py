"""Staff manage memberships and API tokens in the back office too."""

import pytest
from django.urls import reverse

from coopdev.accounts.services import api_token_create
from coopdev.accounts.tests.factories import StaffFactory, member
from coopdev.organisations.models import ApiToken, Membership
from coopdev.projects.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return StaffFactory(is_superuser=True)


def test_the_back_office_lists_memberships_tokens_and_pending_changes(client, superuser):
    organisation = OrganisationFactory()
    member(organisation, Membership.Role.EDITOR)
    api_token_create(organisation=organisation, user=superuser, name="ERP")
    client.force_login(superuser)
    for name in (
        "admin:organisations_membership_changelist",
        "admin:organisations_apitoken_changelist",
        "admin:accounts_projectpendingchange_changelist",
        "admin:projects_projectrevision_changelist",
    ):
        assert client.get(reverse(name)).status_code == 200, name
    assert (
        client.get(reverse("admin:organisations_organisation_change", args=[organisation.pk])).status_code
        == 200
    )


def test_staff_revoke_tokens_from_the_back_office(client, superuser):
    organisation = OrganisationFactory()
    token, _ = api_token_create(organisation=organisation, user=superuser, name="ERP")
    client.force_login(superuser)
    client.post(
        reverse("admin:organisations_apitoken_changelist"),
        {"action": "revoke", "_selected_action": [token.pk]},
    )
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert ApiToken.objects.filter(revoked_at__isnull=True).count() == 0
