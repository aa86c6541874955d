"""Settings come from the environment; production settings pass Django's deployment checks."""

import os
import subprocess
import sys

import pytest

from coopdev.settings import _mailer_from_url


def run_coopdev(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "-m", "coopdev", *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_with_production_settings_reports_no_warnings(tmp_path):
    result = run_coopdev(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "COOPDEV_HTTPS": "1",
            "SECRET_KEY": "k" * 20 + "-production-secret-with-enough-entropy-0123456789",
            "ALLOWED_HOSTS": "ddp.example.org",
            "EMAIL_URL": "smtp://mailer:secret@smtp.example.org:587?tls=1",
            "COOPDEV_DATA_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run_coopdev("check", env={"COOPDEV_HTTPS": "1", "COOPDEV_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_database_defaults_to_a_sqlite_file_in_the_data_directory(tmp_path):
    result = run_coopdev(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['NAME'])",
        env={"COOPDEV_DATA_DIR": str(tmp_path)},
    )
    assert result.stdout.strip() == str(tmp_path / "coopdev.sqlite3")


@pytest.mark.parametrize(
    ("url", "backend", "options"),
    [
        ("console://", "django.core.mail.backends.console.EmailBackend", None),
        (
            "smtp://user:p%40ss@mail.example.org:587?tls=1",
            "django.core.mail.backends.smtp.EmailBackend",
            {
                "host": "mail.example.org",
                "port": 587,
                "username": "user",
                "password": "p@ss",
                "use_tls": True,
            },
        ),
        (
            "smtps://mail.example.org",
            "django.core.mail.backends.smtp.EmailBackend",
            {"port": 465, "use_ssl": True},
        ),
    ],
)
def test_email_url_configures_the_default_mailer(url, backend, options):
    mailer = _mailer_from_url(url)
    assert mailer["BACKEND"] == backend
    for key, value in (options or {}).items():
        assert mailer["OPTIONS"][key] == value
