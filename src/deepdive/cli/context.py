"""What every command gets: the config, a fresh unit of work on demand, the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click

from deepdive import bootstrap
from deepdive.clock import Clock, system_clock
from deepdive.config import Config, load_config

if TYPE_CHECKING:
    from deepdive.services.ports import DailyUnitOfWork, MetadataResolver, UnitOfWork


@dataclass
class AppContext:
    database_url: str | None = None
    _config: Config | None = field(default=None, repr=False)

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.database_url)
        return self._config

    def uow(self) -> UnitOfWork:
        return bootstrap.unit_of_work(self.config)

    def daily_uow(self) -> DailyUnitOfWork:
        """The quick unit of work of status, start, stop and log (see storage/quick)."""
        return bootstrap.daily_unit_of_work(self.config)

    def resolver(self) -> MetadataResolver:
        return bootstrap.metadata_resolver(self.config)

    @property
    def clock(self) -> Clock:
        return system_clock()


pass_app = click.make_pass_decorator(AppContext, ensure=True)
