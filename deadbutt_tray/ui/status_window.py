"""The status window: the tray's stand-in on desktops that have no system tray.

GNOME without the AppIndicator extension, some Wayland sessions and minimal window
managers have no tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is false). There the
app shows this small window instead: the same ring, the same status line and the same
actions as the tray menu. Closing it from the title bar minimises it, because a
tray-less app whose only window is gone could not be reached any more.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.core.rules.engine import Status
from deadbutt_tray.ui.actions import AppActions, Features
from deadbutt_tray.ui.text import plain_text, rich_escaped, sitting_text, tr
from deadbutt_tray.ui.tray import icon_mode, status_text
from deadbutt_tray.ui.tray_icon import IconMode, quantize, render_icon, tray_svg
from deadbutt_tray.ui.widgets import (
    fit_window,
    follow_content,
    muted,
    paragraph,
    push_button,
    start_edge,
    text_scroll_area,
    text_width,
)

RING_SIZE = 96  # the tray's ring, large enough to read across the desk
WIDTH_CHARS = 46  # the window's width in average characters of the user's font


def _tokens(value: str | None) -> set[str]:
    """``XDG_CURRENT_DESKTOP`` style lists ("ubuntu:GNOME") as lower-case names."""
    return {part.strip().lower() for part in (value or "").split(":") if part.strip()}


# Compositors whose usual bars are waybar or swaybar (wlroots and friends).
_WLROOTS = {"sway", "swayfx", "hyprland", "river", "wayfire", "labwc", "niri", "dwl", "qtile"}


def no_tray_hint(env: Mapping[str, str] = os.environ) -> str:
    """How to get a tray icon on this desktop, as one short paragraph of plain text."""
    names = (
        _tokens(env.get("XDG_CURRENT_DESKTOP"))
        | _tokens(env.get("XDG_SESSION_DESKTOP"))
        | _tokens(env.get("DESKTOP_SESSION"))
    )
    if any("gnome" in name for name in names):
        return tr(
            "GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem "
            "Support” extension. Install it (on Debian and Ubuntu: the "
            "gnome-shell-extension-appindicator package), turn it on in the Extensions app, "
            "then log out and back in."
        )
    if names & {"kde", "plasma", "plasmawayland"}:
        return tr(
            "Add the “System Tray” widget to your panel: right-click the panel, choose "
            "“Add Widgets…” and drag “System Tray” onto it."
        )
    if names & _WLROOTS or env.get("SWAYSOCK"):
        return tr(
            'Your bar needs its tray turned on: in waybar, add "tray" to one of the '
            "modules lists; in swaybar, remove any “tray_output none” line from the bar "
            "block. Then reload the bar."
        )
    if "i3" in names or env.get("I3SOCK"):
        return tr(
            "Add “tray_output primary” to the bar { } block of your i3 config, make sure "
            "one monitor is primary (xrandr --output NAME --primary), then reload i3."
        )
    return tr(
        "Your desktop has no system tray right now. Most panels can show one: look for a "
        "“System Tray”, “Notification Area” or “Status Notifier” item and add it to your "
        "panel, then start deadbutt-tray again."
    )


class _ActionButton(QPushButton):
    """A push button for a shared ``QAction``: its text, and shown while it is offered."""

    def __init__(self, action: QAction, parent: QWidget) -> None:
        super().__init__(action.text(), parent)
        self._action = action
        self.clicked.connect(action.trigger)
        # A slot of the button itself: the connection ends when the button is deleted.
        action.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        self.setVisible(self._action.isVisible())


class Notice(QFrame):
    """One notice in the status window: its title and words, and for a problem a Dismiss
    button (Esc anywhere in the notice dismisses it too). A routine notice has no button:
    it goes by itself after its time."""

    dismissed = Signal()  # the user dismissed the problem
    expired = Signal()  # the routine notice's time is up

    def __init__(self, key: str, problem: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.problem = problem
        self.tally = False  # a problem that counts those not shown: last of the problems
        self.setObjectName("problemNotice" if problem else "notice")
        colour = "214, 69, 69" if problem else "227, 160, 8"  # the warning's red, amber
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: rgba({colour}, 0.12); "
            f"border-{start_edge()}: 3px solid rgba({colour}, 0.9); }}"
        )
        self.label = QLabel("", self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Problem notice") if problem else tr("Latest notice"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.label, 1)
        self.dismiss_button: QPushButton | None = None
        if problem:
            self.dismiss_button = push_button(
                tr("Dismiss"), parent=self, name=tr("Dismiss this notice")
            )
            self.dismiss_button.clicked.connect(self.dismissed)
            self.dismiss_button.setAutoDefault(True)  # Enter presses it, as Space does
            layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expired)

    def say(self, title: str, text: str, seconds: float | None) -> None:
        """Show ``title`` and ``text``, for ``seconds`` (None: until dismissed)."""
        self.label.setText(f"<b>{rich_escaped(title)}</b><br>{rich_escaped(text)}")
        self.label.setAccessibleDescription(f"{title}. {text}")
        if self.dismiss_button is not None:
            self.dismiss_button.setAccessibleDescription(f"{title}. {text}")
        if seconds is None:
            self._timer.stop()
        else:
            self._timer.start(max(1, round(seconds * 1000)))

    def text(self) -> str:
        """What the notice says, as shown (rich text)."""
        return self.label.text()

    def time_left(self) -> float | None:
        """The seconds it stays up; None until dismissed."""
        if not self._timer.isActive():
            return None
        return self._timer.remainingTime() / 1000

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.problem and event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.dismissed.emit()  # not the window's Esc, which would minimise it
            return
        super().keyPressEvent(event)


class StatusWindow(QWidget):
    """A small top-level window with the tray's ring, status line and actions.

    It renders and emits intents; the app decides. A close from the title bar (or
    Alt+F4, or Esc) minimises; ``close()`` from code and quitting the app close it for
    real, so it never blocks ``QCoreApplication.quit()``.
    """

    pause_requested = Signal(int)  # minutes; UNTIL_TOMORROW (0) for "until tomorrow"
    resume_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    break_requested = Signal(str)  # a routine choice
    summary_requested = Signal()
    balance_requested = Signal()
    hint_dismissed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        show_break_action: bool = False,
        show_summary_action: bool = False,
        show_balance_action: bool = False,
        actions: AppActions | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # The shared commands (ui/actions.py): the same words and intents as the tray menu.
        self.commands = AppActions(self) if actions is None else actions
        self.commands.forward_to(self)
        self.setWindowTitle("deadbutt-tray")
        self.setWindowIcon(QIcon(str(resource_path("icons", "deadbutt-tray.svg"))))
        self.setAccessibleName(tr("deadbutt-tray status"))
        self._status: Status | None = None
        self._drawn: tuple[float, IconMode, bool] | None = None
        # With a tray icon to come back from, closing hides; without one, it minimises.
        self.hide_on_close = False

        self.ring = QLabel(self)
        self.ring.setFixedSize(RING_SIZE, RING_SIZE)
        self.ring.setAccessibleName(tr("Sitting progress"))

        # The status line in two parts: the headline ("Sitting for 23 min") large, the
        # rest ("next break in 7 min") below it at normal size.
        self.status_label = QLabel(tr("Starting…"), self)
        self.status_label.setWordWrap(True)
        bigger = QFont(self.status_label.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
        bigger.setBold(True)
        self.status_label.setFont(bigger)
        self.status_label.setAccessibleName(tr("Status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_label = QLabel("", self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(tr("Status detail"))
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.limit_label = muted(QLabel("", self), smaller=False)  # secondary information
        self.limit_label.setWordWrap(True)
        self.limit_label.setAccessibleName(tr("Sitting limit"))

        actions = self.commands
        # "Guided break ▸": the three routines in a menu, as in the tray's menu.
        self.break_button = self._button(None, tr("Guided &break"))
        self.break_button.setDefault(True)  # drawn as the primary action
        self.break_menu = QMenu(self.break_button)
        self.break_menu.setAccessibleName(tr("Guided break"))
        self.break_menu.addActions(list(actions.breaks))
        self.break_button.setMenu(self.break_menu)
        self.break_menu.aboutToShow.connect(self._refresh_menu)
        actions.break_desk.changed.connect(self._follow_break_actions)
        self.pause_button = self._button(None, tr("&Pause reminders"))
        self.pause_menu = QMenu(self.pause_button)
        self.pause_menu.setAccessibleName(tr("Pause reminders"))
        self.pause_menu.addActions(list(actions.pauses))
        self.pause_menu.addSeparator()
        self.resume_action = actions.resume
        self.pause_menu.addAction(self.resume_action)
        self.pause_menu.aboutToShow.connect(self._refresh_menu)
        self.pause_button.setMenu(self.pause_menu)
        self.summary_button = self._button(actions.summary)
        self.balance_button = self._button(actions.balance)
        self.settings_button = self._button(actions.settings)
        self.about_button = self._button(actions.about)
        self.quit_button = self._button(actions.quit)

        self.hint = self._build_hint()
        # Notifications land here when there is no tray to show them: problems first, each
        # until dismissed (or over), then routine ones, each for its time (NoticeStack).
        self.notice_stack = QWidget(self)
        self._notices: dict[str, Notice] = {}
        # What needs the user until it is fixed (records can't be saved): stays shown.
        self.warning = QLabel("", self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(tr("Needs your attention"))
        self.warning.setStyleSheet(
            "QLabel#warning { background: rgba(214, 69, 69, 0.12); "
            f"border-{start_edge()}: 3px solid rgba(214, 69, 69, 0.9); padding: 6px 8px; }}"
        )
        self.warning.hide()
        self._layout()
        self.set_feature_actions(
            guided_break=show_break_action, summary=show_summary_action, balance=show_balance_action
        )
        self._refresh_menu()
        fit_window(self, text_width(self, WIDTH_CHARS))
        # A hint, a notice or a longer status line makes the window grow to show it all.
        follow_content(self)

    # -- building ----------------------------------------------------------------------

    def _button(self, action: QAction | None, text: str = "") -> QPushButton:
        """A button for a shared action: its words, and shown only while it is offered."""
        button = QPushButton(text, self) if action is None else _ActionButton(action, self)
        button.setAccessibleName(plain_text(button.text()))
        # Enter presses the focused button, as it would in a dialog: keyboard first.
        button.setAutoDefault(True)
        return button

    def _build_hint(self) -> QFrame:
        """The one-time "how to get a tray icon" note, hidden until the app shows it."""
        frame = QFrame(self)
        frame.setObjectName("trayHint")
        frame.setStyleSheet(
            "QFrame#trayHint { background: rgba(79, 127, 224, 0.12);"
            " border: 1px solid rgba(79, 127, 224, 0.5); border-radius: 6px; }"
        )
        question = tr("Want a tray icon instead?")  # lupdate reads no tr() inside f-strings
        title = QLabel(f"<b>{rich_escaped(question)}</b>", frame)
        title.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label = paragraph("", parent=frame)
        self.hint_label.setAccessibleName(tr("How to get a tray icon"))
        self.hint_button = push_button(
            tr("&Got it"), self._dismiss_hint, parent=frame, name=tr("Dismiss the tray hint")
        )
        self.hint_button.setAutoDefault(True)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(title)
        layout.addWidget(self.hint_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.hint_button)
        layout.addLayout(row)
        frame.hide()
        return frame

    def _layout(self) -> None:
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addStretch(1)
        text.addWidget(self.status_label)
        text.addWidget(self.detail_label)
        text.addSpacing(2)
        text.addWidget(self.limit_label)
        text.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        actions = QGridLayout()
        actions.setHorizontalSpacing(8)
        actions.setVerticalSpacing(6)
        actions.addWidget(self.break_button, 0, 0, 1, 2)
        actions.addWidget(self.pause_button, 1, 0)
        actions.addWidget(self.settings_button, 1, 1)
        actions.addWidget(self.summary_button, 2, 0)
        actions.addWidget(self.balance_button, 2, 1)
        actions.addWidget(self.about_button, 3, 0)
        actions.addWidget(self.quit_button, 3, 1)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 16)
        root.setSpacing(14)
        root.addLayout(top)
        # The hint and the notice scroll when a small screen, a large font and a long
        # language leave no room for all of them (the buttons stay in view).
        notes = QWidget(self)
        column = QVBoxLayout(notes)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        self.hint.setParent(notes)
        self.warning.setParent(notes)
        self.notice_stack.setParent(notes)
        stack = QVBoxLayout(self.notice_stack)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(8)
        self.notice_stack.hide()
        column.addWidget(self.hint)
        column.addWidget(self.warning)
        column.addWidget(self.notice_stack)
        self.notes = text_scroll_area(notes, self)
        root.addWidget(self.notes, 1)
        root.addLayout(actions)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.status_label.setMinimumWidth(220)
        # Tab order follows reading order: the primary action first.
        order = [
            self.hint_button,
            self.break_button,
            self.pause_button,
            self.settings_button,
            self.summary_button,
            self.balance_button,
            self.about_button,
            self.quit_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- public API --------------------------------------------------------------------

    def set_feature_actions(
        self, *, guided_break: bool = False, summary: bool = False, balance: bool = False
    ) -> None:
        """Show the actions whose features exist (hidden until they land)."""
        self.commands.set_features(
            Features(guided_break=guided_break, summary=summary, balance=balance)
        )
        self._follow_break_actions()
        self._first_action().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_status(self, status: Status) -> None:
        """Show ``status``: the ring (redrawn only when it would look different) and text."""
        self._status = status
        mode = icon_mode(status)
        fraction = quantize(status.sitting_s / status.limit_s if status.limit_s else 1.0)
        drawn = (fraction, mode, bool(self.warning.text()))
        if drawn != self._drawn:
            icon = render_icon(tray_svg(fraction, mode, warning=drawn[2]))
            self.ring.setPixmap(icon.pixmap(QSize(RING_SIZE, RING_SIZE)))
            self._drawn = drawn
        text = status_text(status)
        headline, _sep, detail = text.partition(" · ")
        self.status_label.setText(headline)
        self.detail_label.setText(detail[:1].upper() + detail[1:])
        self.detail_label.setVisible(bool(detail))
        self.ring.setAccessibleDescription(text)
        self.limit_label.setText(tr("Sitting limit: {0}").format(sitting_text(status.limit_s)))
        self._refresh_menu()

    def set_warning(self, text: str) -> None:
        """Show (``text``) or clear ('') what needs the user, with a badge on the ring."""
        self.warning.setText(text)
        self.warning.setAccessibleDescription(text)
        self.warning.setVisible(bool(text))
        if self._status is not None:
            self.show_status(self._status)

    def show_tray_hint(self, text: str) -> None:
        """Show the "how to get a tray icon" note (``no_tray_hint()``) until dismissed."""
        self.hint_label.setText(text)
        self.hint_label.setAccessibleDescription(text)
        self.hint.show()
        self.notes.updateGeometry()  # the window follows its scroll area's new height

    def show_notice(
        self,
        title: str,
        text: str,
        seconds: float | None = 10,
        *,
        key: str = "",
        problem: bool = False,
        tally: bool = False,
    ) -> None:
        """A notification, shown in the window (there is no tray for it).

        A routine notice goes after ``seconds``; a ``problem`` stays until the user
        dismisses it (its button, or Esc in it) or :meth:`withdraw_notice` says it is over.
        Problems come first, then routine notices, each in the order they came; a
        ``tally`` (a problem counting those not shown) stays last of the problems. A notice
        with the ``key`` of one shown takes its place ("": a kind of its own too).
        """
        notice = self._notices.get(key)
        if notice is not None and notice.problem != problem:
            self._remove(notice)
            notice = None
        if notice is None:
            notice = Notice(key, problem, self.notice_stack)
            notice.tally = tally
            notice.dismissed.connect(lambda notice=notice: self._dismiss_notice(notice))
            notice.expired.connect(lambda notice=notice: self._remove(notice))
            layout = self.notice_stack.layout()
            assert isinstance(layout, QVBoxLayout)
            problems = sum(
                1 for shown in self._notices.values() if shown.problem and not shown.tally
            )
            layout.insertWidget(problems if problem else layout.count(), notice)
            self._notices[key] = notice
            self._order_dismiss_buttons()
        notice.say(title, text, None if problem else seconds)
        notice.show()  # made after the window was shown: not shown with it
        self.notice_stack.show()
        self.notes.updateGeometry()  # the window follows its scroll area's new height
        QApplication.alert(self, 0)  # the task bar entry asks for attention

    def withdraw_notice(self, key: str) -> None:
        """The notice of ``key`` goes (a problem that is over); nothing if none is shown."""
        notice = self._notices.get(key)
        if notice is not None:
            self._remove(notice)

    def notices(self) -> list[Notice]:
        """The notices shown, top to bottom."""
        layout = self.notice_stack.layout()
        assert layout is not None
        shown: list[Notice] = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            notice = item.widget() if item is not None else None
            if isinstance(notice, Notice):
                shown.append(notice)
        return shown

    def notice_times_left(self) -> dict[str, float | None]:
        """Each notice shown, by key: the seconds it stays up (None: until dismissed)."""
        return {notice.key: notice.time_left() for notice in self.notices()}

    def geometry_state(self) -> str:
        """Where the window is, as base64 text for ``AppState.status_window_geometry``."""
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def restore_geometry(self, state: str) -> bool:
        """Put the window back where ``geometry_state()`` found it; False if unusable."""
        if not state:
            return False
        try:
            data = QByteArray.fromBase64(QByteArray(state.encode("ascii")))
        except UnicodeEncodeError:
            return False
        return bool(self.restoreGeometry(data))

    def present(self) -> None:
        """Bring the window back to the front (a second start of the app asks for this)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- events ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the window manager's close (title-bar button, Alt+F4) is spontaneous.
        # close() from code and the app's quit are not, and must really close: in Qt 6
        # QCoreApplication.quit() is cancelled by any window that refuses to close.
        if event.spontaneous():
            event.ignore()
            self._put_away()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self._put_away()  # Esc dismisses, like the title-bar close
            return
        super().keyPressEvent(event)

    def _put_away(self) -> None:
        if self.hide_on_close:
            self.hide()  # the tray icon brings it back
        else:
            self.showMinimized()

    # -- internals ---------------------------------------------------------------------

    def _refresh_menu(self) -> None:
        self.commands.update(self._status)

    def _follow_break_actions(self) -> None:
        self.break_button.setVisible(self.commands.break_desk.isVisible())

    def _remove(self, notice: Notice) -> None:
        if self._notices.get(notice.key) is notice:
            del self._notices[notice.key]
        notice.hide()
        notice.setParent(None)  # out of the stack's layout now
        notice.deleteLater()
        self.notice_stack.setVisible(bool(self._notices))
        self._order_dismiss_buttons()
        self.notes.updateGeometry()

    def _dismiss_notice(self, notice: Notice) -> None:
        """The user dismissed ``notice``: the keyboard goes on to the next one's button,
        else to the first action; the window takes back the room."""
        focus = self.focusWidget()  # the window's, active or not
        had_focus = focus is not None and notice.isAncestorOf(focus)
        buttons = [shown.dismiss_button for shown in self.notices() if shown.dismiss_button]
        at = buttons.index(notice.dismiss_button) if notice.dismiss_button in buttons else 0
        rest = [button for button in buttons if button is not notice.dismiss_button]
        self._remove(notice)
        if had_focus:
            nearest = rest[min(at, len(rest) - 1)] if rest else self._first_action()
            nearest.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_window(self)

    def _order_dismiss_buttons(self) -> None:
        """Tab order follows reading order: the tray hint, the notices, then the actions."""
        buttons = [notice.dismiss_button for notice in self.notices() if notice.dismiss_button]
        for first, second in itertools.pairwise([self.hint_button, *buttons, self.break_button]):
            QWidget.setTabOrder(first, second)

    def _dismiss_hint(self) -> None:
        self.hint.hide()
        fit_window(self)
        self._first_action().setFocus(Qt.FocusReason.OtherFocusReason)
        self.hint_dismissed.emit()

    def _first_action(self) -> QPushButton:
        """Where focus starts: the guided break if there is one, else Pause."""
        return self.break_button if not self.break_button.isHidden() else self.pause_button
