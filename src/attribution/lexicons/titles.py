"""Titles and roles that come before or stand for a person's name, with grammatical gender.

Written by hand for this project from general knowledge of English news style (AP-style
abbreviations such as "Sen.", "Rep.", "Gov.", "Lt. Gen.", government and military ranks, company
and newsroom roles), checked against the most frequent role words in PolNeAR *train* source spans
(counts only). Keys are lower case; multi-word titles are matched longest first.

* ``TITLES``: title or role -> gender (``"m"``, ``"f"`` or ``None`` when neutral).
* ``TITLE_MODIFIERS``: capitalized words that belong to a title ("Foreign" Minister, "Navy" chief).
* ``ROLE_SYNONYMS``: role head nouns that a later definite description may use for the same
  source ("the official" for "a senior diplomat").
* ``HONORIFICS``: courtesy titles that carry gender and nothing else ("Ms.", "Mr.").
"""

from __future__ import annotations

__all__ = ["HONORIFICS", "ROLE_SYNONYMS", "TITLES", "TITLE_MODIFIERS"]

HONORIFICS: dict[str, str | None] = {
    "mr.": "m",
    "mr": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "dr.": None,
    "dr": None,
    "prof.": None,
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "rev.": None,
    "fr.": "m",
    "sister": "f",
    "brother": "m",
    "sheikh": "m",
}

_NEUTRAL = """
president vice-president vice_president prime_minister premier chancellor minister
secretary undersecretary under_secretary deputy_secretary assistant_secretary
secretary_of_state secretary_of_defense secretary_general secretary-general
attorney_general ambassador envoy consul diplomat commissioner administrator director
deputy_director chief head leader spokesperson press_secretary official officer
adviser advisor aide counselor counsel strategist pollster analyst economist expert
senator sen. sen rep. rep representative delegate lawmaker legislator assemblymember
governor gov. gov lt._gov. lieutenant_governor mayor deputy_mayor councilor
councilmember alderman speaker leader majority_leader minority_leader whip
chair chairperson judge justice chief_justice magistrate prosecutor attorney lawyer
district_attorney u.s._attorney sheriff inspector detective investigator
general gen. gen lt._gen. maj._gen. brig._gen. lieutenant_general
major_general brigadier_general colonel col. lt._col. lieutenant_colonel
major maj. captain capt. lieutenant lt. sergeant sgt. corporal cpl. private pvt.
admiral adm. vice_adm. rear_adm. vice_admiral rear_admiral commander cmdr.
marshal field_marshal commandant
ceo cfo coo cto chief_executive chief_executive_officer executive founder
co-founder owner manager campaign_manager chairman_and_ceo partner
professor prof. researcher scientist doctor physician nurse teacher student
editor reporter correspondent columnist commentator host anchor writer author
activist organizer advocate candidate nominee front-runner frontrunner surrogate donor volunteer
coach player analyst monk imam rabbi pastor bishop cardinal pope
spokesperson representative agent officer trooper member council_member board_member
board_chair trustee operator engineer worker farmer resident pilot driver mechanic
firefighter contractor consultant lobbyist historian economist pollster
"""

_MALE = """
spokesman chairman congressman assemblyman councilman alderman businessman king prince
emperor sultan emir duke baron father husband son brother uncle nephew grandson
"""

_FEMALE = """
spokeswoman chairwoman congresswoman assemblywoman councilwoman alderwoman businesswoman
queen princess empress duchess baroness mother wife daughter sister aunt niece granddaughter
first_lady
"""


def _words(block: str) -> list[str]:
    return [w.replace("_", " ") for w in block.split()]


TITLES: dict[str, str | None] = {
    **dict.fromkeys(_words(_NEUTRAL)),
    **dict.fromkeys(_words(_MALE), "m"),
    **dict.fromkeys(_words(_FEMALE), "f"),
    **HONORIFICS,
}

_TITLE_MODIFIERS_WORDS = """
    foreign defense defence interior finance treasury justice health energy education labor
    trade commerce agriculture transportation homeland security state economy culture
    environment transport army navy air force marine marines coast guard naval military joint
    deputy vice assistant associate acting interim chief senior executive general principal
    prime press communications national regional district county city state federal
    house senate majority minority white
    """
TITLE_MODIFIERS: frozenset[str] = frozenset(_TITLE_MODIFIERS_WORDS.split())

# A definite description ("the official") may pick up an earlier source described with any of
# these role nouns.
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "official": frozenset(
        {
            "official",
            "diplomat",
            "officer",
            "aide",
            "adviser",
            "advisor",
            "minister",
            "secretary",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "administrator",
            "director",
            "commissioner",
            "envoy",
            "ambassador",
            "staffer",
            "representative",
        }
    ),
    "spokesperson": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
    "spokesman": frozenset({"spokesman", "spokesperson"}),
    "spokeswoman": frozenset({"spokeswoman", "spokesperson"}),
    "source": frozenset({"source", "official", "person", "diplomat", "officer", "aide"}),
    "person": frozenset({"person", "source"}),
    "adviser": frozenset({"adviser", "advisor", "aide"}),
    "advisor": frozenset({"adviser", "advisor", "aide"}),
    "aide": frozenset({"aide", "adviser", "advisor", "staffer"}),
    "lawmaker": frozenset(
        {"lawmaker", "senator", "congressman", "congresswoman", "representative", "legislator"}
    ),
    "senator": frozenset({"senator", "sen.", "lawmaker"}),
    "officer": frozenset({"officer", "official"}),
    "commander": frozenset({"commander", "general", "admiral", "officer", "chief"}),
    "general": frozenset({"general", "gen.", "commander"}),
    "minister": frozenset({"minister", "prime minister"}),
    "secretary": frozenset({"secretary", "secretary of state", "secretary of defense"}),
}
