import pytest

from coopdev.accounts.tests.factories import UserFactory
from coopdev.projects.models import ProjectRevision
from coopdev.projects.services import project_revision_record
from coopdev.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_a_revision_records_who_changed_what_and_through_which_channel():
    project = ProjectFactory()
    user = UserFactory()

    revision = project_revision_record(
        project=project,
        user=user,
        source=ProjectRevision.Source.WEB,
        summary="Fixed the dates",
        changes={"planned_end": ["2022-12-31", "2023-06-30"]},
    )

    stored = ProjectRevision.objects.get(pk=revision.pk)
    assert stored.project == project
    assert stored.user == user
    assert stored.source == "web"
    assert stored.changes == {"planned_end": ["2022-12-31", "2023-06-30"]}
    assert stored.created_at is not None


def test_revisions_list_newest_first():
    project = ProjectFactory()
    first = project_revision_record(project=project, user=None, source="import")
    second = project_revision_record(project=project, user=None, source="web")
    assert list(project.revisions.all()) == [second, first]
    assert first.changes == {}


def test_an_unknown_source_is_refused():
    with pytest.raises(ValueError, match="source"):
        project_revision_record(project=ProjectFactory(), user=None, source="fax")
