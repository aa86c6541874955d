"""Settings for coopdev, read from environment variables.

Every setting a deployment changes comes from the environment (see the README's
"Configuration" table); nothing here needs editing. The defaults are for a developer
machine: a SQLite file in the data directory, console e-mail, debug off.
"""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DATA_DIR = Path(os.environ.get("COOPDEV_DATA_DIR", Path.cwd() / "var")).resolve()

DEBUG = env_bool("COOPDEV_DEBUG")
# HTTPS mode is production: secure cookies, HSTS and the redirect to https.
HTTPS = env_bool("COOPDEV_HTTPS")

_INSECURE_DEV_KEY = "django-insecure-coopdev-development-key-do-not-use-in-production"  # noqa: S105
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if HTTPS:
        raise ImproperlyConfigured("SECRET_KEY must be set when COOPDEV_HTTPS is on (production).")
    SECRET_KEY = _INSECURE_DEV_KEY

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks_db",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "coopdev.core",
    "coopdev.reference",
    "coopdev.organisations",
    "coopdev.projects",
    "coopdev.academy",
    "coopdev.demo",
    "coopdev.accounts",
    "coopdev.interchange",
    "coopdev.api",
    "coopdev.network",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "coopdev.urls"
WSGI_APPLICATION = "coopdev.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "coopdev.core.context_processors.platform",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'coopdev.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the web server read while the worker writes; IMMEDIATE transactions take
    # the write lock at BEGIN, so two writers queue instead of failing mid-transaction.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not Django's in-memory default: threads in the race tests need their own
    # connections to one shared database, as they would have in production.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-coopdev.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: the five languages of the platform.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("it", _("Italian")),
    ("tr", _("Turkish")),
    ("es", _("Spanish")),
    ("fr", _("French")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise scans it at start-up
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files in production (needs `coopdev collectstatic`); plain otherwise,
        # so development and tests need no collect step.
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if HTTPS
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Serve straight from the app folders when collectstatic has not run (tests, development).
WHITENOISE_USE_FINDERS = not HTTPS
WHITENOISE_AUTOREFRESH = DEBUG

# Background tasks: the database backend, so SQLite and PostgreSQL need no broker.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("COOPDEV_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}


def _cache_from_url(url: str) -> dict:
    """Turn ``CACHE_URL`` into a CACHES entry: ``locmem://`` (default, one cache per process),
    ``redis://host:6379/0`` (shared by every process and machine), ``dummy://`` (no caching)."""
    scheme = urlsplit(url).scheme
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 2000}}
    if scheme in {"redis", "rediss"}:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(f"CACHE_URL has an unknown scheme: {scheme!r}")


CACHES = {"default": _cache_from_url(os.environ.get("CACHE_URL", "locmem://"))}
# Aggregated figures are cached under the data version they were computed at (exact, never
# stale: see coopdev.core.figure_cache). Off switch for measuring the uncached path.
COOPDEV_FIGURE_CACHE = env_bool("COOPDEV_FIGURE_CACHE", True)
COOPDEV_FIGURE_CACHE_ALIAS = "default"
COOPDEV_FIGURE_CACHE_SECONDS = int(os.environ.get("COOPDEV_FIGURE_CACHE_SECONDS", "86400"))


def _mailer_from_url(url: str) -> dict:
    """Turn ``EMAIL_URL`` into a MAILERS entry.

    ``console://`` (default), ``locmem://``, ``file:///path``, or
    ``smtp://user:password@host:port?tls=1`` / ``smtps://...`` (implicit TLS).
    """
    parts = urlsplit(url)
    scheme = parts.scheme
    if scheme == "console":
        return {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme == "locmem":
        return {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if scheme == "file":
        return {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": parts.path},
        }
    if scheme in {"smtp", "smtps"}:
        query = parse_qs(parts.query)
        return {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": parts.hostname or "localhost",
                "port": parts.port or (465 if scheme == "smtps" else 25),
                "username": unquote(parts.username or ""),
                "password": unquote(parts.password or ""),
                "use_tls": query.get("tls", ["0"])[0] in {"1", "true"},
                "use_ssl": scheme == "smtps",
                "timeout": 20,
            },
        }
    raise ImproperlyConfigured(f"EMAIL_URL has an unknown scheme: {scheme!r}")


MAILERS = {"default": _mailer_from_url(os.environ.get("EMAIL_URL", "console://"))}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "coopdev <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security. In HTTPS (production) mode every check of `check --deploy` is satisfied.
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if HTTPS:
    SECURE_SSL_REDIRECT = env_bool("COOPDEV_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("COOPDEV_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("COOPDEV_HSTS_PRELOAD", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("COOPDEV_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# The platform labels its data as illustrative while demo projects are loaded.
COOPDEV_SITE_NAME = os.environ.get("COOPDEV_SITE_NAME", "coopdev")

# --- REST API (coopdev.api) ---
# Reading is public; writing needs an organisation's API token (``Authorization: Token <key>`` or
# ``Bearer <key>``). Throttle rates come from the environment: "<number>/<second|minute|hour|day>".
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["coopdev.api.authentication.ApiTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "coopdev.api.throttling.AnonThrottle",
        "coopdev.api.throttling.TokenThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("COOPDEV_API_THROTTLE_ANON", "60/min"),
        "token": os.environ.get("COOPDEV_API_THROTTLE_TOKEN", "600/min"),
        "registration": os.environ.get("COOPDEV_API_THROTTLE_REGISTRATION", "10/hour"),
        "import": os.environ.get("COOPDEV_API_THROTTLE_IMPORT", "30/hour"),
    },
    # Proxies in front of the app whose X-Forwarded-For entries to trust; 0 ignores the header, so a
    # client cannot dodge its throttle by inventing addresses.
    "NUM_PROXIES": int(os.environ.get("COOPDEV_API_NUM_PROXIES", "0")),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "coopdev public API",
    "DESCRIPTION": (
        "Open data of the Development Data Platform (published projects, organisations, figures, "
        "reference lists) and the Coop Academy catalogue and registration. Reading is public; "
        "uploading data needs an organisation's API token."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
}
# CORS for reads only: any origin may GET the API from a browser; writes need a token and are
# meant for servers, so browsers on other origins get no CORS approval for them.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
# --- end REST API (coopdev.api) ---
