"""Loading the app's translation and Qt's own, for the language the settings ask for.

The app's strings are in ``resources/i18n/deadbutt-tray_<code>.qm`` (made from the ``.ts``
files by ``scripts/update_translations.py``); Qt's standard buttons and dialogs in Qt's
``qtbase_<code>.qm`` (``QLibraryInfo``'s translations folder). English is the source
language: it loads neither. Dates, times and numbers follow ``QLocale``: the UI's language
in the system's country ("fr" on a Swiss system: fr_CH; English on a Hebrew one: en_IL), so
month and day names are always in the language the rest of the window speaks. Where Qt
has no locale for that pair (English in Egypt: en_EG falls back to en_US), the dates stay
in the language's own locale but the week starts on the country's first day (Saturday, not
Sunday): ``ui.text.first_day_of_week``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deadbutt_tray.core.content.resources import resource_path
from deadbutt_tray.core.model.languages import ENGLISH, pick_language
from deadbutt_tray.ui.text import set_first_day_of_week

__all__ = ["Translations", "country_week_start", "qm_file", "system_country", "system_languages"]

log = logging.getLogger(__name__)

APP_CATALOG = "deadbutt-tray"


def qm_file(code: str) -> Path:
    """The app's compiled translation for ``code`` (it may not exist)."""
    return resource_path("i18n", f"{APP_CATALOG}_{code}.qm")


def system_languages(system: QLocale | None = None) -> list[str]:
    """The desktop's preferred languages, first choice first ("de-DE", "de", ...)."""
    system = QLocale.system() if system is None else system
    return [*system.uiLanguages(), system.name()]


def _locale_for(code: str, system: QLocale) -> QLocale:
    if system.name().split("_")[0] == code:
        return system
    if code == ENGLISH and system.language() == QLocale.Language.C:
        return system  # the "C" locale is English already: keep its formats
    # The chosen language in the system's country where Qt knows that pair.
    paired = QLocale(f"{code}_{system.name().split('_')[-1]}")
    return paired if paired.language() == QLocale(code).language() else QLocale(code)


def system_country(system: QLocale) -> QLocale.Country:
    """The desktop's country: the region of its first UI language, else its locale's.

    ``LANG=en_EG`` gives a system locale of en_US (Qt has no en_EG), but its first UI
    language is still "en-Latn-EG".
    """
    for tag in system.uiLanguages()[:1]:
        region = tag.replace("_", "-").split("-")[-1]
        if len(region) == 2 and region.isalpha() and region.isupper():
            country = QLocale.codeToTerritory(region)
            if country != QLocale.Country.AnyCountry:
                return country
    return system.territory()


def country_week_start(locale: QLocale, system: QLocale) -> int | None:
    """The first day of the week (ISO weekday) of the system's country, where ``locale``
    is not of that country (Qt has no locale for the language there); None otherwise."""
    country = system_country(system)
    if country in (QLocale.Country.AnyCountry, locale.territory()):
        return None
    native = QLocale(QLocale.Language.AnyLanguage, country)  # ar_EG for Egypt
    if native.territory() != country:
        return None
    return native.firstDayOfWeek().value


class Translations:
    """The installed translators; ``use`` swaps them for another language.

    Kept alive by the owner: Qt does not own a ``QTranslator`` it is given.
    """

    def __init__(self, app: QCoreApplication, system: QLocale | None = None) -> None:
        self._app = app
        self._system = QLocale.system() if system is None else system  # tests give one
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def use(self, setting: str) -> str:
        """Load the language ``setting`` asks for (``"system"`` or a code); its code."""
        code = pick_language(setting, system_languages(self._system))
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        # English too: an English UI on a Hebrew desktop had Hebrew month names.
        locale = _locale_for(code, self._system)
        QLocale.setDefault(locale)
        set_first_day_of_week(country_week_start(locale, self._system))
        if code != ENGLISH:
            self._load(qm_file(code), required=True)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(Path(qt_folder) / f"qtbase_{code}.qm", required=False)
        self.language = code
        log.info("language: %s (setting %r)", code, setting)
        return code

    def _load(self, path: Path, *, required: bool) -> None:
        translator = QTranslator(self._app)
        if translator.load(str(path)):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        elif required:
            log.warning("no translation at %s: the app stays in English", path)
        else:
            log.info("no Qt translation at %s", path)
