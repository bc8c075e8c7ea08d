"""`deepdive web` serves the app on a real port and says where."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from deepdive.cli.web import bind_warning


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(*args: str) -> Iterator[subprocess.Popen[str]]:
    env = os.environ | {"PYTHONUNBUFFERED": "1", "DEEPDIVE_NOW": "2021-04-15T13:20"}
    process = subprocess.Popen([sys.executable, "-m", "deepdive", "web", *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def get_when_up(url: str) -> httpx.Response:
    for _ in range(400):  # the server needs a moment to start listening
        try:
            return httpx.get(url, timeout=5)
        except httpx.ConnectError:
            time.sleep(0.05)
    raise AssertionError(f"nothing answered on {url}")


def test_web_prints_its_url_and_serves_the_pages(db_url):
    port = free_port()
    with serving("--port", str(port)) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line
        page = get_when_up(f"http://127.0.0.1:{port}/dives")
        assert page.status_code == 200 and "Start a new dive" in page.text
        assert httpx.get(f"http://127.0.0.1:{port}/dives",
                         headers={"Host": "evil.example"}).status_code == 400


def test_another_host_prints_a_warning(db_url):
    assert bind_warning("127.0.0.1") is None and bind_warning("localhost") is None
    with serving("--host", "0.0.0.0", "--port", str(free_port())) as process:
        assert process.stderr is not None
        warning = process.stderr.readline()
    assert "Warning: binding 0.0.0.0" in warning and "127.0.0.1" in warning


def test_the_command_and_the_app_agree_on_how_the_app_is_found():
    from deepdive.cli import web as command
    from deepdive.web import serve

    assert command.WEB_APP == serve.TARGET
    assert command.WEB_HOST_VARIABLE == serve.HOST_VARIABLE


def test_a_busy_port_is_one_line_and_exit_1(db_url):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "deepdive", "web", "--port", str(port)],
                              capture_output=True, text=True, timeout=60,
                              env=os.environ | {"DEEPDIVE_NOW": "2021-04-15T13:20"})
    assert done.returncode == 1
    assert done.stderr.strip() == f"Error: port {port} is in use; pick another with --port"
    assert "http://" not in done.stdout


def test_the_help_names_every_page_and_allow_host(db_url):
    done = subprocess.run([sys.executable, "-m", "deepdive", "web", "--help"],
                          capture_output=True, text=True, timeout=60)
    for word in ("Review", "Reflection", "Write-up", "--allow-host"):
        assert word in done.stdout
