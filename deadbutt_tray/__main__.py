"""``python -m deadbutt_tray`` and the ``deadbutt-tray`` command."""

from __future__ import annotations

import sys

from deadbutt_tray.cli import main

if __name__ == "__main__":
    sys.exit(main())
