"""The child processes tests start: a Python script talked to line by line, and one way
to end any child (asked first, killed if it lingers, its pipes closed)."""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Self

import pytest


def stop(proc: subprocess.Popen[Any], timeout: float = 5.0, *, by_stdin: bool = False) -> None:
    """End ``proc``: SIGTERM, or with ``by_stdin`` the end of its input (a child that
    quits when its stdin closes); killed if still running after ``timeout`` s. Its pipes
    are closed after."""
    if by_stdin and proc.stdin is not None:
        _close(proc.stdin)
    if proc.poll() is None:
        if not by_stdin:
            proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            _close(stream)


def _close(stream: Any) -> None:
    with contextlib.suppress(BrokenPipeError):  # unread input of a child that has ended
        stream.close()


class ScriptChild:
    """``python -c script *args``, read and told one line at a time; as a context
    manager, ended (``close``) when the block ends."""

    what = "the child"  # in the failure when it ends without a line
    ends_with_its_input = False  # True: closing its stdin ends it (no SIGTERM)

    def __init__(self, script: str, *args: str, env: dict[str, str], cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            env=env,
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._buffer = b""

    def read_line(self, timeout: float = 20.0) -> str:
        """The next printed line (read from the fd itself, so select() tells the truth)."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(fd, 4096) if ready else b""
            if not chunk:
                self.proc.kill()
                _, err = self.proc.communicate(timeout=5)
                tail = err.decode(errors="replace")[-3000:]
                pytest.fail(f"{self.what} said nothing more; stderr:\n{tail}")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode().strip()

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        stop(self.proc, 10, by_stdin=self.ends_with_its_input)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
