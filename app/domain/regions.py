"""Belgian regions as FieldDesk knows them, and every spelling the vendors send."""

from __future__ import annotations

import functools
import unicodedata
from enum import StrEnum


class Region(StrEnum):
    BRUSSELS = "brussels"
    FLANDERS = "flanders"
    WALLONIA = "wallonia"


def _fold(text: str) -> str:
    """Lower case without accents, so 'Wallonië' and 'Brüssel' match their plain spellings."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Every spelling or code the Pro+ document lists (client `region`, appliance `region` 1/2/3),
# plus the English names FieldDesk itself writes.
_SPELLINGS: dict[str, Region] = {
    **dict.fromkeys(("brussel", "bruxelles", "brussel", "brussels", "1"), Region.BRUSSELS),
    **dict.fromkeys(("flamish", "flemish", "flandre", "flandres", "flandern", "vlaanderen", "flanders", "2"),
                    Region.FLANDERS),
    **dict.fromkeys(("wallonie", "wallonia", "wallonien", "3"), Region.WALLONIA),
}


def normalise_region(value: object) -> Region | None:
    """Map any documented spelling or code to a Region; None for empty or unknown values.

    'Brüssel' folds to 'brussel' and 'Wallonië' to 'wallonie', so accents need no entries of their own.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Region):
        return value
    if isinstance(value, int | float):
        value = str(int(value))
    if not isinstance(value, str):
        return None
    return _spelled(value)


@functools.lru_cache(maxsize=256)
def _spelled(value: str) -> Region | None:
    """A pull asks about the same few spellings for every client and appliance: each is folded once."""
    return _SPELLINGS.get(_fold(value))
