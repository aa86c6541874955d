"""`coopdev serve` (what `make run` calls) starts the web server and the worker; Ctrl-C stops both."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def children_of(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


def test_serve_migrates_serves_pages_and_stops_web_and_worker_on_ctrl_c(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env["COOPDEV_DATA_DIR"] = str(tmp_path)
    server = subprocess.Popen(
        [sys.executable, "-m", "coopdev", "serve", "--no-demo", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:  # noqa: S310
                    body = response.read().decode()
                    break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"serve exited early:\n{server.stdout.read() if server.stdout else ''}")
                time.sleep(0.5)
        assert "Development Data Platform" in body
        children = children_of(server.pid)
        assert len(children) == 3, "a web server, a worker and the housekeeping ticker"
        commands = [Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ") for pid in children]
        assert any("gunicorn" in c for c in commands)
        assert any("db_worker" in c for c in commands)
        assert any(c.rstrip().endswith("tick --every 300") for c in commands)
    finally:
        server.send_signal(signal.SIGINT)
        output, _ = server.communicate(timeout=30)
    assert server.returncode == 0, output
    assert "coopdev stopped." in output
    for pid in children:
        status = Path(f"/proc/{pid}/status")
        assert not status.exists() or "zombie" in status.read_text().lower()
