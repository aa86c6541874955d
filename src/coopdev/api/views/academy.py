"""Coop Academy through the API: the public catalogue, registration and cancellation.

Registration goes through the web form's own ``RegistrationForm`` (same fields, same rules,
same messages) and the same service, ``academy.services.registration_create``, which records
the consent and applies the seat rules under the session lock. Responses never carry anyone's
personal data: the catalogue shows counts only, and a registration answer says what the web
page says (seat or waiting place, held until when) and nothing else; the personal links go to
the address given, by e-mail, as they do for the web form.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from coopdev.academy import selectors, services
from coopdev.academy.forms import RegistrationForm
from coopdev.academy.models import Registration, Session
from coopdev.academy.services import RegistrationError
from coopdev.api import schema
from coopdev.api.filters import form_errors
from coopdev.api.pagination import Key, paginate
from coopdev.api.serializers.academy import (
    CancelRequestSerializer,
    ConsentSerializer,
    MessageSerializer,
    RegistrationRequestSerializer,
    RegistrationResultSerializer,
    SessionSerializer,
)
from coopdev.api.throttling import RegistrationThrottle

MSG_NO_SESSION = _("No published session has this slug.")
MSG_NO_CONSENT = _("Registration is not possible yet: no consent text has been published.")
MSG_SEAT_HELD = _("A seat is held for you: confirm your address with the link we sent by e-mail.")
MSG_WAITING = _(
    "Your group's seats are taken: a waiting-list place is held for you until you confirm your address "
    "with the link we sent by e-mail."
)
MSG_ALREADY = _(
    "You had already registered for this session with this e-mail address: your registration is unchanged."
)
MSG_CANCELLED = _("Your registration is cancelled. Thank you for freeing the seat.")

SESSION_KEYS = [Key("starts_at"), Key("id")]
REFUSED = OpenApiResponse(MessageSerializer, description="The session's rules refuse it (e.g. closed).")


def _session(slug: str) -> Session:
    # A NUL cannot be in a slug, and PostgreSQL refuses it in a query: not found, not an error.
    session = None if "\x00" in slug else selectors.session_get_public(slug=slug)
    if session is None:
        raise NotFound(MSG_NO_SESSION)
    return session


def _seats(sessions: list[Session]) -> dict[int, object]:
    # session_seats is the one source of seat figures (it is what the web page shows); it reads
    # one session at a time, so a page of the catalogue costs a few queries per session.
    return {session.pk: selectors.session_seats(session=session) for session in sessions}


class SessionList(APIView):
    @extend_schema(
        operation_id="academy_sessions_list",
        summary="Upcoming Academy sessions",
        description=(
            "Published sessions that have not started, soonest first, with seats per pool (counts only)."
        ),
        parameters=[p for p in schema.LIST_PARAMETERS if p.name != "sort"],
        responses=schema.read_responses(schema.paginated(SessionSerializer, "PaginatedSessionList")),
        tags=["academy"],
    )
    def get(self, request: Request) -> Response:
        page = paginate(
            request=request, queryset=selectors.session_feed(), keys=SESSION_KEYS, ordering="starts"
        )
        context = {"seats": _seats(page.rows)}
        return Response(
            {
                "count": page.count,
                "next": page.next_url,
                "previous": page.previous_url,
                "results": SessionSerializer(page.rows, many=True, context=context).data,
            }
        )


class SessionDetail(APIView):
    @extend_schema(
        operation_id="academy_sessions_retrieve",
        summary="One Academy session with its seats per pool",
        responses=schema.read_responses(SessionSerializer, not_found=True, bad_request=False),
        tags=["academy"],
    )
    def get(self, request: Request, slug: str) -> Response:
        session = _session(slug)
        return Response(SessionSerializer(session, context={"seats": _seats([session])}).data)


class Consent(APIView):
    @extend_schema(
        summary="The consent text registrations agree to",
        description="Send its ``version`` as ``consent_version`` when registering.",
        responses=schema.read_responses(ConsentSerializer, not_found=True, bad_request=False),
        tags=["academy"],
    )
    def get(self, request: Request) -> Response:
        consent = selectors.consent_current()
        if consent is None:
            raise NotFound(MSG_NO_CONSENT)
        return Response(ConsentSerializer(consent).data)


def _place(registration: Registration) -> str:
    if registration.holds_seat:
        return "seat"
    return "waiting_list" if registration.is_active else "none"


class RegistrationCreate(APIView):
    throttle_classes = [RegistrationThrottle]
    authentication_classes: list = []

    @extend_schema(
        operation_id="academy_registrations_create",
        summary="Register for a session",
        description=(
            "The web form's fields and rules: the country decides the ICA region's pool; a full pool "
            "gives a waiting-list place; the consent version must be the current one. The seat or "
            "waiting place is held until the address is confirmed through the e-mailed link. "
            "Registering again with the same address changes nothing (200, ``created`` false)."
        ),
        request=RegistrationRequestSerializer,
        responses={
            201: RegistrationResultSerializer,
            200: RegistrationResultSerializer,
            400: schema.FIELD_ERRORS,
            404: schema.NOT_FOUND,
            409: REFUSED,
            429: schema.THROTTLED,
        },
        auth=[],
        tags=["academy"],
    )
    def post(self, request: Request, slug: str) -> Response:
        session = _session(slug)
        body = RegistrationRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = dict(body.validated_data)
        language = data.pop("language", None) or (get_language() or "en").split("-")[0]
        form = RegistrationForm(data=data)
        if not form.is_valid():
            raise ValidationError(form_errors(form))
        try:
            registration, created = services.registration_create(
                session=session, data=form.to_input(language=language)
            )
        except RegistrationError as exc:
            return Response({"detail": exc.message}, status=status.HTTP_409_CONFLICT)
        place = _place(registration)
        message = MSG_ALREADY if not created else (MSG_SEAT_HELD if place == "seat" else MSG_WAITING)
        result = {
            "created": created,
            "state": registration.state,
            "place": place,
            "held_until": registration.seat_held_until,
            "message": str(message),
        }
        return Response(
            RegistrationResultSerializer(result).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )


class RegistrationCancel(APIView):
    throttle_classes = [RegistrationThrottle]
    authentication_classes: list = []

    @extend_schema(
        operation_id="academy_registrations_cancel",
        summary="Cancel a registration with its cancellation token",
        description=(
            "The token of the cancellation link in the e-mails. It works once; the seat goes to the next "
            "person."
        ),
        request=CancelRequestSerializer,
        responses={
            200: MessageSerializer,
            400: schema.FIELD_ERRORS,
            404: OpenApiResponse(MessageSerializer, description="Unknown token."),
            410: OpenApiResponse(MessageSerializer, description="Already cancelled, or no longer active."),
            429: schema.THROTTLED,
        },
        auth=[],
        tags=["academy"],
    )
    def post(self, request: Request) -> Response:
        body = CancelRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        token = body.validated_data["cancel_token"]
        # "x-" marks the tokens of anonymised registrations: they never match a live link.
        if token.startswith("x-") or not Registration.objects.filter(cancel_token=token).exists():
            return Response({"detail": str(services.MSG_LINK_INVALID)}, status=status.HTTP_404_NOT_FOUND)
        try:
            services.registration_cancel_by_token(cancel_token=token)
        except RegistrationError as exc:
            return Response({"detail": exc.message}, status=status.HTTP_410_GONE)
        return Response({"detail": str(MSG_CANCELLED)})
