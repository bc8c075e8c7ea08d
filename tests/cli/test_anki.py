"""The Anki round trip: what we export opens in Anki's own library; bad packages are refused
with one line and nothing stored."""

import json
import sqlite3
import struct
import zipfile

import pytest

from tests.cli.helpers import as_json, planned_dive

DAY8 = "2021-04-15T13:20"


def open_in_anki(path, tmp_path):
    """Import `path` into a fresh Anki collection, as a user would."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    col = Collection(str(tmp_path / f"anki-{path.stem}.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(with_scheduling=False, merge_notetypes=True)))
    return col


def cards_for_export(run):
    planned_dive(run)
    run.ok("card", "add", "What scales the dot products?", "sqrt(d_k)", "--ref", "1", now=DAY8)
    run.ok("card", "add", "Query", "What a position looks for", "--reversed", now=DAY8)
    run.ok("card", "cloze", "Weights are {{c1::softmax}} of {{c2::QK^T}} and {{c3::V}}",
           "--ref", "2", now=DAY8)


def test_export_opens_in_anki_with_decks_types_fields_and_tags(run, tmp_path):
    cards_for_export(run)
    path = tmp_path / "out.apkg"
    out = run.ok("export", "anki", str(path), now=DAY8).output
    assert "Wrote 3 note(s) (6 card(s))" in out
    col = open_in_anki(path, tmp_path)
    try:
        assert col.note_count() == 3
        assert col.card_count() == 6
        names = {col.models.get(col.get_note(nid).mid)["name"] for nid in col.find_notes("")}
        assert names == {"deepdive Basic", "deepdive Basic (and reversed card)",
                         "deepdive Cloze"}
        assert len(col.find_cards('"note:deepdive Cloze"')) == 3
        basic = col.get_note(col.find_notes('"note:deepdive Basic"')[0])
        assert basic["Front"] == "What scales the dot products?"
        assert basic["Back"] == "sqrt(d_k)"
        assert basic["Source"] == "Attention Is All You Need"
        assert {"dive::1-Transformers-and-GPT-3", "kind::paper", "week::1"} <= set(basic.tags)
        decks = {d.name for d in col.decks.all_names_and_ids()}
        assert "deepdive::Transformers and GPT-3" in decks
        assert len(col.find_cards('deck:"deepdive::Transformers and GPT-3"')) == 6
    finally:
        col.close()


def test_guids_are_stable_so_anki_updates_instead_of_duplicating(run, tmp_path):
    cards_for_export(run)
    first, second = tmp_path / "one.apkg", tmp_path / "two.apkg"
    run.ok("export", "anki", str(first), now=DAY8)
    run.ok("export", "anki", str(second), "--all", now=DAY8)

    def guids(path):
        with zipfile.ZipFile(path) as package:
            data = package.read("collection.anki2")
        db = sqlite3.connect(":memory:")
        db.deserialize(data)
        return sorted(row[0] for row in db.execute("SELECT guid FROM notes"))

    assert guids(first) == guids(second) == sorted({c["guid"] for c in as_json(run, "cards")})
    col = open_in_anki(first, tmp_path)
    try:
        col.import_anki_package(__import__("anki.import_export_pb2").import_export_pb2
                                .ImportAnkiPackageRequest(package_path=str(second)))
        assert col.note_count() == 3
    finally:
        col.close()


def test_export_and_import_back_skips_what_is_already_here(run, tmp_path):
    cards_for_export(run)
    path = tmp_path / "out.apkg"
    run.ok("export", "anki", str(path), now=DAY8)
    out = run.ok("import", "anki", str(path), now=DAY8).output
    assert "Skipped 3 note(s) already here" in out
    assert "Warning" not in out  # our own note types are known


def test_export_needs_an_apkg_name_and_one_scope(run, tmp_path):
    cards_for_export(run)
    assert "should end in .apkg" in run("export", "anki", str(tmp_path / "x.zip")).output
    both = run("export", "anki", str(tmp_path / "x.apkg"), "--all", "--dive", "1")
    assert both.exit_code == 2


# --- bad packages: one clear line, exit 1, nothing stored -------------------------------


def refused(run, path, message):
    planned_dive(run)
    result = run("import", "anki", str(path))
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert as_json(run, "cards") == []


def good_collection(tmp_path):
    db_path = tmp_path / "collection.anki2"
    db = sqlite3.connect(db_path)
    models = {"1": {"name": "Basic", "type": 0, "flds": [{"name": "Front"}, {"name": "Back"}],
                    "tmpls": [{}]}}
    db.executescript("""
        CREATE TABLE col (ver INTEGER, models TEXT);
        CREATE TABLE notes (id INTEGER, guid TEXT, mid INTEGER, tags TEXT, flds TEXT);
        CREATE TABLE cards (id INTEGER, nid INTEGER, ord INTEGER);
        CREATE TABLE revlog (id INTEGER, cid INTEGER, ease INTEGER);
    """)
    db.execute("INSERT INTO col VALUES (11, ?)", (json.dumps(models),))
    db.execute("INSERT INTO notes VALUES (1, 'g1', 1, ' t ', 'Front\x1fBack')")
    db.execute("INSERT INTO cards VALUES (10, 1, 0)")
    db.commit()
    db.close()
    return db_path.read_bytes()


def test_a_truncated_package(run, tmp_path):
    good = tmp_path / "good.apkg"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", good_collection(tmp_path))
    bad = tmp_path / "cut.apkg"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(run, bad, "cut.apkg is not a readable .apkg (truncated or not a zip)")


def test_a_zip_without_a_collection(run, tmp_path):
    path = tmp_path / "empty.apkg"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("media", "{}")
    refused(run, path, "empty.apkg holds no Anki collection")


def test_a_member_that_climbs_out(run, tmp_path):
    path = tmp_path / "evil.apkg"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("collection.anki2", good_collection(tmp_path))
        package.writestr("../../x", "gotcha")
    refused(run, path, "member '../../x' points outside the package")
    assert not (tmp_path.parent / "x").exists()


def test_a_zip_bomb_by_its_real_size(run, tmp_path):
    path = tmp_path / "bomb.apkg"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", good_collection(tmp_path))
        package.writestr("0", b"\0" * (8 * 1024 * 1024))  # 8 MB of zeros packs into ~8 KB
    refused(run, path, "(a zip bomb?)")


def test_a_zip_bomb_by_its_declared_size(run, tmp_path):
    path = tmp_path / "declared.apkg"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as package:
        package.writestr("collection.anki2", good_collection(tmp_path))
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 0xFFFFFFF0)  # uncompressed size: ~4 GB
    path.write_bytes(bytes(data))
    planned_dive(run)
    result = run("import", "anki", str(path))
    assert result.exit_code == 1
    assert "declared.apkg" in result.output and "zip bomb" in result.output
    assert as_json(run, "cards") == []


def test_the_newest_anki_format_is_refused_by_name(run, tmp_path):
    path = tmp_path / "new.apkg"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("collection.anki2", good_collection(tmp_path))  # the stub
        package.writestr("collection.anki21b", b"\x28\xb5\x2f\xfd zstd")
    refused(run, path, "collection.anki21b (Anki 2.1.50+ zstd format)")


def test_a_collection_that_is_not_sqlite(run, tmp_path):
    path = tmp_path / "junk.apkg"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("collection.anki2", b"not a database at all" * 100)
    refused(run, path, "junk.apkg: collection.anki2 is not an SQLite database")


@pytest.mark.parametrize("bad", ["missing.apkg"])
def test_a_missing_file(run, tmp_path, bad):
    refused(run, tmp_path / bad, "does not exist")


def test_a_small_hand_made_package_imports_with_its_tags(run, tmp_path):
    path = tmp_path / "small.apkg"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", good_collection(tmp_path))
    planned_dive(run)
    out = run.ok("import", "anki", str(path), now=DAY8).output
    assert "Imported 1 note(s) as 1 card(s)" in out and "into Transformers and GPT-3" in out
    (card,) = as_json(run, "cards")
    assert (card["front"], card["back"], card["tags"], card["guid"]) == ("Front", "Back", ["t"],
                                                                         "g1")


def test_export_asks_before_overwriting_a_file(run, tmp_path):
    cards_for_export(run)
    path = tmp_path / "out.apkg"
    path.write_bytes(b"keep me")
    kept = run("export", "anki", str(path), input="n\n", now=DAY8)
    assert kept.exit_code == 1
    assert f"{path} exists. Overwrite it? [y/N]: n" in kept.output
    assert path.read_bytes() == b"keep me"
    run.ok("export", "anki", str(path), input="y\n", now=DAY8)
    assert zipfile.is_zipfile(path)
    path.write_bytes(b"keep me")
    out = run.ok("export", "anki", str(path), "--yes", now=DAY8).output
    assert "Overwrite" not in out and zipfile.is_zipfile(path)


def test_export_into_a_missing_directory_is_refused(run, tmp_path):
    cards_for_export(run)
    path = tmp_path / "missing" / "out.apkg"
    result = run("export", "anki", str(path), now=DAY8)
    assert (result.exit_code, result.output) == (
        1, f"Error: directory {path.parent} does not exist; create it first\n")
    assert not path.parent.exists()


def test_export_with_no_cards_is_refused_and_writes_nothing(run, tmp_path):
    planned_dive(run)
    path = tmp_path / "empty.apkg"
    result = run("export", "anki", str(path), now=DAY8)
    assert (result.exit_code, result.output) == (
        1, "Error: no cards to export in Transformers and GPT-3; nothing was written\n")
    assert not path.exists()


def test_a_reimport_counts_note_types_of_imported_notes_only(run, tmp_path):
    path = tmp_path / "small.apkg"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", good_collection(tmp_path))
    planned_dive(run)
    first = run.ok("import", "anki", str(path), now=DAY8).output
    assert "Note types: Basic 1.\n" in first
    again = run.ok("import", "anki", str(path), now=DAY8).output
    assert again == ("Imported 0 note(s) as 0 card(s) with 0 past review(s) from small.apkg "
                     "(collection.anki2) into Transformers and GPT-3.\n"
                     "Skipped 1 note(s) already here (same Anki GUID).\n")
