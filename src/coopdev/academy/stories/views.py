"""Views of Pay it forward: parse, call one service or selector, render.

A pledge's own page is reached by the secret link sent by e-mail (``token``), like a
registration's. Uploaded media are served here, not from MEDIA_URL, so that a picture or video
of a story that is not approved has no public address.
"""

from typing import TYPE_CHECKING, cast

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from coopdev.academy import selectors as academy_selectors
from coopdev.academy.models import POOL_LABELS, REGION_CODES, Pledge, Story, SupportKind
from coopdev.academy.stories import selectors, services
from coopdev.academy.stories.forms import PledgeForm, PledgeFromRegistrationForm, RejectForm, StoryForm
from coopdev.academy.stories.media import VIDEO_FORMATS
from coopdev.academy.stories.services import StoryError

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def wall(request: HttpRequest) -> HttpResponse:
    """The public wall: approved stories, filtered by ICA region, country and kind of support."""
    region = request.GET.get("region", "")
    country = request.GET.get("country", "")
    kind = request.GET.get("kind", "")
    region = region if region in REGION_CODES else ""
    kind = kind if kind in SupportKind.values else ""
    stories = selectors.story_list_public(region=region, country=country[:2], kind=kind)
    page = Paginator(stories, 24).get_page(request.GET.get("page"))
    return render(
        request,
        "academy/stories/wall.html",
        {
            "page": page,
            "stories": page.object_list,
            "regions": [(code, POOL_LABELS[code]) for code in REGION_CODES],
            "countries": selectors.story_countries(),
            "kinds": SupportKind.choices,
            "selected": {"region": region, "country": country.upper()[:2], "kind": kind},
        },
    )


def story_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One approved story: its share link, with Open Graph and Twitter card tags for previews."""
    story = selectors.story_get_public(pk=pk)
    if story is None:
        raise Http404
    pictures = list(story.pictures.all())
    return render(
        request,
        "academy/stories/story.html",
        {
            "story": story,
            "pictures": pictures,
            "share_url": request.build_absolute_uri(story.get_absolute_url()),
            "og_image": request.build_absolute_uri(pictures[0].get_absolute_url()) if pictures else "",
        },
    )


def _media_story(request: HttpRequest, pk: int) -> Story:
    """The story whose media are asked for: approved, or any story for staff (to moderate it)."""
    user = request.user
    if user.is_authenticated and user.is_staff:
        return get_object_or_404(Story, pk=pk)
    story = selectors.story_get_public(pk=pk)
    if story is None:
        raise Http404
    return story


def _file_response(field: FieldFile, content_type: str) -> FileResponse:
    response = FileResponse(field.open("rb"), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"
    return response


def story_picture(request: HttpRequest, pk: int, picture: int) -> FileResponse:
    story = _media_story(request, pk)
    item = get_object_or_404(story.pictures, pk=picture)
    return _file_response(item.image, item.content_type)


def story_video(request: HttpRequest, pk: int) -> FileResponse:
    story = _media_story(request, pk)
    if not story.video:
        raise Http404
    extension = (story.video.name or "").rsplit(".", 1)[-1]
    return _file_response(story.video, VIDEO_FORMATS.get(extension, "application/octet-stream"))


def pledge_start(request: HttpRequest) -> HttpResponse:
    """Pledge with an e-mail address; the pledge counts once the address is verified by the link sent."""
    if request.method == "POST":
        form = PledgeForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            services.pledge_request(
                name=data["name"],
                email=data["email"],
                country=data["country"],
                kind=data["kind"],
                other_text=data["other_text"],
                language=get_language() or "en",
            )
            return render(
                request,
                "academy/stories/message.html",
                {
                    "heading": _("Check your e-mail"),
                    "message": _(
                        "We sent you a link: follow it to confirm your pledge and share your story."
                    ),
                },
            )
    else:
        form = PledgeForm()
    return render(request, "academy/stories/pledge_start.html", {"form": form})


def pledge_from_registration(request: HttpRequest, token: str) -> HttpResponse:
    """Pledge from a registration's secret page: no further check of the e-mail address is needed."""
    registration = academy_selectors.registration_get_by_token(token=token)
    if registration is None:
        raise Http404
    form = PledgeFromRegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            pledge = services.pledge_from_registration(
                registration=registration,
                kind=form.cleaned_data["kind"],
                other_text=form.cleaned_data["other_text"],
            )
        except StoryError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("Thank you for your pledge!"))
            return redirect(pledge.get_absolute_url())
    return render(
        request, "academy/stories/pledge_registration.html", {"form": form, "registration": registration}
    )


def _pledge_or_404(token: str) -> Pledge:
    pledge = Pledge.objects.select_related("country").filter(token=token).first()
    if pledge is None:
        raise Http404
    return pledge


def pledge_page(request: HttpRequest, token: str) -> HttpResponse:
    """The pledge's own page: confirm the address, then share stories and see their status."""
    pledge = _pledge_or_404(token)
    form = StoryForm(initial={"kind": pledge.kind, "author_display": pledge.name})
    if request.method == "POST":
        form = StoryForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.story_create(pledge=pledge, data=form.to_input())
            except StoryError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(
                    request, _("Thank you! Your story will be published once our team has read it.")
                )
                return redirect(pledge.get_absolute_url())
    return render(
        request,
        "academy/stories/pledge.html",
        {"pledge": pledge, "form": form, "stories": pledge.stories.order_by("-created_at")},
    )


@require_POST
def pledge_verify(request: HttpRequest, token: str) -> HttpResponse:
    """POST only: link checkers that open the e-mail link do not verify anything."""
    pledge = services.pledge_verify(pledge=_pledge_or_404(token))
    messages.success(request, _("Your e-mail address is confirmed. Thank you for your pledge!"))
    return redirect(pledge.get_absolute_url())


# --- staff ------------------------------------------------------------------------------------


@staff_member_required
def staff_stories(request: HttpRequest) -> HttpResponse:
    """The moderation queue: stories waiting for a decision, oldest first."""
    return render(
        request,
        "academy/stories/staff_stories.html",
        {"stories": selectors.story_list_pending(), "reject_form": RejectForm()},
    )


@staff_member_required
@require_POST
def staff_story_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(Story, pk=pk)
    actor = cast("User", request.user)
    try:
        if request.POST.get("decision") == "approve":
            services.story_approve(story=story, actor=actor)
            messages.success(request, _("Story approved: it is now on the public wall."))
        else:
            form = RejectForm(request.POST)
            reason = form.cleaned_data["reason"] if form.is_valid() else ""
            services.story_reject(story=story, actor=actor, reason=reason)
            messages.success(request, _("Story rejected: the author has been told why."))
    except StoryError as exc:
        messages.error(request, exc.message)
    return redirect("academy:staff_stories")
