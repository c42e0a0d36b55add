"""Atomic writes: the target holds the old bytes or the new ones, and failures leave no trace."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from deadbutt_tray.core.storage import atomic
from deadbutt_tray.core.storage.atomic import atomic_write_bytes, atomic_write_text


def _raise(err: int) -> object:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(err, os.strerror(err))

    return fail


def test_writes_new_file_and_creates_parent(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "2026-11.toml"
    atomic_write_bytes(target, b"schema = 1\n")
    assert target.read_bytes() == b"schema = 1\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["2026-11.toml"]


def test_replaces_existing_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "f.toml"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_new_file_is_private(tmp_path: Path) -> None:
    target = tmp_path / "new.toml"
    atomic_write_bytes(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_text_is_utf8_and_newlines_untranslated(tmp_path: Path) -> None:
    target = tmp_path / "t.toml"
    atomic_write_text(target, 'name = "Hüfte"\r\nx = 1\n')
    assert target.read_bytes() == 'name = "Hüfte"\r\nx = 1\n'.encode()


def test_temp_file_is_hidden_unique_and_never_looks_like_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str | Path, dst: str | Path) -> None:
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    target = tmp_path / "2026-11.toml"
    atomic_write_bytes(target, b"1")
    atomic_write_bytes(target, b"2")
    assert len(seen) == 2 and seen[0] != seen[1]
    for name in seen:
        assert name.startswith(f".2026-11.toml.tmp-{os.getpid()}-")
        assert not name.endswith(".toml")


@pytest.mark.parametrize(
    ("where", "err"),
    [
        ("replace", errno.EROFS),
        ("fsync", errno.ENOSPC),
        ("mkstemp", errno.EACCES),
        ("fchmod", errno.EPERM),
    ],
)
def test_failure_leaves_original_untouched_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, err: int
) -> None:
    target = tmp_path / "2026-11.toml"
    target.write_bytes(b"precious = true\n")
    target.chmod(0o644)  # so the fchmod step runs
    if where == "mkstemp":
        monkeypatch.setattr(tempfile, "mkstemp", _raise(err))
    else:
        monkeypatch.setattr(os, where, _raise(err))
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(target, b"replacement")
    assert caught.value.errno == err
    assert target.read_bytes() == b"precious = true\n"
    assert [p.name for p in tmp_path.iterdir()] == ["2026-11.toml"]


def test_interrupt_mid_write_removes_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    target = tmp_path / "x.toml"
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="folder fsync is POSIX only")
def test_file_and_folder_are_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kinds: list[str] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        kinds.append("dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    atomic_write_bytes(tmp_path / "x.toml", b"data")
    assert kinds == ["file", "dir"]


def test_folder_fsync_failure_is_not_a_write_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # After os.replace the new content is in place; raising would make the caller write
    # it again (a duplicate history record).
    real_fsync = os.fsync

    def dir_fsync_fails(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", dir_fsync_fails)
    atomic_write_bytes(tmp_path / "x.toml", b"data")
    assert (tmp_path / "x.toml").read_bytes() == b"data"


def test_parent_that_is_a_file_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "history"
    blocker.write_bytes(b"not a folder")
    with pytest.raises(OSError):
        atomic_write_bytes(blocker / "2026-11.toml", b"x")
    assert blocker.read_bytes() == b"not a folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores chmod")
def test_read_only_folder_really_refuses(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "f.toml"
    target.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            atomic_write_bytes(target, b"new")
        assert target.read_bytes() == b"old"
        assert [p.name for p in folder.iterdir()] == ["f.toml"]
    finally:
        folder.chmod(0o700)


def test_temp_prefix_names_target_and_pid() -> None:
    assert atomic.temp_prefix(Path("/x/2026-01.toml")) == f".2026-01.toml.tmp-{os.getpid()}-"
