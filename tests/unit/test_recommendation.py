"""Where resources land in the advice to the next person."""

from datetime import UTC, datetime

from deepdive.domain.recommendation import (
    Place,
    Recommendation,
    derive_place,
    rating_history,
    recommend,
)
from deepdive.domain.resource import Entry, Placement, PlacementStatus, Rating, Resource


def at(day: int, hour: int = 13) -> datetime:
    return datetime(2021, 4, day, hour, tzinfo=UTC)


def entry(rid: int, status=PlacementStatus.DONE, scores=(), week=1, optional=False,
          rated_on=None) -> Entry:
    ratings = [Rating(1, rid, s, rated_on[i] if rated_on else at(20 + i))
               for i, s in enumerate(scores)]
    return Entry(Resource(f"R{rid}", id=rid),
                 Placement(1, rid, week=week, position=rid, status=status, optional=optional),
                 ratings)


def test_dropped_and_swapped_mean_skip_whatever_the_rating():
    assert derive_place(entry(1, PlacementStatus.DROPPED, [5])) == Place.SKIP
    assert derive_place(entry(1, PlacementStatus.SWAPPED)) == Place.SKIP


def test_a_low_final_rating_means_skip_or_optional():
    assert derive_place(entry(1, scores=[4, 1])) == Place.SKIP
    assert derive_place(entry(1, scores=[2])) == Place.OPTIONAL
    assert derive_place(entry(1, PlacementStatus.SKIMMED, [5, 2])) == Place.OPTIONAL
    assert derive_place(entry(1, scores=[1, 4])) == Place.THEN


def test_a_resource_never_started_and_unrated_gets_no_place():
    assert derive_place(entry(1, PlacementStatus.PLANNED)) is None
    assert derive_place(entry(1, PlacementStatus.PLANNED), started=True) == Place.THEN
    assert derive_place(entry(1, optional=True, scores=[4])) == Place.OPTIONAL


def test_a_resource_never_started_gets_no_place_whatever_its_rating_before_reading():
    assert derive_place(entry(1, PlacementStatus.PLANNED, [5])) is None
    assert derive_place(entry(1, PlacementStatus.PLANNED, [1])) is None
    assert derive_place(entry(1, PlacementStatus.PLANNED, [5]), started=True) == Place.THEN
    assert derive_place(entry(1, PlacementStatus.READING, [5])) == Place.THEN


def test_a_planned_resource_rated_5_is_not_placed_finally_before_it_is_read():
    entries = [entry(1, scores=[4]), entry(2, scores=[3]),
               entry(3, PlacementStatus.PLANNED, [5])]
    placed = recommend(entries, {}, {1: at(9), 2: at(10)})
    assert [(p.entry.id, str(p.place)) for p in placed] == [(1, "start"), (2, "finally")]


def test_rating_history_says_before_and_after_reading():
    ratings = [Rating(1, 1, 4, at(8)), Rating(1, 1, 1, at(10))]
    assert rating_history(ratings, first_read=at(9)) == "rated 4 before reading, 1 after"
    assert rating_history(ratings, first_read=at(7)) == "rated 4, then 1"
    three = [*ratings, Rating(1, 1, 3, at(12))]
    assert rating_history(three, first_read=at(9)) == "rated 4 before reading, then 1, then 3"
    assert rating_history([Rating(1, 1, 4, at(8))] * 2, first_read=None) == ""


def test_core_resources_in_reading_order_become_start_then_finally():
    entries = [entry(1, scores=[4]), entry(2, scores=[5]), entry(3, scores=[3]),
               entry(4, PlacementStatus.DROPPED)]
    first_read = {1: at(12), 2: at(9), 3: at(14)}  # read 2, then 1, then 3
    placed = recommend(entries, {}, first_read)
    assert [(p.entry.id, str(p.place)) for p in placed] == [
        (2, "start"), (1, "then"), (3, "finally"), (4, "skip")]
    assert all(p.derived for p in placed)


def test_the_users_choice_wins_and_keeps_start_and_finally_for_itself():
    entries = [entry(1, scores=[4]), entry(2, scores=[5]), entry(3, scores=[3])]
    chosen = {3: Recommendation(1, 3, Place.START, at(30), rank=1, comment="best first")}
    placed = recommend(entries, chosen, {1: at(9), 2: at(10), 3: at(11)})
    assert [(p.entry.id, str(p.place), p.derived) for p in placed] == [
        (3, "start", False), (1, "then", True), (2, "finally", True)]
    assert placed[0].comment == "best first"


def test_weeks_are_recommended_separately_in_plan_order():
    entries = [entry(1, scores=[4], week=1), entry(2, scores=[4], week=2)]
    placed = recommend(entries, {}, {})
    assert [(p.entry.id, str(p.place)) for p in placed] == [(1, "start"), (2, "start")]
