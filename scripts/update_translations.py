#!/usr/bin/env python3
"""Extract the app's strings into the .ts files and compile them to .qm.

    python scripts/update_translations.py            lupdate every language, then lrelease
    python scripts/update_translations.py --check    exit 1 if a .ts or .qm is out of date
    python scripts/update_translations.py --stats    lrelease's figures per language

``pyside6-lupdate`` (PySide6-Essentials) reads every ``deadbutt_tray/**/*.py``: each
``tr("...")`` call (``ui/text.py``; ``tr(text, "", n)`` for a plural), each
``QCoreApplication.translate("Context", "...")``, each ``marked("...")`` and
``words("...", place=...)`` in ``core/`` (read as ``QT_TR_NOOP``) and each
``counted("%n ...", "", n, place=...)`` (read as a plural ``tr``). It writes
``resources/i18n/deadbutt-tray_<code>.ts`` for every language in
``core/model/languages.py`` but English (the source language), keeping existing
translations and dropping strings no longer in the code. ``pyside6-lrelease`` compiles
each to the ``.qm`` beside it, which the app loads (``ui/language.py``); both are
committed, and ``tests/unit/test_translations.py`` fails when they are stale.

Translate with Qt Linguist (``pyside6-linguist resources/i18n/deadbutt-tray_de.ts``) or
any editor, then run this script again.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "deadbutt_tray"
CATALOG = "deadbutt-tray"
# core/ marks words with marked() and words() (core/translatable.py): lupdate reads them
# as QT_TR_NOOP; counted("%n file(s)", "", n, ...) as tr (a plural).
ALIASES = "QT_TR_NOOP+=marked,QT_TR_NOOP+=words,tr+=counted"


def languages() -> list[str]:
    """The codes that have a translation file (every language but English)."""
    sys.path.insert(0, str(ROOT))
    from deadbutt_tray.core.model.languages import ENGLISH, LANGUAGES

    return [code for code in LANGUAGES if code != ENGLISH]


def ts_file(code: str, folder: Path = I18N) -> Path:
    return folder / f"{CATALOG}_{code}.ts"


def qm_file(code: str, folder: Path = I18N) -> Path:
    return folder / f"{CATALOG}_{code}.qm"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def lupdate(ts: Path, code: str) -> None:
    """Bring ``ts`` up to date with the sources (made if missing)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            code,
            "-tr-function-alias",
            ALIASES,
            *map(str, sources()),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


@dataclass(frozen=True)
class Stats:
    """lrelease's figures for one file."""

    finished: int
    unfinished: int
    untranslated: int

    @property
    def complete(self) -> bool:
        return self.unfinished == 0 and self.untranslated == 0


_STATS = re.compile(
    r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)"
    r"(?:\s*Ignored (\d+) untranslated source text\(s\))?"
)


def lrelease(ts: Path, qm: Path) -> Stats:
    """Compile ``ts`` to ``qm``; lrelease's figures."""
    done = subprocess.run(
        [tool("lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )
    match = _STATS.search(done.stdout + done.stderr)
    if match is None:
        raise RuntimeError(f"unexpected lrelease output: {done.stdout}{done.stderr}")
    return Stats(int(match[2]), int(match[3]), int(match[4] or 0))


def messages(ts: Path) -> set[tuple[str, str, str, bool]]:
    """(context, source, disambiguation, plural) of every message a .ts file holds."""
    root = ET.parse(ts).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def update() -> dict[str, Stats]:
    figures = {}
    for code in languages():
        lupdate(ts_file(code), code)
        figures[code] = lrelease(ts_file(code), qm_file(code))
    return figures


def stale() -> list[str]:
    """What is out of date, in words (empty when everything is current)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in languages():
            ts, fresh = ts_file(code), ts_file(code, Path(tmp))
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            shutil.copy(ts, fresh)
            lupdate(fresh, code)
            added, gone = messages(fresh) - messages(ts), messages(ts) - messages(fresh)
            if added or gone:
                sample = sorted(added or gone)[0][1][:60]
                problems.append(
                    f"{ts.name}: {len(added)} string(s) new in the code, {len(gone)} gone "
                    f"(e.g. {sample!r})"
                )
            qm, built = qm_file(code), qm_file(code, Path(tmp))
            lrelease(ts, built)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} is not compiled from {ts.name}")
    return problems


def stats() -> dict[str, Stats]:
    with tempfile.TemporaryDirectory() as tmp:
        return {code: lrelease(ts_file(code), qm_file(code, Path(tmp))) for code in languages()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--check", action="store_true", help="only check, write nothing")
    what.add_argument("--stats", action="store_true", help="print lrelease's figures")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            sys.stderr.write(f"{problem}\n")
        if problems:
            sys.stderr.write("run: python scripts/update_translations.py\n")
        return 1 if problems else 0
    figures = stats() if args.stats else update()
    for code, figure in figures.items():
        print(
            f"{code}: {figure.finished} finished, {figure.unfinished} unfinished, "
            f"{figure.untranslated} untranslated"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())


# -- the pseudo-locale (tests only, never shipped) ----------------------------------------

_ACCENTED = dict(
    zip(
        "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
        "áƀçđéĝĥïķĺñöŕšţüŵýžÁƁÇĐÉĜĤÏĶĹÑÖŔŠŢÜŴÝŽ",
        strict=True,
    )
)
# Kept as they are: {0} / {value:g}, %n, tags, entities, key names in brackets.
_KEEP = re.compile(r"\{[^{}]*\}|%n|<[^>]*>|&[a-z]+;|\((?:Esc|Enter|Space|H|←|→)\)")
PSEUDO_GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` about 40 % longer and accented, placeholders and mnemonics kept: shows
    clipped labels and hard-coded English. "Skip (Esc)" → "Šķïƥ (Esc) ẋẋẋẋ"."""
    if not text.strip():
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append("".join(_ACCENTED.get(c, c) for c in text[last : match.start()]))
        out.append(match[0])
        last = match.end()
    out.append("".join(_ACCENTED.get(c, c) for c in text[last:]))
    extra = round(len(_KEEP.sub("", text)) * PSEUDO_GROWTH)
    padding = " ".join("ẋẋẋẋ"[: min(4, extra - i)] for i in range(0, extra, 5))
    return "".join(out) + (" " + padding if padding else "")


def pseudo_qm(folder: Path) -> Path:
    """A pseudo-locale .qm made from the German .ts's sources (German plural rules)."""
    root = ET.parse(ts_file("de")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        # Date formats stay formats: Qt reads their letters.
        text = source if comment.startswith("date format") else pseudo(source)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"{CATALOG}_pseudo.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / f"{CATALOG}_pseudo.qm"
    lrelease(ts, qm)
    return qm
