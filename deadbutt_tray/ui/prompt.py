"""The break prompt: a small always-on-top window near the tray that never steals focus.

It renders what the app tells it and emits the user's intent (start, snooze, skip); the
core decides when it appears, re-nudges and what a snooze means.

Focus: the window is shown *without activating* (``WA_ShowWithoutActivating``) and as a
window that does not accept focus (``WindowDoesNotAcceptFocus``: X11's input hint, the
flag Wayland compositors read), so keys the user is typing keep going where they were
going; sway focuses every new window whatever its flags (and tiles it), so there the app
first asks sway itself not to, and to float it at its own size (``platform/sway.py``).
A compositor that focuses it anyway gets nothing from the first second of keys
(``KEY_GRACE_MS``): typing is not turned into "Enter starts a break".
Clicking the window or :meth:`PromptWindow.focus_prompt` (the tray menu) lets it take
focus, and then keys work at once. Qt has no global shortcuts, so there is no
system-wide key to jump to it. Once it has focus: Enter starts the guided break (or
presses the focused button), Esc skips, Tab walks the buttons in the order they are
drawn, Alt+letter works on each button.

There is only ever one window: :meth:`show_prompt` on a shown window updates it in
place, and :meth:`renudge` draws attention to it again (raise, a brief pulse of the
accent border, ``QApplication.alert``) rather than opening another.

On Wayland a client cannot place its own windows, so there the compositor decides where
the prompt appears; ``move()`` is honoured on X11, Windows and macOS.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEasingCurve,
    QElapsedTimer,
    QEvent,
    QObject,
    QPoint,
    QRect,
    Qt,
    QVariantAnimation,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deadbutt_tray.platform.sway import FloatNoFocus
from deadbutt_tray.ui.text import number_text, plain_text, sitting_text, tr
from deadbutt_tray.ui.widgets import app_icon_label, fit_window, text_width

# The app's green, darkened until white text on it reads at 5.3:1 (WCAG AA).
ACCENT = QColor("#1f7a4a")
ACCENT_HOVER = QColor("#23884f")
ACCENT_PRESSED = QColor("#175c38")
GLOW = QColor("#3fbf76")  # the re-nudge pulse: brighter, so it shows on dark panels too
SCREEN_MARGIN_PX = 12  # gap between the window and the screen edge / panel
STRIPE_PX = 4  # the accent stripe down the left edge
PULSE_MS = 900  # one swell and fade of the re-nudge glow
PULSES = 2
KEY_GRACE_MS = 1000  # keys in the first second after showing are the user's typing
_KEY_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
)
LINE_CHARS = 58  # the window's usual width in characters (400 px at 9 pt); wider if needed


def tray_corner(anchor: QRect | None, screen: QRect, available: QRect) -> tuple[bool, bool]:
    """(top, left): the corner of the screen the tray is in.

    The icon's own geometry when the platform gives it (XEmbed, Windows); otherwise
    (a StatusNotifierItem host, Wayland) the edge the panels take from the screen: a
    panel along the top leaves the available area below it, so top-right; a vertical
    panel alone on the left, bottom-left. No panel at all: bottom-right, where most
    trays are.
    """
    if anchor is not None:
        return (
            anchor.center().y() < available.center().y(),
            anchor.center().x() < available.center().x(),
        )
    above, below = available.top() - screen.top(), screen.bottom() - available.bottom()
    before, after = available.left() - screen.left(), screen.right() - available.right()
    # Left only for a vertical panel alone: with a top bar and a dock on the left
    # (Ubuntu), the tray is in the bar.
    return above > below, before > after and above <= 0 and below <= 0


class PromptWindow(QWidget):
    """The "time for a break" prompt. Emits intents; the app and the core decide the rest.

    Signals: ``start_requested``, ``snooze_requested``, ``skip_requested``: the user chose
    (the window hides itself first). ``dismissed``: closed with × or the window manager's
    close; that counts as nothing: the prompt stays pending and :meth:`renudge` shows it
    again.
    """

    start_requested = Signal()
    snooze_requested = Signal()
    skip_requested = Signal()
    dismissed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        key_grace_ms: int = KEY_GRACE_MS,
        no_focus: FloatNoFocus | None = None,
    ) -> None:
        # Tool: no taskbar entry; frameless: it is a notification, not a document
        # window; on top: it must not vanish behind the editor the user is typing in.
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.key_grace_ms = key_grace_ms
        # sway: the flag above reaches no protocol, and a tiled prompt fills half the screen
        self._no_focus = no_focus or FloatNoFocus()
        self._shown_at = QElapsedTimer()
        self._focus_given = False  # a click or focus_prompt(): keys are meant for us
        # A tray app is never the active app on macOS, where Tool windows hide whenever
        # their app is inactive: without this the prompt would never be seen there.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setObjectName("promptWindow")
        self.setWindowTitle(tr("Break reminder — deadbutt-tray"))
        self.setAccessibleName(tr("Break reminder"))

        self._pending = False  # a prompt is outstanding (shown, or closed with ×)
        self._anchor: QRect | None = None
        self._glow = 0.0
        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setKeyValueAt(0.5, 1.0)
        self._pulse.setEndValue(0.0)
        self._pulse.setDuration(PULSE_MS)
        self._pulse.setLoopCount(PULSES)
        self._pulse.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._pulse.valueChanged.connect(self._set_glow)

        self._build()
        for widget in (self, self.start_button, self.snooze_button, self.skip_button,
                       self.close_button):  # fmt: skip
            widget.installEventFilter(self)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        icon = app_icon_label(36, tr("deadbutt-tray"), self)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        self.message = QLabel(tr("Time to wake up your glutes."), self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        self.note = QLabel(self)  # why snoozing is off, when it is
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.note.setAccessibleName(tr("Snooze note"))

        self.start_button = QPushButton(tr("&Start guided break"), self)
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName(plain_text(self.start_button.text()))
        self.start_button.setAccessibleDescription(tr("A short guided glute-activation break"))
        self.start_button.setStyleSheet(self._start_style())
        self.snooze_button = QPushButton(self)
        self.snooze_button.setObjectName("snoozeButton")
        self.skip_button = QPushButton(tr("S&kip"), self)
        self.skip_button.setObjectName("skipButton")
        self.skip_button.setAccessibleName(plain_text(self.skip_button.text()))
        self.skip_button.setAccessibleDescription(tr("No break this time"))
        self.skip_button.setToolTip(tr("No break this time (Esc)"))
        self.start_button.setToolTip(tr("Start a short guided break (Enter)"))

        # A button box lays the buttons out in the platform's order (primary on the
        # right on GNOME/macOS, on the left on Windows) and chains Tab to match.
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.snooze_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setAutoDefault(False)  # Enter is handled once, in keyPressEvent
        self.start_button.clicked.connect(lambda: self._act(self.start_requested))
        self.snooze_button.clicked.connect(lambda: self._act(self.snooze_requested))
        self.skip_button.clicked.connect(lambda: self._act(self.skip_requested))

        # Made after the buttons so it comes last in the Tab order: the × is the least
        # useful thing to land on. (The button box chains its own buttons in the order it
        # draws them.)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Close for now (you will be reminded again)"))
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.setAccessibleDescription(tr("Close for now; you will be reminded again"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self._dismiss)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.headline)
        text.addWidget(self.message)
        text.addWidget(self.note)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(STRIPE_PX + 14, 12, 10, 12)
        outer.setSpacing(12)
        outer.addLayout(top)
        outer.addWidget(self.buttons)

        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _start_style() -> str:
        """The primary button in the accent colour; a visible focus ring for keyboards."""
        return (
            "QPushButton#startButton {"
            f" background: {ACCENT.name()}; color: white; font-weight: 600;"
            f" border: 2px solid {ACCENT.name()}; border-radius: 4px; padding: 5px 14px; }}"
            f"QPushButton#startButton:hover {{ background: {ACCENT_HOVER.name()};"
            f" border-color: {ACCENT_HOVER.name()}; }}"
            f"QPushButton#startButton:pressed {{ background: {ACCENT_PRESSED.name()}; }}"
            "QPushButton#startButton:focus { border-color: palette(window-text); }"
        )

    # -- the API the app uses ------------------------------------------------------------

    def show_prompt(
        self,
        sat_for_s: float,
        snooze_min: float,
        can_snooze: bool,
        snoozes_left: int,
        *,
        snoozes_in_row: int | None = None,
        anchor: QRect | None = None,
    ) -> None:
        """Show the prompt (or update the one already shown), without taking focus.

        ``snoozes_in_row`` is only used for the "no more snoozes" note; ``anchor`` is the
        tray icon's geometry (``QSystemTrayIcon.geometry()``), when the platform knows it,
        so the window appears in that corner; otherwise bottom-right.
        """
        self.headline.setText(tr("You've been sitting {0}.").format(sitting_text(sat_for_s)))
        snooze = tr("S&nooze {0} min").format(number_text(snooze_min))
        self.snooze_button.setText(snooze)
        self.snooze_button.setAccessibleName(plain_text(snooze))
        self.snooze_button.setEnabled(can_snooze)
        if can_snooze:
            self.note.hide()
            self.note.clear()
            left = tr("Snoozes left in a row: {0}").format(max(0, snoozes_left))
            self.snooze_button.setToolTip(left)
            self.snooze_button.setAccessibleDescription(left)
        else:
            if snoozes_in_row:
                why = tr("No more snoozes — {0} in a row already").format(snoozes_in_row)
            else:
                why = tr("No more snoozes in a row")
            self.note.setText(why)
            self.note.show()
            self.snooze_button.setToolTip(why)
            self.snooze_button.setAccessibleDescription(why)
        self._present(anchor)

    def show_offer(
        self,
        headline: str,
        message: str,
        *,
        start: str,
        later: str | None,
        skip: str,
        anchor: QRect | None = None,
    ) -> None:
        """Show another polite offer in this window's shape (the daily program's home
        routine): the same three answers, worded for it; ``later`` None offers none."""
        self.headline.setText(headline)
        self.message.setText(message)
        for button, text in ((self.start_button, start), (self.skip_button, skip)):
            button.setText(text)
            button.setAccessibleName(plain_text(text))
            button.setAccessibleDescription("")
        self.start_button.setToolTip(tr("{0} (Enter)").format(plain_text(start)))
        self.skip_button.setToolTip(tr("{0} (Esc)").format(plain_text(skip)))
        self.snooze_button.setText(later or tr("&Later"))
        self.snooze_button.setAccessibleName(plain_text(later or tr("&Later")))
        self.snooze_button.setEnabled(later is not None)
        self.snooze_button.setToolTip("")
        self.note.hide()
        self._present(anchor)

    def _present(self, anchor: QRect | None) -> None:
        """Show the window as its texts now stand (or re-place the one already shown),
        without taking focus; it is pending until answered or withdrawn."""
        self.setAccessibleDescription(f"{self.headline.text()} {self.message.text()}")
        if anchor is not None:
            self._anchor = QRect(anchor)
        self._pending = True
        if not self.isVisible():
            # Keyboard focus *inside* the window starts on the primary action, ready
            # for when the user clicks or focus_prompt() is called.
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_quietly()
        else:
            self._place()  # the text may have changed the height

    def renudge(self) -> None:
        """Gently draw attention to the pending prompt again; never a second window.

        Nothing happens when no prompt is pending (never shown, or withdrawn). A prompt
        closed with × is shown again (still without taking focus).
        """
        if not self._pending:
            return
        if not self.isVisible():
            self._show_quietly()
        self.raise_()  # restacks only: raising does not activate
        QApplication.alert(self, PULSES * PULSE_MS)
        self._pulse.stop()
        self._pulse.start()

    def withdraw(self) -> None:
        """The moment passed (e.g. the user walked away: a natural break): hide it."""
        self._pending = False
        self._pulse.stop()
        self._set_glow(0.0)
        self.hide()

    def is_showing(self) -> bool:
        """Whether the prompt is on screen now."""
        return self.isVisible()

    def focus_prompt(self) -> bool:
        """Give the pending prompt keyboard focus (from the tray menu); False if none."""
        if not self._pending:
            return False
        if not self.isVisible():
            self._show_quietly()
        self._accept_focus()
        self.raise_()
        self.activateWindow()
        self.start_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return True

    def _accept_focus(self) -> None:
        """The user reached for the prompt: from now on it may have the keyboard."""
        self._focus_given = True
        self._set_focusable(True)

    def _set_focusable(self, focusable: bool) -> None:
        # A shown window changes on the native window only: QWidget.setWindowFlag would
        # hide it (and it would come back focused).
        if not self.isVisible():
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, not focusable)
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, not focusable)

    def in_key_grace(self) -> bool:
        """Keys now are the user's typing elsewhere, not meant for the prompt."""
        return (
            not self._focus_given
            and self._shown_at.isValid()
            and self._shown_at.elapsed() < self.key_grace_ms
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEY_EVENTS and self.in_key_grace():
            return True  # swallowed: typing must not press a button by accident
        return super().eventFilter(watched, event)

    # -- behaviour ---------------------------------------------------------------------

    def _show_quietly(self) -> None:
        self._place()
        self._focus_given = False
        was_visible = self.isVisible()
        if not was_visible:
            self._set_focusable(False)
            if QGuiApplication.platformName() == "wayland":
                self._no_focus.ask(QGuiApplication.desktopFileName(), self.windowTitle())
        self.show()  # WA_ShowWithoutActivating: focus stays where the user is typing
        if not was_visible:
            self._shown_at.start()

    def _place(self) -> None:
        """Put the window in the tray's corner of the screen the tray is on."""
        layout = self.layout()
        if layout is not None:
            # A label just shown or hidden only marks the layout dirty; without this the
            # window would keep its old height until the next event-loop pass.
            layout.invalidate()
        # As wide as a comfortable line in the user's font, wider when the buttons need it
        # (never "tart guided breal"), as tall as the wrapped text: never off the screen.
        fit_window(self, text_width(self, LINE_CHARS))
        anchor = self._anchor if self._anchor is not None and self._anchor.isValid() else None
        screen = QGuiApplication.screenAt(anchor.center()) if anchor is not None else None
        screen = screen or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        size = self.size()
        top, left = tray_corner(anchor, screen.geometry(), area)
        x = (
            area.left() + SCREEN_MARGIN_PX
            if left
            else area.right() - size.width() - (SCREEN_MARGIN_PX - 1)
        )
        y = (
            area.top() + SCREEN_MARGIN_PX
            if top
            else area.bottom() - size.height() - (SCREEN_MARGIN_PX - 1)
        )
        self.move(QPoint(x, y))

    def _act(self, intent: SignalInstance) -> None:
        """The user chose: the window goes away at once, then the app hears why."""
        self._pending = False
        self._pulse.stop()
        self._set_glow(0.0)
        self.hide()
        intent.emit()

    def _dismiss(self) -> None:
        """× counts as nothing: hide, keep the prompt pending for the next re-nudge."""
        self._pulse.stop()
        self._set_glow(0.0)
        self.hide()
        self.dismissed.emit()

    def _set_glow(self, value: object) -> None:
        self._glow = float(value)  # type: ignore[arg-type]
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain_key = not (
            event.modifiers()
            & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        )
        if key == Qt.Key.Key_Escape and plain_key:
            self.skip_button.click()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain_key:
            # Enter presses the button that has focus (as in any dialog), else Start.
            focused = self.focusWidget()
            ours = (self.start_button, self.snooze_button, self.skip_button, self.close_button)
            if isinstance(focused, QAbstractButton) and focused in ours and focused.isEnabled():
                focused.click()
            else:
                self.start_button.click()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click anywhere on the prompt focuses it, even where no window manager would
        # (bare X servers, focus-stealing prevention that also ignores clicks on Tool
        # windows), so the keys work from then on.
        self._accept_focus()
        self.activateWindow()
        super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4 or the window manager's close: the same as ×, never a skip.
        if self.isVisible():
            self._dismiss()
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place()  # the real size is known only now on some platforms

    def paintEvent(self, event: QPaintEvent) -> None:
        """A hairline frame, the accent stripe, and the re-nudge glow over the frame."""
        painter = QPainter(self)
        rect = self.rect()
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.fillRect(QRect(0, 0, STRIPE_PX, rect.height()), ACCENT)
        if self._glow > 0:
            glow = QColor(GLOW)
            glow.setAlphaF(min(1.0, self._glow))
            painter.setPen(QPen(glow, 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.end()
