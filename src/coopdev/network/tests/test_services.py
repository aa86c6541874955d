"""Bad input gets a clear message and leaves nothing half-saved."""

import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from coopdev.network import services
from coopdev.network.models import (
    ActionPlan,
    Declaration,
    Deliverable,
    ProgressUpdate,
    Publication,
    WorkingGroup,
)
from coopdev.network.services import NetworkError
from coopdev.network.tests.factories import DeliverableFactory, WorkingGroupFactory

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><head><title>Not a PDF</title></head><body>hello</body></html>"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
PUBLICATION = {"kind": "report", "theme": "youth", "title": {"en": "Youth in cooperatives"}, "year": 2021}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(root) -> list:
    return [p for p in root.rglob("*") if p.is_file()]


class TestPublicationFiles:
    def test_an_html_page_named_pdf_is_refused_by_its_content_and_nothing_is_stored(self, media):
        with pytest.raises(NetworkError) as exc:
            services.publication_create(data=PUBLICATION, upload=SimpleUploadedFile("report.pdf", HTML))
        assert exc.value.errors["file"] == [
            services.MSG_FILE_NOT_WHAT_IT_CLAIMS % {"name": "report.pdf", "claimed": "PDF", "actual": "HTML"}
        ]
        assert not Publication.objects.exists()
        assert stored_files(media) == []

    def test_a_real_pdf_is_kept(self, media):
        publication = services.publication_create(
            data=PUBLICATION, upload=SimpleUploadedFile("report.pdf", PDF)
        )
        assert publication.file.read() == PDF
        assert len(stored_files(media)) == 1

    def test_a_zip_named_docx_without_a_word_document_is_refused(self):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("payload.txt", "not word")
        with pytest.raises(NetworkError, match="DOCX"):
            services.publication_create(
                data=PUBLICATION, upload=SimpleUploadedFile("guide.docx", out.getvalue())
            )

    def test_other_extensions_are_refused(self):
        with pytest.raises(NetworkError) as exc:
            services.publication_create(data=PUBLICATION, upload=SimpleUploadedFile("x.exe", b"MZ\x90"))
        assert exc.value.errors["file"] == [str(services.MSG_FILE_TYPE)]

    def test_the_back_office_form_refuses_the_same_file_with_the_message(self, admin_client, media):
        response = admin_client.post(
            reverse("admin:network_publication_add"),
            {
                "slug": "fake",
                "kind": "report",
                "theme": "youth",
                "title": '{"en": "Fake"}',
                "summary": "{}",
                "year": "2021",
                "language": "en",
                "file": SimpleUploadedFile("report.pdf", HTML),
                "is_public": "on",
            },
        )
        assert response.status_code == 200
        assert "its content is not (it looks like HTML)" in response.content.decode()
        assert not Publication.objects.exists()
        assert stored_files(media) == []

    def test_a_publication_needs_a_file_or_a_link(self):
        with pytest.raises(NetworkError) as exc:
            services.publication_create(data=PUBLICATION)
        assert exc.value.errors == {"file": [str(services.MSG_FILE_OR_LINK)]}


class TestDueDates:
    def test_a_due_date_beyond_the_three_year_horizon_is_refused(self):
        group = WorkingGroupFactory()  # plan from 2024-07-05, ends 2027-07-05
        with pytest.raises(NetworkError) as exc:
            services.deliverable_create(
                working_group=group, title="Far", owner="X", due_on="2031-01-01", sdgs=["8"]
            )
        assert exc.value.errors == {
            "due_on": [services.MSG_DUE_AFTER_HORIZON % {"due": "2031-01-01", "end": "2027-07-05"}]
        }
        assert not Deliverable.objects.exists()

    def test_the_last_day_of_the_horizon_is_allowed(self):
        group = WorkingGroupFactory()
        d = services.deliverable_create(
            working_group=group, title="Edge", owner="X", due_on="2027-07-05", sdgs=[8]
        )
        assert d.due_on == dt.date(2027, 7, 5)

    def test_the_back_office_validates_the_horizon_too(self):
        from django.core.exceptions import ValidationError

        d = DeliverableFactory.build(working_group=WorkingGroupFactory(), due_on=dt.date(2030, 1, 1))
        with pytest.raises(ValidationError) as exc:
            d.full_clean()
        assert "after the end of the plan's horizon (2027-07-05)" in str(exc.value)


