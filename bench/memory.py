"""bench/memory: cards at scale against their anchors, measured in one run.

    python bench/memory.py [--cards 100000] [--rounds 7]

- due cards: our review queue on a 100k-card workspace (the count and the first batch of 500
  cards, what `review` loads to start) against Anki's backend building its queue of 100k due
  cards (`get_queued_cards`, review limit raised to take them all). Budget: faster (< 1x).
- export: `export anki` of 100k cards against genanki alone writing the same 100k notes.
  Budget: at most 1.5x.
- review: one answer (FSRS and the write), p50 in ms. Budget: under 5 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepdive import bootstrap
from deepdive.clock import fixed_clock
from deepdive.config import load_config, sqlite_url
from deepdive.domain.cards import CardKind
from deepdive.domain.dive import Slot
from deepdive.services import anki, review
from deepdive.services.cards import make_cards
from deepdive.services.dives import NewDive, create_dive

NOW = datetime(2021, 4, 15, 13, 20, tzinfo=UTC)


def once_ms(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def median_ms(action: Callable[[], object], rounds: int) -> float:
    return statistics.median(once_ms(action) for _ in range(rounds))


def interleaved_ms(
    ours: Callable[[], float], anchor: Callable[[], float], rounds: int
) -> tuple[float, float]:
    """Medians of ours and the anchor taken in turns (ours, anchor, ours, ...): load on this
    shared machine then falls on both alike instead of on whichever ran during it."""
    mine, theirs = [], []
    for _ in range(rounds):
        mine.append(ours())
        theirs.append(anchor())
    return statistics.median(mine), statistics.median(theirs)


def build(url: str, count: int) -> None:
    uow = bootstrap.unit_of_work(load_config(url))
    create_dive(uow, fixed_clock(NOW - timedelta(days=10)),
                NewDive("Bench", NOW.date() - timedelta(days=7), 4, 60,
                        Slot.parse("13:00-14:00"), "", [], "UTC"))
    with uow:
        dive_id = uow.dives.list()[0].id
        made = []
        for n in range(count):
            made += make_cards(CardKind.BASIC, f"Question {n} about attention",
                               f"Answer {n}", NOW - timedelta(days=1, seconds=n),
                               dive_id=dive_id)
        uow.cards.add_many(made)
        uow.commit()


def anki_due_collection(apkg: Path, folder: Path) -> Path:
    """Our export imported into Anki, then every card made a review card due yesterday."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    path = folder / "anchor.anki2"
    col = Collection(str(path))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
    today = col.sched.today
    col.db.execute("UPDATE cards SET type = 2, queue = 2, ivl = 3, due = ?", today - 1)
    for deck in col.decks.all_names_and_ids():  # no daily limit: the queue takes every card
        config = col.decks.get(deck.id)
        assert config is not None
        config["reviewLimit"] = 1_000_000
        config["reviewLimitToday"] = {"limit": 1_000_000, "today": today}
        col.decks.save(config)
    deck_id = col.decks.id_for_name("deepdive::Bench")
    assert deck_id is not None
    col.decks.select(deck_id)
    col.close()
    return path


def anki_queue_ms(path: Path, count: int) -> float:
    from anki.collection import Collection

    col = Collection(str(path))  # a fresh open: the queue is built, not cached
    began = time.perf_counter()
    queued = col.sched.get_queued_cards(fetch_limit=200)
    took = (time.perf_counter() - began) * 1000
    assert queued.review_count >= count * 0.99, queued.review_count
    col.close()
    return took


def genanki_alone(path: Path, count: int) -> None:
    import genanki

    model = genanki.Model(1_618_399_999_001, "anchor Basic",
                          fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                                      "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
    deck = genanki.Deck(1_618_399_999_002, "anchor")
    for n in range(count):
        deck.add_note(genanki.Note(model=model, fields=[f"Question {n} about attention",
                                                        f"Answer {n}", ""],
                                   guid=f"anchor{n}", tags=["dive::1-Bench"]))
    genanki.Package([deck]).write_to_file(str(path))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    count, rounds = args.cards, args.rounds
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = sqlite_url(folder / "ws.sqlite")
        print(f"building a workspace of {count:,} due cards ...", file=sys.stderr)
        build(url, count)
        uow = bootstrap.unit_of_work(load_config(url))
        clock = fixed_clock(NOW)

        def ours_due() -> None:
            queue = review.due_queue(uow, clock)
            assert queue.total == count and len(queue.cards) == min(count, review.BATCH)

        exporter = bootstrap.anki_exporter()
        ours_export = folder / "ours.apkg"
        export_ms, genanki_ms = interleaved_ms(
            lambda: once_ms(lambda: anki.export_anki(uow, exporter, ours_export)),
            lambda: once_ms(lambda: genanki_alone(folder / "anchor.apkg", count)), 3)

        print("building Anki's collection of the same cards ...", file=sys.stderr)
        anchor = anki_due_collection(ours_export, folder)
        due_ms, anki_ms = interleaved_ms(lambda: once_ms(ours_due),
                                         lambda: anki_queue_ms(anchor, count), rounds)

        due_cards = review.due_queue(uow, clock, 400).cards
        answers = []
        for card in due_cards:
            assert card.id is not None
            card_id = card.id
            answers.append(median_ms(lambda c=card_id: review.answer_card(uow, clock, c, 3,
                                                                         keep=0.9), 1))
        answer_p50 = statistics.median(answers)

    print(f"due cards ({count:,}, review queue): {due_ms:.1f} ms / Anki queue "
          f"{anki_ms:.1f} ms = {due_ms / anki_ms:.2f}")
    print(f"export {count:,} cards: {export_ms:.0f} ms / genanki alone {genanki_ms:.0f} ms = "
          f"{export_ms / genanki_ms:.2f}")
    print(f"review answer p50: {answer_p50:.2f} ms / budget 5 ms = {answer_p50 / 5:.2f}")


if __name__ == "__main__":
    main()
