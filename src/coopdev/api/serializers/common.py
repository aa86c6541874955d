"""Field types shared by the API's serializers."""

from django.conf import settings
from django.db.models import Model
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class NarrativeField(serializers.DictField):
    """An IATI narrative: ``{"en": "...", "it": "..."}``, every language it was reported in."""

    child = serializers.CharField()

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "Text per language code, in every language it was reported in.")
        super().__init__(child=serializers.CharField(allow_blank=True), **kwargs)


class MoneyField(serializers.DecimalField):
    """An amount as an exact decimal string (no float rounding)."""

    def __init__(self, **kwargs):
        super().__init__(max_digits=None, decimal_places=None, **kwargs)


TEXT_BY_LANGUAGE = {"type": "object", "additionalProperties": {"type": "string"}}


@extend_schema_field(TEXT_BY_LANGUAGE)
class TranslatedField(serializers.Field):
    """A reference name in the platform's five languages, read from the modeltranslation columns."""

    def __init__(self, *, field: str, **kwargs):
        self.translated = field
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        kwargs.setdefault("help_text", f"The {field} per language code ({', '.join(LANGUAGE_CODES)}).")
        super().__init__(**kwargs)

    def to_representation(self, value: Model) -> dict[str, str]:
        return {code: getattr(value, f"{self.translated}_{code}") or "" for code in LANGUAGE_CODES}


class CodeSerializer(serializers.Serializer):
    """An IATI codelist code with its name in the language of the request."""

    code = serializers.CharField()
    name = serializers.CharField()


CODE_SCHEMA = {
    "type": "object",
    "nullable": True,
    "properties": {"code": {"type": "string"}, "name": {"type": "string"}},
    "required": ["code", "name"],
}


@extend_schema_field(CODE_SCHEMA)
class CodeField(serializers.Field):
    """An IATI code as ``{"code": "2", "name": "Implementation"}`` (null when not reported).

    Names come from ``context["codelist_names"]`` (one query per response, see
    ``projects.selectors.codelist_names``), in the language of the request.
    """

    def __init__(self, *, codelist: str, **kwargs):
        self.codelist = codelist
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value: str) -> dict[str, str] | None:
        if not value:
            return None
        names = self.context.get("codelist_names", {}).get(self.codelist, {})
        return {"code": value, "name": names.get(value, value)}

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        return value or ""
