"""Read an .apkg's notes, cards, review log and media into an InDeck (schema 11 collections:
collection.anki2 and collection.anki21). Note types become ours: Basic, Basic (and reversed
card) and Cloze by their shape; anything else becomes basic with every field kept, and a
warning says so."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from deepdive.domain.cards import CardKind
from deepdive.domain.deck import InCard, InDeck, InNote, MediaFile
from deepdive.domain.errors import InvalidInput
from deepdive.interop.apkg_package import Limits, Package

_CLOZE_TYPE = 1


@dataclass(frozen=True)
class _Mapping:
    kind: CardKind
    fields: list[str]
    text_field: int  # which field is the front (cloze: the text)
    back_field: int | None  # the one back field, or None: all other fields, labelled
    warning: str = ""


OWN_PREFIX = "deepdive "  # our note types carry a Source field: not content


def _mapping(model: dict[str, Any]) -> _Mapping:
    names = [str(f.get("name", "")) for f in model.get("flds", [])]
    if str(model.get("name", "")).startswith(OWN_PREFIX) and names[-1:] == ["Source"]:
        names = names[:-1]
    templates = len(model.get("tmpls", []))
    label = f"note type {model.get('name', '?')!r}"
    if model.get("type") == _CLOZE_TYPE:
        text = names.index("Text") if "Text" in names else 0
        if len(names) == 2:
            return _Mapping(CardKind.CLOZE, names, text, 1 - text)
        return _Mapping(CardKind.CLOZE, names, text, None,
                        f"{label} has {len(names)} fields: {names[text]!r} is the cloze text, "
                        "the others are kept in the extra field")
    if len(names) == 2 and templates in (1, 2):
        kind = CardKind.REVERSED if templates == 2 else CardKind.BASIC
        return _Mapping(kind, names, 0, 1)
    return _Mapping(CardKind.BASIC, names, 0, None,
                    f"{label} ({len(names)} fields, {templates} card types) is not basic or "
                    "cloze: imported as basic with every field kept on the back")


def _labelled(names: list[str], values: list[str], skip: int) -> str:
    parts = []
    for index, value in enumerate(values):
        if index != skip and value.strip():
            name = names[index] if index < len(names) else f"Field {index + 1}"
            parts.append(f"<b>{name}</b>: {value}")
    return "<br>".join(parts)


def _at(revlog_id: int) -> datetime:
    return datetime.fromtimestamp(revlog_id / 1000, UTC)


class ApkgImporter:
    def __init__(self, limits: Limits | None = None) -> None:
        self._limits = limits or Limits()

    def read(self, path: Path, progress: Callable[[int, int], None]) -> InDeck:
        package = Package(path, self._limits)
        try:
            db = package.collection()
            try:
                deck = self._notes(package.name, package.format, db, progress)
            except sqlite3.DatabaseError as exc:
                raise InvalidInput(f"{package.name}: {package.format} is not a collection "
                                   f"Anki 2.1 exports ({exc})") from None
            finally:
                db.close()
            self._media(package, deck)
        finally:
            package.close()
        return deck

    def _notes(
        self, name: str, fmt: str, db: sqlite3.Connection, progress: Callable[[int, int], None]
    ) -> InDeck:
        row = db.execute("SELECT ver, models FROM col").fetchone()
        if row is None or not row[1]:
            raise InvalidInput(f"{name}: {fmt} keeps its note types where this reader does not "
                               f"look (schema {row[0] if row else '?'}); export with "
                               "'Support older Anki versions'")
        models = {str(k): v for k, v in json.loads(row[1]).items()}
        mappings = {mid: _mapping(model) for mid, model in models.items()}
        history: dict[int, list[tuple[datetime, int]]] = defaultdict(list)
        for rid, cid, ease in db.execute(
            "SELECT id, cid, ease FROM revlog WHERE ease BETWEEN 1 AND 4 ORDER BY id"
        ):
            history[cid].append((_at(rid), int(ease)))
        cards: dict[int, list[tuple[int, int]]] = defaultdict(list)  # nid -> (ord, cid)
        for cid, nid, ord_ in db.execute("SELECT id, nid, ord FROM cards"):
            cards[nid].append((int(ord_), cid))
        deck = InDeck(fmt)
        warned: set[str] = set()
        rows = db.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").fetchall()
        for done, (nid, guid, mid, tags, flds) in enumerate(rows, 1):
            mapping = mappings.get(str(mid))
            model_name = str(models.get(str(mid), {}).get("name", f"unknown {mid}"))
            if mapping is None:
                mapping = _Mapping(CardKind.BASIC, [], 0, None,
                                   f"note type {mid} is missing: its notes are imported as basic")
            if mapping.warning and model_name not in warned:
                warned.add(model_name)
                deck.warnings.append(mapping.warning)
            deck.note_types[model_name] = deck.note_types.get(model_name, 0) + 1
            values = str(flds).split("\x1f")
            front = values[mapping.text_field] if mapping.text_field < len(values) else ""
            if mapping.back_field is not None:
                back = values[mapping.back_field] if mapping.back_field < len(values) else ""
            else:
                back = _labelled(mapping.fields, values, mapping.text_field)
            in_cards = tuple(
                InCard(ord_ + 1, tuple(history.get(cid, ())))
                for ord_, cid in sorted(cards.get(nid, []))
            )
            deck.notes.append(InNote(str(guid), mapping.kind, front, back, model_name,
                                     tuple(str(tags).split()), in_cards))
            if done % 500 == 0 or done == len(rows):
                progress(done, len(rows))
        return deck

    def _media(self, package: Package, deck: InDeck) -> None:
        for member, filename in package.media_map().items():
            if "/" in filename or "\\" in filename or filename in ("", ".", ".."):
                deck.warnings.append(f"media file {filename!r} has an unsafe name; not stored")
                continue
            if member not in package.members:
                deck.warnings.append(f"media file {filename!r} is listed but missing from "
                                     f"{package.name}")
                continue
            deck.media.append(MediaFile(filename, package.read(member)))
