"""Add resources to the plan (with metadata), refresh them, mark progress and rate them."""

from __future__ import annotations

from dataclasses import dataclass

from deepdive.clock import Clock
from deepdive.domain.backup import Trigger
from deepdive.domain.errors import Conflict, InvalidInput
from deepdive.domain.metadata import Metadata, estimate_minutes
from deepdive.domain.refs import resolve
from deepdive.domain.resource import (
    Entry,
    Placement,
    PlacementStatus,
    Rating,
    Resource,
    ResourceKind,
)
from deepdive.services.current import check_open, current_dive
from deepdive.services.ports import MetadataResolver, UnitOfWork


@dataclass
class NewResource:
    source: str
    week: int | None = None
    kind: str | None = None
    title: str | None = None
    by: str = ""
    why: str = ""
    minutes: int | None = None
    optional: bool = False
    backup_for: str | None = None
    offline: bool = False
    trigger: str | None = None  # with backup_for: too-hard, too-boring, unavailable, any


@dataclass
class Added:
    entry: Entry
    metadata: Metadata
    reused: bool  # the resource was already known from another dive


def find_entry(entries: list[Entry], ref: str) -> Entry:
    return resolve(
        ref,
        entries,
        number=lambda e: e.id,
        title=lambda e: e.title,
        arxiv=lambda e: e.resource.arxiv_id,
        what="resource",
    )


MAX_TITLE = 500  # longer is a pasted page, not a title


def _check_title(title: str) -> str:
    if len(title) > MAX_TITLE:
        raise InvalidInput(
            f"a title of {len(title)} characters is too long ({MAX_TITLE} at most); "
            "give a shorter one with --title"
        )
    return title


def _title(meta: Metadata, new: NewResource) -> str:
    """The user's title, else the fetched one (cut to size), else the source itself."""
    if new.title:
        return _check_title(new.title.strip())
    if meta.title and meta.title != new.source:
        fetched = meta.title.strip()
        return fetched if len(fetched) <= MAX_TITLE else fetched[: MAX_TITLE - 1] + "…"
    return _check_title(new.source.strip())


def _resource_from(meta: Metadata, new: NewResource) -> Resource:
    kind = ResourceKind.parse(new.kind) if new.kind else (meta.kind or ResourceKind.POST)
    minutes = new.minutes or estimate_minutes(meta.words, meta.pages)
    return Resource(
        title=_title(meta, new),
        kind=kind,
        url=meta.url,
        authors=meta.authors,
        year=meta.year,
        arxiv_id=meta.arxiv_id,
        doi=meta.doi,
        minutes=minutes,
        words=meta.words,
        pages=meta.pages,
        source=new.source,
        needs_refresh=not meta.complete,
    )


def _trigger(new: NewResource) -> Trigger:
    if new.trigger is None:
        return Trigger.ANY
    if not new.backup_for:
        raise InvalidInput("a trigger says when a backup replaces something: add --backup-for REF")
    return Trigger.parse(new.trigger)


def add_resource(
    uow: UnitOfWork,
    clock: Clock,
    resolver: MetadataResolver,
    new: NewResource,
    dive_ref: str | None = None,
) -> Added:
    if not new.source.strip():
        raise InvalidInput("say what to add: an arXiv id, a DOI, a URL or a title")
    if new.kind:
        ResourceKind.parse(new.kind)  # fail before any network
    if new.title:
        _check_title(new.title.strip())
    trigger = _trigger(new)
    with uow:  # check the dive and week before fetching anything
        dive = current_dive(uow, dive_ref)
        check_open(dive, "add to its plan")
        if new.week is not None:
            dive.check_week(new.week)
    meta = resolver.resolve(new.source.strip(), offline=new.offline)
    now = clock()
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entries = uow.resources.entries(dive.id)
        backup_of = find_entry(entries, new.backup_for) if new.backup_for else None
        known = uow.resources.find_same(meta.arxiv_id, meta.doi, meta.url)
        if known is not None and any(e.id == known.id for e in entries):
            raise Conflict(f"#{known.id} {known.title} is already in this dive")
        resource = known or uow.resources.add(_resource_from(meta, new), now)
        assert resource.id is not None
        week = new.week
        if week is None and backup_of is not None:
            week = backup_of.placement.week
        placement = uow.resources.place(
            Placement(
                dive_id=dive.id,
                resource_id=resource.id,
                week=week,
                position=uow.resources.next_position(dive.id),
                optional=new.optional,
                recommended_by=new.by.strip(),
                why=new.why.strip(),
                backup_for=backup_of.id if backup_of else None,
                trigger=trigger,
            ),
            now,
        )
        uow.commit()
    return Added(Entry(resource, placement), meta, reused=known is not None)


