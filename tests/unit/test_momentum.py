"""Momentum rules on small hand-built dives: each alert fires on its evidence, and only then."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from deepdive.domain.dive import Dive, Slot, Week
from deepdive.domain.momentum import Snapshot, alerts_for
from deepdive.domain.resource import Entry, Placement, PlacementStatus, Resource, ResourceKind
from deepdive.domain.session import Session

UTC_ZONE = ZoneInfo("UTC")
START = date(2021, 4, 8)


def dive() -> Dive:
    return Dive("Transformers", START, 4, 60, Slot.parse("13:00-14:00"), id=1, number=1)


def entry(rid, title, week=2, minutes=None, backup_for=None, status=PlacementStatus.PLANNED):
    return Entry(
        Resource(title, ResourceKind.PAPER, minutes=minutes, id=rid),
        Placement(1, rid, week=week, status=status, backup_for=backup_for, id=rid),
    )


def at(day, hhmm="13:00"):
    hour, minute = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def session(day, minutes=60, hhmm="13:00", resource=None, mood=None):
    start = at(day, hhmm)
    return Session(1, start, start + timedelta(minutes=minutes), resource_id=resource, mood=mood)


def snapshot(today, sessions=(), entries=(), weeks=None, hhmm="15:00"):
    if weeks is None:
        weeks = {2: Week(1, 2, "GPT", backup="history")}
    return Snapshot(dive(), weeks, list(entries), list(sessions), today, at(today, hhmm), UTC_ZONE)


def kinds(alerts):
    return [alert.kind for alert in alerts]


def test_a_kept_week_raises_nothing():
    days = [START + timedelta(days=n) for n in range(7, 12)]
    snap = snapshot(date(2021, 4, 19), [session(d) for d in days])
    assert alerts_for(snap) == []


def test_slots_missed_on_consecutive_days_are_counted_with_their_dates():
    snap = snapshot(date(2021, 4, 20), [session(date(2021, 4, 15)), session(date(2021, 4, 16)),
                                        session(date(2021, 4, 17), hhmm="21:30")])
    alert = next(a for a in alerts_for(snap) if a.kind == "missed_slots")
    assert alert.message == "Slot 13:00-14:00 missed 4 days in a row (Sat 17 Apr to Tue 20 Apr)."
    assert alert.evidence == ["Sat 17 Apr", "Sun 18 Apr", "Mon 19 Apr", "Tue 20 Apr"]


def test_today_does_not_count_as_missed_before_the_slot_is_over():
    before_slot = snapshot(date(2021, 4, 18), [session(date(2021, 4, 15))], hhmm="12:00")
    alert = next(a for a in alerts_for(before_slot) if a.kind == "missed_slots")
    assert alert.evidence == ["Fri 16 Apr", "Sat 17 Apr"]
    one_day = snapshot(date(2021, 4, 17), [session(date(2021, 4, 15))], hhmm="12:00")
    assert "missed_slots" not in kinds(alerts_for(one_day))


def test_low_mood_sessions_on_one_resource_suggest_its_backup():
    gpt2 = entry(9, "GPT-2 paper", minutes=96)
    history = entry(12, "History of GPT", backup_for=9)
    sessions = [session(date(2021, 4, 16), 45, resource=9, mood=2),
                session(date(2021, 4, 17), 20, resource=9, mood=1)]
    snap = snapshot(date(2021, 4, 17), sessions, [gpt2, history])
    alert = next(a for a in alerts_for(snap) if a.kind == "stalled_resource")
    assert alert.message == "#9 GPT-2 paper is stalling: last 2 sessions had mood 2, 1."
    assert alert.suggestion == (
        'Swap in its backup #12 History of GPT: `deepdive swap 9 12 --why "..."`.'
    )


def test_time_far_past_the_estimate_is_no_progress():
    slow = entry(5, "Long survey", minutes=30)
    sessions = [session(date(2021, 4, 15), 30, resource=5, mood=4),
                session(date(2021, 4, 16), 20, resource=5, mood=3)]
    snap = snapshot(date(2021, 4, 16), sessions, [slow])
    alert = next(a for a in alerts_for(snap) if a.kind == "stalled_resource")
    assert alert.evidence == ["50 min spent against an estimate of 30 min"]
    assert "mark 5 skimmed" in alert.suggestion


def test_finished_resources_never_stall():
    done = entry(5, "Long survey", minutes=30, status=PlacementStatus.DONE)
    sessions = [session(date(2021, 4, 15), 90, resource=5, mood=1),
                session(date(2021, 4, 16), 90, resource=5, mood=1)]
    alerts = alerts_for(snapshot(date(2021, 4, 16), sessions, [done]))
    assert "stalled_resource" not in kinds(alerts)


def test_a_week_far_behind_its_planned_minutes():
    snap = snapshot(date(2021, 4, 20), [session(date(2021, 4, 15), 60),
                                        session(date(2021, 4, 16), 45)])
    alert = next(a for a in alerts_for(snap) if a.kind == "behind_plan")
    assert alert.message == "Week 2 is behind: 105 of 300 minutes in its 5 days before today."


def test_the_week_is_not_judged_in_its_first_days():
    snap = snapshot(date(2021, 4, 16), [])
    assert "behind_plan" not in kinds(alerts_for(snap))


def test_a_week_without_backup_gets_a_gentle_alert_at_its_start_only():
    bare = {2: Week(1, 2, "GPT")}
    assert "no_backup" in kinds(alerts_for(snapshot(date(2021, 4, 15), [], weeks=bare)))
    assert "no_backup" not in kinds(alerts_for(snapshot(date(2021, 4, 18), [], weeks=bare)))
    covered = [entry(9, "GPT-2"), entry(12, "History", backup_for=9)]
    assert "no_backup" not in kinds(alerts_for(snapshot(date(2021, 4, 15), [], covered, bare)))


def test_no_alerts_outside_the_dive():
    assert alerts_for(snapshot(date(2021, 5, 20), [])) == []
