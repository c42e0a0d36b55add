"""Idle time: how long since the last keyboard or mouse input.

``base.py`` is the interface and the null source, ``chooser.py`` picks an adapter for
this desktop and the settings, and each other module is one adapter (``x11``, ``dbus``
for GNOME and freedesktop, ``wayland``, ``windows``, ``macos``); ``stuck.py`` guards
against a source that answers but cannot see input. Import the module you need: this
package imports nothing itself, so no adapter loads where it does not belong.
"""
