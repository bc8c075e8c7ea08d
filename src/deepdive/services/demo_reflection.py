"""The demo's reflection: the swap after the stall, experiments, explanations, a question,
a check-in, retros, lessons and recommendations, each on the day it happened."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from deepdive.clock import Clock, fixed_clock
from deepdive.services import demo_plan as plan
from deepdive.services.backups import swap
from deepdive.services.checkins import ClaimInput, checkin
from deepdive.services.experiments import NewExperiment, add_experiment, explain
from deepdive.services.lessons import add_lesson
from deepdive.services.ports import UnitOfWork
from deepdive.services.questions import answer, ask, find_question, list_questions
from deepdive.services.recommendations import set_recommendation
from deepdive.services.resources import mark
from deepdive.services.retros import dive_retro, week_retro
from deepdive.services.sessions import log


def _on(day: date, zone: ZoneInfo, hour: int = 21) -> Clock:
    return fixed_clock(datetime.combine(day, time(hour), tzinfo=zone))


def reflect(uow: UnitOfWork, zone: ZoneInfo, ids: dict[str, int]) -> None:
    old, new, day, why = plan.SWAP
    swap(uow, _on(day, zone, 20), str(ids[old]), str(ids[new]), why)
    s_day, key, minutes, hhmm, kind, mood, note = plan.SWAP_SESSION
    start = datetime.combine(s_day, time.fromisoformat(hhmm))
    log(uow, _on(s_day, zone, 23), minutes, str(ids[key]), start, kind, mood, note)
    mark(uow, str(ids[key]), "done")  # the short post that replaced the stalled paper
    for day, title, setup, expect, result, surprise, ref in plan.EXPERIMENTS:
        add_experiment(uow, _on(day, zone), NewExperiment(
            title, setup, expect, result, surprise, str(ids[ref]) if ref else None))
    for day, topic, audience, length, shaky in plan.EXPLANATIONS:
        explain(uow, _on(day, zone), topic, audience, length, list(shaky))
    for day, text, reply in plan.ANSWERS:
        found = find_question(list_questions(uow), text)
        answer(uow, _on(day, zone), str(found.id), reply)
    asked_on, text, to_whom, reply, answered_on = plan.QUESTION
    question = ask(uow, _on(asked_on, zone), text, to_whom)
    answer(uow, _on(answered_on, zone), str(question.id), reply)
    day, with_whom, claims = plan.CHECKIN
    checkin(uow, _on(day, zone, 15), with_whom,
            [ClaimInput(text, verdict, fix) for text, verdict, fix in claims])
    for number, (title, text) in plan.RETROS.items():
        week_retro(uow, number, text, title)
    dive_retro(uow, plan.DIVE_RETRO)
    for lesson in plan.LESSONS:
        add_lesson(uow, _on(date(2021, 5, 5), zone), lesson)
    for key, place, rank, comment in plan.RECOMMENDATIONS:
        set_recommendation(uow, _on(date(2021, 5, 5), zone), str(ids[key]), place, rank,
                           comment)
