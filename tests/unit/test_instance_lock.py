"""The instance lock: the OS decides, so a lock file nobody holds is always free."""

from __future__ import annotations

import errno
import os
import socket
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from deadbutt_tray import instance_lock
from deadbutt_tray.instance_lock import InstanceLock, LockError

NOW = datetime(2026, 11, 24, 9, 0).astimezone()


def test_the_first_takes_it_records_itself_and_a_second_is_refused(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "instance.lock", tmp_path / "fallback.lock")
    assert first.try_acquire("/run/x.sock", NOW)
    second = InstanceLock(tmp_path / "instance.lock", tmp_path / "fallback.lock")
    assert not second.try_acquire("/run/y.sock", NOW)
    holder = second.holder()
    assert holder is not None
    assert (holder.pid, holder.host, holder.socket) == (
        os.getpid(),
        socket.gethostname(),
        "/run/x.sock",
    )
    first.release()
    assert (tmp_path / "instance.lock").read_text() == ""  # nothing stale left to read
    assert second.try_acquire("/run/y.sock", NOW)
    second.release()


def test_a_lock_held_by_a_process_ends_with_it_even_by_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    holder = textwrap.dedent(
        f"""
        import fcntl, os, sys, time
        fd = os.open({str(path)!r}, os.O_RDONLY | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        print("held", flush=True)
        time.sleep(60)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        lock = InstanceLock(path, tmp_path / "fallback.lock")
        assert not lock.try_acquire("s", NOW)
        proc.kill()
        proc.wait(10)
    assert lock.try_acquire("s", NOW)
    lock.release()


@pytest.mark.parametrize("pid, host", [(1, "another-host"), (os.getpid(), socket.gethostname())])
def test_a_file_naming_a_live_pid_or_another_host_is_no_lock(
    tmp_path: Path, pid: int, host: str
) -> None:
    path = tmp_path / "instance.lock"
    path.write_text(f'pid = {pid}\nhost = "{host}"\nsocket = "x"\nstarted = "then"\n')
    lock = InstanceLock(path, tmp_path / "fallback.lock")
    assert lock.try_acquire("mine.sock", NOW)
    assert f"pid = {os.getpid()}" in path.read_text()
    lock.release()


def test_a_data_folder_that_cannot_hold_the_file_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = instance_lock._open_lock_file
    data_lock = tmp_path / "data" / "instance.lock"

    def read_only(path: Path) -> int:
        if path == data_lock:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path)

    monkeypatch.setattr(instance_lock, "_open_lock_file", read_only)
    lock = InstanceLock(data_lock, tmp_path / "run" / "abc.lock")
    assert lock.try_acquire("s", NOW)
    assert lock.used == tmp_path / "run" / "abc.lock"
    lock.release()


def test_a_lock_that_can_be_opened_nowhere_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    lock = InstanceLock(blocker / "instance.lock", blocker / "fallback.lock")
    with pytest.raises(LockError) as caught:
        lock.try_acquire("s", NOW)
    assert caught.value.errno in (errno.ENOTDIR, errno.EEXIST)  # mkdir over a file
    assert caught.value.filename == str(blocker / "instance.lock")
