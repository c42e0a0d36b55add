"""SessionMonitor: the signal translation driven directly, then over a real private bus."""

from __future__ import annotations

import logging
import shutil
import subprocess

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from deadbutt_tray.platform.session_events import SESSION_IFACE, SessionMonitor
from tests.unit.platform import test_idle_dbus as dbus_helpers

# The private dbus-daemon and the fake desktop live with the idle D-Bus tests.
private_bus = dbus_helpers.private_bus
bus_connection = dbus_helpers.bus_connection
fake_desktop = dbus_helpers.fake_desktop
FakeDesktop = dbus_helpers.FakeDesktop

NOT_EMITTED_WAIT_MS = 300


@pytest.fixture
def monitor(qapp: object) -> SessionMonitor:
    """A monitor that was never started: only its slots are driven."""
    return SessionMonitor()


# ----- translation ----------------------------------------------------------------


def test_state_is_unknown_until_told(monitor: SessionMonitor) -> None:
    assert monitor.is_locked() is None
    assert monitor.is_sleeping() is False
    assert monitor.connected == []


def test_screensaver_active_changed(qtbot: QtBot, monitor: SessionMonitor) -> None:
    with qtbot.waitSignal(monitor.locked, timeout=1000):
        monitor.on_screensaver_active_changed(True)
    assert monitor.is_locked() is True
    with qtbot.assertNotEmitted(monitor.locked):
        monitor.on_screensaver_active_changed(True)
    with qtbot.waitSignal(monitor.unlocked, timeout=1000):
        monitor.on_screensaver_active_changed(False)
    assert monitor.is_locked() is False


def test_first_news_of_unlocked_is_not_an_unlock(qtbot: QtBot, monitor: SessionMonitor) -> None:
    with qtbot.assertNotEmitted(monitor.unlocked), qtbot.assertNotEmitted(monitor.locked):
        monitor.on_screensaver_active_changed(False)
    assert monitor.is_locked() is False


def test_prepare_for_sleep(qtbot: QtBot, monitor: SessionMonitor) -> None:
    with qtbot.assertNotEmitted(monitor.resumed):
        monitor.on_prepare_for_sleep(False)  # awake already: nothing to resume from
    with qtbot.waitSignal(monitor.sleeping, timeout=1000):
        monitor.on_prepare_for_sleep(True)
    assert monitor.is_sleeping()
    with qtbot.assertNotEmitted(monitor.sleeping):
        monitor.on_prepare_for_sleep(True)
    with qtbot.waitSignal(monitor.resumed, timeout=1000):
        monitor.on_prepare_for_sleep(False)
    assert not monitor.is_sleeping()


def test_logind_lock_and_unlock(qtbot: QtBot, monitor: SessionMonitor) -> None:
    with qtbot.waitSignal(monitor.locked, timeout=1000):
        monitor.on_session_lock()
    with qtbot.waitSignal(monitor.unlocked, timeout=1000):
        monitor.on_session_unlock()


def test_locked_hint_property(qtbot: QtBot, monitor: SessionMonitor) -> None:
    with qtbot.waitSignal(monitor.locked, timeout=1000):
        monitor.on_session_properties_changed(SESSION_IFACE, {"LockedHint": True}, [])
    assert monitor.is_locked() is True
    with qtbot.assertNotEmitted(monitor.unlocked):
        monitor.on_session_properties_changed(SESSION_IFACE, {"IdleHint": False}, [])
        monitor.on_session_properties_changed("org.other.Iface", {"LockedHint": False}, [])
    with qtbot.waitSignal(monitor.unlocked, timeout=1000):
        monitor.on_session_properties_changed(SESSION_IFACE, {"LockedHint": False}, [])


