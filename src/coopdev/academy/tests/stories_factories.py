"""Factories and media samples for Pay it forward tests."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import ExifTags, Image

from coopdev.academy.models import Pledge, Story, SupportKind
from coopdev.academy.stories.media import picture_clean
from coopdev.academy.stories.services import StoryInput, story_create
from coopdev.reference.models import Country

GPS = {1: "N", 2: (45.0, 30.0, 10.0), 3: "E", 4: (9.0, 11.0, 0.0)}
MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
WEBM_HEAD = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm"


def picture_bytes(fmt: str = "JPEG", *, size: tuple[int, int] = (64, 48), gps: bool = False) -> bytes:
    """A small picture; with ``gps`` its EXIF holds a camera make and a GPS position."""
    image = Image.new("RGB", size, (200, 80, 40))
    options = {}
    if gps:
        exif = Image.Exif()
        exif[ExifTags.Base.Make] = "SpyCam"
        exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
        options["exif"] = exif
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/octet-stream") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def pledge(
    *, country: str = "IT", kind: str = SupportKind.VOLUNTEERING, verified: bool = True, **kw
) -> Pledge:
    c = Country.objects.select_related("ica_region").get(code=country)
    return Pledge.objects.create(
        name=kw.pop("name", "Maria Rossi"),
        email=kw.pop("email", "maria@example.org"),
        country=c,
        ica_region=c.ica_region.code,
        kind=kind,
        email_verified_at=timezone.now() if verified else None,
        **kw,
    )


def story(
    *, of: Pledge | None = None, title: str = "We painted the coop's shop", picture: bool = False, **kw
) -> Story:
    of = of or pledge()
    pictures = [picture_clean(upload("p.jpg", picture_bytes()))] if picture else []
    return story_create(
        pledge=of,
        data=StoryInput(
            kind=kw.pop("kind", of.kind),
            title=title,
            text=kw.pop("text", "Ten of us spent a Saturday helping the bakery cooperative."),
            publish_consent=True,
            pictures=pictures,
            **kw,
        ),
    )
