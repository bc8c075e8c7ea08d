"""What every request handler reaches: the config, the clock, fresh units of work, the ledger."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastapi import Request

from deepdive import bootstrap
from deepdive.clock import Clock
from deepdive.config import Config
from deepdive.web.once import FormLedger
from deepdive.web.refill import RejectedForms

if TYPE_CHECKING:
    from deepdive.services.ports import DailyUnitOfWork, MetadataResolver, UnitOfWork


@dataclass
class WebState:
    config: Config
    clock: Clock
    host: str
    ledger: FormLedger = field(default_factory=FormLedger)
    rejected: RejectedForms = field(default_factory=RejectedForms)

    def uow(self) -> UnitOfWork:
        return bootstrap.unit_of_work(self.config)

    def daily_uow(self) -> DailyUnitOfWork:
        """The quick sqlite3 unit of work on SQLite (as `deepdive status` uses): Today's status
        reads 1,000 resources, and SQLAlchemy's row mapping was most of that page's time."""
        return bootstrap.daily_unit_of_work(self.config)

    def resolver(self) -> MetadataResolver:
        return bootstrap.metadata_resolver(self.config)


def web(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state