def test_sources_reporting_the_same_lock_emit_once(qtbot: QtBot, monitor: SessionMonitor) -> None:
    # GNOME: ActiveChanged(true) from the shell and LockedHint=true from logind.
    locked: list[bool] = []
    unlocked: list[bool] = []
    monitor.locked.connect(lambda: locked.append(True))
    monitor.unlocked.connect(lambda: unlocked.append(True))
    monitor.on_session_lock()
    monitor.on_screensaver_active_changed(True)
    monitor.on_session_properties_changed(SESSION_IFACE, {"LockedHint": True}, [])
    monitor.on_screensaver_active_changed(False)
    monitor.on_session_properties_changed(SESSION_IFACE, {"LockedHint": False}, [])
    monitor.on_session_unlock()
    assert (locked, unlocked) == ([True], [True])


def test_start_without_any_bus_connects_nothing_and_says_so(
    qapp: object, caplog: pytest.LogCaptureFixture, tmp_path: object
) -> None:
    names = ("deadbutt-test-no-system", "deadbutt-test-no-session")
    system = QDBusConnection.connectToBus(f"unix:path={tmp_path}/no-system", names[0])
    session = QDBusConnection.connectToBus(f"unix:path={tmp_path}/no-session", names[1])
    try:
        monitor = SessionMonitor(session_bus=session, system_bus=system)
        with caplog.at_level(logging.INFO, logger="deadbutt_tray.platform.session_events"):
            assert monitor.start() == []
        assert monitor.is_locked() is None
        assert [r.levelname for r in caplog.records] == ["INFO"]
        text = caplog.records[0].getMessage()
        assert text.startswith("Session events: connected nothing; unavailable: system bus (")
        assert "session bus (" in text
        monitor.stop()
    finally:
        for name in names:
            QDBusConnection.disconnectFromBus(name)


# ----- over a real private bus ------------------------------------------------------


@pytest.fixture
def live_monitor(bus_connection: QDBusConnection, fake_desktop: FakeDesktop) -> SessionMonitor:
    """A started monitor whose system and session bus are both the private bus."""
    monitor = SessionMonitor(session_bus=bus_connection, system_bus=bus_connection)
    monitor.start()
    yield monitor  # type: ignore[misc]
    monitor.stop()


def test_real_bus_start_subscribes_to_everything(
    live_monitor: SessionMonitor, caplog: pytest.LogCaptureFixture
) -> None:
    assert live_monitor.connected == [
        "org.freedesktop.login1.Manager.PrepareForSleep",
        "org.freedesktop.login1.Session.Lock on /org/freedesktop/login1/session/c7",
        "org.freedesktop.login1.Session.Unlock on /org/freedesktop/login1/session/c7",
        "org.freedesktop.DBus.Properties.PropertiesChanged on /org/freedesktop/login1/session/c7",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "org.gnome.ScreenSaver.ActiveChanged",
        "org.mate.ScreenSaver.ActiveChanged",
        "org.cinnamon.ScreenSaver.ActiveChanged",
        "org.xfce.ScreenSaver.ActiveChanged",
    ]
    assert live_monitor.is_locked() is False  # read from LockedHint


def test_real_bus_sleep_and_resume(
    qtbot: QtBot, live_monitor: SessionMonitor, fake_desktop: FakeDesktop
) -> None:
    with qtbot.waitSignal(live_monitor.sleeping, timeout=5000):
        fake_desktop.command("emit sleep 1")
    with qtbot.waitSignal(live_monitor.resumed, timeout=5000):
        fake_desktop.command("emit sleep 0")


def test_real_bus_locked_hint_and_logind_signals(
    qtbot: QtBot, live_monitor: SessionMonitor, fake_desktop: FakeDesktop
) -> None:
    with qtbot.waitSignal(live_monitor.locked, timeout=5000):
        fake_desktop.command("emit hint 1")
    assert live_monitor.is_locked() is True
    with qtbot.waitSignal(live_monitor.unlocked, timeout=5000):
        fake_desktop.command("emit unlock")
    with qtbot.waitSignal(live_monitor.locked, timeout=5000):
        fake_desktop.command("emit lock")


