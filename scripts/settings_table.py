#!/usr/bin/env python3
"""Write the README's settings table from the settings declaration.

    python scripts/settings_table.py          rewrite README.md's table
    python scripts/settings_table.py --check  exit 1 if README.md's table is out of date

The declaration is ``deadbutt_tray/core/model/settings.py`` (``SETTINGS``); the table is
made by ``deadbutt_tray/core/model/settings_doc.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from deadbutt_tray.core.model.settings_doc import with_table

README = Path(__file__).resolve().parents[1] / "README.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    wanted = with_table(text)
    if wanted == text:
        return 0
    if args.check:
        sys.stderr.write("README.md's settings table is out of date: run this script\n")
        return 1
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
