"""The prompt under a real X server: it never takes the keyboard from someone typing.

Two processes, as on a desk: a Qt line edit the "user" types into, and a small script
that shows the real ``PromptWindow`` (not the whole app). ``xdotool`` reads X input
focus and types as a keyboard would.

Without a window manager (bare Xvfb) X focus only moves when a client asks for it
explicitly (``XSetInputFocus``, which is what Qt's ``activateWindow()`` does there), so
the first test guards against the prompt ever activating itself; it cannot see whether
a window manager would focus the window on map. The openbox test checks exactly that,
with a control window proving that openbox does give new windows focus.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import display_env, eventually, require_tool, window_manager
from tests.processes import ScriptChild

pytestmark = pytest.mark.e2e

ROOT_DIR = Path(__file__).resolve().parents[2]
TYPIST = "typing-window"
PROMPT = "Break reminder — deadbutt-tray"

TYPIST_SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

app = QApplication(sys.argv)
edit = QLineEdit()
edit.setWindowTitle("typing-window")
edit.setGeometry(40, 40, 360, 40)
edit.textChanged.connect(lambda text: print("TEXT", text, flush=True))
edit.show()
edit.activateWindow()
QTimer.singleShot(0, lambda: print("READY", flush=True))
app.exec()
"""

# Shows the prompt at once; obeys "show", "renudge", "focus", "withdraw" on stdin and
# prints the intents the window emits.
PROMPTER_SCRIPT = r"""
import sys
from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication
from deadbutt_tray.ui.prompt import PromptWindow

app = QApplication(sys.argv)
window = PromptWindow()
for name in ("start_requested", "snooze_requested", "skip_requested", "dismissed"):
    getattr(window, name).connect(lambda n=name: print(n.upper(), flush=True))

def show():
    window.show_prompt(31 * 60, 5.0, True, 3)
    QTimer.singleShot(0, lambda: print("SHOWN", int(window.winId()), flush=True))

def command():
    line = sys.stdin.readline().strip()
    if not line:
        app.quit()
    elif line == "show":
        show()
    else:
        {"renudge": window.renudge, "focus": window.focus_prompt,
         "withdraw": window.withdraw}[line]()
        print("OK", flush=True)

notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(command)
show()
app.exec()
"""

# A control: an ordinary tool window, shown the ordinary way (it may take focus).
GRABBER_SCRIPT = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
window.setWindowTitle("grabber")
window.setGeometry(500, 300, 200, 100)
window.show()
QTimer.singleShot(0, lambda: print("READY", flush=True))
app.exec()
"""


class Child(ScriptChild):
    """A Python Qt process on the test display, read line by line."""

    def __init__(self, display: str, script: str) -> None:
        super().__init__(script, env=display_env(display), cwd=ROOT_DIR)

    def expect(self, prefix: str, timeout: float = 20.0) -> str:
        """Skip lines until one starts with ``prefix``; returns it."""
        deadline = time.monotonic() + timeout
        while not (line := self.read_line(max(0.1, deadline - time.monotonic()))).startswith(
            prefix
        ):
            pass
        return line


def xdo(display: str, *args: str) -> str:
    tool = require_tool("xdotool", "xdotool")
    done = subprocess.run(
        [tool, *args], env=display_env(display), capture_output=True, timeout=15, check=False
    )
    return done.stdout.decode(errors="replace").strip()


def focused_name(display: str) -> str:
    return xdo(display, "getwindowfocus", "getwindowname")


def stays(check: Callable[[], object], expected: object, seconds: float = 1.0) -> None:
    """``check()`` keeps giving ``expected`` for ``seconds`` (focus can move late)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert check() == expected
        time.sleep(0.1)


def start_typist(display: str, typist: Child) -> None:
    typist.expect("READY")
    eventually(lambda: focused_name(display), TYPIST)


def show_prompt(display: str, prompter: Child) -> int:
    window = int(prompter.expect("SHOWN").split()[1])
    eventually(lambda: xdo(display, "search", "--onlyvisible", "--name", "Break reminder"),
               str(window))  # fmt: skip
    return window


