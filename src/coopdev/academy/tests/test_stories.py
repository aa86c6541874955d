"""Pay it forward: pledges, stories, media checks, moderation, the public wall and the counts."""

import io
import re

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import ExifTags, Image

from coopdev.academy.models import Pledge, Story, StoryPicture
from coopdev.academy.stories import media, selectors, services
from coopdev.academy.stories.services import StoryError
from coopdev.academy.tests.factories import SessionFactory, register
from coopdev.academy.tests.stories_factories import (
    MP4_HEAD,
    WEBM_HEAD,
    picture_bytes,
    pledge,
    story,
    upload,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("moderator", "mod@ica.coop", "pw", is_staff=True)


def stored_files(root) -> list:
    return [p for p in root.rglob("*") if p.is_file()]


def story_post(**overrides):
    data = {
        "kind": "volunteering",
        "title": "A Saturday at the bakery coop",
        "text": "We repaired the oven together.",
        "author_display": "Maria",
        "publish_consent": "on",
    }
    data.update(overrides)
    return data


def post_story(client, p: Pledge, **overrides):
    return client.post(reverse("academy:pledge", args=[p.token]), story_post(**overrides))


# --- pictures: content, size, metadata ------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "content_type"), [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp")]
)
def test_jpeg_png_and_webp_are_accepted_by_content_whatever_their_name(fmt, content_type):
    clean = media.picture_clean(upload("photo.txt", picture_bytes(fmt)))
    assert clean.content_type == content_type
    assert Image.open(io.BytesIO(clean.content)).format == fmt
    assert (clean.width, clean.height) == (64, 48)


@pytest.mark.parametrize("fmt", ["JPEG", "WEBP", "PNG"])
def test_gps_and_other_exif_are_stripped_when_the_picture_is_reencoded(fmt):
    original = picture_bytes(fmt, gps=True)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the sample has GPS

    clean = media.picture_clean(upload("holiday.jpg", original))

    stored = Image.open(io.BytesIO(clean.content))
    assert not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert not stored.getexif()
    assert b"SpyCam" not in clean.content
    assert "exif" not in stored.info


def test_a_gif_is_refused_even_though_pillow_reads_it():
    with pytest.raises(media.MediaError, match="not a JPEG, PNG or WebP"):
        media.picture_clean(upload("anim.jpg", picture_bytes("GIF")))


def test_a_truncated_jpeg_is_refused():
    with pytest.raises(media.MediaError, match="not a JPEG, PNG or WebP"):
        media.picture_clean(upload("cut.jpg", picture_bytes("JPEG")[:200]))


def test_html_named_jpg_is_refused_with_a_clear_message_and_nothing_saved(client, media_root):
    p = pledge()
    html = b"<!doctype html><html><script>alert(1)</script></html>"
    response = post_story(client, p, pictures=[upload("smile.jpg", html, "image/jpeg")])
    assert response.status_code == 200
    assert "“smile.jpg” is not a JPEG, PNG or WebP picture" in response.text
    assert not Story.objects.exists() and not StoryPicture.objects.exists()
    assert stored_files(media_root) == []


def test_oversized_picture_is_refused_before_it_is_decoded(client, settings, media_root):
    settings.ACADEMY_STORY_PICTURE_MAX_BYTES = 1000
    big = picture_bytes("PNG", size=(400, 400))
    assert len(big) > 1000
    response = post_story(client, pledge(), pictures=[upload("big.png", big)])
    assert "“big.png” is too large: pictures may be at most 1000" in response.text
    assert not Story.objects.exists()
    assert stored_files(media_root) == []


def test_too_many_pictures_are_refused(client, settings):
    settings.ACADEMY_STORY_PICTURE_MAX_COUNT = 1
    files = [upload(f"{i}.png", picture_bytes("PNG")) for i in range(2)]
    response = post_story(client, pledge(), pictures=files)
    assert "Please send at most 1 pictures." in response.text
    assert not Story.objects.exists()


