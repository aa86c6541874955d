from django.apps import AppConfig
from django.core.signals import request_started
from django.utils.translation import gettext_lazy as _


def _start_warming(**_kwargs) -> None:
    """In a process that serves requests, warm its figure cache after data changes when asked
    (``COOPDEV_FIGURE_WARM_SECONDS``; see coopdev.projects.warm)."""
    from coopdev.projects import warm

    every = warm.warm_seconds()
    request_started.disconnect(_start_warming)
    if every > 0:
        warm.start_in_process(every)


class ProjectsConfig(AppConfig):
    name = "coopdev.projects"
    label = "projects"
    verbose_name = _("Projects")

    def ready(self) -> None:
        request_started.connect(_start_warming)
