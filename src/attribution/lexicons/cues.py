"""Attribution cues: the verbs and phrases that introduce what someone said, thought or saw.

How it was built: ``benchmarks/cue_stats.py`` counts the cue spans of the PolNeAR *train* split
(lower-cased cue text and its head word) and, for every word form below, how often it is a cue
when it occurs in train text at all. We took the frequent heads, grouped them by lemma, wrote
out the inflections ourselves and assigned each lemma a category by our own judgement. Nothing
here is article text.

The strength tells the matcher how much a form can be trusted alone: ``"strong"`` forms ("said",
"told", "according to") are cues whenever they follow a speaker, with any clause after them;
``"weak"`` forms ("called", "found", "wants") also take a plain object ("criticized the plan")
but are not cues in the inverted ``CLAUSE, said X`` orders; ``"strict"`` forms are often
something else ("states", "point", "comment" as nouns) and count only before ``that``, a colon
or a quotation. The strict set is the forms whose train precision was below 0.6 as weak cues.
``"quoted"`` forms (hailed, echoed, quoted) are verbs of evaluation that count only when a
quotation opens in the few words after them (``hailed her “record of results”``): PolNeAR
train has such mixed quotes whose cue was outside the lexicon, and the same verbs without
quoted words are seldom attributions. (touted, mocked, thanked and decried were quoted-only
until the third session: with a plain object they are PolNeAR train attributions too,
"touted his victories", "mocked the complaint", "decried super PACs"; made weak because
train source F1 rose and dev did not fall.)

Stance verbs (endorse, agree, reject, defend, attack, express, support, oppose) take a position
rather than report words: they are ``belief`` (taken from the speech category in the second
session, after their train precision as speech cues was below 0.25: PolNeAR does not count them
as speech either).

Categories: ``speech`` (said, told, wrote), ``belief`` (believe, think, fear, expect),
``perception`` (saw, found, shows) and ``intention`` (want, plan, hope to, vow).
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "CUE_LEMMAS",
    "MULTIWORD",
    "NO_SOURCE",
    "SPEECH_NOUNS",
    "WORDING_NOUNS",
    "Category",
    "Strength",
]

Category = Literal["speech", "belief", "perception", "intention"]
Strength = Literal["strong", "weak", "strict", "quoted"]

# lemma -> (category, strength, inflected forms incl. the lemma)
CUE_LEMMAS: dict[str, tuple[Category, Strength, tuple[str, ...]]] = {
    # --- speech: the reporting verbs proper -------------------------------------------------
    "say": ("speech", "strong", ("say", "says", "said", "saying")),
    "tell": ("speech", "strong", ("tell", "tells", "told", "telling")),
    "add": ("speech", "strong", ("add", "adds", "added", "adding")),
    "ask": ("speech", "weak", ("ask", "asks", "asked", "asking")),
    "write": ("speech", "strong", ("write", "writes", "wrote", "writing", "written")),
    "note": ("speech", "strong", ("note", "notes", "noted", "noting")),
    "report": ("speech", "weak", ("report", "reports", "reported", "reporting")),
    "announce": ("speech", "weak", ("announce", "announces", "announced", "announcing")),
    "suggest": ("speech", "strong", ("suggest", "suggests", "suggested", "suggesting")),
    "tweet": ("speech", "strong", ("tweet", "tweets", "tweeted", "tweeting")),
    "email": ("speech", "quoted", ("emailed", "e-mailed", "emailing", "e-mailing")),
    "retweet": ("speech", "quoted", ("retweeted", "retweeting")),
    "text": ("speech", "strict", ("texted",)),
    "argue": ("speech", "strong", ("argue", "argues", "argued", "arguing")),
    "explain": ("speech", "strong", ("explain", "explains", "explained", "explaining")),
    "acknowledge": (
        "speech",
        "strong",
        ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    ),
    "declare": ("speech", "strong", ("declare", "declares", "declared", "declaring")),
    "recall": ("speech", "strong", ("recall", "recalls", "recalled", "recalling")),
    "claim": ("speech", "strong", ("claim", "claims", "claimed", "claiming")),
    "respond": ("speech", "strong", ("respond", "responds", "responded", "responding")),
    "state": ("speech", "strict", ("state", "states", "stated", "stating")),
    "warn": ("speech", "strong", ("warn", "warns", "warned", "warning")),
    "promise": ("speech", "strong", ("promise", "promises", "promised", "promising")),
    "insist": ("speech", "strong", ("insist", "insists", "insisted", "insisting")),
    "reply": ("speech", "strong", ("reply", "replies", "replied", "replying")),
    "reveal": ("speech", "strong", ("reveal", "reveals", "revealed", "revealing")),
    "predict": ("speech", "strong", ("predict", "predicts", "predicted", "predicting")),
    "pledge": ("speech", "strong", ("pledge", "pledges", "pledged", "pledging")),
    "vow": ("speech", "strong", ("vow", "vows", "vowed", "vowing")),
    "admit": ("speech", "strong", ("admit", "admits", "admitted", "admitting")),
    "deny": ("speech", "strong", ("deny", "denies", "denied", "denying")),
    "confirm": ("speech", "strong", ("confirm", "confirms", "confirmed", "confirming")),
    "assure": ("speech", "strong", ("assure", "assures", "assured", "assuring")),
    "complain": ("speech", "strong", ("complain", "complains", "complained", "complaining")),
    "contend": ("speech", "strong", ("contend", "contends", "contended", "contending")),
    "maintain": ("speech", "strict", ("maintain", "maintains", "maintained")),
    "emphasize": ("speech", "strong", ("emphasize", "emphasizes", "emphasized", "emphasizing")),
    "stress": ("speech", "strong", ("stressed", "stresses", "stressing")),
    "testify": ("speech", "strong", ("testify", "testifies", "testified", "testifying")),
    "concede": ("speech", "strong", ("concede", "concedes", "conceded", "conceding")),
    "allege": ("speech", "strong", ("allege", "alleges", "alleged", "alleging")),
    "boast": ("speech", "strong", ("boast", "boasts", "boasted", "boasting")),
    "brag": ("speech", "strong", ("brag", "brags", "bragged", "bragging")),
    "joke": ("speech", "strong", ("joke", "jokes", "joked", "joking")),
    "quip": ("speech", "strong", ("quip", "quips", "quipped", "quipping")),
    "caution": ("speech", "strong", ("caution", "cautions", "cautioned", "cautioning")),
    "remark": ("speech", "strict", ("remark", "remarks", "remarked", "remarking")),
    "observe": ("speech", "strong", ("observe", "observes", "observed", "observing")),
    "answer": ("speech", "strict", ("answer", "answers", "answered", "answering")),
    "shout": ("speech", "strong", ("shout", "shouts", "shouted", "shouting")),
    "yell": ("speech", "strong", ("yell", "yells", "yelled", "yelling")),
    "scream": ("speech", "quoted", ("scream", "screams", "screamed", "screaming")),
    "exclaim": ("speech", "strong", ("exclaim", "exclaims", "exclaimed", "exclaiming")),
    "comment": ("speech", "strict", ("comment", "comments", "commented", "commenting")),
    "retort": ("speech", "strong", ("retort", "retorts", "retorted", "retorting")),
    "counter": ("speech", "strong", ("countered", "counters", "countering")),
    "mention": ("speech", "strong", ("mention", "mentions", "mentioned", "mentioning")),
    "inform": ("speech", "strong", ("inform", "informs", "informed", "informing")),
    "advise": ("speech", "weak", ("advise", "advises", "advised", "advising")),
    "conclude": ("speech", "strong", ("conclude", "concludes", "concluded", "concluding")),
    "continue": ("speech", "strict", ("continued", "continues")),
    "repeat": ("speech", "strong", ("repeat", "repeats", "repeated", "repeating")),
    "reiterate": ("speech", "strong", ("reiterate", "reiterates", "reiterated", "reiterating")),
    "lament": ("speech", "strong", ("lament", "laments", "lamented", "lamenting")),
    "speculate": ("speech", "strong", ("speculate", "speculates", "speculated", "speculating")),
    "assert": ("speech", "strong", ("assert", "asserts", "asserted", "asserting")),
    "charge": ("speech", "strict", ("charged", "charges")),
    "demand": ("speech", "weak", ("demand", "demands", "demanded", "demanding")),
    "threaten": ("speech", "weak", ("threaten", "threatens", "threatened", "threatening")),
    "urge": ("speech", "weak", ("urge", "urges", "urged", "urging")),
    "accuse": ("speech", "weak", ("accuse", "accuses", "accused", "accusing")),
    "describe": ("speech", "weak", ("describe", "describes", "described", "describing")),
    "call": ("speech", "weak", ("call", "calls", "called", "calling")),
    "propose": ("speech", "weak", ("propose", "proposes", "proposed", "proposing")),
    "cite": ("speech", "weak", ("cite", "cites", "cited", "citing")),
    "estimate": ("speech", "strict", ("estimate", "estimates", "estimated", "estimating")),
    "whisper": ("speech", "strong", ("whisper", "whispers", "whispered", "whispering")),
    "muse": ("speech", "strong", ("mused", "muses", "musing")),
    "post": ("speech", "strict", ("posted",)),
    "recount": ("speech", "strong", ("recount", "recounts", "recounted", "recounting")),
    "point": ("speech", "strict", ("point", "points", "pointed", "pointing")),
    "criticize": ("speech", "weak", ("criticize", "criticizes", "criticized", "criticizing")),
    "praise": ("speech", "weak", ("praise", "praises", "praised", "praising")),
    "dismiss": ("speech", "weak", ("dismissed", "dismisses", "dismissing")),
    "brand": ("speech", "weak", ("branded", "brands", "branding")),
    "label": ("speech", "weak", ("labeled", "labelled", "labels", "labeling")),
    "dub": ("speech", "weak", ("dubbed", "dubs", "dubbing")),
    "blast": ("speech", "weak", ("blasted", "blasts", "blasting")),
    "slam": ("speech", "weak", ("slammed", "slams", "slamming")),
    "denounce": ("speech", "weak", ("denounced", "denounces", "denouncing")),
    "question": ("speech", "weak", ("questioned", "questions", "questioning")),
    "speak": ("speech", "strict", ("spoke", "speaks", "speaking")),
    "talk": ("speech", "strict", ("talked", "talks", "talking")),
    "read": ("speech", "weak", ("read", "reads")),
    "remind": ("speech", "weak", ("remind", "reminds", "reminded", "reminding")),
    "request": ("speech", "weak", ("requested", "requesting")),
    "recommend": ("speech", "weak", ("recommend", "recommends", "recommended", "recommending")),
    "disclose": ("speech", "weak", ("disclose", "discloses", "disclosed", "disclosing")),
    "rail": ("speech", "weak", ("railed", "rails", "railing")),
    # --- evaluation verbs that count only before quoted words ("quoted") ---------------------
    "mock": ("speech", "weak", ("mocked", "mocks", "mocking")),
    "decry": ("speech", "weak", ("decried", "decries", "decrying")),
    "tout": ("speech", "weak", ("touted", "touts", "touting")),
    "hail": ("speech", "quoted", ("hailed", "hails", "hailing")),
    "thank": ("speech", "weak", ("thanked", "thanking")),
    "echo": ("speech", "quoted", ("echoed", "echoes", "echoing")),
    "quote": ("speech", "quoted", ("quoted", "quotes", "quoting")),
    "proclaim": ("speech", "strong", ("proclaim", "proclaims", "proclaimed", "proclaiming")),
    "interject": ("speech", "strong", ("interjected", "interjects", "interjecting")),
    # manner-of-speaking verbs, cues only with quoted words ("“Quiet,” he snapped")
    "snap": ("speech", "quoted", ("snapped", "snaps")),
    "bark": ("speech", "quoted", ("barked", "barks")),
    "scoff": ("speech", "quoted", ("scoffed", "scoffs")),
    # the same, found in a read of political web pages ("He elaborated, “…”"; 2026-11-22)
    "elaborate": ("speech", "quoted", ("elaborated", "elaborates", "elaborating")),
    "gripe": ("speech", "quoted", ("griped", "gripes")),
    "gush": ("speech", "quoted", ("gushed", "gushes")),
    "opine": ("speech", "quoted", ("opined", "opines")),
    "plead": ("speech", "quoted", ("pleaded", "pleads")),
    "fume": ("speech", "quoted", ("fumed", "fumes")),
    # --- stance: taking a position (belief, see the module docstring) -----------------------
    "agree": ("belief", "weak", ("agree", "agrees", "agreed", "agreeing")),
    "endorse": ("belief", "weak", ("endorsed", "endorses", "endorsing")),
    "express": ("belief", "weak", ("expressed", "expresses", "expressing")),
    "defend": ("belief", "weak", ("defended", "defends", "defending")),
    "attack": ("belief", "weak", ("attacked", "attacks", "attacking")),
    "reject": ("belief", "weak", ("rejected", "rejects", "rejecting")),
    # a stance too, and a cue only before quoted words ("condemned the “cowardly” bombings",
    # "condemned the test as “provocative”"): wire news (AQUAINT); a plain object is no quote
    "condemn": ("belief", "quoted", ("condemned", "condemns", "condemning")),
    "support": ("belief", "weak", ("support", "supports", "supported", "supporting")),
    "oppose": ("belief", "weak", ("oppose", "opposes", "opposed", "opposing")),
    # --- belief -----------------------------------------------------------------------------
    "believe": ("belief", "strong", ("believe", "believes", "believed", "believing")),
    "think": ("belief", "strong", ("think", "thinks", "thought", "thinking")),
    "feel": ("belief", "weak", ("feel", "feels", "felt")),
    "know": ("belief", "weak", ("know", "knows", "knew")),
    "expect": ("belief", "weak", ("expect", "expects", "expected", "expecting")),
    "fear": ("belief", "strong", ("fear", "fears", "feared", "fearing")),
    "worry": ("belief", "strong", ("worry", "worries", "worried", "worrying")),
    "doubt": ("belief", "weak", ("doubt", "doubts", "doubted")),
    "suspect": ("belief", "weak", ("suspect", "suspects", "suspected")),
    "assume": ("belief", "weak", ("assume", "assumes", "assumed")),
    "understand": ("belief", "weak", ("understand", "understands", "understood")),
    "consider": ("belief", "weak", ("consider", "considers", "considered")),
    "realize": ("belief", "strong", ("realize", "realizes", "realized")),
    "seem": ("belief", "weak", ("seem", "seems", "seemed")),
    "appear": ("belief", "weak", ("appear", "appears", "appeared")),
    # --- perception -------------------------------------------------------------------------
    "see": ("perception", "weak", ("see", "sees", "saw")),
    "hear": ("perception", "weak", ("hear", "hears", "heard")),
    "find": ("perception", "weak", ("find", "finds", "found")),
    "show": ("perception", "weak", ("show", "shows", "showed", "shown", "showing")),
    "indicate": ("perception", "weak", ("indicate", "indicates", "indicated", "indicating")),
    "notice": ("perception", "weak", ("notice", "notices", "noticed")),
    "learn": ("perception", "weak", ("learned", "learns")),
    "discover": ("perception", "weak", ("discover", "discovers", "discovered")),
    # --- intention --------------------------------------------------------------------------
    "want": ("intention", "weak", ("want", "wants", "wanted")),
    "plan": ("intention", "weak", ("plan", "plans", "planned")),
    "hope": ("intention", "strong", ("hope", "hopes", "hoped", "hoping")),
    "intend": ("intention", "weak", ("intend", "intends", "intended")),
    "seek": ("intention", "weak", ("seek", "seeks", "sought")),
    "refuse": ("intention", "weak", ("refuse", "refuses", "refused", "refusing")),
    "decline": ("intention", "weak", ("declined", "declines")),
    "wish": ("intention", "weak", ("wish", "wishes", "wished")),
}

# Multi-word cues: phrase (lower case, single spaces) -> (lemma, category, strength).
MULTIWORD: dict[str, tuple[str, Category, Strength]] = {
    "according to": ("according to", "speech", "strong"),
    "shot back": ("shoot back", "speech", "quoted"),
    "shoots back": ("shoot back", "speech", "quoted"),
    "fired back": ("fire back", "speech", "quoted"),
    "fires back": ("fire back", "speech", "quoted"),
    "chimed in": ("chime in", "speech", "quoted"),
    "referring to": ("refer to", "speech", "quoted"),
    "referred to": ("refer to", "speech", "quoted"),
    "called for": ("call for", "speech", "strong"),
    "calls for": ("call for", "speech", "strong"),
    "calling for": ("call for", "speech", "strong"),
    "call for": ("call for", "speech", "strong"),
    "called on": ("call on", "speech", "strong"),
    "calls on": ("call on", "speech", "strong"),
    "calling on": ("call on", "speech", "strong"),
    "pointed out": ("point out", "speech", "strong"),
    "points out": ("point out", "speech", "strong"),
    "pointing out": ("point out", "speech", "strong"),
    "point out": ("point out", "speech", "strong"),
    "went on about": ("go on about", "speech", "weak"),
    "goes on about": ("go on about", "speech", "weak"),
    "going on about": ("go on about", "speech", "weak"),
    # "went on to win", "went on television": only before a colon, "that" or a quotation
    "went on": ("go on", "speech", "strict"),
    "goes on": ("go on", "speech", "strict"),
    "made clear": ("make clear", "speech", "strong"),
    "makes clear": ("make clear", "speech", "strong"),
    "made the case": ("make the case", "speech", "strong"),
    # "As Ruiz put it: “…”", "Ruiz put it bluntly: “…”": only before a colon or a quotation
    "put it": ("put it", "speech", "strict"),
    "puts it": ("put it", "speech", "strict"),
    "is expected": ("expect", "belief", "weak"),
    "are expected": ("expect", "belief", "weak"),
    "was expected": ("expect", "belief", "weak"),
    "were expected": ("expect", "belief", "weak"),
    "in a statement": ("statement", "speech", "weak"),
    # speaking and talking take their topic as content: "spoke about the highway".
    **{
        f"{verb} {preposition}": (lemma, "speech", "weak")
        for lemma, verbs in (
            ("speak about", ("speak", "speaks", "spoke", "speaking")),
            ("talk about", ("talk", "talks", "talked", "talking")),
        )
        for verb in verbs
        for preposition in ("about", "of")
        if not (lemma == "talk about" and preposition == "of")
    },
}

# Cue forms that attribute without naming anyone: the speaker is None.
NO_SOURCE: frozenset[str] = frozenset({"reportedly", "allegedly", "purportedly", "reputedly"})

# Nouns that head a speech-event noun phrase ("in a statement", "in an interview"), kept for
# cue adverbials: "said in a statement" is one cue in PolNeAR.
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "statement",
        "message",
        "interview",
        "speech",
        "email",
        "e-mail",
        "letter",
        "tweet",
        "post",
        "op-ed",
        "memo",
        "briefing",
        "press",
        "conference",
        "call",
        "report",
        "release",
        "reply",
        "response",
        "remarks",
        "comments",
        "appearance",
        "hearing",
        "rally",
        "event",
        "session",
        "meeting",
        "debate",
        "forum",
        "address",
        "video",
        "ad",
        "broadcast",
        "show",
        "podcast",
        "town",
        "hall",
        # plurals and written channels: "said in interviews", "wrote in his 2012 book"
        "interviews",
        "statements",
        "speeches",
        "tweets",
        "posts",
        "letters",
        "rallies",
        "events",
        "debates",
        "appearances",
        "book",
        "memoir",
        "column",
        "essay",
        "article",
        "blog",
        "newsletter",
        "testimony",
        "filing",
    }
)

# Nouns of things that carry words, whose wording a colon introduces: "From the report: “…”",
# "this finding: “…”", "its headline: “…”". PolNeAR train marks the noun phrase as the source
# and the colon as the cue; we wrote the list from those cases and their near synonyms.
WORDING_NOUNS: frozenset[str] = frozenset(
    {"statement", "statements", "message", "messages", "report", "finding", "findings"}
    | {"headline", "headlines", "letter", "memo", "email", "e-mail", "tweet", "tweets", "post"}
    | {"note", "caption", "sign", "signs", "banner", "slogan", "release", "ruling", "decision"}
    | {"opinion", "order", "transcript", "excerpt", "passage", "reply", "response", "answer"}
    | {"remarks", "comments", "complaint", "lawsuit", "filing", "indictment", "article", "study"}
    | {"document", "motto", "line", "words", "conclusion", "summary", "verdict", "petition"}
    | {"warning", "notice", "announcement", "declaration", "resolution", "essay", "column"}
    | {"editorial", "analysis", "review", "guidance", "manifesto", "platform", "pledge", "vow"}
    | {"text", "website", "page", "brochure", "flyer", "leaflet", "ad", "advertisement"}
)