def list_resources(
    uow: UnitOfWork, week: int | None = None, dive_ref: str | None = None
) -> list[Entry]:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        if week is not None:
            dive.check_week(week)
        entries = uow.resources.entries(dive.id)
    return [e for e in entries if week is None or e.placement.week == week]


def mark(
    uow: UnitOfWork, ref: str, status: str, why: str = "", dive_ref: str | None = None
) -> Entry:
    new_status = PlacementStatus.parse_mark(status)
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entry = find_entry(uow.resources.entries(dive.id), ref)
        entry.placement.status = new_status
        entry.placement.status_reason = why.strip()
        uow.resources.update_placement(entry.placement)
        uow.commit()
    return entry


def move(
    uow: UnitOfWork, ref: str, week: int | None, dive_ref: str | None = None
) -> Entry:
    """Plan a resource for another week (None: no week yet); its backups move with it."""
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        if week is not None:
            dive.check_week(week)
        entries = uow.resources.entries(dive.id)
        entry = find_entry(entries, ref)
        for moved in [entry, *(e for e in entries if e.placement.backup_for == entry.id)]:
            moved.placement.week = week
            uow.resources.update_placement(moved.placement)
        uow.commit()
    return entry


def rate(
    uow: UnitOfWork,
    clock: Clock,
    ref: str,
    score: int,
    why: str = "",
    dive_ref: str | None = None,
) -> Entry:
    if not 1 <= score <= 5:
        raise InvalidInput(f"rating {score} is outside 1 to 5")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entry = find_entry(uow.resources.entries(dive.id), ref)
        rating = Rating(dive.id, entry.id, score, clock(), why.strip())
        uow.resources.add_rating(rating)
        uow.commit()
    entry.ratings.append(rating)
    return entry


@dataclass
class Refreshed:
    resource: Resource
    complete: bool
    problem: str
    fetched: bool = True  # False: a plain title, nothing to look up


def refresh(
    uow: UnitOfWork,
    resolver: MetadataResolver,
    ref: str | None = None,
    dive_ref: str | None = None,
) -> list[Refreshed]:
    """Fetch metadata again for resources added offline or whose fetch failed."""
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        if ref is not None:
            targets = [find_entry(uow.resources.entries(dive.id), ref).resource]
        else:
            targets = uow.resources.needing_refresh(dive.id)
    results = []
    for resource in targets:
        meta = resolver.resolve(resource.source or resource.url or resource.title)
        fetched = bool(meta.url or meta.arxiv_id or meta.doi)
        if meta.complete and fetched:
            _apply(resource, meta)
        results.append(Refreshed(resource, meta.complete, meta.problem, fetched))
    with uow:
        for result in results:
            if result.complete and result.fetched:
                uow.resources.update(result.resource)
        uow.commit()
    return results


def _apply(resource: Resource, meta: Metadata) -> None:
    if meta.title and (resource.title in (resource.source, resource.url) or not resource.title):
        resource.title = meta.title
    resource.url = meta.url or resource.url
    resource.authors = meta.authors or resource.authors
    resource.year = meta.year or resource.year
    resource.arxiv_id = meta.arxiv_id or resource.arxiv_id
    resource.doi = meta.doi or resource.doi
    resource.words = meta.words or resource.words
    resource.pages = meta.pages or resource.pages
    if meta.kind is not None and resource.kind == ResourceKind.POST:
        resource.kind = meta.kind
    resource.minutes = resource.minutes or estimate_minutes(resource.words, resource.pages)
    resource.needs_refresh = False
