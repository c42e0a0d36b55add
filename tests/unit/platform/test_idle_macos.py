"""macOS source: ioreg output parsed from canned text, the subprocess faked."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence

import pytest

from deadbutt_tray.platform.idle.base import IdleSourceUnavailableError
from deadbutt_tray.platform.idle.macos import (
    IOREG_TIMEOUT_S,
    MacIdleSource,
    parse_hid_idle_time,
    run_command,
)

IOREG_OUTPUT = """\
+-o Root  <class IORegistryEntry, id 0x100000100, retain 28>
  +-o MacBookPro18,3  <class IOPlatformExpertDevice, id 0x10000020f, registered, matched>
    +-o IOResources  <class IOResources, id 0x100000113, registered, matched, active>
    | +-o IOHIDSystem  <class IOHIDSystem, id 0x1000004a5, registered, matched, active>
    | | {
    | |   "IOClass" = "IOHIDSystem"
    | |   "HIDPointerAcceleration" = 45056
    | |   "HIDIdleTime" = 73460318708
    | |   "HIDScrollAcceleration" = 20480
    | |   "IOProviderClass" = "IOResources"
    | | }
    | |
"""


def test_parses_nanoseconds_to_seconds() -> None:
    assert parse_hid_idle_time(IOREG_OUTPUT) == pytest.approx(73.460318708)


def test_smallest_of_several_entries_wins() -> None:
    text = '"HIDIdleTime" = 9000000000\n...\n"HIDIdleTime"=2500000000\n'
    assert parse_hid_idle_time(text) == 2.5


@pytest.mark.parametrize("text", ["", '"IOClass" = "IOHIDSystem"', '"HIDIdleTime" = <00ff>'])
def test_no_value_parses_to_none(text: str) -> None:
    assert parse_hid_idle_time(text) is None


class FakeIoreg:
    """Returns queued outputs (or raises queued exceptions) and records the commands."""

    def __init__(self, *results: object) -> None:
        self.results = list(results)
        self.calls: list[tuple[list[str], float]] = []

    def __call__(self, argv: Sequence[str], timeout: float) -> str:
        self.calls.append((list(argv), timeout))
        result = self.results.pop(0)
        if isinstance(result, BaseException):
            raise result
        return str(result)


def test_source_reads_ioreg_each_time() -> None:
    run = FakeIoreg(IOREG_OUTPUT, '"HIDIdleTime" = 1000000000', '"HIDIdleTime" = 0')
    source = MacIdleSource(run=run, ioreg="/usr/sbin/ioreg")
    assert source.seconds_idle() == 1.0
    assert source.seconds_idle() == 0.0
    assert run.calls[0] == (["/usr/sbin/ioreg", "-c", "IOHIDSystem"], IOREG_TIMEOUT_S)
    assert source.name == "macOS HIDIdleTime"


def test_timeout_reads_none_then_recovers() -> None:
    run = FakeIoreg(
        IOREG_OUTPUT,
        subprocess.TimeoutExpired(["ioreg"], IOREG_TIMEOUT_S),
        '"HIDIdleTime" = 4000000000',
    )
    source = MacIdleSource(run=run, ioreg="ioreg")
    assert source.seconds_idle() is None
    assert source.seconds_idle() == 4.0


def test_missing_ioreg_is_unavailable() -> None:
    run = FakeIoreg(FileNotFoundError(2, "No such file", "ioreg"))
    with pytest.raises(IdleSourceUnavailableError, match="cannot run ioreg"):
        MacIdleSource(run=run, ioreg="ioreg")


def test_output_without_the_key_is_unavailable() -> None:
    with pytest.raises(IdleSourceUnavailableError, match="gave no HIDIdleTime"):
        MacIdleSource(run=FakeIoreg("nothing"), ioreg="ioreg")


def test_close_stops_running_ioreg() -> None:
    run = FakeIoreg(IOREG_OUTPUT)
    source = MacIdleSource(run=run, ioreg="ioreg")
    source.close()
    assert source.seconds_idle() is None
    assert len(run.calls) == 1


def test_run_command_returns_stdout_and_enforces_the_timeout() -> None:
    assert run_command([sys.executable, "-c", "print('x')"], 10.0) == "x\n"
    with pytest.raises(subprocess.TimeoutExpired):
        run_command([sys.executable, "-c", "import time; time.sleep(5)"], 0.2)
    with pytest.raises(subprocess.CalledProcessError):
        run_command([sys.executable, "-c", "raise SystemExit(3)"], 10.0)


@pytest.mark.skipif(sys.platform != "darwin", reason="needs a real Mac")
def test_real_mac_reading() -> None:
    value = MacIdleSource().seconds_idle()
    assert value is not None and value >= 0.0
