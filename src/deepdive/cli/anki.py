"""Anki round trip: `export anki FILE.apkg` and `import anki FILE.apkg`."""

from __future__ import annotations

from pathlib import Path

import click

from deepdive import bootstrap
from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import dive_option
from deepdive.cli.output import say
from deepdive.cli.progress import progress_bar
from deepdive.services import anki as service

_FILE = click.Path(dir_okay=False, path_type=Path)


@click.group(name="export")
def export() -> None:
    """Write the workspace out in another tool's format."""


@export.command(name="anki")
@click.argument("file", type=_FILE)
@click.option("--all", "everything", is_flag=True, help="Every dive's cards, not just this one.")
@click.option("--yes", is_flag=True, help="Overwrite FILE without asking.")
@dive_option
@pass_app
def export_anki(app: AppContext, file: Path, everything: bool, yes: bool,
                dive_ref: str | None) -> None:
    """Cards as an Anki package: a deck per dive under the `deepdive` deck."""
    if everything and dive_ref:
        raise click.UsageError("use --dive D or --all, not both")
    if not file.parent.is_dir():
        raise click.ClickException(f"directory {file.parent} does not exist; create it first")
    if file.exists() and not yes:
        click.confirm(f"{file} exists. Overwrite it?", abort=True)
    with progress_bar("Exporting") as progress:
        result = service.export_anki(app.uow(), bootstrap.anki_exporter(), file,
                                     everything=everything, dive_ref=dive_ref,
                                     progress=progress)
    decks = ", ".join(result.decks) or "no deck"
    media = f", {result.media} media file(s)" if result.media else ""
    say(f"Wrote {result.notes} note(s) ({result.cards} card(s){media}) to {file}: {decks}.")
    for warning in result.warnings:
        say(f"Warning: {warning}")


@click.group(name="import")
def import_() -> None:
    """Read another tool's files into the workspace."""


@import_.command(name="anki")
@click.argument("file", type=_FILE)
@dive_option
@pass_app
def import_anki(app: AppContext, file: Path, dive_ref: str | None) -> None:
    """An Anki package (.apkg): notes, review history and media, all or nothing."""
    with progress_bar("Importing") as progress:
        result = service.import_anki(app.uow(), app.clock, bootstrap.anki_importer(), file,
                                     dive_ref=dive_ref, progress=progress)
    into = result.dive or "the workspace"
    say(f"Imported {result.notes} note(s) as {result.cards} card(s) with {result.reviews} "
        f"past review(s) from {file.name} ({result.format}) into {into}.")
    if result.skipped:
        say(f"Skipped {result.skipped} note(s) already here (same Anki GUID).")
    types = ", ".join(f"{name} {count}" for name, count in result.note_types.items())
    if types:
        say(f"Note types: {types}.")
    if result.media_names:
        shown = ", ".join(result.media_names[:5])
        more = f" and {len(result.media_names) - 5} more" if len(result.media_names) > 5 else ""
        say(f"Media: {len(result.media_names)} file(s) ({result.media_stored} new, "
            f"{result.media_known} already stored): {shown}{more}.")
    for warning in result.warnings:
        say(f"Warning: {warning}")


COMMANDS = [export, import_]
