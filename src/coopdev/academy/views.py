"""Views of the Academy: parse the request, call one service or selector, render.

Participants have no account: their personal page is reached by the secret link in their
e-mails (``token``); the cancellation link carries its own single-use token. Every other
participant-facing page shows counts only. Staff pages require ``is_staff``.
"""

import json
import re
from typing import TYPE_CHECKING, cast

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from coopdev.academy import conf, exports, ical, selectors, services
from coopdev.academy.forms import ReasonForm, RegistrationForm, StaffActionForm
from coopdev.academy.models import Registration, Session
from coopdev.academy.services import RegistrationError
from coopdev.academy.stories import selectors as stories_selectors

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def index(request: HttpRequest) -> HttpResponse:
    """The catalogue: upcoming sessions, special editions, and the most recent past sessions."""
    now = timezone.now()
    past = list(selectors.session_list_past(now=now)[:7])
    return render(
        request,
        "academy/index.html",
        {
            "upcoming": selectors.session_list_upcoming(now=now),
            "special": selectors.session_list_special(now=now),
            "past": past[:6],
            "more_past": len(past) > 6,
            "pif": stories_selectors.pay_it_forward_counts(),
        },
    )


def past(request: HttpRequest) -> HttpResponse:
    return render(request, "academy/past.html", {"sessions": selectors.session_list_past()})


def _session_or_404(slug: str, *, with_topics: bool = True, max_age: float = 0) -> Session:
    session = selectors.session_get_public(slug=slug, with_topics=with_topics, max_age=max_age)
    if session is None:
        raise Http404
    return session


CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
TOKEN_PLACEHOLDER = "__coopdev_csrf_token__"  # noqa: S105 - a marker, not a secret


def _page_cache_key(request: HttpRequest, slug: str) -> str | None:
    """Where an anonymous visitor's session page is cached, or None when it must be rendered.

    Only visitors with no session and no pending messages get the shared page: anyone else may
    see something of their own on it.
    """
    if conf.session_page_seconds() <= 0 or request.GET:
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    return f"coopdev:academy-session-page:{slug}:{get_language()}"


def _page_from_cache(request: HttpRequest, key: str) -> HttpResponse | None:
    body = cache.get(key)
    if body is None:
        return None
    # The cached copy has a placeholder where each visitor's own CSRF token goes.
    return HttpResponse(body.replace(TOKEN_PLACEHOLDER, get_token(request)))


def _page_to_cache(key: str, response: HttpResponse) -> None:
    body = response.content.decode()
    tokens = set(CSRF_INPUT.findall(body))
    for token in tokens:
        body = body.replace(token, TOKEN_PLACEHOLDER)
    cache.set(key, body, conf.session_page_seconds())


def session_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A session, its seats per pool (counts only) and the registration form.

    In the minute registration opens, the same page is asked for hundreds of times: anonymous
    visitors get a copy at most ``ACADEMY_PAGE_CACHE_SECONDS`` old (the seat figures may lag by
    that much; seats themselves are only given under the session lock).
    """
    key = _page_cache_key(request, slug) if request.method == "GET" else None
    if key is not None and (cached := _page_from_cache(request, key)) is not None:
        return cached
    posted = request.method == "POST"
    # A registration needs the session only to know which it is: the process's copy will do.
    session = _session_or_404(
        slug, with_topics=not posted, max_age=conf.session_page_seconds() if posted else 0
    )
    if posted:
        form = RegistrationForm(request.POST)
        if form.is_valid():
            try:
                registration, created = services.registration_create(
                    session=session, data=form.to_input(language=get_language() or "en")
                )
            except RegistrationError as exc:
                form.add_error(None, exc.message)
            else:
                return render(
                    request,
                    "academy/registered.html",
                    {"session": session, "registration": registration, "created": created},
                )
    consent = selectors.consent_current()
    if not posted:
        form = RegistrationForm(initial={"consent_version": consent.version if consent else None})
    now = timezone.now()
    response = render(
        request,
        "academy/session.html",
        {
            "session": session,
            "seats": selectors.session_seats(session=session),
            "form": form,
            "consent": consent,
            "closed_reason": services.registration_refusal(session=session, now=now),
            "is_past": session.starts_at <= now,
        },
    )
    if key is not None:
        _page_to_cache(key, response)
    return response


def _ics_response(body: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def session_ics(request: HttpRequest, slug: str) -> HttpResponse:
    session = _session_or_404(slug)
    return _ics_response(
        ical.calendar([session], base_url=request.build_absolute_uri("/"), name=session.title),
        f"{session.slug}.ics",
    )


def feed_ics(request: HttpRequest) -> HttpResponse:
    body = ical.calendar(
        selectors.session_feed(), base_url=request.build_absolute_uri("/"), name=_("Coop Academy sessions")
    )
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


def _registration_or_404(token: str) -> Registration:
    registration = selectors.registration_get_by_token(token=token)
    if registration is None:
        raise Http404
    return registration


def registration_page(request: HttpRequest, token: str) -> HttpResponse:
    """The participant's own page: state, waiting position, meeting link when confirmed, data, erase."""
    registration = _registration_or_404(token)
    return render(
        request,
        "academy/registration.html",
        {
            "registration": registration,
            "session": registration.session,
            "position": selectors.waitlist_position(registration=registration),
            "is_past": registration.session.starts_at <= timezone.now(),
        },
    )