def test_real_bus_gnome_screensaver(
    qtbot: QtBot, live_monitor: SessionMonitor, fake_desktop: FakeDesktop
) -> None:
    with qtbot.waitSignal(live_monitor.locked, timeout=5000):
        fake_desktop.command("emit gnome 1")
    with qtbot.waitSignal(live_monitor.unlocked, timeout=5000):
        fake_desktop.command("emit gnome 0")


def _dbus_send(address: str, *args: str) -> None:
    exe = shutil.which("dbus-send")
    if exe is None:
        pytest.skip("dbus-send is not installed (Debian package dbus-bin)")
    subprocess.run([exe, f"--bus={address}", "--type=signal", *args], check=True, timeout=10)


def test_real_bus_freedesktop_active_changed_from_dbus_send(
    qtbot: QtBot, live_monitor: SessionMonitor, private_bus: str
) -> None:
    signal = "org.freedesktop.ScreenSaver.ActiveChanged"
    with qtbot.waitSignal(live_monitor.locked, timeout=5000):
        _dbus_send(private_bus, "/org/freedesktop/ScreenSaver", signal, "boolean:true")
    with qtbot.waitSignal(live_monitor.unlocked, timeout=5000):
        # KDE also emits on /ScreenSaver: any path is accepted.
        _dbus_send(private_bus, "/ScreenSaver", signal, "boolean:false")


def test_real_bus_logind_signals_from_anyone_else_are_ignored(
    qtbot: QtBot, live_monitor: SessionMonitor, private_bus: str
) -> None:
    with qtbot.assertNotEmitted(live_monitor.sleeping, wait=NOT_EMITTED_WAIT_MS):
        _dbus_send(
            private_bus,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "boolean:true",
        )


def test_real_bus_stop_unsubscribes(
    qtbot: QtBot, live_monitor: SessionMonitor, fake_desktop: FakeDesktop
) -> None:
    live_monitor.stop()
    assert live_monitor.connected == []
    with qtbot.assertNotEmitted(live_monitor.sleeping, wait=NOT_EMITTED_WAIT_MS):
        fake_desktop.command("emit sleep 1")


def test_real_bus_start_reads_an_existing_lock(
    qtbot: QtBot, bus_connection: QDBusConnection, fake_desktop: FakeDesktop
) -> None:
    fake_desktop.command("set locked 1")
    monitor = SessionMonitor(session_bus=bus_connection, system_bus=bus_connection)
    with qtbot.waitSignal(monitor.locked, timeout=1000):
        monitor.start()
    assert monitor.is_locked() is True
    monitor.stop()


def test_real_bus_without_logind_falls_back_to_screensaver_state(
    qtbot: QtBot, bus_connection: QDBusConnection, private_bus: str
) -> None:
    desktop = FakeDesktop(private_bus, names=["org.gnome.ScreenSaver"])
    try:
        desktop.command("set gnome 1")
        monitor = SessionMonitor(session_bus=bus_connection, system_bus=bus_connection)
        monitor.start()
        assert "org.freedesktop.login1.Session.Lock" not in " ".join(monitor.connected)
        assert monitor.connected[0] == "org.freedesktop.login1.Manager.PrepareForSleep"
        assert monitor.is_locked() is True  # from org.gnome.ScreenSaver.GetActive
        monitor.stop()
    finally:
        desktop.close()


def test_a_lock_never_undone_can_be_forgotten_and_a_new_lock_is_news(
    qtbot: QtBot, monitor: SessionMonitor
) -> None:
    monitor.on_screensaver_active_changed(True)
    with qtbot.assertNotEmitted(monitor.unlocked, wait=NOT_EMITTED_WAIT_MS):
        monitor.assume_unlocked("input came after it")
    assert monitor.is_locked() is False
    with qtbot.waitSignal(monitor.locked, timeout=1000):
        monitor.on_screensaver_active_changed(True)
