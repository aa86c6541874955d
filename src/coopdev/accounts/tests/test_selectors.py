import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from coopdev.accounts.selectors import (
    api_token_authenticate,
    organisation_list_for_user,
    user_can_edit_organisation,
    user_is_organisation_admin,
    user_is_reviewer,
)
from coopdev.accounts.services import api_token_create, api_token_revoke
from coopdev.accounts.tests.factories import StaffFactory, UserFactory, member
from coopdev.organisations.models import ApiToken, Membership
from coopdev.projects.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

Role = Membership.Role


@pytest.fixture
def orgs():
    return OrganisationFactory(), OrganisationFactory(), OrganisationFactory()


def test_organisations_for_a_user_are_those_where_the_role_is_at_least_the_one_asked(orgs):
    a, b, c = orgs
    user = member(a, Role.VIEWER)
    Membership.objects.create(user=user, organisation=b, role=Role.EDITOR)
    Membership.objects.create(user=user, organisation=c, role=Role.ADMIN)

    assert set(organisation_list_for_user(user=user)) == {a, b, c}
    assert set(organisation_list_for_user(user=user, role=Role.EDITOR)) == {b, c}
    assert set(organisation_list_for_user(user=user, role=Role.ADMIN)) == {c}


def test_staff_get_every_organisation_and_anonymous_none(orgs):
    assert set(organisation_list_for_user(user=StaffFactory(), role=Role.ADMIN)) == set(orgs)
    assert not organisation_list_for_user(user=AnonymousUser()).exists()
    assert not organisation_list_for_user(user=UserFactory()).exists()


def test_inactive_users_hold_no_role(orgs):
    user = member(orgs[0], Role.ADMIN, is_active=False)
    assert not organisation_list_for_user(user=user).exists()
    assert not user_can_edit_organisation(user=user, organisation=orgs[0])


def test_unknown_role_is_a_programming_error(orgs):
    with pytest.raises(ValueError, match="role"):
        organisation_list_for_user(user=UserFactory(), role="owner")


def test_editors_and_admins_of_the_organisation_and_staff_may_edit_it(orgs):
    a, b, _ = orgs
    assert not user_can_edit_organisation(user=member(a, Role.VIEWER), organisation=a)
    assert user_can_edit_organisation(user=member(a, Role.EDITOR), organisation=a)
    assert user_can_edit_organisation(user=member(a, Role.ADMIN), organisation=a)
    assert not user_can_edit_organisation(user=member(b, Role.ADMIN), organisation=a)
    assert user_can_edit_organisation(user=StaffFactory(), organisation=a)
    assert not user_can_edit_organisation(user=AnonymousUser(), organisation=a)


def test_only_organisation_admins_and_staff_administer_it(orgs):
    a = orgs[0]
    assert not user_is_organisation_admin(user=member(a, Role.EDITOR), organisation=a)
    assert user_is_organisation_admin(user=member(a, Role.ADMIN), organisation=a)
    assert user_is_organisation_admin(user=StaffFactory(), organisation=a)


def test_reviewers_are_active_staff(orgs):
    assert user_is_reviewer(user=StaffFactory())
    assert not user_is_reviewer(user=StaffFactory(is_active=False))
    assert not user_is_reviewer(user=member(orgs[0], Role.ADMIN))
    assert not user_is_reviewer(user=AnonymousUser())


def test_a_token_authenticates_with_its_raw_key_only(orgs):
    admin = member(orgs[0], Role.ADMIN)
    token, raw_key = api_token_create(organisation=orgs[0], user=admin, name="ERP sync")

    assert api_token_authenticate(raw_key=raw_key) == token
    assert api_token_authenticate(raw_key=raw_key[:-1]) is None
    assert api_token_authenticate(raw_key="") is None
    assert api_token_authenticate(raw_key=token.key_hash) is None


def test_a_revoked_token_no_longer_authenticates(orgs):
    admin = member(orgs[0], Role.ADMIN)
    token, raw_key = api_token_create(organisation=orgs[0], user=admin, name="ERP sync")
    api_token_revoke(token=token, user=admin)
    assert api_token_authenticate(raw_key=raw_key) is None


def test_authentication_records_last_use_at_most_once_a_minute(orgs):
    token, raw_key = api_token_create(organisation=orgs[0], user=StaffFactory(), name="ERP sync")
    assert token.last_used_at is None

    first = api_token_authenticate(raw_key=raw_key)
    assert first is not None and first.last_used_at is not None
    first_use = first.last_used_at

    api_token_authenticate(raw_key=raw_key)
    token.refresh_from_db()
    assert token.last_used_at == first_use

    earlier = first_use - dt.timedelta(minutes=2)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=earlier)
    api_token_authenticate(raw_key=raw_key)
    token.refresh_from_db()
    assert token.last_used_at > earlier
    assert token.last_used_at <= timezone.now()
