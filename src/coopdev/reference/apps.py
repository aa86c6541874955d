from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferenceConfig(AppConfig):
    name = "coopdev.reference"
    label = "reference"
    verbose_name = _("Reference data")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from coopdev.reference.models import ExchangeRate
        from coopdev.reference.signals import exchange_rate_changed

        post_save.connect(exchange_rate_changed, sender=ExchangeRate, dispatch_uid="reference_fx_cache_save")
        post_delete.connect(
            exchange_rate_changed, sender=ExchangeRate, dispatch_uid="reference_fx_cache_delete"
        )
