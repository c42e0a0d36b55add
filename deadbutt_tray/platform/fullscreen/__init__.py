"""Is a full-screen window active (a presentation, a video call, a game)?

``base.py`` is the interface and the null detector, ``chooser.py`` picks one for this
desktop, ``x11.py`` and ``windows.py`` are the detectors. This package imports nothing
itself, so a detector's libraries load only where it is chosen.
"""
