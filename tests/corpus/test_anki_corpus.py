"""Every deck in ../shared/corpus/anki imports with the counts, note types and media that
Anki itself reports for it (SOURCES.md there)."""

import pytest

from tests.cli.helpers import as_json, planned_dive
from tests.cli.test_anki import open_in_anki
from tests.conftest import corpus_file

DAY8 = "2021-04-15T13:20"

# file: (notes, cards, {note type: notes}, media files, a collection file, reviews present)
DECKS = {
    "anki-media.apkg": (1, 1, {"Basic": 1}, 1, "collection.anki2", False),
    "karelze-Patentrecht.apkg": (42, 42, {"Basic-5979b": 42}, 0, "collection.anki2", True),
    "karelze-KIT HM II.apkg": (124, 124, {"LaTeX": 110, "Basic-8309c": 14}, 0,
                               "collection.anki2", False),
    "karelze-Vertragsgestaltung_in_IT.apkg": (217, 217, {"Basic-02d89": 133, "Basic-d7a3e": 84},
                                              11, "collection.anki2", False),
    "mpoppe-My_french_words_and_phrases_20260328.apkg": (1639, 1639, {"My Cloze": 1639}, 0,
                                                         "collection.anki21", True),
}


FRENCH = "mpoppe-My_french_words_and_phrases_20260328.apkg"


@pytest.mark.parametrize("name", sorted(DECKS))
def test_corpus_deck_imports_like_anki_counts_it(run, name):
    notes, cards, types, media, collection, reviewed = DECKS[name]
    path = corpus_file("anki", name)
    planned_dive(run)
    out = run.ok("import", "anki", str(path), now=DAY8).output
    assert f"Imported {notes} note(s) as {cards} card(s)" in out
    assert f"({collection})" in out
    for note_type, count in types.items():
        assert f"{note_type} {count}" in out
    if media:
        assert f"Media: {media} file(s) ({media} new" in out
    else:
        assert "Media:" not in out
    listed = as_json(run, "cards", now=DAY8)
    assert len(listed) == cards
    assert any(c["state"] != "new" for c in listed) == reviewed
    again = run.ok("import", "anki", str(path), now=DAY8).output
    assert f"Skipped {notes} note(s) already here" in again


def test_the_french_cloze_deck_keeps_hints_and_html_and_warns_about_extra_fields(run):
    path = corpus_file("anki", "mpoppe-My_french_words_and_phrases_20260328.apkg")
    planned_dive(run)
    out = run.ok("import", "anki", str(path), now=DAY8).output
    assert "Warning: note type 'My Cloze' has 6 fields" in out
    listed = as_json(run, "cards", now=DAY8)
    hinted = next(c for c in listed if "{{c1::de::of}}" in c["front"])
    assert "[of]" in hinted["question"]
    assert "<strong>" in hinted["back"]  # the HTML is kept as Anki had it
    shown = run.ok("cards", now=DAY8).output
    assert "<strong>" not in shown


def test_the_media_deck_media_is_stored_and_exported_again(run, tmp_path):
    path = corpus_file("anki", "karelze-Vertragsgestaltung_in_IT.apkg")
    planned_dive(run)
    run.ok("import", "anki", str(path), now=DAY8)
    out = run.ok("export", "anki", str(tmp_path / "again.apkg"), now=DAY8).output
    assert "11 media file(s)" in out


def test_the_french_deck_exported_again_makes_as_many_anki_cards_as_anki_had(run, tmp_path):
    """Its {{c1L::...}} notes make no cloze card in Anki: they go out as basic notes."""
    planned_dive(run)
    run.ok("import", "anki", str(corpus_file("anki", FRENCH)), now=DAY8)
    path = tmp_path / "french.apkg"
    out = run.ok("export", "anki", str(path), now=DAY8).output
    assert "Wrote 1639 note(s) (1639 card(s))" in out
    assert ("Warning: 1 cloze note(s) have no deletion Anki makes a card from (such as "
            "{{c1L::...}}): exported as basic cards") in out
    col = open_in_anki(path, tmp_path)
    try:
        assert (col.note_count(), col.card_count()) == (1639, DECKS[FRENCH][1])
    finally:
        col.close()
