"""The UI's repeated pieces: headings, paragraphs, muted notes, the app's icon, key
bindings, and windows that fit their text and the screen.

Each window used to build these by hand; here they are built one way, so fonts, word
wrap, selection and accessible names agree across the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.ui.text import plain_text

__all__ = [
    "BORDERS_PX",
    "TITLE_BAR_PX",
    "TextScrollArea",
    "app_icon_label",
    "available_area",
    "bind_keys",
    "fit_window",
    "follow_content",
    "heading",
    "heading_font",
    "muted",
    "paragraph",
    "place_beside",
    "push_button",
    "scaled_font",
    "text_scroll_area",
    "text_width",
    "wrap_full_width",
]

Slot = Callable[[], object]

# Room left for a window manager's title bar and borders (all of the frame's height) when
# a window is sized to the screen; the real frame, once known, if it is taller.
TITLE_BAR_PX = 32
BORDERS_PX = 4  # the frame's left and right borders together


def start_edge() -> str:
    """The side lines of text start from: "left", or "right" in a right-to-left layout.

    Style sheets don't mirror: an accent bar on a note's leading edge asks for its side
    with ``f"border-{start_edge()}: …"`` when the widget is built (windows are rebuilt
    when the language, and with it the direction, changes).
    """
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "right" if rtl else "left"


def scaled_font(base: QFont, scale: float, *, bold: bool) -> QFont:
    """``base`` (the user's font) scaled, bold or not."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


def heading_font(base: QFont, scale: float = 1.5) -> QFont:
    """A bold, larger version of ``base`` for dialog titles (follows the user's font)."""
    return scaled_font(base, scale, bold=True)


def heading(
    text: str, scale: float = 1.0, *, wrap: bool = True, parent: QWidget | None = None
) -> QLabel:
    """A bold label, ``scale`` times the normal size: titles, column heads, big figures."""
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setFont(heading_font(label.font(), scale))
    return label


def paragraph(text: str, *, rich: bool = False, parent: QWidget | None = None) -> QLabel:
    """Running text: word-wrapped and selectable with the mouse; plain unless ``rich``."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(label: QLabel, *, smaller: bool = True) -> QLabel:
    """Secondary text in the theme's dim colour (a disabled label would be dim too, but
    screen readers announce it as unavailable), a little smaller unless told not to."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if smaller:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
    return label


def wrap_full_width(label: QLabel) -> QLabel:
    """Word-wrap ``label`` across the whole width it is given."""
    label.setWordWrap(True)
    # Only the horizontal policy changes: a fresh QSizePolicy would drop the
    # height-for-width flag that word wrap set, and the layout would then reserve the
    # height of the label's narrow "natural" shape, leaving blank space under it.
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    label.setSizePolicy(policy)
    return label


def push_button(
    text: str,
    slot: Slot | None = None,
    *,
    parent: QWidget | None = None,
    name: str | None = None,
    tip: str = "",
    default: bool = False,
    keys_are_ours: bool = False,
) -> QPushButton:
    """A button whose accessible name is its text without the mnemonic, or ``name``
    (``""``: none set, so screen readers follow a text that changes).

    ``tip`` is both the tooltip and the accessible description. ``default``: Enter presses
    it. ``keys_are_ours``: the window handles Space and Enter itself, so the button never
    takes focus or becomes the default (it would steal them).
    """
    button = QPushButton(text, parent)
    if name != "":
        button.setAccessibleName(plain_text(text) if name is None else name)
    if tip:
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
    if keys_are_ours:
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if default:
        button.setDefault(True)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def app_icon_label(size: int, name: str, parent: QWidget | None = None) -> QLabel:
    """The app's icon at ``size`` pixels, with ``name`` as its accessible name."""
    icon = QLabel(parent)
    icon.setPixmap(
        QIcon(str(resource_path("icons", "deadbutt-tray.svg"))).pixmap(QSize(size, size))
    )
    icon.setAccessibleName(name)
    return icon


