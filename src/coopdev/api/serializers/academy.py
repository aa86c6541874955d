"""The Academy's public catalogue and registration, as the API shows them: counts, never people."""

from django.conf import settings
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from coopdev.academy.models import Registration, Session


class PoolSeatsSerializer(serializers.Serializer):
    pool = serializers.CharField(help_text="staff, africa, americas, asia-pacific or europe.")
    label = serializers.CharField()  # type: ignore[assignment]  # a field, not Field.label
    quota = serializers.IntegerField(help_text="Seats of the pool now (after any redistribution).")
    taken = serializers.IntegerField()
    free = serializers.IntegerField()
    waiting = serializers.IntegerField()


class SeatsSerializer(serializers.Serializer):
    capacity = serializers.IntegerField()
    taken = serializers.IntegerField()
    free = serializers.IntegerField()
    waiting = serializers.IntegerField()
    pools = PoolSeatsSerializer(many=True)


class SessionSerializer(serializers.ModelSerializer):
    sdgs = serializers.SerializerMethodField()
    ends_at = serializers.DateTimeField()
    registration_deadline = serializers.SerializerMethodField()
    seats = serializers.SerializerMethodField()

    class Meta:
        model = Session
        fields = [
            "slug",
            "title",
            "description",
            "trainers",
            "kind",
            "language",
            "starts_at",
            "ends_at",
            "duration_minutes",
            "registration_opens_at",
            "registration_deadline",
            "sdgs",
            "seats",
        ]

    @extend_schema_field({"type": "array", "items": {"type": "integer"}})
    def get_sdgs(self, session: Session) -> list[int]:
        return [goal.number for goal in session.sdgs.all()]

    @extend_schema_field(OpenApiTypes.DATETIME)
    def get_registration_deadline(self, session: Session) -> str:
        return serializers.DateTimeField().to_representation(
            timezone.localtime(session.registration_deadline())
        )

    @extend_schema_field(SeatsSerializer)
    def get_seats(self, session: Session) -> dict:
        return SeatsSerializer(self.context["seats"][session.pk]).data


class ConsentSerializer(serializers.Serializer):
    version = serializers.IntegerField()
    text = serializers.CharField()


class RegistrationRequestSerializer(serializers.Serializer):
    """The web form's fields; the form itself then validates them (same rules, same messages)."""

    name = serializers.CharField(max_length=200)
    email = serializers.CharField(max_length=254, help_text="The address the confirmation link is sent to.")
    organisation = serializers.CharField(max_length=250, required=False, allow_blank=True, default="")
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2 code; it decides the ICA region's pool.")
    staff_claimed = serializers.BooleanField(required=False, default=False)
    gender = serializers.ChoiceField(choices=Registration.Gender.choices, required=False, default="unsaid")
    age_band = serializers.ChoiceField(choices=Registration.AgeBand.choices, required=False, default="unsaid")
    consent = serializers.BooleanField(help_text="Must be true: agreement to the consent text.")
    consent_version = serializers.IntegerField(help_text="The version of the consent text agreed to.")
    listing_consent = serializers.BooleanField(required=False, default=False)
    language = serializers.ChoiceField(
        choices=settings.LANGUAGES,
        required=False,
        help_text="Language of the e-mails (default: Accept-Language).",
    )


class RegistrationResultSerializer(serializers.Serializer):
    created = serializers.BooleanField(help_text="False when this address had already registered.")
    state = serializers.ChoiceField(choices=Registration.State.choices)
    place = serializers.ChoiceField(
        choices=[("seat", "seat"), ("waiting_list", "waiting_list"), ("none", "none")],
        help_text="A seat, or a place on the pool's waiting list, held until the address is confirmed.",
    )
    held_until = serializers.DateTimeField(allow_null=True)
    message = serializers.CharField()


class CancelRequestSerializer(serializers.Serializer):
    cancel_token = serializers.CharField(max_length=64, help_text="The token of the cancellation link.")


class MessageSerializer(serializers.Serializer):
    detail = serializers.CharField()
