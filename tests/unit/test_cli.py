"""The command line: --version, --help, check, --data-dir, --sit-limit (no display needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deadbutt_tray import __version__
from deadbutt_tray.cli import build_parser, main
from deadbutt_tray.core.storage.paths import AppPaths


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("DISPLAY", None)
    full_env.pop("WAYLAND_DISPLAY", None)
    full_env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "deadbutt_tray", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"deadbutt-tray {__version__}"


def test_help_lists_the_options_and_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("--data-dir", "--sit-limit", "check", "DEADBUTT_TRAY_HOME"):
        assert word in out


def test_check_on_an_empty_folder_is_all_good(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("All good") and out.count("\n") == 1


def test_check_reports_each_problem_with_file_and_key(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "config.toml").write_text("sit_limit_min = 500\nsnoze_min = 3\n")
    history = data_dir / "history"
    history.mkdir()
    (history / "2026-11.toml").write_text(
        'schema = 1\n[[break]]\nat = 2026-11-24T09:41:30+01:00\noutcome = "maybe"\nsat_for_s = 5\n'
    )
    (history / "2026-10.toml").write_bytes(b"\x00\xff garbage")
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "config.toml: sit_limit_min" in out and "120" in out
    assert "snoze_min" in out and "snooze_min" in out
    assert "2026-11.toml: break[0].outcome" in out and "completed" in out
    assert "2026-10.toml" in out
    # check only reads: nothing moved aside
    assert sorted(p.name for p in history.iterdir()) == ["2026-10.toml", "2026-11.toml"]


def test_data_dir_and_env_put_everything_under_one_folder(tmp_path: Path) -> None:
    paths = AppPaths.resolve(str(tmp_path), {})
    assert paths.config_file == tmp_path / "config.toml"
    assert paths.history_dir == tmp_path / "history"
    assert paths.exercises_dir == tmp_path / "exercises"
    assert paths.logs_dir == tmp_path / "logs"
    assert AppPaths.resolve(None, {"DEADBUTT_TRAY_HOME": str(tmp_path)}) == paths
    other = tmp_path / "other"
    assert AppPaths.resolve(str(other), {"DEADBUTT_TRAY_HOME": str(tmp_path)}).config_file == (
        other / "config.toml"
    )


@pytest.mark.parametrize("value", ["0.1", "5", "120"])
def test_sit_limit_accepts_fractions(value: str) -> None:
    assert build_parser().parse_args(["--sit-limit", value]).sit_limit == float(value)


@pytest.mark.parametrize("value", ["0", "-1", "121", "soon"])
def test_sit_limit_rejects_nonsense(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["--sit-limit", value])
    assert exit_info.value.code == 2
    assert "sit-limit" in capsys.readouterr().err


def test_the_real_command_runs_check_without_a_display(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "check")
    assert result.returncode == 0, result.stderr
    assert "All good" in result.stdout


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_status_without_a_running_copy_says_so_and_exits_3(
    data_dir: Path, json_flag: list[str]
) -> None:
    result = run_cli("--data-dir", str(data_dir), "status", *json_flag)
    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    assert "deadbutt-tray is not running" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_starting_without_a_display_says_so_in_one_line(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "graphical desktop" in result.stderr
    assert "Qt platform plugin" not in result.stderr


def test_paths_know_the_data_folder_and_how_to_start_the_same_copy(tmp_path: Path) -> None:
    from deadbutt_tray.core.storage.paths import AppPaths

    portable = AppPaths.resolve(str(tmp_path / "x"), {})
    assert portable.portable and portable.data_dir == tmp_path / "x"
    assert portable.history_dir.parent == portable.data_dir
    assert portable.start_args() == ["--data-dir", str(tmp_path / "x")]
    from_env = AppPaths.resolve(None, {"DEADBUTT_TRAY_HOME": str(tmp_path / "y")})
    assert from_env.portable and from_env.start_args() == ["--data-dir", str(tmp_path / "y")]
    default = AppPaths.platform_default()
    assert not default.portable and default.start_args() == []
    assert default.history_dir.parent == default.data_dir


def test_the_sit_limit_is_checked_in_one_place() -> None:
    from deadbutt_tray.core.model.settings import Overrides

    assert Overrides.parse_sit_limit("0.1") == 0.1
    for bad in ("0", "abc", "121", "nan"):
        with pytest.raises(ValueError):
            Overrides.parse_sit_limit(bad)
    assert build_parser().parse_args(["--sit-limit", "2"]).sit_limit == 2.0


def test_break_takes_a_routine_and_an_unknown_one_lists_the_ids(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from deadbutt_tray.cli import command_message
    from deadbutt_tray.commands import Break

    args = build_parser().parse_args(["break", "--routine", "home-2"])
    assert command_message(args) == Break(routine="home-2")
    assert command_message(build_parser().parse_args(["break"])) == Break()
    assert main(["--data-dir", str(data_dir), "break", "--routine", "yoga"]) == 2
    err = capsys.readouterr().err
    assert "unknown routine 'yoga'" in err
    for known in ("desk-micro", "home", "pre-run", "home-1", "desk-micro-3b"):
        assert known in err
    assert not (data_dir / "run").exists()  # refused before any app was started or asked


def test_check_counts_read_well(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from deadbutt_tray.cli import count

    assert (count(1, "file"), count(2, "file"), count(0, "routine")) == (
        "1 file",
        "2 files",
        "0 routines",
    )
    (data_dir / "config.toml").write_text("sit_limit_min = 500\n")
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert "1 problem found." in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir / "fresh"), "check"]) == 0
    out = capsys.readouterr().out
    assert "(s)" not in out and " routines)" in out
