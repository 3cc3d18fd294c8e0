"""Words and phrases that describe anonymous sources: roles, seniority, affiliation, how the source
knows, and why anonymity was granted.

Written by hand for this project from the sourcing policies of the Associated Press, The New York
Times and Reuters (which ask reporters to give an anonymous source's affiliation, seniority, how the
source knows, and the reason for anonymity) and from the wording of such attributions in news
style, checked against frequent words in PolNeAR *train* source spans (counts only).
After a read of web news (2026-11-22, ``docs/sources.md``): "associates" and "confidants" as group
nouns ("mediators" too, a group that speaks for no insiders), and the affiliations "royal court",
"presidency", "palace" and "cabinet".
Phrases are lower case; regular expressions are built from them in ``attribution._anonymity``.
"""

from __future__ import annotations

__all__ = [
    "AFFILIATIONS",
    "ANONYMITY_MARKERS",
    "ANONYMOUS_GROUP_ROLES",
    "ANONYMOUS_ROLES",
    "FAMILY_ROLES",
    "GENERIC_ROLES",
    "GROUP_NOUNS",
    "KNOWLEDGE_MARKERS",
    "REASON_MARKERS",
    "SENIORITY",
    "STATUS",
]

# Role nouns that, without a name, stand for a person whose identity the article withholds
# (singular forms; plurals are formed with "s" or listed in GROUP_NOUNS).
_ANONYMOUS_ROLES_WORDS = """
    official source person insider aide adviser advisor diplomat officer staffer employee
    operative strategist spokesman spokeswoman spokesperson representative envoy agent
    investigator analyst lawmaker legislator commander executive negotiator member
    confidant associate ally donor colleague friend lawyer attorney negotiator individual
    """
ANONYMOUS_ROLES: frozenset[str] = frozenset(_ANONYMOUS_ROLES_WORDS.split())

# Roles whose plural stands for unnamed insiders rather than for a public ("officials said", not
# "voters said" or "experts say"). A group of any other kind is anonymous only when the text gives
# how it knows or why it is not named.
ANONYMOUS_GROUP_ROLES: frozenset[str] = frozenset(
    {
        "official",
        "source",
        "insider",
        "aide",
        "adviser",
        "advisor",
        "diplomat",
        "officer",
        "staffer",
        "employee",
        "operative",
        "strategist",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "envoy",
        "agent",
        "investigator",
        "negotiator",
        "confidant",
        "associate",
        "ally",
        "donor",
        "commander",
    }
)

# Relatives: "my father said" withholds nothing a reader needs.
FAMILY_ROLES: frozenset[str] = frozenset(
    {
        "father",
        "mother",
        "son",
        "daughter",
        "brother",
        "sister",
        "husband",
        "wife",
        "uncle",
        "aunt",
        "cousin",
        "grandfather",
        "grandmother",
        "parent",
        "parents",
        "family",
        "child",
        "children",
        "niece",
        "nephew",
        "fiancé",
        "fiancée",
        "partner",
    }
)

# Roles too generic to describe a source: "a source", "an official", "people".
GENERIC_ROLES: frozenset[str] = frozenset(
    {
        "source",
        "sources",
        "official",
        "officials",
        "person",
        "people",
        "individual",
        "individuals",
        "insider",
        "insiders",
        "member",
        "members",
    }
)

# Plural nouns that make a speaker a group (and their singular when regular).
_GROUP_NOUNS_WORDS = """
    officials sources people persons insiders aides advisers advisors diplomats officers staffers
    employees operatives strategists spokesmen representatives envoys agents investigators
    analysts lawmakers legislators commanders executives negotiators members allies donors
    colleagues friends lawyers attorneys experts economists scientists researchers critics
    supporters opponents advocates activists residents voters citizens witnesses observers
    protesters demonstrators workers leaders ministers senators governors mayors democrats
    republicans conservatives liberals progressives evangelicals authorities police
    prosecutors judges doctors teachers students parents families farmers bankers investors
    traders polls surveys pollsters historians scholars academics reporters journalists
    americans europeans organizers volunteers veterans soldiers troops rebels
    militants fighters doctors nurses clinicians physicians proponents backers skeptics
    defenders detractors insiders sources associates confidants mediators
    """
GROUP_NOUNS: frozenset[str] = frozenset(_GROUP_NOUNS_WORDS.split())

