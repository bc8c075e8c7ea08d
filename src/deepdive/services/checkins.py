"""Check-ins with experts. A claim judged partly right or wrong also becomes a question
(answered by the correction when one was given, open otherwise), so what was corrected is
kept with the other questions and counted until it is settled. Questions rather than cards:
cards are the memory side's to make, and a question stays visible in `status`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deepdive.clock import Clock
from deepdive.domain.checkin import Checkin, Claim, Verdict
from deepdive.domain.errors import InvalidInput
from deepdive.domain.question import Question, QuestionStatus
from deepdive.domain.refs import resolve
from deepdive.services.current import current_dive, zone_of
from deepdive.services.ports import UnitOfWork


@dataclass
class ClaimInput:
    text: str
    verdict: str | None
    correction: str = ""


def _claims(inputs: list[ClaimInput]) -> list[Claim]:
    claims = []
    for item in inputs:
        if not item.text.strip():
            raise InvalidInput("a --claim needs its text")
        verdict = Verdict.parse(item.verdict, item.text.strip())
        if verdict == Verdict.RIGHT and item.correction.strip():
            raise InvalidInput(f"claim {item.text!r} is judged right but has a --correction")
        claims.append(Claim(item.text.strip(), verdict, item.correction.strip()))
    return claims


def checkin(
    uow: UnitOfWork,
    clock: Clock,
    with_whom: str,
    claims: list[ClaimInput],
    at: datetime | None = None,
    note: str = "",
    dive_ref: str | None = None,
) -> Checkin:
    """Log a check-in; one dated in the future is planned (shown by `status`)."""
    if not with_whom.strip():
        raise InvalidInput("say who the check-in was with: --with WHO")
    checked = _claims(claims)
    now = clock()
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        when = now
        if at is not None:
            when = at.replace(tzinfo=zone_of(dive)) if at.tzinfo is None else at
        planned = when > now
        if planned and checked:
            raise InvalidInput("a planned check-in (dated in the future) has no verdicts yet")
        saved = uow.checkins.add(
            Checkin(dive.id, with_whom.strip(), when, planned, note.strip(), checked)
        )
        for claim in saved.claims:
            if claim.verdict == Verdict.RIGHT:
                continue
            corrected = bool(claim.correction)
            uow.questions.add(Question(
                dive.id, claim.text, now, to_whom=saved.with_whom,
                status=QuestionStatus.ANSWERED if corrected else QuestionStatus.OPEN,
                answer=claim.correction, claim_id=claim.id,
                answered_at=now if corrected else None,
            ))
        uow.commit()
    return saved


def list_checkins(uow: UnitOfWork, dive_ref: str | None = None) -> list[Checkin]:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        return uow.checkins.for_dive(dive.id)


def find_checkin(checkins: list[Checkin], ref: str) -> Checkin:
    return resolve(ref, checkins, number=lambda c: c.id, title=lambda c: c.with_whom,
                   what="check-in")


def update_checkin(
    uow: UnitOfWork, ref: str, with_whom: str, note: str, dive_ref: str | None = None
) -> Checkin:
    """Correct who it was with and the note; the claims keep their verdicts (and questions)."""
    if not with_whom.strip():
        raise InvalidInput("say who the check-in was with")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        found = find_checkin(uow.checkins.for_dive(dive.id), ref)
        found.with_whom, found.note = with_whom.strip(), note.strip()
        uow.checkins.update(found)
        uow.commit()
    return found
