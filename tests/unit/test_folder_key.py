"""The data folder's short key (socket and lock names) without loading OpenSSL."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from deadbutt_tray.core.storage.paths import folder_key


def test_the_key_is_sha256_of_the_absolute_path_as_before(tmp_path: Path) -> None:
    """The same name as hashlib's digest gave: copies of both versions find each other."""
    for folder in (tmp_path, tmp_path / "data", Path("relative/data"), Path("/ünïcode/dåta")):
        expected = hashlib.sha256(os.fsencode(folder.absolute())).hexdigest()[:16]
        assert folder_key(folder) == expected
