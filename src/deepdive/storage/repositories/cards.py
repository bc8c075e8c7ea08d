"""Cards with their FSRS state, and the answers given to them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Text, delete, func, insert, select, type_coerce, update

from deepdive.domain.cards import Card, CardKind, Review, ReviewEntry
from deepdive.domain.deck import CardFace
from deepdive.storage.convert import from_db_required, new_id, to_db
from deepdive.storage.tables import cards, reviews

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # faces() leave the schedule out


def _tags(raw: object) -> list[str]:
    """Tags as SQLite gives them (JSON text) or as psycopg does (already decoded)."""
    if raw in (None, "[]"):
        return []
    values = json.loads(raw) if isinstance(raw, str) else raw
    return [str(tag) for tag in values] if isinstance(values, list) else []


def _values(card: Card) -> dict[str, Any]:
    return {
        "dive_id": card.dive_id,
        "resource_id": card.resource_id,
        "note_id": card.note_id,
        "kind": str(card.kind),
        "front": card.front,
        "back": card.back,
        "ordinal": card.ordinal,
        "guid": card.guid,
        "source_key": card.source_key,
        "tags": list(card.tags),
        "fsrs": card.fsrs,
        "due": to_db(card.due),
        "created_at": to_db(card.created_at),
        "updated_at": to_db(card.updated_at),
    }


def _card(row: Any) -> Card:
    return Card(
        id=row.id,
        dive_id=row.dive_id,
        resource_id=row.resource_id,
        note_id=row.note_id,
        kind=CardKind(row.kind),
        front=row.front,
        back=row.back,
        ordinal=row.ordinal,
        guid=row.guid,
        source_key=row.source_key,
        tags=list(row.tags or []),
        fsrs=dict(row.fsrs),
        due=from_db_required(row.due),
        created_at=from_db_required(row.created_at),
        updated_at=from_db_required(row.updated_at),
    )


def _review_values(review: Review) -> dict[str, Any]:
    return {
        "card_id": review.card_id,
        "rating": review.rating,
        "at": to_db(review.at),
        "duration_ms": review.duration_ms,
        "state_before": review.state_before,
        "due_before": to_db(review.due_before),
    }


class CardRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, card: Card) -> Card:
        result = self._db.execute(insert(cards).values(**_values(card)))
        card.id = new_id(result)
        return card

    def add_many(self, new: list[Card]) -> list[int]:
        """Insert in one executemany round; ids come back in the order given."""
        if not new:
            return []
        rows = self._db.execute(
            insert(cards).returning(cards.c.id, sort_by_parameter_order=True),
            [_values(card) for card in new],
        )
        ids = [row.id for row in rows]
        for card, card_id in zip(new, ids, strict=True):
            card.id = card_id
        return ids

    def update(self, card: Card) -> None:
        values = _values(card)
        del values["created_at"]
        self._db.execute(update(cards).where(cards.c.id == card.id).values(**values))

    def delete(self, card_ids: list[int]) -> None:
        if card_ids:
            self._db.execute(delete(cards).where(cards.c.id.in_(card_ids)))

    def get(self, card_id: int) -> Card | None:
        row = self._db.execute(select(cards).where(cards.c.id == card_id)).first()
        return _card(row) if row else None

    def find(
        self, dive_id: int | None, due_by: datetime | None = None, limit: int | None = None
    ) -> list[Card]:
        query = select(cards)
        if dive_id is not None:
            query = query.where(cards.c.dive_id == dive_id)
        if due_by is not None:
            query = query.where(cards.c.due <= to_db(due_by)).order_by(cards.c.due, cards.c.id)
        else:
            query = query.order_by(cards.c.id)
        if limit is not None:
            query = query.limit(limit)
        return [_card(row) for row in self._db.execute(query)]

    def faces(self, dive_id: int | None) -> list[CardFace]:
        """One card per note (its first row), without the FSRS state: what an export needs."""
        raw_tags = type_coerce(cards.c.tags, Text).label("tags")  # decoded only when not []
        query = select(cards.c.id, cards.c.guid, cards.c.kind, cards.c.front, cards.c.back,
                       cards.c.dive_id, cards.c.resource_id, raw_tags).order_by(cards.c.id)
        if dive_id is not None:
            query = query.where(cards.c.dive_id == dive_id)
        seen: dict[str, CardFace] = {}
        kinds = {str(kind): kind for kind in CardKind}
        tag_lists: dict[object, list[str]] = {}  # the same few tag lists repeat on most cards
        rows = self._db.execute(query).all()  # one fetch, not 100k: this is the export's hot path
        for card_id, guid, kind, front, back, dive, resource, tags in rows:
            if guid not in seen:
                key = tags if isinstance(tags, str) or tags is None else repr(tags)
                if key not in tag_lists:
                    tag_lists[key] = _tags(tags)
                seen[guid] = CardFace(card_id, guid, kinds[kind], front, back, dive, resource,
                                      list(tag_lists[key]))
        return list(seen.values())

    def count(self, dive_id: int | None) -> int:
        query = select(func.count()).select_from(cards)
        if dive_id is not None:
            query = query.where(cards.c.dive_id == dive_id)
        return int(self._db.execute(query).scalar() or 0)

    def count_due(self, dive_id: int | None, now: datetime) -> int:
        query = select(func.count()).select_from(cards).where(cards.c.due <= to_db(now))
        if dive_id is not None:
            query = query.where(cards.c.dive_id == dive_id)
        return int(self._db.execute(query).scalar() or 0)

    def next_due(self, dive_id: int | None) -> datetime | None:
        query = select(func.min(cards.c.due))
        if dive_id is not None:
            query = query.where(cards.c.dive_id == dive_id)
        value = self._db.execute(query).scalar()
        return from_db_required(value) if value is not None else None

    def for_notes(self, note_ids: list[int]) -> list[Card]:
        if not note_ids:
            return []
        rows = self._db.execute(
            select(cards).where(cards.c.note_id.in_(note_ids)).order_by(cards.c.id)
        )
        return [_card(row) for row in rows]

    def guids(self) -> set[str]:
        return {row[0] for row in self._db.execute(select(cards.c.guid).distinct())}

    def add_review(self, review: Review) -> Review:
        result = self._db.execute(insert(reviews).values(**_review_values(review)))
        review.id = new_id(result)
        return review

    def add_reviews(self, new: list[Review]) -> None:
        if new:
            self._db.execute(insert(reviews), [_review_values(review) for review in new])

    def get_review(self, review_id: int) -> Review | None:
        row = self._db.execute(select(reviews).where(reviews.c.id == review_id)).first()
        if row is None:
            return None
        return Review(
            id=row.id,
            card_id=row.card_id,
            rating=row.rating,
            at=from_db_required(row.at),
            duration_ms=row.duration_ms,
            state_before=dict(row.state_before),
            due_before=from_db_required(row.due_before),
        )

    def delete_review(self, review_id: int) -> None:
        self._db.execute(delete(reviews).where(reviews.c.id == review_id))

    def answers(self, dive_id: int) -> list[ReviewEntry]:
        rows = self._db.execute(
            select(reviews.c.id, reviews.c.card_id, reviews.c.rating, reviews.c.at)
            .join(cards, cards.c.id == reviews.c.card_id)
            .where(cards.c.dive_id == dive_id)
            .order_by(reviews.c.at, reviews.c.id)
        )
        return [ReviewEntry(r.id, r.card_id, r.rating, from_db_required(r.at)) for r in rows]