SENIORITY: dict[str, str] = {
    "senior": "senior",
    "top": "top",
    "high-ranking": "high-ranking",
    "high-level": "high-level",
    "highest-ranking": "high-ranking",
    "ranking": "high-ranking",
    "mid-level": "mid-level",
    "midlevel": "mid-level",
    "mid-ranking": "mid-level",
    "junior": "junior",
    "low-level": "low-level",
    "low-ranking": "low-level",
    "veteran": "veteran",
    "longtime": "veteran",
}

STATUS: dict[str, str] = {
    "former": "former",
    "ex-": "former",
    "retired": "former",
    "onetime": "former",
    "one-time": "former",
    "erstwhile": "former",
    "current": "current",
    "serving": "current",
    "sitting": "current",
    "active-duty": "current",
}

# Affiliation words inside a speaker description -> the normalized affiliation.
AFFILIATIONS: dict[str, str] = {
    "military": "military",
    "army": "army",
    "navy": "navy",
    "air force": "air force",
    "marine": "marines",
    "defense": "defense",
    "pentagon": "Pentagon",
    "intelligence": "intelligence",
    "security": "security",
    "national security": "security",
    "counterterrorism": "counterterrorism",
    "law enforcement": "law enforcement",
    "police": "police",
    "justice department": "Justice Department",
    "fbi": "FBI",
    "cia": "CIA",
    "state department": "State Department",
    "white house": "White House",
    "administration": "the administration",
    "government": "government",
    "campaign": "the campaign",
    "congressional": "Congress",
    "senate": "Senate",
    "house": "House",
    "diplomatic": "diplomatic",
    "foreign ministry": "foreign ministry",
    "ministry": "ministry",
    "embassy": "embassy",
    "european": "European Union",
    "eu": "European Union",
    "nato": "NATO",
    "u.n.": "United Nations",
    "un": "United Nations",
    "united nations": "United Nations",
    "democratic": "Democratic Party",
    "republican": "Republican Party",
    "gop": "Republican Party",
    "party": "party",
    "industry": "industry",
    "company": "company",
    "corporate": "company",
    "treasury": "Treasury",
    "federal": "federal government",
    "state": "state government",
    "city": "city government",
    "county": "county government",
    "transition": "the transition",
    "legal": "legal",
    "health": "health",
    "labor": "labor",
    "royal court": "royal court",
    "presidency": "presidency",
    "palace": "palace",
    "cabinet": "cabinet",
}

# How the source knows: the phrase opens a clause that ends at punctuation.
KNOWLEDGE_MARKERS: tuple[str, ...] = (
    "with direct knowledge of",
    "with firsthand knowledge of",
    "with first-hand knowledge of",
    "with detailed knowledge of",
    "with knowledge of",
    "who has knowledge of",
    "familiar with",
    "knowledgeable about",
    "briefed on",
    "who was briefed",
    "who were briefed",
    "who had been briefed",
    "close to",
    "involved in",
    "privy to",
    "with access to",
    "present at",
    "present for",
    "who attended",
    "who was at",
    "who were at",
    "who participated in",
    "who took part in",
    "who was in the room",
    "who were in the room",
    "in the room",
    "who saw",
    "who has seen",
    "who had seen",
    "who reviewed",
    "who has reviewed",
    "who read",
    "who has read",
    "who heard",
    "who witnessed",
    "who worked on",
    "who works on",
    "aware of",
)

# Phrases saying that the source was granted anonymity (a reason may follow).
ANONYMITY_MARKERS: tuple[str, ...] = (
    "on condition of anonymity",
    "on the condition of anonymity",
    "on the condition they not be named",
    "on condition that he not be named",
    "on condition that she not be named",
    "on the condition that he not be named",
    "on the condition that she not be named",
    "on condition they not be named",
    "on condition of not being named",
    "on condition of not being identified",
    "speaking anonymously",
    "anonymously",
    "speaking on background",
    "on background",
    "requested anonymity",
    "request anonymity",
    "asked for anonymity",
    "asked not to be named",
    "asked not to be identified",
    "declined to be named",
    "declined to be identified",
    "insisted on anonymity",
    "was granted anonymity",
    "were granted anonymity",
    "granted anonymity",
    "without being named",
    "without being identified",
    "without attribution",
    "who requested anonymity",
    "who asked not to be named",
    "who declined to be named",
    "who spoke anonymously",
)

# Phrases that are themselves a reason for anonymity.
REASON_MARKERS: tuple[str, ...] = (
    "not authorized to",
    "not authorised to",
    "not permitted to",
    "not allowed to",
    "not cleared to",
    "unauthorized to",
    "not empowered to",
    "for fear of",
    "fearing",
    "out of fear",
    "because of the sensitivity",
    "given the sensitivity",
)
