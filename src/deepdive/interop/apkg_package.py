"""Open an .apkg (a zip) without trusting it: size limits, no path tricks in member names,
zip bombs refused by declared and by real size, and the right collection file chosen.

Newer Anki exports carry a stub `collection.anki2` (its one note says "please update") next
to the real `collection.anki21`, so anki21 wins. `collection.anki21b` is zstd-compressed and
uses a newer schema: refused with a message naming it.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

from deepdive.domain.errors import InvalidInput

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    package_bytes: int = 512 * MiB  # the .apkg on disk
    unpacked_bytes: int = 1024 * MiB  # everything inside, declared and as read
    ratio: int = 200  # compression ratio beyond which a big member is a bomb
    ratio_floor: int = 1 * MiB  # small members may compress as well as they like


class Package:
    """An opened package: the chosen collection as an SQLite connection, and its media."""

    def __init__(self, path: Path, limits: Limits = Limits()) -> None:
        self.path = path
        self.name = path.name
        self._limits = limits
        self._budget = limits.unpacked_bytes
        if not path.is_file():
            raise InvalidInput(f"{path} does not exist or is not a file")
        if path.stat().st_size > limits.package_bytes:
            raise InvalidInput(f"{self.name} is larger than {limits.package_bytes // MiB} MB; "
                               "refused")
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise InvalidInput(
                f"{self.name} is not a readable .apkg (truncated or not a zip): {exc}"
            ) from None
        self._check_members(infos)
        self.members = {info.filename: info for info in infos}
        self.format = self._choose_collection()

    def _check_members(self, infos: list[zipfile.ZipInfo]) -> None:
        declared = 0
        for info in infos:
            name = info.filename
            parts = name.replace("\\", "/").split("/")
            if name.startswith(("/", "\\")) or ".." in parts or ":" in name:
                raise InvalidInput(f"{self.name}: member {name!r} points outside the package "
                                   "(path traversal); refused")
            declared += info.file_size
            big = info.file_size > self._limits.ratio_floor
            if big and info.file_size > self._limits.ratio * max(info.compress_size, 1):
                raise InvalidInput(f"{self.name}: member {name!r} unpacks "
                                   f"{info.file_size // max(info.compress_size, 1)}x its "
                                   "packed size (a zip bomb?); refused")
        if declared > self._limits.unpacked_bytes:
            raise InvalidInput(f"{self.name} declares {declared // MiB} MB unpacked, over the "
                               f"{self._limits.unpacked_bytes // MiB} MB limit (a zip bomb?); "
                               "refused")

    def _choose_collection(self) -> str:
        names = set(self.members)
        if "collection.anki21" in names:
            return "collection.anki21"
        if "collection.anki21b" in names:
            raise InvalidInput(
                f"{self.name} holds collection.anki21b (Anki 2.1.50+ zstd format), which is "
                "not supported; in Anki export again with 'Support older Anki versions' ticked"
            )
        if "collection.anki2" in names:
            return "collection.anki2"
        raise InvalidInput(f"{self.name} holds no Anki collection (collection.anki2 or "
                           "collection.anki21); is it an .apkg?")

    def read(self, name: str) -> bytes:
        """A member's bytes, counted against the unpacked budget as they really come out."""
        chunks = []
        try:
            with self._zip.open(self.members[name]) as member:
                while chunk := member.read(MiB):
                    self._budget -= len(chunk)
                    if self._budget < 0:
                        raise InvalidInput(
                            f"{self.name}: unpacking {name!r} goes over the "
                            f"{self._limits.unpacked_bytes // MiB} MB limit (a zip bomb?); "
                            "refused")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise InvalidInput(f"{self.name}: member {name!r} is damaged: {exc}") from None
        return b"".join(chunks)

    def collection(self) -> sqlite3.Connection:
        data = self.read(self.format)
        connection = sqlite3.connect(":memory:")
        try:
            connection.deserialize(data)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise InvalidInput(f"{self.name}: {self.format} is not an SQLite database "
                               f"({exc})") from None
        return connection

    def media_map(self) -> dict[str, str]:
        """Member name -> media file name, from the package's `media` list."""
        if "media" not in self.members:
            return {}
        raw = self.read("media")
        try:
            mapping = json.loads(raw.decode("utf-8") or "{}")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInput(f"{self.name}: the media list is not JSON ({exc}); "
                               "newer packages need 'Support older Anki versions'") from None
        if not isinstance(mapping, dict):
            raise InvalidInput(f"{self.name}: the media list is not a JSON object")
        return {str(key): str(value) for key, value in mapping.items()}

    def close(self) -> None:
        self._zip.close()
