"""Retros: one per week (title and text) and one for the whole dive."""

from __future__ import annotations

from deepdive.domain.dive import Dive, Week
from deepdive.domain.errors import InvalidInput
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork


def week_retro(
    uow: UnitOfWork, number: int, text: str, title: str | None = None,
    dive_ref: str | None = None,
) -> Week:
    if not text.strip():
        raise InvalidInput("write the retro with -m TEXT")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        dive.check_week(number)
        week = uow.dives.weeks(dive.id).get(number) or Week(dive_id=dive.id, number=number)
        week.retro_text = text.strip()
        if title is not None:
            week.retro_title = title.strip()
        uow.dives.save_week(week)
        uow.commit()
    return week


def dive_retro(uow: UnitOfWork, text: str, dive_ref: str | None = None) -> Dive:
    if not text.strip():
        raise InvalidInput("write the retro with -m TEXT")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        uow.retros.set_dive_retro(dive.id, text.strip())
        uow.commit()
    return dive
