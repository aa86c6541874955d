from django.conf import settings
from django.http import HttpRequest


def platform(request: HttpRequest) -> dict:
    """Values every page needs: the site name and whether the data shown is illustrative."""
    from coopdev.projects.selectors import demo_data_present

    return {"site_name": settings.COOPDEV_SITE_NAME, "demo_data_present": demo_data_present()}
