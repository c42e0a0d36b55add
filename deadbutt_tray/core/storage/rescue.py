"""Records the app could not save when it quit, kept elsewhere until the next start.

When the data folder can't be written (a full disk, a read-only stick, a folder gone),
the history store holds records in memory. At quit they would be lost, so they go to a
rescue file in another writable place (the user's cache folder, else the runtime folder),
named after the data folder: ``rescue-<key>.toml``, in the history file format. The next
start on that data folder adds them to the history, skipping any that are already there
(a start killed right after saving them), and removes the file once all are saved.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from deadbutt_tray.core.model.records import SCHEMA, Record
from deadbutt_tray.core.problems import Problem
from deadbutt_tray.core.storage.atomic import atomic_write_text
from deadbutt_tray.core.storage.history import (
    UnreadableHistoryError,
    dump_document,
    parse_document,
    records_in,
)
from deadbutt_tray.core.storage.paths import folder_key
from deadbutt_tray.core.storage.tomlfile import read_head
from deadbutt_tray.core.translatable import Text, words

__all__ = ["read_rescue", "remove_rescue", "rescue_files", "write_rescue"]

log = logging.getLogger(__name__)

MAX_RESCUE_BYTES = 8 * 1024 * 1024


def rescue_name(data_dir: Path) -> str:
    return f"rescue-{folder_key(data_dir)}.toml"


def write_rescue(places: Sequence[Path], data_dir: Path, records: Sequence[Record]) -> Path:
    """Write ``records`` to the first of ``places`` that takes them; the file written.

    The file holds exactly ``records`` (the store's held records, which include any it
    took from an earlier rescue file and could not save). ``OSError`` (the last one) if
    no place works.
    """
    text = f"schema = {SCHEMA}\n" + "".join(
        "\n" + dump_document({record.TABLE: [record.to_toml()]}) for record in records
    )
    error: OSError | None = None
    for place in places:
        path = place / rescue_name(data_dir)
        try:
            atomic_write_text(path, text)
        except OSError as exc:
            log.warning("can't write the rescue file %s: %s", path, exc.strerror or exc)
            error = exc
            continue
        return path
    raise error or OSError("no place to write a rescue file")


def rescue_files(places: Iterable[Path], data_dir: Path) -> list[Path]:
    """The rescue files waiting for this data folder."""
    return [path for place in places if (path := place / rescue_name(data_dir)).is_file()]


def read_rescue(path: Path) -> tuple[list[Record], list[Problem]]:
    """The records in a rescue file, and what could not be read."""
    try:
        data = read_head(path, MAX_RESCUE_BYTES)
        if len(data) > MAX_RESCUE_BYTES:
            too_large = words("too large to be a rescue file; left as it is")
            return [], [Problem(str(path), "", too_large)]
        doc = parse_document(data)
    except OSError as error:
        reason: Text = error.strerror or str(error)
    except UnreadableHistoryError as error:
        reason = error.words
    else:
        return records_in(doc, str(path))
    return [], [
        Problem(str(path), "", words("can't be read ({reason}); left as it is", reason=reason))
    ]


def remove_rescue(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