def test_several_pictures_are_stored_reencoded_under_random_names(client, media_root):
    p = pledge()
    files = [upload("gps.jpg", picture_bytes("JPEG", gps=True)), upload("b.webp", picture_bytes("WEBP"))]
    response = post_story(client, p, pictures=files)
    assert response.status_code == 302
    story_ = Story.objects.get()
    first, second = story_.pictures.all()
    assert first.content_type == "image/jpeg" and second.content_type == "image/webp"
    assert "gps" not in first.image.name and first.image.name.endswith(".jpg")
    with default_storage.open(first.image.name) as f:
        assert not Image.open(f).getexif()
    assert len(stored_files(media_root)) == 2


# --- videos -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("head", "fmt"), [(MP4_HEAD, "mp4"), (WEBM_HEAD, "webm")])
def test_mp4_and_webm_are_recognised_by_their_magic_bytes(head, fmt):
    assert media.video_format(upload("clip.bin", head + b"\x00" * 100)) == fmt


def test_a_video_that_is_not_mp4_or_webm_is_refused(client, media_root):
    avi = b"RIFF\x00\x00\x00\x00AVI LIST" + b"\x00" * 100
    response = post_story(client, pledge(), video=upload("clip.mp4", avi, "video/mp4"))
    assert "“clip.mp4” is not an MP4 or WebM video" in response.text
    assert not Story.objects.exists()
    assert stored_files(media_root) == []


def test_a_matroska_file_is_not_taken_for_webm():
    mkv = WEBM_HEAD.replace(b"webm", b"mkvx") + b"\x00" * 50
    with pytest.raises(media.MediaError):
        media.video_format(upload("clip.webm", mkv))


def test_oversized_video_is_refused_with_a_clear_message_and_nothing_saved(client, settings, media_root):
    settings.ACADEMY_STORY_VIDEO_MAX_BYTES = 2000
    response = post_story(client, pledge(), video=upload("long.mp4", MP4_HEAD + b"\x00" * 5000, "video/mp4"))
    assert "“long.mp4” is too large: videos may be at most 2.0" in response.text
    assert not Story.objects.exists()
    assert stored_files(media_root) == []


def test_an_uploaded_video_is_stored_and_served_once_approved(client, staff, media_root):
    p = pledge()
    response = post_story(client, p, video=upload("c.webm", WEBM_HEAD + b"\x00" * 300, "video/webm"))
    assert response.status_code == 302
    story_ = Story.objects.get()
    assert story_.video.name.endswith(".webm")
    url = reverse("academy:story_video", args=[story_.pk])
    assert client.get(url).status_code == 404
    services.story_approve(story=story_, actor=staff)
    response = client.get(url)
    assert response["Content-Type"] == "video/webm"
    assert b"".join(response.streaming_content).startswith(WEBM_HEAD)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.org/watch?v=1",
        "http://www.youtube.com/watch?v=1",  # not https
        "https://youtube.com.evil.org/watch?v=1",
        "https://notyoutube.com/watch?v=1",
        "javascript:alert(1)",
    ],
)
def test_a_link_to_a_host_not_on_the_list_is_refused(client, url):
    response = post_story(client, pledge(), video_url=url)
    assert response.status_code == 200
    assert "point to one of these video sites: vimeo.com, youtu.be, youtube.com" in response.text
    assert not Story.objects.exists()


@pytest.mark.parametrize(
    "url", ["https://www.youtube.com/watch?v=abc", "https://youtu.be/abc", "https://vimeo.com/123"]
)
def test_links_to_allowed_video_hosts_and_their_subdomains_are_accepted(url):
    assert media.video_url_clean(url) == url


def test_the_video_hosts_are_a_setting(settings):
    settings.ACADEMY_STORY_VIDEO_HOSTS = ["framatube.org"]
    assert media.video_url_clean("https://framatube.org/w/abc")
    with pytest.raises(media.MediaError):
        media.video_url_clean("https://youtu.be/abc")