def registration_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows one button, POST confirms: link checkers that open e-mail links change nothing."""
    registration = _registration_or_404(token)
    if request.method == "POST":
        try:
            registration = services.registration_confirm(token=token)
        except RegistrationError as exc:
            messages.error(request, exc.message)
        return redirect(registration.get_absolute_url())
    return render(
        request, "academy/confirm.html", {"registration": registration, "session": registration.session}
    )


def registration_cancel(request: HttpRequest, cancel_token: str) -> HttpResponse:
    """The one-click cancellation: one button on the page; the link works once."""
    registration = Registration.objects.select_related("session").filter(cancel_token=cancel_token).first()
    if registration is None or cancel_token.startswith("x-"):
        return render(request, "academy/message.html", {"message": services.MSG_LINK_INVALID}, status=404)
    error: str | Promise | None = None
    if request.method == "POST":
        try:
            registration = services.registration_cancel_by_token(cancel_token=cancel_token)
        except RegistrationError as exc:
            error = exc.message
        else:
            return render(
                request,
                "academy/message.html",
                {"message": _("Your registration is cancelled. Thank you for freeing the seat.")},
            )
    elif registration.state == Registration.State.CANCELLED:
        error = services.MSG_CANCEL_LINK_USED
    elif not registration.is_active:
        error = services.MSG_NOTHING_TO_CANCEL
    if error:
        return render(request, "academy/message.html", {"message": error}, status=410)
    return render(
        request, "academy/cancel.html", {"registration": registration, "session": registration.session}
    )


def registration_data(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration_or_404(token)
    body = json.dumps(
        selectors.registration_personal_data(registration=registration), indent=2, ensure_ascii=False
    )
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="coop-academy-registration.json"'
    return response


@require_POST
def registration_erase(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration_or_404(token)
    services.registration_anonymise(registration=registration, reason="erased by the participant")
    return render(
        request,
        "academy/message.html",
        {"message": _("Your personal data is erased from this registration.")},
    )


def registration_certificate(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration_or_404(token)
    if not registration.attended:
        raise Http404
    return render(
        request, "academy/certificate.html", {"registration": registration, "session": registration.session}
    )


def _actor(request: HttpRequest) -> "User":
    """The staff member acting (the views below are all behind ``staff_member_required``)."""
    return cast("User", request.user)


# --- staff ------------------------------------------------------------------------------------


@staff_member_required
def staff_session(request: HttpRequest, slug: str) -> HttpResponse:
    """Per pool: seats, holders, waiting list, balance; the actions staff can take."""
    session = get_object_or_404(Session, slug=slug)
    return render(
        request,
        "academy/staff_session.html",
        {
            "session": session,
            "pools": selectors.session_pools_for_staff(session=session),
            "seats": selectors.session_seats(session=session),
            "balance": selectors.session_balance(session=session),
            "transfers": session.seat_transfers.all(),
            "audit": session.audit_entries.select_related("actor", "registration")[:50],
            "confirmed": session.registrations.filter(state=Registration.State.CONFIRMED).order_by("name"),
            "action_form": StaffActionForm(),
            "window": conf.BALANCE_WINDOW,
            "cutoff_passed": session.cutoff_passed(),
        },
    )


@staff_member_required
@require_POST
def staff_registration_action(request: HttpRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(Registration, pk=pk)
    form = StaffActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose an action and give a reason."))
        return redirect("academy:staff_session", slug=registration.session.slug)
    action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
    try:
        if action == "approve":
            services.registration_approve(registration=registration, actor=_actor(request), reason=reason)
        elif action == "move":
            services.registration_move(
                registration=registration,
                to_pool=form.cleaned_data["to_pool"],
                actor=_actor(request),
                reason=reason,
            )
        else:
            services.registration_cancel(registration=registration, actor=_actor(request), reason=reason)
    except RegistrationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Done: the action is in the session's log."))
    return redirect("academy:staff_session", slug=registration.session.slug)


@staff_member_required
@require_POST
def staff_redistribute(request: HttpRequest, slug: str) -> HttpResponse:
    session = get_object_or_404(Session, slug=slug)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    moved = services.seats_redistribute(
        session=session, actor=_actor(request), reason=reason or "cut-off applied by staff"
    )
    messages.success(request, _("Cut-off applied: %(n)d seats moved.") % {"n": moved})
    return redirect("academy:staff_session", slug=slug)


@staff_member_required
@require_POST
def staff_attendance(request: HttpRequest, slug: str) -> HttpResponse:
    session = get_object_or_404(Session, slug=slug)
    present = {int(pk) for pk in request.POST.getlist("present") if pk.isdigit()}
    services.attendance_record(session=session, present_ids=present, actor=_actor(request))
    messages.success(request, _("Attendance saved."))
    return redirect("academy:staff_session", slug=slug)


@staff_member_required
def staff_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    session = get_object_or_404(Session, slug=slug)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    services.participants_export_log(session=session, actor=_actor(request), fmt=fmt)
    rows = selectors.participant_rows(session=session)
    if fmt == "csv":
        response = HttpResponse(
            exports.to_csv(selectors.EXPORT_HEADER, rows), content_type="text/csv; charset=utf-8"
        )
    else:
        response = HttpResponse(
            exports.to_xlsx(selectors.EXPORT_HEADER, rows, title=session.slug),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{session.slug}-participants.{fmt}"'
    return response


@staff_member_required
def staff_certificate(request: HttpRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(Registration.objects.select_related("session"), pk=pk, attended=True)
    return render(
        request, "academy/certificate.html", {"registration": registration, "session": registration.session}
    )
