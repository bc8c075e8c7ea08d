"""Decks crossing the border with Anki, as plain values: what an exporter writes and what an
importer read. Adapters (interop/) turn them into files and back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from deepdive.domain.cards import CardKind

PARENT_DECK = "deepdive"


class CardFace(NamedTuple):
    """The fields of a card that an export needs: a plain tuple, since a big export reads
    100k of them and a full Card (with its FSRS state) costs several times more to build."""

    id: int
    guid: str
    kind: CardKind
    front: str
    back: str
    dive_id: int | None
    resource_id: int | None
    tags: list[str]


class OutNote(NamedTuple):
    """One Anki note: its cards come from its kind (reversed: two, cloze: one per deletion).
    A tuple, not a frozen dataclass: an export builds 100k of them."""

    guid: str
    kind: CardKind
    front: str  # Text for cloze
    back: str  # Extra for cloze
    source: str
    deck: str  # full name, e.g. "deepdive::Transformers and GPT-3"
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class MediaFile:
    filename: str
    data: bytes


@dataclass(frozen=True)
class InCard:
    ordinal: int  # 1-based: Anki's template or cloze ord + 1
    history: tuple[tuple[datetime, int], ...] = ()  # (when, rating 1-4), from the revlog


@dataclass(frozen=True)
class InNote:
    guid: str
    kind: CardKind
    front: str
    back: str
    note_type: str
    tags: tuple[str, ...] = ()
    cards: tuple[InCard, ...] = ()


@dataclass
class InDeck:
    """What an .apkg held, already mapped to our kinds."""

    format: str  # which collection file was read
    notes: list[InNote] = field(default_factory=list)
    media: list[MediaFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    note_types: dict[str, int] = field(default_factory=dict)  # name -> notes


def deck_name(title: str | None) -> str:
    """The deck for a dive (nested under the parent deck), or the parent itself."""
    if not title:
        return PARENT_DECK
    return f"{PARENT_DECK}::{title.replace('::', ':')}"


def tag_word(text: str) -> str:
    """Anki tags cannot hold spaces."""
    return "-".join(text.split()) or "untitled"
