"""The open sitting span's checkpoint: what a hard end (``kill -9``, a power cut, the
X server gone at logout) may cost, and how the next start records it.

The app writes the open span (``SittingEngine.open_span``) to its state file once a
minute and whenever a span ends, so at most a minute of sitting is lost. At the next
start the checkpointed span becomes a record (ended by ``quit``, cut at midnight), unless
it was recorded already: a clean quit records the span, then clears the checkpoint, and
an end between the two must not record it twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from deadbutt_tray.core.clock import seconds_between
from deadbutt_tray.core.model.records import EndedBy, Record, SittingSpan
from deadbutt_tray.core.rules.sitting import split_at_midnight
from deadbutt_tray.core.storage.state import OpenSpan

__all__ = ["CHECKPOINT_EVERY_S", "recovered_spans"]

CHECKPOINT_EVERY_S = 60.0  # the most sitting a hard end can lose


def recovered_spans(
    checkpoint: OpenSpan, device: str | None, recorded: Iterable[Record]
) -> tuple[SittingSpan, ...]:
    """The records to add for a checkpoint left by an app that ended without quitting.

    Nothing for another device's checkpoint (a state file synced from elsewhere), an
    empty span, or one already recorded (a span starting in the same second).
    """
    if checkpoint.device != device or seconds_between(checkpoint.start, checkpoint.end) < 1:
        return ()
    for record in recorded:
        if (
            isinstance(record, SittingSpan)
            and abs(seconds_between(record.start, checkpoint.start)) < 1
        ):
            return ()
    return split_at_midnight(SittingSpan(checkpoint.start, checkpoint.end, EndedBy.QUIT))