def arrow_keys() -> tuple[Qt.Key, Qt.Key]:
    """The arrow keys for (next, back): → and ←, or ← and → when the layout runs right to
    left (next is then to the left, where its button is)."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.Key.Key_Left, Qt.Key.Key_Right
    return Qt.Key.Key_Right, Qt.Key.Key_Left


def bind_keys(
    widget: QWidget,
    keys: Sequence[tuple[Qt.Key | QKeyCombination, Slot]],
    context: Qt.ShortcutContext | None = None,
) -> list[QShortcut]:
    """A shortcut on ``widget`` for each (key, slot); keep the list while they apply."""
    shortcuts = []
    for key, slot in keys:
        shortcut = QShortcut(QKeySequence(key), widget)
        if context is not None:
            shortcut.setContext(context)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts


# -- windows that fit their text and the screen ----------------------------------------------


def available_area(widget: QWidget) -> QRect:
    """Where ``widget``'s window may be: its screen's available area (no panels), less a
    title bar unless the window is frameless."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = QRect(screen.availableGeometry()) if screen else QRect(0, 0, 1024, 600)
    window = widget.window()
    if not window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        # The real frame is known once the window is shown.
        frame = window.frameGeometry().size() - window.size()
        area.setTop(area.top() + max(TITLE_BAR_PX, frame.height()))
        area.setWidth(area.width() - max(BORDERS_PX, frame.width()))
    return area


def text_width(widget: QWidget, chars: int) -> int:
    """The width of a line of ``chars`` average characters in ``widget``'s font: a window
    width that grows with the user's font instead of clipping it."""
    return widget.fontMetrics().averageCharWidth() * chars


