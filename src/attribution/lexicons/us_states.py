"""US state names and their news-style abbreviations (our own list).

Written by hand for this project from general knowledge: the 50 states' names as datelines and
appositives spell them ("Ava, Mo.", "San Bernardino, Calif.", "Sen. Ann Ruiz, Democrat of
Oregon"), the AP-style abbreviations (without their final period, as the tokenizer splits it
off; "n.y" for "N.Y."), the one-word states AP style does not abbreviate, and "d.c". Two-word
names ("New Jersey", "North Carolina") are found by their first word, in ``STATE_FIRST_WORDS``.
Keys are lower case.
"""

from __future__ import annotations

__all__ = ["STATE_FIRST_WORDS", "US_STATES"]

#: One-word state names and abbreviations, lower case, without a final period.
US_STATES: frozenset[str] = frozenset(
    {"ala", "alaska", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "hawaii"}
    | {"idaho", "ill", "ind", "iowa", "kan", "ky", "la", "md", "mass", "me", "mich", "minn"}
    | {"miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "ohio"}
    | {"okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "texas", "utah", "vt", "va", "wash"}
    | {"w.va", "wis", "wyo", "d.c", "alabama", "alaska", "arizona", "arkansas", "california"}
    | {"colorado", "connecticut", "delaware", "florida", "georgia", "illinois", "indiana"}
    | {"kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan"}
    | {"minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "oklahoma"}
    | {"oregon", "pennsylvania", "tennessee", "vermont", "virginia", "washington", "wisconsin"}
    | {"wyoming"}
)

#: First words of two-word state names: "New Jersey", "North Carolina", "West Virginia".
STATE_FIRST_WORDS: frozenset[str] = frozenset({"new", "north", "south", "west", "rhode"})
