"""Cards written inside notes: `Question :: Answer` (basic), `Question ::: Answer` (basic and
reversed) and lines with cloze deletions. Each found card carries a key so that extracting
again finds the same card: by its question first, else by its place in the note."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from deepdive.domain import cloze
from deepdive.domain.cards import CardKind

_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Extracted:
    index: int  # the card's place among the note's cards
    kind: CardKind
    front: str
    back: str

    @property
    def digest(self) -> str:
        """What identifies the card across edits: the question (for cloze, the text without
        its answers), whitespace and case ignored."""
        basis = cloze.gapped(self.front) if self.kind == CardKind.CLOZE else self.front
        normal = " ".join(basis.lower().split())
        return hashlib.sha1(normal.encode()).hexdigest()[:12]

    def key(self, note_id: int) -> str:
        return f"note:{note_id}:{self.index}:{self.digest}"


def extract(text: str) -> list[Extracted]:
    found: list[Extracted] = []
    fenced = False
    for raw in text.splitlines():
        if _FENCE.match(raw):
            fenced = not fenced
            continue
        if fenced:
            continue
        line = _BULLET.sub("", raw).strip()
        item = _card_in(line, len(found))
        if item is not None:
            found.append(item)
    return found


def _card_in(line: str, index: int) -> Extracted | None:
    if cloze.has_cloze(line):  # a deletion Anki makes no card from ({{c0::x}}) is no card
        return Extracted(index, CardKind.CLOZE, line, "") if cloze.numbers(line) else None
    for marker, kind in ((" ::: ", CardKind.REVERSED), (" :: ", CardKind.BASIC)):
        if marker in line:
            front, back = (part.strip() for part in line.split(marker, 1))
            if front and back:
                return Extracted(index, kind, front, back)
            return None
    return None


def _parts(key: str) -> tuple[int, str]:
    _, _, index, digest = key.split(":", 3)
    return int(index), digest


def match(old_keys: Sequence[str], items: Sequence[Extracted]) -> dict[int, str]:
    """Pair each newly extracted item (by index) with the key of the card it continues:
    the same question wins, wherever the line moved; otherwise a card that stood between
    the same neighbours (an edited line keeps its card). Unpaired keys are removed lines."""
    paired: dict[int, str] = {}
    free = list(dict.fromkeys(old_keys))
    for item in items:
        same = next((key for key in free if _parts(key)[1] == item.digest), None)
        if same is not None:
            paired[item.index] = same
            free.remove(same)
    for item in items:
        if item.index in paired:
            continue
        before = max((_parts(key)[0] for index, key in paired.items() if index < item.index),
                     default=-1)
        after = min((_parts(key)[0] for index, key in paired.items() if index > item.index),
                    default=None)
        place = next((key for key in free if before < _parts(key)[0]
                      and (after is None or _parts(key)[0] < after)), None)
        if place is not None:
            paired[item.index] = place
            free.remove(place)
    return paired
