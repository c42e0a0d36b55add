"""The shared pieces of ui/widgets.py: one way to build a heading, a paragraph, a button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from deadbutt_tray.ui import widgets
from deadbutt_tray.ui.widgets import (
    app_icon_label,
    available_area,
    bind_keys,
    fit_window,
    follow_content,
    heading,
    muted,
    paragraph,
    place_beside,
    push_button,
    text_scroll_area,
)


def test_heading_is_bold_and_scaled(qtbot: QtBot) -> None:
    plain = QLabel("x")
    title = heading("Title", 1.5)
    assert title.font().bold() and title.wordWrap()
    assert title.font().pointSizeF() == plain.font().pointSizeF() * 1.5
    assert not heading("Head", wrap=False).wordWrap()


def test_paragraph_wraps_and_can_be_selected(qtbot: QtBot) -> None:
    label = paragraph("<b>not markup</b>")
    assert label.wordWrap() and label.textFormat() is Qt.TextFormat.PlainText
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert paragraph("<b>x</b>", rich=True).textFormat() is Qt.TextFormat.RichText


def test_muted_is_dim_and_optionally_smaller(qtbot: QtBot) -> None:
    size = QLabel().font().pointSizeF()
    note = muted(QLabel("note"))
    assert note.foregroundRole() is QPalette.ColorRole.PlaceholderText
    assert note.font().pointSizeF() < size
    assert muted(QLabel("same"), smaller=False).font().pointSizeF() == size


def test_push_button_names_and_keys(qtbot: QtBot) -> None:
    pressed: list[str] = []
    button = push_button("Se&ttings…", lambda: pressed.append("x"), tip="Open the settings")
    qtbot.addWidget(button)
    assert button.accessibleName() == "Settings"
    assert button.toolTip() == button.accessibleDescription() == "Open the settings"
    button.click()
    assert pressed == ["x"]
    assert push_button("&Next ▶", name="Next").accessibleName() == "Next"
    live = push_button("Pause", name="", keys_are_ours=True)
    assert live.accessibleName() == ""  # screen readers follow the changing text
    assert live.focusPolicy() is Qt.FocusPolicy.NoFocus and not live.autoDefault()
    assert push_button("&Close", default=True).isDefault()


def test_bind_keys_calls_the_slot(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    hits: list[str] = []
    shortcuts = bind_keys(window, [(Qt.Key.Key_H, lambda: hits.append("h"))])
    assert len(shortcuts) == 1
    shortcuts[0].activated.emit()
    assert hits == ["h"]


def test_app_icon_label_has_a_picture_and_a_name(qtbot: QtBot) -> None:
    icon = app_icon_label(36, "deadbutt-tray")
    assert not icon.pixmap().isNull() and icon.accessibleName() == "deadbutt-tray"


def long_text_window(words: int) -> tuple[QWidget, QLabel]:
    window = QWidget()
    label = paragraph(" ".join(["sitting"] * words))
    layout = QVBoxLayout(window)
    layout.addWidget(label)
    return window, label


def test_fit_window_gives_wrapped_text_its_height(qtbot: QtBot) -> None:
    window, label = long_text_window(120)
    qtbot.addWidget(window)
    size = fit_window(window, 300)
    assert size.width() == 300 == window.width()
    # heightForWidth, not the label's one-line minimum: no line is cut off.
    assert label.height() >= label.heightForWidth(label.width())
    assert window.height() > 4 * label.fontMetrics().lineSpacing()


def test_fit_window_widens_before_it_outgrows_the_screen(qtbot: QtBot) -> None:
    window, _label = long_text_window(2500)  # far too tall at 300 px
    qtbot.addWidget(window)
    room = available_area(window)
    fit_window(window, 300)
    assert window.width() > 300
    assert window.width() <= room.width() and window.height() <= room.height()
    # A screen's available area leaves room for a title bar.
    screen = window.screen().availableGeometry()
    assert room.height() <= screen.height() - widgets.TITLE_BAR_PX


def test_fit_window_keeps_buttons_whole(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    row = QVBoxLayout(window)
    button = push_button("Start a rather long guided break right now")
    row.addWidget(button)
    fit_window(window, 40)  # asked for far too narrow
    window.show()
    qtbot.waitExposed(window)
    assert button.width() >= button.minimumSizeHint().width()


def test_follow_content_grows_the_window_when_text_grows(qtbot: QtBot) -> None:
    window, label = long_text_window(5)
    qtbot.addWidget(window)
    fit_window(window, 300)
    follow_content(window)
    window.show()
    qtbot.waitExposed(window)
    before = window.height()
    label.setText(" ".join(["sitting"] * 200))
    qtbot.waitUntil(lambda: window.height() > before, timeout=2000)
    assert label.height() >= label.heightForWidth(label.width())


def test_text_scroll_area_asks_for_all_and_scrolls_when_held_smaller(qtbot: QtBot) -> None:
    body = QWidget()
    QVBoxLayout(body).addWidget(paragraph(" ".join(["glutes"] * 3000)))
    window = QWidget()
    qtbot.addWidget(window)
    area = text_scroll_area(body)
    QVBoxLayout(window).addWidget(area)
    assert area.hasHeightForWidth()
    assert area.heightForWidth(400) > body.minimumSizeHint().height()
    fit_window(window, 400, widen=False)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == 400
    assert window.height() <= available_area(window).height()
    assert area.verticalScrollBar().maximum() > 0  # the rest scrolls


def test_place_beside_does_not_cover_the_other_window(qtbot: QtBot) -> None:
    first, second = QWidget(), QWidget()
    for window in (first, second):
        qtbot.addWidget(window)
        window.resize(200, 150)
    first.move(20, 20)
    first.show()
    qtbot.waitExposed(first)
    place_beside(second, first)
    second.show()
    qtbot.waitExposed(second)
    assert not second.frameGeometry().intersects(first.frameGeometry())
    assert second.screen().availableGeometry().contains(second.frameGeometry())
    # Against the right edge: it goes to the left instead.
    area = first.screen().availableGeometry()
    first.move(area.right() - first.frameGeometry().width(), 20)
    place_beside(second, first)
    assert second.frameGeometry().right() < first.frameGeometry().left()


def test_place_beside_may_move_the_other_and_narrow_the_window(qtbot: QtBot) -> None:
    status, welcome = QWidget(), QWidget()
    for window in (status, welcome):
        qtbot.addWidget(window)
    area = status.screen().availableGeometry()
    status.resize(area.width() // 3, area.height() * 2 // 3)  # no room below either
    status.move(area.width() // 3, 40)  # centred by the window manager: no room either side
    status.show()
    qtbot.waitExposed(status)
    label = paragraph(" ".join(["glutes"] * 200))
    QVBoxLayout(welcome).addWidget(label)
    fit_window(welcome, area.width() * 3 // 4, widen=False)
    place_beside(welcome, status, move_other=True)
    welcome.show()
    qtbot.waitExposed(welcome)
    assert status.frameGeometry().left() == area.left()
    assert not welcome.frameGeometry().intersects(status.frameGeometry())
    assert area.contains(welcome.frameGeometry())
    assert label.height() >= label.heightForWidth(label.width())  # re-fitted, not cut


def test_follow_content_sees_text_growing_inside_a_scroll_area(qtbot: QtBot) -> None:
    body = QWidget()
    label = paragraph("short")
    QVBoxLayout(body).addWidget(label)
    window = QWidget()
    qtbot.addWidget(window)
    area = text_scroll_area(body)
    QVBoxLayout(window).addWidget(area)
    fit_window(window, 300)
    follow_content(window)
    window.move(window.screen().availableGeometry().bottomRight() - QPoint(320, 120))
    window.show()
    qtbot.waitExposed(window)
    before = window.height()
    label.setText(" ".join(["glutes"] * 150))
    qtbot.waitUntil(lambda: window.height() > before, timeout=2000)
    assert area.verticalScrollBar().maximum() == 0  # grown to show it all, no scrolling
    # It grew near the screen's bottom edge: it was moved up to stay on the screen.
    screen = window.screen().availableGeometry()
    assert window.frameGeometry().bottom() <= screen.bottom()
