"""Write notes as an .apkg with genanki: fixed note type and deck ids, the notes' own GUIDs, so
importing a later export into Anki updates the notes instead of copying them."""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from deepdive.domain.cards import CardKind
from deepdive.domain.deck import PARENT_DECK, MediaFile, OutNote
from deepdive.domain.richtext import looks_like_html

# Ids fixed once: Anki recognises the note types across exports by them.
_BASIC_ID = 1_618_300_000_001
_REVERSED_ID = 1_618_300_000_002
_CLOZE_ID = 1_618_300_000_003
_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; }\n" \
       ".source { margin-top: 1em; font-size: 14px; color: #777; }"
_SOURCE = '<div class="source">{{Source}}</div>'


def _models() -> dict[CardKind, Any]:
    import genanki

    answer = "{{FrontSide}}<hr id=answer>{{Back}}" + _SOURCE
    fields = [{"name": "Front"}, {"name": "Back"}, {"name": "Source"}]
    forward = {"name": "Card 1", "qfmt": "{{Front}}", "afmt": answer}
    backward = {"name": "Card 2", "qfmt": "{{Back}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Front}}" + _SOURCE}
    return {
        CardKind.BASIC: genanki.Model(_BASIC_ID, "deepdive Basic", fields=fields,
                                      templates=[forward], css=_CSS),
        CardKind.REVERSED: genanki.Model(_REVERSED_ID, "deepdive Basic (and reversed card)",
                                         fields=fields, templates=[forward, backward], css=_CSS),
        CardKind.CLOZE: genanki.Model(
            _CLOZE_ID, "deepdive Cloze",
            fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Source"}],
            templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}",
                        "afmt": "{{cloze:Text}}<br>{{Extra}}" + _SOURCE}],
            css=_CSS, model_type=genanki.Model.CLOZE),
    }


def deck_id(name: str) -> int:
    """A stable deck id from the deck's name."""
    return int(hashlib.sha1(name.encode()).hexdigest()[:12], 16)


_NEEDS_CARE = re.compile(r"[<>&\n]")


def _field(text: str) -> str:
    """Anki fields are HTML: our plain text keeps its line breaks; imported HTML stays as is."""
    if _NEEDS_CARE.search(text) is None:
        return text  # the common case, checked cheaply: 100k notes make 300k fields
    if looks_like_html(text):
        return text
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br>")


class GenankiExporter:
    def write(
        self,
        path: Path,
        notes: list[OutNote],
        media: list[MediaFile],
        progress: Callable[[int, int], None],
    ) -> None:
        import genanki

        models = _models()
        decks: dict[str, Any] = {PARENT_DECK: genanki.Deck(deck_id(PARENT_DECK), PARENT_DECK)}
        for done, note in enumerate(notes, 1):
            deck = decks.get(note.deck)
            if deck is None:
                deck = decks[note.deck] = genanki.Deck(deck_id(note.deck), note.deck)
            deck.add_note(genanki.Note(
                model=models[note.kind],
                fields=[_field(note.front), _field(note.back), _field(note.source)],
                guid=note.guid,
                tags=list(note.tags),
            ))
            if done % 1000 == 0 or done == len(notes):
                progress(done, len(notes))
        with tempfile.TemporaryDirectory() as folder:
            files = []
            for file in media:
                if "/" in file.filename or "\\" in file.filename or file.filename in (".", ".."):
                    continue  # never write outside the folder
                target = Path(folder) / file.filename
                target.write_bytes(file.data)
                files.append(str(target))
            package = genanki.Package(list(decks.values()), media_files=files)
            package.write_to_file(str(path))
