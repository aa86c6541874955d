"""factory_boy factories for users, memberships and API tokens."""

import factory
from django.contrib.auth import get_user_model

from coopdev.organisations.models import Membership
from coopdev.projects.tests.factories import OrganisationFactory

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class StaffFactory(UserFactory):
    is_staff = True


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.EDITOR


def member(organisation, role=Membership.Role.EDITOR, **user_fields):
    """A new user holding ``role`` in ``organisation``."""
    return MembershipFactory(organisation=organisation, role=role, user=UserFactory(**user_fields)).user
