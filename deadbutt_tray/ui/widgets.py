"""The UI's repeated pieces: headings, paragraphs, muted notes, the app's icon, key
bindings and a dialog that is as tall as its content.

Each window used to build these by hand; here they are built one way, so fonts, word
wrap, selection and accessible names agree across the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QKeyCombination, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSizePolicy, QWidget

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.ui.text import plain_text

__all__ = [
    "app_icon_label",
    "bind_keys",
    "fit_to_content",
    "heading",
    "heading_font",
    "muted",
    "paragraph",
    "push_button",
    "scaled_font",
    "screen_height",
    "wrap_full_width",
]

Slot = Callable[[], object]


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


def screen_height(widget: QWidget) -> int:
    """The usable height of the screen ``widget`` will appear on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() if screen else 700


def fit_to_content(
    dialog: QWidget,
    scroll: QScrollArea,
    body: QWidget,
    width: int,
    *,
    slack: int,
    screen_share: float,
    min_scroll: int,
) -> int | None:
    """Size ``dialog`` (``width`` wide) to its scrolled ``body``: as tall as the content
    if ``screen_share`` of the screen allows, else that much of the screen, scrolling.

    ``slack`` pixels are added for rounding in word-wrapped heights. Returns the height
    the dialog was given when it all fits, else ``None``.
    """
    layout, body_layout = dialog.layout(), body.layout()
    assert layout is not None and body_layout is not None, "both need a layout"
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    wanted = body_layout.totalHeightForWidth(inner) + slack
    available = int(screen_height(dialog) * screen_share)
    chrome = layout.totalSizeHint().height() - scroll.sizeHint().height()
    if wanted + chrome <= available:
        scroll.setMinimumHeight(wanted)
        dialog.resize(width, wanted + chrome)
        return wanted + chrome
    scroll.setMinimumHeight(min(wanted, min_scroll))
    dialog.resize(width, available)
    return None
