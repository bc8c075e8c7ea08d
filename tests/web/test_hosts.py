"""Host header check in every bind mode (DNS rebinding), and the names allowed."""

import pytest
from fastapi.testclient import TestClient

from deepdive.cli.web import bind_warning
from deepdive.config import load_config
from deepdive.web.app import create_app
from deepdive.web.guard import allowed_hosts


@pytest.mark.parametrize("bound", ["0.0.0.0", "::", "127.0.0.1", "192.168.1.5"])
def test_an_unknown_host_is_refused_in_every_bind_mode(db_url, wall, bound):
    app = create_app(load_config(db_url), wall, host=bound, allow_hosts=["deepdive.lan"])
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert client.get("/dives", headers={"Host": "evil.example"}).status_code == 400
        for name in ("127.0.0.1:8000", "localhost", "[::1]:8000", "deepdive.lan:8000"):
            assert client.get("/dives", headers={"Host": name}).status_code == 200, name


def test_the_bound_address_is_allowed():
    assert "192.168.1.5" in allowed_hosts("192.168.1.5")
    assert "[fd00::1]" in allowed_hosts("fd00::1")
    assert "0.0.0.0" not in allowed_hosts("0.0.0.0")


def test_any_loopback_address_binds_without_a_warning():
    for host in ("127.0.0.1", "127.0.0.2", "127.1.2.3", "localhost", "::1"):
        assert bind_warning(host) is None, host
    assert bind_warning("0.0.0.0") is not None and bind_warning("::") is not None
