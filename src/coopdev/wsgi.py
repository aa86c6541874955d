import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coopdev.settings")
application = get_wsgi_application()

# The URLconf, the catalogues and the templates are loaded now, not on the first request.
from coopdev.core.startup import load_before_first_request  # noqa: E402 - needs the app set up

load_before_first_request()
