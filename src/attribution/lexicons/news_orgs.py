"""News organizations and institutions that speak as a body, with their aliases and kind.

Written by hand for this project from general knowledge of English-language news: wire services,
major newspapers, broadcasters and online outlets (``MEDIA``; outlets cited in the web news read
on 2026-11-22, see ``docs/sources.md``, added then: Washington Times, Free Beacon, Al Arabiya,
Middle East Eye, Asharq Al-Awsat, Israeli and European broadcasters), and government bodies and
institutions that news style lets speak ("the Pentagon said", "the White House said in a
statement") (``INSTITUTIONS``). Aliases are lower case, without a leading "the".
``SHORT_MEDIA`` are short forms ("the Post") that refer to the most recently named outlet ending in
that word, or else to the default outlet given here. ``ORG_HEADS`` are words that make a
capitalized name an organization ("... Ministry", "... Inc.").
"""

from __future__ import annotations

__all__ = ["INSTITUTIONS", "MEDIA", "ORG_HEADS", "ORG_NOUNS", "SHORT_MEDIA", "media_name"]

# canonical name -> aliases (lower case, no leading "the")
_MEDIA: dict[str, tuple[str, ...]] = {
    "Associated Press": ("associated press", "ap", "a.p."),
    "Reuters": ("reuters", "thomson reuters"),
    "Agence France-Presse": ("agence france-presse", "agence france presse", "afp"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "The New York Times": ("new york times", "ny times", "nyt"),
    "The Washington Post": ("washington post",),
    "The Wall Street Journal": ("wall street journal", "wsj"),
    "The New York Post": ("new york post", "ny post"),
    "USA Today": ("usa today",),
    "Los Angeles Times": ("los angeles times", "la times", "l.a. times"),
    "Chicago Tribune": ("chicago tribune",),
    "The Boston Globe": ("boston globe",),
    "The Guardian": ("the guardian",),
    "Financial Times": ("financial times", "ft"),
    "The Economist": ("the economist",),
    "The Times of London": ("times of london",),
    "The Daily Telegraph": ("daily telegraph", "telegraph"),
    "BBC": ("bbc", "bbc news", "british broadcasting corporation"),
    "CNN": ("cnn",),
    "Fox News": ("fox news", "fox news channel"),
    "MSNBC": ("msnbc",),
    "NBC News": ("nbc news", "nbc"),
    "CBS News": ("cbs news", "cbs"),
    "ABC News": ("abc news", "abc"),
    "NPR": ("npr", "national public radio"),
    "PBS": ("pbs",),
    "Politico": ("politico",),
    "The Hill": ("the hill",),
    "Axios": ("axios",),
    "BuzzFeed News": ("buzzfeed news", "buzzfeed"),
    "HuffPost": ("huffpost", "huffington post"),
    "Breitbart News": ("breitbart news", "breitbart"),
    "The Daily Beast": ("daily beast",),
    "Vox": ("vox",),
    "The Atlantic": ("the atlantic",),
    "The New Yorker": ("new yorker",),
    "Time": ("time magazine",),
    "Newsweek": ("newsweek",),
    "Der Spiegel": ("der spiegel", "spiegel"),
    "Le Monde": ("le monde",),
    "Al Jazeera": ("al jazeera", "al-jazeera"),
    "Anadolu Agency": ("anadolu agency", "anadolu"),
    "Xinhua": ("xinhua", "xinhua news agency"),
    "TASS": ("tass",),
    "RIA Novosti": ("ria novosti",),
    "Interfax": ("interfax",),
    "Kyodo News": ("kyodo", "kyodo news"),
    "Yonhap": ("yonhap", "yonhap news agency"),
    "The Intercept": ("the intercept",),
    "ProPublica": ("propublica",),
    "The Daily Caller": ("daily caller",),
    "Washington Examiner": ("washington examiner",),
    "Western Journalism": ("western journalism",),
    "The Washington Times": ("washington times",),
    "Washington Free Beacon": ("washington free beacon", "free beacon"),
    "Newsmax": ("newsmax",),
    "CNBC": ("cnbc",),
    "Roll Call": ("roll call", "cq roll call"),
    "Sky News": ("sky news",),
    "Al Arabiya": ("al arabiya", "al-arabiya"),
    "Haaretz": ("haaretz",),
    "The Jerusalem Post": ("jerusalem post",),
    "The Times of Israel": ("times of israel",),
    "Ynet": ("ynet", "ynetnews"),
    "i24NEWS": ("i24news", "i24 news"),
    "France 24": ("france 24",),
    "Deutsche Welle": ("deutsche welle", "dw"),
    "Sputnik": ("sputnik",),
    "RT": ("rt", "russia today"),
    "Middle East Eye": ("middle east eye", "mee"),
    "Asharq Al-Awsat": ("asharq al-awsat", "asharq al awsat"),
    "Al-Araby Al-Jadeed": ("al-araby al-jadeed", "al-arabi al-jadid", "the new arab"),
}

MEDIA: dict[str, str] = {alias: name for name, aliases in _MEDIA.items() for alias in aliases}

# "the Post" after "The New York Post" is the New York Post; on its own, the Washington Post.
SHORT_MEDIA: dict[str, str] = {
    "post": "The Washington Post",
    "times": "The New York Times",
    "journal": "The Wall Street Journal",
    "globe": "The Boston Globe",
    "tribune": "Chicago Tribune",
}

# canonical name -> (aliases, ISO country or None)
_INSTITUTIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "White House": (("white house",), "US"),
    "Pentagon": (("pentagon", "defense department", "department of defense"), "US"),
    "State Department": (("state department", "department of state"), "US"),
    "Justice Department": (("justice department", "department of justice", "doj"), "US"),
    "Treasury Department": (
        ("treasury department", "treasury", "department of the treasury"),
        "US",
    ),
    "Department of Homeland Security": (
        ("homeland security department", "department of homeland security", "dhs"),
        "US",
    ),
    "FBI": (("fbi", "federal bureau of investigation"), "US"),
    "CIA": (("cia", "central intelligence agency"), "US"),
    "NSA": (("nsa", "national security agency"), "US"),
    "Congress": (("congress",), "US"),
    "Senate": (("senate",), "US"),
    "House": (("house", "house of representatives"), "US"),
    "Supreme Court": (("supreme court",), None),
    "Federal Reserve": (("federal reserve", "fed"), "US"),
    "Kremlin": (("kremlin",), "RU"),
    "Downing Street": (("downing street", "number 10"), "GB"),
    "Elysee": (("elysee", "élysée", "elysee palace", "élysée palace"), "FR"),
    "European Commission": (("european commission",), "EU"),
    "European Union": (("european union", "eu"), "EU"),
    "NATO": (("nato",), None),
    "United Nations": (("united nations", "u.n.", "un"), None),
    "Democratic National Committee": (("democratic national committee", "dnc"), "US"),
    "Republican National Committee": (("republican national committee", "rnc"), "US"),
    "Trump campaign": (("trump campaign",), "US"),
    "Clinton campaign": (("clinton campaign",), "US"),
}

