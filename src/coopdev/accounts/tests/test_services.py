import hashlib

import pytest

from coopdev.accounts.services import (
    NOT_ORGANISATION_ADMIN,
    TOKEN_ALREADY_REVOKED,
    TOKEN_NAME_REQUIRED,
    AccountsError,
    api_token_create,
    api_token_revoke,
)
from coopdev.accounts.tests.factories import StaffFactory, member
from coopdev.organisations.models import ApiToken, Membership
from coopdev.projects.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

Role = Membership.Role


def test_creating_a_token_returns_the_raw_key_once_and_stores_only_its_hash():
    organisation = OrganisationFactory()
    admin = member(organisation, Role.ADMIN)

    token, raw_key = api_token_create(organisation=organisation, user=admin, name="  ERP sync ")

    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.name == "ERP sync"
    assert stored.created_by == admin
    assert stored.prefix == raw_key[:8]
    assert stored.key_hash == hashlib.sha256(raw_key.encode()).hexdigest()
    assert len(raw_key) >= 40
    stored_values = [str(value) for value in ApiToken.objects.filter(pk=token.pk).values().get().values()]
    assert raw_key not in stored_values


def test_every_token_gets_its_own_key():
    organisation = OrganisationFactory()
    staff = StaffFactory()
    keys = {api_token_create(organisation=organisation, user=staff, name=f"t{i}")[1] for i in range(5)}
    assert len(keys) == 5


@pytest.mark.parametrize("role", [Role.VIEWER, Role.EDITOR])
def test_only_organisation_admins_and_staff_create_tokens(role):
    organisation = OrganisationFactory()
    with pytest.raises(AccountsError) as refused:
        api_token_create(organisation=organisation, user=member(organisation, role), name="x")
    assert refused.value.message == NOT_ORGANISATION_ADMIN
    assert not ApiToken.objects.exists()


def test_an_admin_of_another_organisation_cannot_create_tokens():
    organisation = OrganisationFactory()
    with pytest.raises(AccountsError):
        api_token_create(organisation=organisation, user=member(OrganisationFactory(), Role.ADMIN), name="x")


def test_a_token_needs_a_name():
    organisation = OrganisationFactory()
    with pytest.raises(AccountsError) as refused:
        api_token_create(organisation=organisation, user=StaffFactory(), name="   ")
    assert refused.value.message == TOKEN_NAME_REQUIRED


def test_revoking_needs_an_admin_and_happens_once():
    organisation = OrganisationFactory()
    admin = member(organisation, Role.ADMIN)
    token, _ = api_token_create(organisation=organisation, user=admin, name="x")

    with pytest.raises(AccountsError):
        api_token_revoke(token=token, user=member(organisation, Role.EDITOR))
    token.refresh_from_db()
    assert token.revoked_at is None

    api_token_revoke(token=token, user=admin)
    token.refresh_from_db()
    assert token.revoked_at is not None

    with pytest.raises(AccountsError) as refused:
        api_token_revoke(token=token, user=admin)
    assert refused.value.message == TOKEN_ALREADY_REVOKED
