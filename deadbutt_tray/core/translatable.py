"""Marking English text in ``core/`` that the UI translates, without importing Qt.

``marked("Continuous sitting before ...")`` returns its argument unchanged; its only job is
to be found: ``scripts/update_translations.py`` tells ``pyside6-lupdate`` to read
``marked`` as ``QT_TR_NOOP``, so the text lands in the ``.ts`` files, and the UI looks it up
later with ``tr(text)`` (the app's one translation context, ``ui/text.py``).
"""

from __future__ import annotations

__all__ = ["marked"]


def marked(text: str) -> str:
    """``text``, marked for translation (looked up where it is shown)."""
    return text