INSTITUTIONS: dict[str, tuple[str, str | None]] = {
    alias: (name, country)
    for name, (aliases, country) in _INSTITUTIONS.items()
    for alias in aliases
}

# A capitalized name whose last word is one of these is an organization.
_ORG_HEADS_WORDS = """
    ministry department agency office bureau service administration government council
    commission committee court party union league association federation foundation institute
    center centre university college school hospital company corporation corp. corp inc. inc
    ltd. ltd llc plc group bank fund trust alliance coalition campaign organization
    organisation network authority board police army navy forces force guard command embassy
    consulate parliament assembly congress senate legislature cabinet commission society club
    church mosque coalition pac initiative project watch international
    """
ORG_HEADS: frozenset[str] = frozenset(_ORG_HEADS_WORDS.split())

# Common nouns that head an organization in a definite description ("the ministry said").
_ORG_NOUNS_WORDS = """
    ministry department agency office bureau administration government council commission
    committee court party union association federation foundation institute company
    corporation firm group bank fund alliance coalition campaign organization organisation
    network authority board police military army navy embassy consulate parliament cabinet
    regime junta team club church school university hospital airline manufacturer retailer
    """
ORG_NOUNS: frozenset[str] = frozenset(_ORG_NOUNS_WORDS.split())


def media_name(alias: str) -> str | None:
    """The canonical outlet name for an alias (any case; "the" optional unless listed), or None."""
    key = " ".join(alias.lower().split())
    return MEDIA.get(key) or MEDIA.get(key.removeprefix("the "))
