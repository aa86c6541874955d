"""Moderation: nothing unapproved is public — list, page, map data, exports, API, organisation page."""

import json

import pytest
from django.core import mail
from django.urls import reverse

from coopdev.network import services
from coopdev.network.models import Cooperative, CooperativeChange, ModerationStatus
from coopdev.network.tests.factories import CooperativeFactory
from coopdev.projects.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Yeni Umut Kooperatifi",
    "cooperative_type": "worker",
    "country": "TR",
    "city": "Ankara",
    "latitude": "39.9",
    "longitude": "32.8",
    "registry_number": "ANK-77",
    "tags": ["youth-led"],
    "sectors": ["technology"],
    "sdgs": ["8", "9"],
    "description": "Bir gençlik kooperatifi.",
    "contact_name": "Ayşe",
    "contact_email": "ayse@example.org",
}


@pytest.fixture
def entries():
    organisation = OrganisationFactory(slug="linked-org")
    return {
        status: CooperativeFactory(
            name=f"Entry {status}", slug=f"entry-{status}", status=status, organisation=organisation
        )
        for status in ModerationStatus.values
    }


def _body(response) -> str:
    return (b"".join(response.streaming_content) if response.streaming else response.content).decode()


def test_only_approved_entries_appear_on_the_list_map_exports_and_api(client, entries):
    pages = {
        "list": reverse("network:directory"),
        "csv": reverse("network:directory_csv"),
        "json": reverse("network:directory_json"),
        "api": "/api/v1/network/cooperatives/",
    }
    for kind, url in pages.items():
        body = _body(client.get(url))
        assert "Entry approved" in body, kind
        assert "Entry pending" not in body, kind
        assert "Entry rejected" not in body, kind
    page = client.get(pages["list"])
    points = json.loads(
        page.content.decode().split('id="network-map-data" type="application/json">')[1].split("</script>")[0]
    )
    assert [p["name"] for p in points["points"]] == ["Entry approved"]


def test_unapproved_entries_have_no_public_page_or_api_detail(client, entries):
    for status in ("pending", "rejected"):
        assert client.get(reverse("network:cooperative_detail", args=[f"entry-{status}"])).status_code == 404
        assert client.get(f"/api/v1/network/cooperatives/entry-{status}/").status_code == 404
    assert client.get(reverse("network:cooperative_detail", args=["entry-approved"])).status_code == 200


def test_the_organisation_page_lists_only_approved_linked_entries(client, entries):
    body = client.get(reverse("organisation_detail", args=["linked-org"])).content.decode()
    assert "Entry approved" in body
    assert "Entry pending" not in body


def test_asking_to_be_listed_creates_a_pending_entry_and_mails_a_private_edit_link(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("network:cooperative_request"), FORM)
    assert response.status_code == 200
    cooperative = Cooperative.objects.get(name="Yeni Umut Kooperatifi")
    assert cooperative.status == ModerationStatus.PENDING
    assert sorted(t.tag for t in cooperative.tags.all()) == ["youth-led"]
    assert sorted(g.number for g in cooperative.sdg_goals.all()) == [8, 9]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ayse@example.org"]
    assert reverse("network:cooperative_edit", args=[cooperative.edit_token]) in mail.outbox[0].body
    assert client.get(reverse("network:cooperative_detail", args=[cooperative.slug])).status_code == 404


def test_a_submission_is_told_about_a_listed_look_alike_but_not_about_pending_details(client):
    CooperativeFactory(name="Yeni Umut Koop", slug="listed", city="Ankara")
    CooperativeFactory(name="Secret Pending", slug="pending", registry_number="ANK-77", status="pending")
    body = client.post(reverse("network:cooperative_request"), FORM).content.decode()
    assert "data-duplicates" in body
    assert reverse("network:cooperative_detail", args=["listed"]) in body
    assert "Secret Pending" not in body
    assert "1 similar request is already waiting for moderation." in body


def test_a_robot_filling_the_hidden_field_is_refused(client):
    response = client.post(reverse("network:cooperative_request"), {**FORM, "website_url": "spam"})
    assert response.status_code == 200
    assert not Cooperative.objects.exists()


def test_an_edit_through_the_secret_link_waits_for_moderation_then_applies(client):
    cooperative = CooperativeFactory(name="Old Name", slug="entry")
    url = reverse("network:cooperative_edit", args=[cooperative.edit_token])
    form = {**FORM, "name": "New Name"}
    form.pop("contact_name"), form.pop("contact_email")
    assert client.post(url, form).status_code == 302

    change = CooperativeChange.objects.get()
    assert change.status == ModerationStatus.PENDING
    assert "Old Name" in client.get(reverse("network:cooperative_detail", args=["entry"])).content.decode()

    services.cooperative_change_approve(change=change)
    cooperative.refresh_from_db()
    assert cooperative.name == "New Name"
    assert cooperative.status == ModerationStatus.APPROVED
    assert sorted(s.sector for s in cooperative.sectors.all()) == ["technology"]


def test_a_wrong_or_rejected_edit_link_is_not_found(client):
    rejected = CooperativeFactory(status="rejected")
    assert client.get(reverse("network:cooperative_edit", args=["nope"])).status_code == 404
    assert client.get(reverse("network:cooperative_edit", args=[rejected.edit_token])).status_code == 404


def test_staff_approve_and_reject_with_admin_actions(admin_client):
    pending = CooperativeFactory(status="pending", slug="p1")
    no_reason = CooperativeFactory(status="pending", slug="p2")
    with_reason = CooperativeFactory(status="pending", slug="p3", rejection_reason="Not a cooperative")
    url = reverse("admin:network_cooperative_changelist")
    admin_client.post(url, {"action": "approve", "_selected_action": [pending.pk]})
    admin_client.post(url, {"action": "reject", "_selected_action": [no_reason.pk, with_reason.pk]})
    statuses = dict(Cooperative.objects.values_list("slug", "status"))
    assert statuses == {"p1": "approved", "p2": "pending", "p3": "rejected"}


def test_the_admin_entry_page_shows_possible_duplicates(admin_client):
    CooperativeFactory(name="Alpha", slug="alpha", registry_number="42")
    other = CooperativeFactory(name="Beta", slug="beta", registry_number="42", status="pending")
    body = admin_client.get(reverse("admin:network_cooperative_change", args=[other.pk])).content.decode()
    assert "Alpha" in body and "registry" in body


def test_rejection_needs_a_reason():
    with pytest.raises(services.NetworkError) as exc:
        services.cooperative_reject(cooperative=CooperativeFactory(status="pending"), reason=" ")
    assert exc.value.errors == {"rejection_reason": [str(services.MSG_REJECTION_REASON)]}


def test_staff_apply_a_proposed_change_from_the_back_office(admin_client):
    cooperative = CooperativeFactory(name="Old Name", slug="entry")
    data = {**services.cooperative_form_data(cooperative=cooperative), "name": "New Name", "city": "Bursa"}
    change = services.cooperative_change_propose(cooperative=cooperative, data=data)
    page = admin_client.get(
        reverse("admin:network_cooperativechange_change", args=[change.pk])
    ).content.decode()
    assert "New Name" in page and "Old Name" in page  # the differences are shown
    admin_client.post(
        reverse("admin:network_cooperativechange_changelist"),
        {"action": "approve", "_selected_action": [change.pk]},
    )
    cooperative.refresh_from_db()
    assert (cooperative.name, cooperative.city) == ("New Name", "Bursa")
    change.refresh_from_db()
    assert change.status == ModerationStatus.APPROVED
