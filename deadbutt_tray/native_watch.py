"""Is Qt really watching, or quietly polling?

``QFileSystemWatcher`` asks the system for a watch engine when it is made (on Linux an
inotify instance: 128 per user by default, shared with every program the user runs). If
there is none, its first ``addPath`` falls back to a polling engine that looks at every
path once a second and tells no one: a wake-up a second, and blind to a write that keeps
a file's size within one clock tick. Qt has no public way to ask which engine it uses;
the engine is a child object of the watcher, and its class name says.

Asking a child for its class name makes PySide wrap it, and for a class it has no binding
for (every engine) PySide builds the Python type of every ``QObject`` subclass it knows
to find the nearest one: ~1.4 MiB, kept for the life of the process. On Linux Qt's inotify
engine owns a ``QSocketNotifier`` (a class PySide knows), and Qt makes the polling engine
only where there is no native one: a notifier under the watcher answers without that.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QSocketNotifier

POLLING_ENGINE = "QPollingFileSystemWatcherEngine"
NO_WATCH = (
    "the system gave no file watch (on Linux: inotify instances used up, "
    "see fs.inotify.max_user_instances)"
)


def qt_is_polling(watcher: QFileSystemWatcher) -> bool:
    """True if Qt watches by polling: the system gave this watcher no native engine.

    Only known after a first ``addPath`` (the polling engine is made then).
    """
    if watcher.findChildren(QSocketNotifier):
        return False  # Linux's inotify engine: Qt polls only where it has no native one
    return any(child.metaObject().className() == POLLING_ENGINE for child in watcher.children())
