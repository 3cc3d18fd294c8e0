"""Date words: months, weekdays, seasons, parts of day, number words, units, time zones, holidays.

Provenance: written by hand for this project from general knowledge of English calendar words
(spellings and abbreviations used by US/UK wire styles: AP "Sept.", "Tues."), ISO 8601 / TIMEX3
value codes (``SP SU FA WI``, ``MO AF EV NI``) and the standard UTC offsets of common zone
abbreviations; the event words are common English nouns and verbs of news events, grouped by
hand; the things named after holidays ("Christmas trees") were listed by hand after reading
our output on PolNeAR train and dev. Nothing is copied from HeidelTime, SUTime or any other
rule file. Keys are lower case; look-ups lower-case the matched text and drop a trailing
period.
"""

from __future__ import annotations

__all__ = [
    "EVENT_WORDS",
    "FIXED_HOLIDAYS",
    "HOLIDAY_THINGS",
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "SEASONS",
    "SET_ADVERBS",
    "TIME_ZONES",
    "UNITS",
    "WEEKDAYS",
]

#: Month names and abbreviations -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Weekday names and abbreviations -> ISO weekday (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

#: Seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

#: Parts of the day -> TIMEX3 code.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "daytime": "DT",
}  # fmt: skip

#: Cardinal number words (and "a"/"an" for one) -> value.
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "half": 0, "single": 1, "both": 2,
}  # fmt: skip

#: Ordinal words -> value (for "the first quarter", "the third day").
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9,
    "10th": 10, "11th": 11, "12th": 12, "13th": 13, "14th": 14, "15th": 15, "16th": 16,
    "17th": 17, "18th": 18, "19th": 19, "20th": 20, "21st": 21,
}  # fmt: skip

#: Calendar units (singular and plural) -> TIMEX3 duration unit code.
#: "T" prefix marks units below a day (PT3H); DE and CE are decades and centuries.
UNITS: dict[str, str] = {
    "second": "TS", "seconds": "TS", "minute": "TM", "minutes": "TM",
    "hour": "TH", "hours": "TH", "day": "D", "days": "D", "week": "W", "weeks": "W",
    "weekend": "WE", "weekends": "WE",
    "fortnight": "2W", "month": "M", "months": "M", "quarter": "Q", "quarters": "Q",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
    "century": "CE", "centuries": "CE", "millennium": "ML",
    "quarter-century": "QC", "quarter-centuries": "QC",
    "half-century": "HC", "half-centuries": "HC",
}  # fmt: skip

#: Frequency adverbs -> TIMEX3 SET value.
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W",
    "biweekly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
    "yearly": "P1Y", "biannually": "P6M", "semiannually": "P6M",
}  # fmt: skip

#: Time zone abbreviations -> UTC offset in minutes. "ET"/"CT"/"MT"/"PT" (US zones without
#: standard/daylight) are resolved by date in the normalizer. "AST" is Arabia Standard Time
#: (+03:00), the reading of Gulf and Middle-East outlets' datelines.
TIME_ZONES: dict[str, int] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "msk": 180, "ast": 180, "irst": 210, "gst": 240, "pkt": 300, "ist": 330, "ict": 420,
    "hkt": 480, "sgt": 480, "pht": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "hst": -600,
    "et": -300, "ct": -360, "mt": -420, "pt": -480,
}  # fmt: skip

#: Holidays on a fixed day -> (month, day). Moving holidays are computed in the normalizer.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "valentine's day": (2, 14), "st. patrick's day": (3, 17), "independence day": (7, 4),
    "fourth of july": (7, 4), "bastille day": (7, 14), "halloween": (10, 31),
    "veterans day": (11, 11), "armistice day": (11, 11), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
}  # fmt: skip

#: Things named after a holiday, not days: "Christmas trees", "Easter eggs", "Halloween
#: costumes". A holiday name right before one of them is a modifier of a thing, no date.
HOLIDAY_THINGS: frozenset[str] = frozenset({
    "tree", "trees", "card", "cards", "light", "lights", "carol", "carols", "ornament",
    "ornaments", "decoration", "decorations", "present", "presents", "gift", "gifts", "egg",
    "eggs", "bunny", "costume", "costumes", "candy", "stocking", "stockings", "wreath",
    "wreaths", "song", "songs", "music", "movie", "movies", "sweater", "sweaters", "spirit",
    "island", "cactus", "pudding", "cake", "turkey",
})  # fmt: skip

#: Words naming a news event -> the event they name, so that "the weeks before the shooting"
#: can find the day of "Ruiz was killed Oct. 23" (a killing, whatever the word).
EVENT_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("killed", "killing", "slaying", "slain", "murder", "murdered", "shooting", "shot",
         "assassination", "assassinated", "gunned", "death", "died"),
        "killing",
    ),
    **dict.fromkeys(("attack", "attacks", "attacked"), "attack"),
    **dict.fromkeys(
        ("bombing", "bombings", "bombed", "blast", "blasts", "explosion", "explosions"),
        "bombing",
    ),
    **dict.fromkeys(("election", "elections", "referendum"), "election"),
    **dict.fromkeys(("crash", "crashed"), "crash"),
    **dict.fromkeys(
        ("earthquake", "quake", "tsunami", "hurricane", "typhoon", "cyclone", "flood", "floods"),
        "disaster",
    ),
    **dict.fromkeys(("arrest", "arrested"), "arrest"),
    **dict.fromkeys(("coup",), "coup"),
    **dict.fromkeys(("funeral", "burial"), "funeral"),
}  # fmt: skip