def test_a_video_file_and_a_link_together_are_refused(client):
    response = post_story(
        client, pledge(), video=upload("c.mp4", MP4_HEAD + b"\x00" * 10), video_url="https://youtu.be/x"
    )
    assert str(media.MSG_ONE_VIDEO) in response.text
    assert not Story.objects.exists()


# --- consent, pledges -------------------------------------------------------------------------


def test_missing_consent_to_publish_is_refused_and_nothing_saved(client, media_root):
    data = story_post(pictures=[upload("a.png", picture_bytes("PNG"))])
    del data["publish_consent"]
    response = client.post(reverse("academy:pledge", args=[pledge().token]), data)
    assert str(services.MSG_CONSENT_REQUIRED) in response.text
    assert not Story.objects.exists()
    assert stored_files(media_root) == []


def test_the_service_refuses_a_story_without_consent_too():
    from coopdev.academy.stories.services import StoryInput

    with pytest.raises(StoryError):
        services.story_create(
            pledge=pledge(), data=StoryInput(kind="other", title="t", text="x", publish_consent=False)
        )


def test_consent_to_publish_is_recorded_with_its_time(client):
    post_story(client, pledge())
    assert Story.objects.get().publish_consent_at is not None


def test_a_failure_while_saving_leaves_no_file_and_no_row(monkeypatch, media_root):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(StoryPicture.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        story(picture=True)
    assert not Story.objects.exists()
    assert stored_files(media_root) == []


def test_pledge_by_email_counts_only_once_the_link_is_followed(client, django_capture_on_commit_callbacks):
    data = {"name": "Ana", "email": "ana@example.org", "country": "BR", "kind": "mentoring"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("academy:pledge_start"), data)
    assert "Check your e-mail" in response.text
    pledge_ = Pledge.objects.get()
    assert pledge_.ica_region == "americas" and not pledge_.is_verified
    assert selectors.pay_it_forward_counts()["pledges_total"] == 0

    (message,) = mail.outbox
    path = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    page = client.get(path)
    assert "Confirm my e-mail address" in page.text and "Share what you did" not in page.text
    assert post_story(client, pledge_).status_code == 200  # not verified: no story
    assert not Story.objects.exists()

    client.post(reverse("academy:pledge_verify", args=[pledge_.token]))
    pledge_.refresh_from_db()
    assert pledge_.is_verified
    assert selectors.pay_it_forward_counts()["pledges_total"] == 1
    assert "Share what you did" in client.get(path).text


def test_opening_the_verification_link_alone_verifies_nothing(client):
    p = pledge(verified=False)
    client.get(reverse("academy:pledge", args=[p.token]))
    assert client.get(reverse("academy:pledge_verify", args=[p.token])).status_code == 405
    p.refresh_from_db()
    assert not p.is_verified


def test_other_support_needs_a_text(client):
    data = {"name": "Ana", "email": "ana@example.org", "country": "BR", "kind": "other"}
    response = client.post(reverse("academy:pledge_start"), data)
    assert "Please say how you will support a cooperative." in response.text
    assert not Pledge.objects.exists()


def test_unknown_country_is_refused(client):
    data = {"name": "Ana", "email": "ana@example.org", "country": "XX", "kind": "donation"}
    response = client.post(reverse("academy:pledge_start"), data)
    assert "Please choose your country from the list." in response.text
    assert not Pledge.objects.exists()


def test_a_participant_pledges_from_their_registration_page_without_another_check(client):
    registration = register(SessionFactory(), "africa", email="amina@example.org")
    url = reverse("academy:pledge_from_registration", args=[registration.token])
    response = client.post(url, {"kind": "donation"})
    pledge_ = Pledge.objects.get()
    assert response.status_code == 302 and response["Location"] == pledge_.get_absolute_url()
    assert pledge_.is_verified and pledge_.registration == registration
    assert (pledge_.email, pledge_.ica_region) == ("amina@example.org", "africa")


def test_an_unknown_registration_token_is_not_found(client):
    assert client.get(reverse("academy:pledge_from_registration", args=["nope"])).status_code == 404


def test_an_erased_registration_cannot_pledge():
    from coopdev.academy.services import registration_anonymise

    registration = register(SessionFactory(), "africa")
    registration_anonymise(registration=registration, reason="test")
    registration.refresh_from_db()
    with pytest.raises(StoryError):
        services.pledge_from_registration(registration=registration, kind="donation", other_text="")


# --- moderation and what is public ------------------------------------------------------------


def test_nothing_unapproved_is_public(client, staff):
    pending = story(title="Pending story", picture=True)
    rejected = story(title="Rejected story", picture=True)
    services.story_reject(story=rejected, actor=staff, reason="Blurry")
    for s in (pending, rejected):
        assert client.get(s.get_absolute_url()).status_code == 404
        assert client.get(s.pictures.get().get_absolute_url()).status_code == 404
    wall = client.get(reverse("academy:stories")).text
    assert "Pending story" not in wall and "Rejected story" not in wall
    assert selectors.pay_it_forward_counts()["stories_total"] == 0

    client.force_login(staff)  # staff see pictures of stories they moderate
    assert client.get(pending.pictures.get().get_absolute_url()).status_code == 200


def test_approving_puts_the_story_on_the_wall_and_records_who(client, staff):
    s = story(title="Approved story", picture=True)
    client.force_login(staff)
    response = client.post(reverse("academy:staff_story_moderate", args=[s.pk]), {"decision": "approve"})
    assert response.status_code == 302
    s.refresh_from_db()
    assert s.status == "approved" and s.moderated_by == staff and s.moderated_at
    client.logout()
    assert "Approved story" in client.get(reverse("academy:stories")).text
    picture = client.get(s.pictures.get().get_absolute_url())
    assert picture["Content-Type"] == "image/jpeg"
    assert picture["X-Content-Type-Options"] == "nosniff"


def test_rejecting_emails_the_reason_to_the_author_after_commit(
    client, staff, django_capture_on_commit_callbacks
):
    s = story(title="Our coop garden")
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(
            reverse("academy:staff_story_moderate", args=[s.pk]),
            {"decision": "reject", "reason": "Please remove the children's faces."},
        )
    assert mail.outbox == []  # nothing sent before the commit
    for callback in callbacks:
        callback()
    (message,) = mail.outbox
    assert message.to == ["maria@example.org"]
    assert "Our coop garden" in message.subject
    assert "Please remove the children's faces." in message.body
    s.refresh_from_db()
    assert s.status == "rejected" and s.rejection_reason == "Please remove the children's faces."


def test_rejecting_without_a_reason_is_refused(staff):
    s = story()
    with pytest.raises(StoryError, match="Please say why"):
        services.story_reject(story=s, actor=staff, reason="  ")
    s.refresh_from_db()
    assert s.status == "pending"


def test_a_story_is_moderated_once(staff):
    s = story()
    services.story_approve(story=s, actor=staff)
    with pytest.raises(StoryError):
        services.story_reject(story=s, actor=staff, reason="changed my mind")


def test_moderation_pages_are_for_staff_only(client, django_user_model):
    s = story()
    assert client.get(reverse("academy:staff_stories")).status_code == 302
    client.force_login(django_user_model.objects.create_user("someone"))
    assert client.get(reverse("academy:staff_stories")).status_code == 302
    client.post(reverse("academy:staff_story_moderate", args=[s.pk]), {"decision": "approve"})
    s.refresh_from_db()
    assert s.status == "pending"


def test_the_moderation_queue_shows_pending_stories(client, staff):
    story(title="Waiting story")
    client.force_login(staff)
    response = client.get(reverse("academy:staff_stories"))
    assert "Waiting story" in response.text and "consent to publish given" in response.text


# --- the wall, the share page, the counts -----------------------------------------------------


def approved(staff, **kwargs) -> Story:
    return services.story_approve(story=story(**kwargs), actor=staff)


def test_the_wall_filters_by_region_country_and_kind(client, staff):
    approved(staff, title="Kenyan donation", of=pledge(country="KE", kind="donation"))
    approved(staff, title="Brazilian mentoring", of=pledge(country="BR", kind="mentoring"))
    approved(staff, title="Italian volunteering", of=pledge(country="IT"))
    url = reverse("academy:stories")

    def titles(**params):
        text = client.get(url, params).text
        return {t for t in ("Kenyan donation", "Brazilian mentoring", "Italian volunteering") if t in text}

    assert titles() == {"Kenyan donation", "Brazilian mentoring", "Italian volunteering"}
    assert titles(region="africa") == {"Kenyan donation"}
    assert titles(country="BR") == {"Brazilian mentoring"}
    assert titles(kind="volunteering") == {"Italian volunteering"}
    assert titles(region="europe", kind="donation") == set()
    assert titles(region="nowhere") == {"Kenyan donation", "Brazilian mentoring", "Italian volunteering"}


def test_the_wall_says_so_when_empty(client):
    assert "No story to show yet." in client.get(reverse("academy:stories")).text


def test_the_wall_query_count_does_not_grow_with_stories(client, staff, django_assert_max_num_queries):
    for i in range(5):
        approved(staff, title=f"Story {i}", picture=True)
    with django_assert_max_num_queries(6):
        client.get(reverse("academy:stories"))


def test_the_share_page_has_open_graph_and_twitter_card_tags(client, staff):
    s = approved(staff, title="Mentoring a young coop", picture=True)
    response = client.get(s.get_absolute_url())
    html = response.text
    share_url = f"http://testserver{s.get_absolute_url()}"
    picture_url = f"http://testserver{s.pictures.get().get_absolute_url()}"
    assert '<meta property="og:title" content="Mentoring a young coop">' in html
    assert '<meta property="og:description" content="Ten of us spent a Saturday' in html
    assert f'<meta property="og:url" content="{share_url}">' in html
    assert f'<meta property="og:image" content="{picture_url}">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_a_story_without_picture_has_no_og_image(client, staff):
    s = approved(staff, title="Text only")
    html = client.get(s.get_absolute_url()).text
    assert "og:image" not in html
    assert '<meta name="twitter:card" content="summary">' in html


def test_the_academy_page_counts_pledges_and_stories_by_kind_and_region(
    client, staff, django_assert_max_num_queries
):
    approved(staff, of=pledge(country="KE", kind="donation"))
    pledge(country="KE", kind="donation")
    pledge(country="IT", kind="mentoring")
    pledge(country="BR", kind="other", other_text="Legal advice", verified=False)  # not counted
    story(of=pledge(country="IN", kind="volunteering"))  # story not approved: pledge counted, story not

    counts = selectors.pay_it_forward_counts()
    by = {
        key: {row["code"]: row["count"] for row in counts[key]}
        for key in counts
        if key.endswith(("kind", "region"))
    }
    assert by["pledges_by_kind"] == {"donation": 2, "volunteering": 1, "mentoring": 1, "other": 0}
    assert by["pledges_by_region"] == {"africa": 2, "americas": 0, "asia-pacific": 1, "europe": 1}
    assert by["stories_by_kind"] == {"donation": 1, "volunteering": 0, "mentoring": 0, "other": 0}
    assert by["stories_by_region"] == {"africa": 1, "americas": 0, "asia-pacific": 0, "europe": 0}
    assert (counts["pledges_total"], counts["stories_total"]) == (4, 1)

    with django_assert_max_num_queries(1):
        selectors.pay_it_forward_counts()
    html = client.get(reverse("academy:index")).text
    assert "4 pledges" in html and "1 story shared" in html
    assert '<td data-count="pledges-africa">2</td>' in html