def test_showing_and_renudging_leave_the_keyboard_alone(xvfb_display: str) -> None:
    require_tool("xdotool", "xdotool")
    with Child(xvfb_display, TYPIST_SCRIPT) as typist:
        start_typist(xvfb_display, typist)
        with Child(xvfb_display, PROMPTER_SCRIPT) as prompter:
            show_prompt(xvfb_display, prompter)
            stays(lambda: focused_name(xvfb_display), TYPIST)
            xdo(xvfb_display, "type", "--delay", "20", "abc")
            assert typist.expect("TEXT") == "TEXT a"
            assert typist.expect("TEXT abc") == "TEXT abc"

            prompter.send("renudge")
            assert prompter.read_line() == "OK"
            stays(lambda: focused_name(xvfb_display), TYPIST)
            xdo(xvfb_display, "type", "d")
            assert typist.expect("TEXT abcd") == "TEXT abcd"


def test_a_click_or_focus_prompt_gives_it_the_keyboard(xvfb_display: str) -> None:
    require_tool("xdotool", "xdotool")
    with Child(xvfb_display, TYPIST_SCRIPT) as typist:
        start_typist(xvfb_display, typist)
        with Child(xvfb_display, PROMPTER_SCRIPT) as prompter:
            window = show_prompt(xvfb_display, prompter)
            # A click on the window's margin (not a button) focuses it; Esc then skips.
            xdo(xvfb_display, "mousemove", "--window", str(window), "200", "5", "click", "1")
            eventually(lambda: focused_name(xvfb_display), PROMPT)
            xdo(xvfb_display, "key", "Escape")
            assert prompter.read_line() == "SKIP_REQUESTED"

            # What the tray menu's "Show break reminder" would do; Enter then starts.
            xdo(xvfb_display, "windowfocus", "--sync", xdo(xvfb_display, "search", "--name",
                TYPIST))  # fmt: skip
            prompter.send("show")
            show_prompt(xvfb_display, prompter)
            stays(lambda: focused_name(xvfb_display), TYPIST, 0.3)
            prompter.send("focus")
            assert prompter.read_line() == "OK"
            eventually(lambda: focused_name(xvfb_display), PROMPT)
            xdo(xvfb_display, "key", "Return")
            assert prompter.read_line() == "START_REQUESTED"


def test_under_a_window_manager_the_prompt_is_not_focused_on_map(xvfb_display: str) -> None:
    require_tool("xdotool", "xdotool")
    with window_manager(xvfb_display), Child(xvfb_display, TYPIST_SCRIPT) as typist:
        start_typist(xvfb_display, typist)
        typist_id = xdo(xvfb_display, "search", "--name", TYPIST)

        # Control: openbox does focus an ordinary new window, so the check below
        # would catch a prompt that took focus.
        with Child(xvfb_display, GRABBER_SCRIPT) as grabber:
            grabber.expect("READY")
            eventually(lambda: focused_name(xvfb_display), "grabber")
        xdo(xvfb_display, "windowactivate", "--sync", typist_id)
        eventually(lambda: focused_name(xvfb_display), TYPIST)

        with Child(xvfb_display, PROMPTER_SCRIPT) as prompter:
            window = show_prompt(xvfb_display, prompter)
            stays(lambda: focused_name(xvfb_display), TYPIST)
            assert xdo(xvfb_display, "getactivewindow") == typist_id
            xdo(xvfb_display, "type", "--delay", "20", "xyz")
            assert typist.expect("TEXT xyz") == "TEXT xyz"

            # The window manager focuses it on a click; Enter starts the break.
            xdo(xvfb_display, "mousemove", "--window", str(window), "200", "5", "click", "1")
            eventually(lambda: focused_name(xvfb_display), PROMPT)
            xdo(xvfb_display, "key", "Return")
            assert prompter.read_line() == "START_REQUESTED"
