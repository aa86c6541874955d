"""Checks of uploaded pictures and videos by their content, never by their name.

Pictures are opened with Pillow, verified, and re-encoded from their pixels alone into a new
image, so EXIF (GPS position, camera serial), XMP, ICC and text chunks are all dropped. Videos
are not decoded: the server only checks the container's magic bytes (MP4 ``ftyp`` box at
offset 4, WebM's EBML header with the ``webm`` document type) and the size.
"""

import io
import warnings
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from coopdev.academy.stories import conf

PICTURE_FORMATS = {"JPEG": ("jpg", "image/jpeg"), "PNG": ("png", "image/png"), "WEBP": ("webp", "image/webp")}
VIDEO_FORMATS = {"mp4": "video/mp4", "webm": "video/webm"}
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
MAX_PIXELS = 40_000_000  # beyond this a "picture" is a decompression bomb, not a photo

MSG_NOT_A_PICTURE = _("“%(name)s” is not a JPEG, PNG or WebP picture (we check the content, not the name).")
MSG_PICTURE_TOO_BIG = _("“%(name)s” is too large: pictures may be at most %(max)s.")
MSG_PICTURE_TOO_MANY_PIXELS = _("“%(name)s” has too many pixels; please send a smaller picture.")
MSG_TOO_MANY_PICTURES = _("Please send at most %(max)d pictures.")
MSG_NOT_A_VIDEO = _("“%(name)s” is not an MP4 or WebM video (we check the content, not the name).")
MSG_VIDEO_TOO_BIG = _("“%(name)s” is too large: videos may be at most %(max)s. You can share a link instead.")
MSG_VIDEO_HOST = _("Links must start with https:// and point to one of these video sites: %(hosts)s.")
MSG_ONE_VIDEO = _("Please either upload a video or give a link, not both.")


class MediaError(Exception):
    """An upload that is refused; ``message`` says why, in words the author understands."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CleanPicture:
    content: bytes
    extension: str
    content_type: str
    width: int
    height: int


def picture_clean(upload: UploadedFile) -> CleanPicture:
    """Check ``upload`` is a JPEG, PNG or WebP within the size limit; return it re-encoded, metadata-free."""
    name = upload.name or "?"
    limit = conf.picture_max_bytes()
    if upload.size is None or upload.size > limit:
        raise MediaError(str(MSG_PICTURE_TOO_BIG % {"name": name, "max": filesizeformat(limit)}))
    raw = upload.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(raw)) as probe:
                probe.verify()  # checks the structure; the image cannot be used afterwards
                detected = probe.format
            if detected not in PICTURE_FORMATS:
                raise MediaError(str(MSG_NOT_A_PICTURE % {"name": name}))
            with Image.open(io.BytesIO(raw)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise MediaError(str(MSG_PICTURE_TOO_MANY_PIXELS % {"name": name}))
                # Apply the EXIF orientation to the pixels, since the tag itself is about to go.
                upright = ImageOps.exif_transpose(image)
                upright.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise MediaError(str(MSG_PICTURE_TOO_MANY_PIXELS % {"name": name})) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise MediaError(str(MSG_NOT_A_PICTURE % {"name": name})) from exc
    return _reencode(upright, detected)


def _reencode(image: Image.Image, detected: str) -> CleanPicture:
    mode = image.mode
    if detected == "JPEG":
        mode = mode if mode in ("RGB", "L") else "RGB"
    elif mode not in ("RGB", "RGBA", "L", "LA"):
        mode = "RGBA" if image.has_transparency_data else "RGB"
    pixels = image.convert(mode) if mode != image.mode else image
    # A new image built from the pixels alone carries no ``info`` (EXIF, XMP, ICC, PNG text).
    bare = Image.frombytes(mode, pixels.size, pixels.tobytes())
    out = io.BytesIO()
    options = {"quality": 88} if detected in ("JPEG", "WEBP") else {"optimize": True}
    bare.save(out, format=detected, **options)
    extension, content_type = PICTURE_FORMATS[detected]
    return CleanPicture(out.getvalue(), extension, content_type, bare.width, bare.height)


def video_format(upload: UploadedFile) -> str:
    """Check ``upload`` is an MP4 or WebM within the size limit, by its bytes; return ``mp4`` or ``webm``."""
    name = upload.name or "?"
    limit = conf.video_max_bytes()
    if upload.size is None or upload.size > limit:
        raise MediaError(str(MSG_VIDEO_TOO_BIG % {"name": name, "max": filesizeformat(limit)}))
    upload.seek(0)
    head = upload.read(64)
    upload.seek(0)
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(EBML_MAGIC) and b"webm" in head:
        return "webm"
    raise MediaError(str(MSG_NOT_A_VIDEO % {"name": name}))


def video_url_clean(url: str) -> str:
    """Accept only https links to an allowed video host (or one of its subdomains)."""
    hosts = conf.video_hosts()
    try:
        URLValidator(schemes=["https"])(url.strip())
    except ValidationError as exc:
        raise MediaError(str(MSG_VIDEO_HOST % {"hosts": ", ".join(sorted(hosts))})) from exc
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    allowed = any(host == h or host.endswith("." + h) for h in hosts)
    if parts.scheme != "https" or not allowed or parts.username or parts.password:
        raise MediaError(str(MSG_VIDEO_HOST % {"hosts": ", ".join(sorted(hosts))}))
    return url.strip()
