"""Which device this is, so that each device writes only its own history files.

People keep the history folder in Syncthing, Nextcloud or Dropbox to see one history on
their work and home machines. Two machines writing one file would make the sync tool
keep one version and a "conflict copy" of the other, so each device appends only to
``history/YYYY-MM.DEVICE.toml`` (and ``YYYY-MM.DEVICE.N.toml`` once a month file is
large), and readers merge every device's files. A device id is the readable host name
and a random part (``work-laptop-3f9a2c``), made once and kept in the app's state file
per host name: a state file copied to another machine (or synced with the whole data
folder) gives that machine an id of its own.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Mapping

__all__ = ["DEVICE_ID", "device_id_for", "host_label", "this_host"]

# Lower-case letters and digits in dash-separated words, at least one dash: the random
# part always follows the host label, so a shard number (digits only) can't be mistaken
# for a device.
DEVICE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_LABEL_CHARS = 24


def this_host() -> str:
    """This machine's host name as the system reports it ('' if it can't tell)."""
    try:
        return socket.gethostname()
    except OSError:
        return ""


def host_label(host: str) -> str:
    """A host name as the readable part of a file name: ``Work Laptop.local`` → ``work-laptop``."""
    first = host.strip().split(".", 1)[0].lower()
    words = re.findall(r"[a-z0-9]+", first)
    label = "-".join(words)[:_LABEL_CHARS].strip("-")
    return label or "device"


def new_device_id(host: str, token: str | None = None) -> str:
    """A fresh id for a device called ``host``: its label and six random hex digits."""
    # os.urandom is what secrets.token_hex reads; importing secrets would load hmac,
    # hashlib and OpenSSL's libcrypto (~3.5 MiB resident) at every start for this.
    return f"{host_label(host)}-{token or os.urandom(3).hex()}"


def device_id_for(known: Mapping[str, str], host: str) -> tuple[str, dict[str, str]]:
    """This host's device id from ``known`` (host → id), or a new one added to it.

    Returns the id and the mapping to keep (unchanged when the id was known). An id that
    is not a valid device id (a hand edit) is replaced.
    """
    found = known.get(host)
    if found is not None and DEVICE_ID.match(found):
        return found, dict(known)
    made = new_device_id(host)
    return made, {**known, host: made}
