"""The app as uvicorn loads it for `deepdive web`: built from the environment the command set,
so the CLI names the web app without importing it (the two entrypoints stay independent)."""

from __future__ import annotations

import os

from fastapi import FastAPI

from deepdive.clock import system_clock
from deepdive.config import load_config
from deepdive.web.app import DEFAULT_HOST, create_app

HOST_VARIABLE = "DEEPDIVE_WEB_HOST"
ALLOW_VARIABLE = "DEEPDIVE_WEB_ALLOW_HOSTS"  # comma-separated names from --allow-host
TARGET = "deepdive.web.serve:app_from_environment"


def app_from_environment() -> FastAPI:
    allowed = [n for n in os.environ.get(ALLOW_VARIABLE, "").split(",") if n.strip()]
    return create_app(load_config(), system_clock(),
                      host=os.environ.get(HOST_VARIABLE, DEFAULT_HOST), allow_hosts=allowed)