class TestSDGCodes:
    @pytest.mark.parametrize("code", ["18", "0", "4.z", "SDG", "17.99"])
    def test_an_unknown_sdg_code_is_named_in_the_message(self, code):
        group = WorkingGroupFactory()
        with pytest.raises(NetworkError) as exc:
            services.deliverable_create(
                working_group=group, title="T", owner="X", due_on="2025-01-01", sdgs=[code]
            )
        assert exc.value.errors["sdgs"] == [services.MSG_UNKNOWN_SDG % {"code": code}]
        assert not Deliverable.objects.exists()

    def test_goals_and_targets_are_read_in_several_spellings_and_a_target_brings_its_goal(self):
        goals, targets, unknown = services.sdg_codes_resolve(codes=["SDG 5", 4, "12.A"])
        assert [g.number for g in goals] == [4, 5, 12]
        assert [t.code for t in targets] == ["12.a"]
        assert unknown == []


class TestPlanLoad:
    def plan(self, **changes):
        deliverable = {
            "title": "Ok",
            "owner": "A",
            "due_on": "2025-01-01",
            "sdgs": ["8"],
            "updates": [{"status": "on-track", "progress": 50, "days_ago": 3}],
        }
        data = {
            "slug": "p",
            "starts_on": "2024-07-05",
            "declarations": [
                {"sdgs": ["8"], "text": {"tr": "Ekipler kuracağız", "en": "We will set up teams"}}
            ],
            "working_groups": [{"name": "G1", "deliverables": [deliverable, dict(deliverable)]}],
        }
        data.update(changes)
        return data

    def test_a_good_plan_is_written_whole(self):
        plan = services.plan_load(data=self.plan())
        assert plan.ends_on == dt.date(2027, 7, 5)
        assert Deliverable.objects.filter(working_group__plan=plan).count() == 2
        assert ProgressUpdate.objects.count() == 2
        assert Declaration.objects.get().text == {"tr": "Ekipler kuracağız", "en": "We will set up teams"}

    def test_one_bad_row_anywhere_leaves_nothing_behind_and_every_error_is_reported_by_path(self):
        data = self.plan()
        bad = data["working_groups"][0]["deliverables"][1]
        bad.update(due_on="2040-01-01", sdgs=["18"], updates=[{"status": "done", "progress": 50}])
        data["declarations"][0]["sdgs"] = ["4.z"]
        with pytest.raises(NetworkError) as exc:
            services.plan_load(data=data)
        errors = exc.value.errors
        assert errors["declarations[0].sdgs"] == [services.MSG_UNKNOWN_SDG % {"code": "4.z"}]
        path = "working_groups[0].deliverables[1]"
        assert errors[f"{path}.due_on"] == [
            services.MSG_DUE_AFTER_HORIZON % {"due": "2040-01-01", "end": "2027-07-05"}
        ]
        assert errors[f"{path}.sdgs"] == [services.MSG_UNKNOWN_SDG % {"code": "18"}]
        assert errors[f"{path}.updates[0]"] == [str(services.MSG_DONE_NOT_100)]
        for model in (ActionPlan, Declaration, WorkingGroup, Deliverable, ProgressUpdate):
            assert not model.objects.exists(), model

    def test_bad_percentages_statuses_and_evidence_links_are_refused(self):
        d = DeliverableFactory()
        for kwargs, message in [
            ({"status": "on-track", "progress": 120}, services.MSG_BAD_PROGRESS),
            ({"status": "finished", "progress": 10}, "is not a status"),
            (
                {"status": "on-track", "progress": 10, "evidence": ["javascript:alert(1)"]},
                "is not a web address",
            ),
        ]:
            with pytest.raises(NetworkError, match=str(message).split("%")[0][:20]):
                services.progress_update_create(deliverable=d, **kwargs)
        assert not ProgressUpdate.objects.exists()
        d.refresh_from_db()
        assert (d.status, d.progress, d.last_update_at) == ("not-started", 0, None)


class TestProgressInTheBackOffice:
    def test_staff_add_an_update_through_the_service_and_bad_links_are_refused(self, admin_client):
        d = DeliverableFactory()
        url = reverse("admin:network_progressupdate_add")
        bad = admin_client.post(
            url, {"deliverable": d.pk, "status": "on-track", "progress": "30", "evidence_links": "not a link"}
        )
        assert bad.status_code == 200 and "is not a web address" in bad.content.decode()
        assert not ProgressUpdate.objects.exists()
        good = admin_client.post(
            url,
            {
                "deliverable": d.pk,
                "status": "on-track",
                "progress": "30",
                "report_text": "Half way",
                "evidence_links": "https://example.org/minutes",
            },
        )
        assert good.status_code == 302
        d.refresh_from_db()
        assert (d.status, d.progress) == ("on-track", 30)
        update = ProgressUpdate.objects.get()
        assert update.evidence == ["https://example.org/minutes"]
        assert update.report == {"en": "Half way"}
