"""A fuzzed control socket and fuzzed exercise files never crash the app.

The control socket of the real running app gets garbage bytes, over-long lines, invalid
JSON, JSON that is not a command, commands with wrong types, deeply nested JSON, lines
cut off by a hang-up, several lines at once and many connections in parallel. The
user's exercise folder gets hypothesis-generated TOML (shaped like exercise files, with
wrong types, odd paths and extreme numbers), mutated copies of the shipped files and raw
bytes. Set ``DRILL_SEED`` to replay the socket drill; hypothesis prints its own replay.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import socket
import string
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from deadbutt_tray import cli
from deadbutt_tray.core.content.exercise_library import load_library
from deadbutt_tray.core.content.resources import resources_root
from tests.drills.conftest import (
    CRASH_MARK,
    Launch,
    history_rows,
    no_welcome,
    receive_line,
    run_cli,
)

MAX_MESSAGE = 4096  # instance.MAX_MESSAGE; the drill goes past it on purpose

# -- the control socket ----------------------------------------------------------------------


def nested(rng: random.Random) -> bytes:
    """Deep JSON that still fits in one message: arrays deeper than Python's recursion
    limit (1000), or objects as deep as a line allows."""
    if rng.random() < 0.5:
        depth = rng.randrange(1000, 2000)
        return b"[" * depth + b"]" * depth
    depth = rng.randrange(100, 550)
    return b'{"cmd":' + b'{"a":' * depth + b"1" + b"}" * depth + b"}"


def bad_command(rng: random.Random) -> bytes:
    value: Any = rng.choice(
        [
            {"cmd": 5},
            {"cmd": None},
            {"cmd": ["pause"]},
            {"cmd": {"cmd": "pause"}},
            {"cmd": "pause", "minutes": "x"},
            {"cmd": "pause", "minutes": -1},
            {"cmd": "pause", "minutes": 1441},
            {"cmd": "pause", "minutes": 10**300},
            {"cmd": "pause", "minutes": 1.5},
            {"cmd": "pause", "minutes": True},
            {"cmd": "pause", "minutes": None},
            {"cmd": "pause", "minutes": [1]},
            {"cmd": "pause"},
            {"cmd": "PAUSE", "minutes": 5},
            {"cmd": "show", "extra": {"deep": [1, 2, {"x": None}]}},
            {"cmd": "\ud800"},
            {"cmd": "x" * rng.randrange(1, 4000)},
            {"cmd": "".join(rng.choice(string.printable) for _ in range(rng.randrange(30)))},
            {"": ""},
            {},
        ]
    )
    text = json.dumps(value)
    if rng.random() < 0.1:
        text = text.replace("1441", "NaN").replace("-1", "-Infinity")
    return text.encode("utf-8", "surrogatepass")


def not_an_object(rng: random.Random) -> bytes:
    return rng.choice([b"5", b'"pause"', b"[]", b'["pause", 5]', b"null", b"true", b"1e999"])


def garbage(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 600)))


def near_json(rng: random.Random) -> bytes:
    text = json.dumps({"cmd": rng.choice(["pause", "resume", "show"]), "minutes": 5})
    cut = rng.randrange(len(text))
    return (
        text[:cut] + rng.choice(["", "}", "{", '"', "\\", "\x00", "\u2028"]) + text[cut:]
    ).encode()


def valid(rng: random.Random) -> bytes:
    minutes = rng.randrange(0, 1441)
    return rng.choice(
        [
            b'{"cmd": "show"}',
            b'{"cmd": "resume"}',
            f'{{"cmd": "pause", "minutes": {minutes}}}'.encode(),
        ]
    )


KINDS: dict[str, Callable[[random.Random], bytes]] = {
    "garbage bytes": garbage,
    "invalid JSON": near_json,
    "JSON, not an object": not_an_object,
    "wrong types": bad_command,
    "deeply nested JSON": nested,
    "valid command": valid,
}


NO_REPLY = b"<no reply>"
HOW = ("one line", "two lines at once", "byte by byte", "hang up mid-line", "over-long, no newline")


def send_one(path: Path, payload: bytes, how: str) -> bytes | None:
    """Send one fuzz payload the way ``how`` says; the reply (``None``: none expected)."""
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(3)
        sock.connect(str(path))
        try:
            if how == "hang up mid-line":
                sock.sendall(payload[: max(1, len(payload) // 2)].replace(b"\n", b" "))
                return None
            if how == "over-long, no newline":
                line = payload.replace(b"\n", b" ")
                sock.sendall(line * (MAX_MESSAGE // len(line) + 2))
            elif how == "two lines at once":
                sock.sendall(payload + b"\n" + b'{"cmd": "show"}\n')
            elif how == "byte by byte" and len(payload) < 300:
                for byte in payload + b"\n":
                    sock.send(bytes([byte]))
            else:
                sock.sendall(payload + b"\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the app answered (or hung up) before everything was sent
        try:
            return receive_line(sock)
        except TimeoutError:
            return NO_REPLY


def answered(how: str, payload: bytes, reply: bytes | None) -> bool:
    """Was this the right kind of reply for what was sent?"""
    if reply is None:
        return True
    if how == "over-long, no newline":
        return reply != NO_REPLY  # the app hangs up (or answers the part it read)
    first_line = payload.split(b"\n", 1)[0]
    if len(first_line) >= MAX_MESSAGE - 1 and reply == b"":
        return True  # over the limit: hanging up is a fine answer
    try:
        answer = json.loads(reply)
    except ValueError:
        return False
    return isinstance(answer, dict) and isinstance(answer.get("ok"), bool)


def test_a_fuzzed_control_socket_never_crashes_the_app_and_every_line_gets_an_answer(
    tmp_path: Path, launch: Launch
) -> None:
    seed = int(os.environ.get("DRILL_SEED") or random.SystemRandom().randrange(2**32))
    print(f"drill seed: {seed} (DRILL_SEED={seed} replays it)")
    rng = random.Random(seed)
    data = tmp_path / "data"
    no_welcome(data)
    app = launch(data)
    app.wait_started()
    cases: list[tuple[str, str, bytes]] = []
    for _ in range(320):
        kind = rng.choices(list(KINDS), weights=[3, 3, 2, 4, 1, 2])[0]
        payload = KINDS[kind](rng)
        if b"quit" in payload:
            continue  # the one message that may end the app
        cases.append((kind, rng.choice(HOW), payload))

    # Many connections at once that never finish their line, then hang up together.
    idle = [socket.socket(socket.AF_UNIX) for _ in range(64)]
    try:
        for sock in idle:
            sock.connect(str(app.socket_path))
            sock.sendall(b'{"cmd": "sh')
    finally:
        for sock in idle:
            sock.close()

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda case: send_one(app.socket_path, case[2], case[1]), cases))
    unanswered: dict[bytes, str] = {}  # one example per kind of payload
    for (kind, how, payload), reply in zip(cases, results, strict=True):
        if not answered(how, payload, reply):
            unanswered.setdefault(payload[:16], f"{kind} / {how}: {payload[:50]!r}… → {reply!r}")
    print(f"{len(cases)} fuzz messages in {time.monotonic() - started:.1f} s")

    errors = sorted(
        {line for line in app.log().splitlines() if line.endswith("Error") or "Error: " in line}
    )
    assert app.alive(), app.tail()
    assert not unanswered, f"lines that got no proper answer: {list(unanswered.values())[:6]}"
    assert CRASH_MARK not in app.log(), f"uncaught exceptions (and an error dialog): {errors}"
    for command in (("pause", "1"), ("resume",)):
        result = app.cli(*command)
        assert result.returncode == 0, f"{command}: {result.stderr}"
    assert app.quit() == 0
    assert [row["ended_by"] for row in history_rows(data / "history", "sitting")] == ["quit"]


# -- the user's exercise files -------------------------------------------------------------------

SHIPPED = sorted((resources_root() / "exercises").glob("*.toml"))
EXERCISE_KEYS = ["id", "name", "level", "where", "summary", "cues", "mistakes", "targets",
                 "reference", "dose", "frames", "props", "pose"]  # fmt: skip
DOSE_KEYS = ["sets", "reps", "hold_s", "sides", "tempo_s", "rest_s"]
POSE_KEYS = ["trunk", "hip_l", "knee_r", "len_thigh_l", "anchor_x", "view", "ground", "anchor",
             "contacts", "highlight", "arrow"]  # fmt: skip

scalars = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.booleans(),
    st.datetimes(timezones=st.none() | st.timezones()),
    st.dates(),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
ids = st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True).filter(lambda s: len(s) <= 70)
good_paths = st.from_regex(r"[a-z]{1,8}(/[a-z]{1,8})?", fullmatch=True).map(lambda s: s + ".svg")
long_paths = st.integers(min_value=200, max_value=400).map(lambda n: "f" * n + ".svg")
odd_paths = st.one_of(
    st.text(max_size=30).map(lambda s: s + ".svg"),
    st.sampled_from(
        [
            "../../etc/passwd.svg",
            "/abs.svg",
            "a\\b.svg",
            "c:x.svg",
            "a/./b.svg",
            "illustrations/generic-start.svg",
            "x.svg/",
            ".svg",
            "\x00.svg",
        ]
    ),
)
frame_lists = st.one_of(
    st.lists(st.one_of(good_paths, long_paths), min_size=2, max_size=8),  # pass the path rules
    st.lists(st.one_of(good_paths, long_paths, odd_paths), max_size=9),
)


def value_for(key: str) -> st.SearchStrategy[Any]:
    specific: dict[str, st.SearchStrategy[Any]] = {
        "id": ids,
        "level": st.integers(min_value=-5, max_value=5),
        "where": st.sampled_from(["desk", "floor", "stairs", "Desk", ""]),
        "cues": st.lists(st.text(max_size=320), max_size=8),
        "targets": st.lists(st.sampled_from(["glute_max", "glute_med", "core", "nope"])),
        "frames": frame_lists,
        "dose": st.dictionaries(st.sampled_from([*DOSE_KEYS, "x"]), values | st.integers(-1, 200)),
        "pose": st.lists(
            st.dictionaries(st.sampled_from(POSE_KEYS), values | st.floats(-400, 400)), max_size=9
        ),
    }
    return st.one_of(specific.get(key, values), values) if key in specific else values


@st.composite
def exercise_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """(file name, content): TOML shaped like an exercise file, a mutated shipped file,
    or raw bytes."""
    how = draw(st.sampled_from(["shaped", "shaped", "mutated", "bytes", "text"]))
    name = draw(
        st.one_of(ids, st.text(min_size=1, max_size=40)).filter(
            lambda s: "/" not in s and "\x00" not in s
        )
    )
    if how == "shaped":
        keys = draw(st.lists(st.sampled_from([*EXERCISE_KEYS, "bogus"]), unique=True))
        doc = {key: draw(value_for(key)) for key in keys}
        if "id" in doc and isinstance(doc["id"], str) and draw(st.booleans()):
            name = doc["id"]
        try:
            return name, tomli_w.dumps(doc).encode()
        except (TypeError, ValueError):
            return name, repr(doc).encode()
    if how == "mutated":
        data = bytearray(draw(st.sampled_from(SHIPPED)).read_bytes())
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data)))
            action = draw(st.sampled_from(["cut", "flip", "insert"]))
            if action == "cut":
                del data[at:]
            elif action == "flip" and at < len(data):
                data[at] = draw(st.integers(0, 255))
            else:
                data[at:at] = draw(st.binary(max_size=20))
        return name, bytes(data)
    if how == "bytes":
        return name, draw(st.binary(max_size=2000))
    return name, draw(st.text(max_size=500)).encode("utf-8", "surrogatepass")


def write_exercises(folder: Path, files: list[tuple[str, bytes]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files:
        with contextlib.suppress(OSError):  # a name the file system refuses is not a test
            (folder / f"{name}.toml").write_bytes(content)


@settings(
    max_examples=150,
    deadline=None,
    database=None,  # nothing written into the source tree
    # No shrinking: a found crash is reported at once (shrinking can take minutes).
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(exercise_file(), min_size=1, max_size=3))
# Known-nasty inputs are always tried, whatever the random draw.
@example([("long-frame", f'frames = ["{"f" * 300}.svg", "b.svg"]\n'.encode())])
@example([("nested", b"a = " + b"[" * 5000 + b"]" * 5000), ("bignum", b"level = " + b"9" * 5000)])
@example([("garbage", bytes(range(256)) * 4), ("empty", b"")])
def test_fuzzed_exercise_files_never_crash_the_loader_or_check(
    files: list[tuple[str, bytes]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        write_exercises(data / "exercises", files)
        library, problems = load_library(resources_root(), data / "exercises")
        assert library.routines, "the shipped library must still load"
        for problem in problems:
            assert problem.file and problem.message
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            code = cli.main(["--data-dir", str(data), "check"])
        assert code in (0, 1), out.getvalue()


NASTY = {
    "garbage": bytes(random.Random(7).randrange(256) for _ in range(3000)),
    "truncated": SHIPPED[0].read_bytes()[: len(SHIPPED[0].read_bytes()) // 2],
    "huge": b"# padding\n" * 20_000,
    "nested": b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n",
    "bignum": b"level = " + b"9" * 5000 + b"\n",
    "nul": b'id = "nul\x00"\n',
    "bom": "\ufeffid = 'wrong-name'\nlevel = 1\n".encode(),
    "types": b'id = 5\nname = []\nlevel = "1"\nwhere = 3\ndose = "lots"\npose = 7\nframes = {}\n',
    "long-frame": (
        'id = "long-frame"\nname = "Long frame"\nlevel = 1\nwhere = "desk"\n'
        f'summary = "s"\ncues = ["c"]\nframes = ["{"f" * 300}.svg", "b.svg"]\n'
        "[dose]\nreps = 5\n"
    ).encode(),
}
GOOD = (
    'id = "quick-squeeze"\nname = "Quick squeeze"\nlevel = 1\nwhere = "desk"\n'
    'summary = "Squeeze both glutes."\ncues = ["Stand tall", "Squeeze"]\n'
    'targets = ["glute_max"]\n[dose]\nhold_s = 3\n'
)


def test_the_real_app_starts_and_keeps_running_with_nasty_exercise_files(
    tmp_path: Path, launch: Launch
) -> None:
    data = tmp_path / "data"
    no_welcome(data)
    write_exercises(data / "exercises", [*NASTY.items(), ("quick-squeeze", GOOD.encode())])
    app = launch(data)
    app.wait_started()  # fails at once if the app crashed instead
    for name in NASTY:  # told just after "started", one by one
        app.wait_for(f"{name}.toml", 10)  # fails saying which was never reported
    log = app.log()
    assert app.alive() and CRASH_MARK not in log
    # 3 problem notices on screen, and one counting the rest (a notice each was 23).
    assert "notice (problem) by status window: 1 more problem: " in log, app.tail()
    assert b'"ok": true' in app.send(b'{"cmd": "break"}\n')  # the user's own exercise
    assert app.cli("resume").returncode == 0
    assert app.quit() == 0
    check = run_cli("--data-dir", str(data), "check")
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr[-3000:]
    assert all(f"{name}.toml" in check.stdout for name in NASTY), check.stdout