def fit_window(
    window: QWidget,
    width: int | None = None,
    *,
    widen: bool = True,
    grow_only: bool = False,
    set_minimum: bool = True,
) -> QSize:
    """Size ``window`` to its content, never larger than the available screen.

    ``width`` (default: the current width) is widened to what the layout needs (buttons
    and long words are never cut) and narrowed to the screen; the height is what the
    layout needs at that width, word-wrapped labels included (a layout's plain minimum
    ignores them), capped by the screen: content that can be long sits in a
    :class:`TextScrollArea`, which scrolls instead (pass ``widen=False`` to scroll rather
    than widen). ``grow_only``: never shrink a window the user made larger. ``set_minimum``:
    make the layout's minimum (within the screen) the window's. Returns the new size.
    """
    layout = window.layout()
    assert layout is not None, "fit_window needs a window with a layout"
    layout.activate()
    room = available_area(window).size()
    least = layout.totalMinimumSize()
    wanted_w = window.width() if width is None else width
    new_w = min(max(wanted_w, least.width()), room.width())
    if layout.hasHeightForWidth():
        wanted_h = layout.totalHeightForWidth(new_w)
        # Too tall for the screen: wider, so the wrapped text takes fewer lines.
        while widen and wanted_h > room.height() and new_w < room.width():
            new_w = min(room.width(), new_w + max(40, new_w // 8))
            wanted_h = layout.totalHeightForWidth(new_w)
    else:
        wanted_h = layout.totalSizeHint().height()
    new_h = min(max(wanted_h, least.height()), room.height())
    if grow_only:
        new_w, new_h = max(new_w, min(window.width(), room.width())), max(new_h, window.height())
        new_h = min(new_h, room.height())
    if set_minimum:
        # The window manager may not shrink a window below its minimum: keep that on screen.
        window.setMinimumSize(min(least.width(), room.width()), min(least.height(), room.height()))

    if window.isVisible():
        _keep_on_screen(window, QSize(new_w, new_h))
    window.resize(new_w, new_h)
    return QSize(new_w, new_h)


def _keep_on_screen(window: QWidget, size: QSize) -> None:
    """Move a shown ``window`` that is about to become ``size`` back onto its screen: a
    window manager places a window when it appears, not when it grows."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    whole = QRect(frame.topLeft(), size + (frame.size() - window.size()))
    dx = min(0, area.right() - whole.right())
    dy = min(0, area.bottom() - whole.bottom())
    x = max(area.left(), whole.left() + dx)
    y = max(area.top(), whole.top() + dy)
    if (x, y) != (whole.left(), whole.top()):
        window.move(x, y)


class _ContentFollower(QObject):
    """Re-fits a window (once per event-loop turn) when its layout asks for new sizes."""

    def __init__(self, window: QWidget, grow_only: bool) -> None:
        super().__init__(window)
        self._window = window
        self._grow_only = grow_only
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LayoutRequest:
            self._timer.start()
        return False

    def _fit(self) -> None:
        if self._window.isVisible():
            fit_window(self._window, grow_only=self._grow_only)


def follow_content(window: QWidget, *, grow_only: bool = True) -> None:
    """Keep ``window`` fitted to its content as text changes (a hint or notice shown, a
    longer status line); see :func:`fit_window`. By default it only grows."""
    _ContentFollower(window, grow_only)


class TextScrollArea(QScrollArea):
    """A scroll area for text that can be long: it asks for its content's whole height at
    a given width (so a window fits it all when the screen allows) and scrolls when the
    window is held smaller; never sideways, and the window's background shows through.
    Wherever the keyboard focus lands inside it (Tab, Shift+Tab round the window, a
    click, a screen reader), it scrolls there."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport of our own: asking Qt for its own (viewport()) makes PySide work out
        # the type of a widget it has never seen, which first builds the Python type of
        # every QtWidgets class (~15-20 ms on the guided break's first open). Set before
        # the body: setViewport deletes the old viewport and its children.
        viewport = QWidget(self)
        viewport.setAutoFillBackground(False)
        self.setViewport(viewport)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.setAutoFillBackground(False)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # dropped by Qt when this area is deleted
            app.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        # QScrollArea scrolls to the focus only when Tab moves it between its own
        # children: not when it comes from outside (Shift+Tab from the window's first
        # button to its last chart) or from setFocus.
        body = self.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The text changed size (a new page, a longer line): tell the window's layout,
        # which a plain QScrollArea keeps to itself, so follow_content can re-fit.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        body = self.widget()
        if body is None:
            return 0
        frame = 2 * self.frameWidth()
        # Measured beside a scroll bar: text measured at the full width would come out a
        # line short once a bar showed, and that shortfall would then make the bar show.
        inner = width - frame - self._bar()
        height = body.heightForWidth(inner) if body.hasHeightForWidth() else -1
        return (height if height >= 0 else body.sizeHint().height()) + frame

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = body.sizeHint()
        return QSize(hint.width() + frame + self._bar(), hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        frame = 2 * self.frameWidth()
        least = body.minimumSizeHint()
        # As wide as the body's longest word or widest button (plus the scroll bar when
        # it shows); a few lines high: the rest scrolls.
        return QSize(
            least.width() + frame + self._bar(),
            min(least.height(), 4 * self.fontMetrics().lineSpacing()) + frame,
        )


def text_scroll_area(body: QWidget, parent: QWidget | None = None) -> TextScrollArea:
    """``body`` in a :class:`TextScrollArea`."""
    return TextScrollArea(body, parent)


def place_beside(
    window: QWidget, other: QWidget, gap: int = 12, *, move_other: bool = False
) -> None:
    """Move ``window`` next to ``other`` (right of it, else left, else below) so it does
    not cover it; both stay on ``other``'s screen as far as the screen allows.

    ``move_other``: first move ``other`` to the screen's left edge, and narrow ``window``
    (not below its minimum, re-fitted to its content) if that makes it fit beside: for
    two windows opened together, e.g. the first-run welcome and a status window whose
    place the window manager has not even chosen yet (it would centre it afterwards).
    """
    screen = other.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    there = QRect(other.frameGeometry().topLeft(), _frame_size(other))
    if move_other:
        top = max(area.top(), min(there.top(), area.bottom() + 1 - there.height()))
        there = QRect(QPoint(area.left(), top), there.size())
        other.move(there.topLeft())
        room = area.right() - (there.right() + gap) - _frame_size(window).width() + window.width()
        if window.minimumWidth() <= room < window.width():
            fit_window(window, room, widen=False)
    if _try_beside(window, there, area, gap):
        return
    # No room anywhere: flush with the screen edge on the side with the most room, so
    # as little as possible is covered.
    size = _frame_size(window)
    top = max(area.top(), min(there.top(), area.bottom() + 1 - size.height()))
    right_room = area.right() - there.right()
    x = area.right() + 1 - size.width() if right_room >= there.left() - area.left() else area.left()
    window.move(QPoint(max(area.left(), x), top))


def _frame_size(window: QWidget) -> QSize:
    """``window``'s size with its frame (an allowance for it before it is shown)."""
    size = window.frameGeometry().size()
    if size == window.size() and not window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        size += QSize(BORDERS_PX, TITLE_BAR_PX)  # not shown yet: the frame is still to come
    return size


def _try_beside(window: QWidget, there: QRect, area: QRect, gap: int) -> bool:
    """Move ``window`` right of, left of or below ``there`` if it fits on ``area``."""
    size = _frame_size(window)
    top = max(area.top(), min(there.top(), area.bottom() + 1 - size.height()))
    candidates = [
        QPoint(there.right() + gap, top),
        QPoint(there.left() - gap - size.width(), top),
        QPoint(
            max(area.left(), min(there.left(), area.right() + 1 - size.width())),
            there.bottom() + gap,
        ),
    ]
    for point in candidates:
        if area.contains(QRect(point, size)):
            window.move(point)
            return True
    return False
