"""The PolNeAR scorer's matching and metrics, on synthetic spans we write (no corpus text)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
if not (BENCHMARKS / "polnear.py").is_file():  # e.g. tests run from an sdist without benchmarks/
    pytest.skip("benchmarks/ is not here", allow_module_level=True)
sys.path.append(str(BENCHMARKS))
polnear: Any = importlib.import_module("polnear")
polnear_corpus: Any = importlib.import_module("polnear_corpus")
speed: Any = importlib.import_module("speed")
typing_probes: Any = importlib.import_module("typing_probes")


def pieces_of(text: str, *parts: str) -> tuple[tuple[int, int], ...]:
    """The pieces of ``text`` where each part first occurs (parts in text order)."""
    found = []
    position = 0
    for part in parts:
        start = text.index(part, position)
        found.append((start, start + len(part)))
        position = start + len(part)
    return tuple(found)


# ---------------------------------------------------------------------------------------------
# exact match
# ---------------------------------------------------------------------------------------------

SENTENCE = "“We will build it,” the mayor said on Tuesday."


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        pytest.param(("“We will build it,”",), ("We will build it",), True, id="marks-and-comma"),
        pytest.param(("the mayor",), ("the mayor",), True, id="identical"),
        pytest.param(("the mayor said",), ("the mayor",), False, id="longer-gold"),
        pytest.param(("said on Tuesday",), ("said",), False, id="cue-with-adverbial"),
        pytest.param(("mayor",), ("the mayor",), False, id="missing-determiner"),
    ],
)
def test_exact_key(gold: tuple[str, ...], pred: tuple[str, ...], same: bool) -> None:
    gold_key = polnear.exact_key(SENTENCE, pieces_of(SENTENCE, *gold))
    pred_key = polnear.exact_key(SENTENCE, pieces_of(SENTENCE, *pred))
    assert (gold_key == pred_key) is same


def test_exact_key_joins_pieces_split_only_by_punctuation() -> None:
    text = "“Yes,” “no.”"
    assert polnear.exact_key(text, pieces_of(text, "“Yes,”", "“no.”")) == ((1, 10),)


# ---------------------------------------------------------------------------------------------
# tokens and overlap thresholds
# ---------------------------------------------------------------------------------------------


def test_tokens_cover_words_touching_a_piece() -> None:
    text = "one two, three"
    tokens = polnear.Tokens.of(text)
    assert tokens.covered(((0, 3),)) == frozenset({0})
    assert tokens.covered(((2, 5),)) == frozenset({0, 1})  # partial overlap counts
    assert tokens.covered(((7, 9),)) == frozenset()  # ", " holds no word


GOLD_TEN = frozenset(range(10))


@pytest.mark.parametrize(
    ("pred", "threshold", "matched"),
    [
        pytest.param(frozenset(range(4)), 0.3, True, id="40pct-over-0.3"),
        pytest.param(frozenset(range(3)), 0.3, False, id="30pct-is-not-more-than-0.3"),
        pytest.param(frozenset(range(4)), 0.8, False, id="40pct-under-0.8"),
        pytest.param(frozenset(range(9)), 0.8, True, id="90pct-over-0.8"),
        pytest.param(frozenset(range(5, 40)), 0.3, True, id="longer-prediction-still-covers"),
        pytest.param(frozenset(range(20, 30)), 0.3, False, id="disjoint"),
    ],
)
def test_threshold(pred: frozenset[int], threshold: float, matched: bool) -> None:
    pairs = polnear.greedy_match([pred], [GOLD_TEN], threshold)
    assert bool(pairs) is matched


def test_one_gold_matches_one_prediction_the_best() -> None:
    weak, strong = frozenset(range(5)), frozenset(range(9))
    assert polnear.greedy_match([weak, strong], [GOLD_TEN], 0.3) == [(1, 0, 0.9)]


def test_one_prediction_matches_one_gold_the_best_covered() -> None:
    first, second = frozenset(range(4)), frozenset(range(4, 20))
    pred = frozenset(range(10))  # covers all of first, 6/16 of second
    assert polnear.greedy_match([pred], [first, second], 0.3) == [(0, 0, 1.0)]


def test_greedy_assignment_keeps_both_when_possible() -> None:
    g1, g2 = frozenset(range(10)), frozenset(range(10, 20))
    p1, p2 = frozenset(range(10)), frozenset(range(5, 20))
    pairs = polnear.greedy_match([p1, p2], [g1, g2], 0.3)
    assert [(p, g) for p, g, _ in pairs] == [(0, 0), (1, 1)]


# ---------------------------------------------------------------------------------------------
# direct / mixed / indirect
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts", "kind"),
    [
        pytest.param("“We will win.”", ("“We will win.”",), "direct", id="direct-curly"),
        pytest.param('"We will win."', ('"We will win."',), "direct", id="direct-straight"),
        pytest.param(
            "''We will win.''", ("''We will win.''",), "direct", id="direct-doubled-apostrophes"
        ),
        pytest.param(
            "“We will,” she said, “win.”",
            ("“We will,”", "“win.”"),
            "direct",
            id="direct-split-around-cue",
        ),
        pytest.param(
            "“We will win.\n\n“And then we rest.”",
            ("“We will win.\n\n“And then we rest.”",),
            "direct",
            id="direct-two-paragraphs-no-closing-mark",
        ),
        pytest.param(
            "“We will win.” she said",
            ("We will win.”",),
            "direct",
            id="piece-starts-inside-quote",
        ),
        pytest.param(
            "that they would “fight to the end” of the year",
            ("that they would “fight to the end” of the year",),
            "mixed",
            id="mixed",
        ),
        pytest.param(
            "that they would win", ("that they would win",), "indirect", id="indirect-no-marks"
        ),
        pytest.param(
            "the mayor’s plan isn’t ready",
            ("the mayor’s plan isn’t ready",),
            "indirect",
            id="apostrophes-are-not-quotes",
        ),
    ],
)
def test_content_kind(text: str, parts: tuple[str, ...], kind: str) -> None:
    assert polnear.content_kind(text, pieces_of(text, *parts)) == kind


# ---------------------------------------------------------------------------------------------
# speech cues and the speech-only view
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        pytest.param("said Thursday morning", True, id="said-adverbial"),
        pytest.param("told reporters", True, id="told"),
        pytest.param("according to", True, id="according-to"),
        pytest.param("tweeted", True, id="tweeted"),
        pytest.param("in a statement", True, id="statement-noun"),
        pytest.param("replied", True, id="consonant-y-past"),
        pytest.param("admitted", True, id="doubled-consonant"),
        pytest.param(":", True, id="bare-colon"),
        pytest.param("believes", False, id="belief"),
        pytest.param("saw", False, id="perception"),
        pytest.param("wants", False, id="intention"),
        pytest.param("has learned", False, id="learned"),
    ],
)
def test_is_speech_cue(cue: str, speech: bool) -> None:
    assert polnear.is_speech_cue(cue) is speech


def item(content: tuple[tuple[int, int], ...], *, speech: bool = True, source: Any = None) -> Any:
    return polnear.Item(content=content, source=source, cue=None, speech=speech, kind="indirect")


def test_speech_view_filters_gold_and_predictions() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta"
    first, second = pieces_of(text, "alpha beta gamma"), pieces_of(text, "epsilon zeta eta")
    gold = [item(first, speech=True), item(second, speech=False)]
    pred = [item(first, speech=True), item(second, speech=False)]
    counts: Counter[str] = polnear.score_article(text, gold, pred)
    assert (counts["all.t0.3.gold"], counts["all.t0.3.pred"], counts["all.t0.3.tp"]) == (2, 2, 2)
    assert (counts["speech.t0.3.gold"], counts["speech.t0.3.pred"], counts["speech.t0.3.tp"]) == (
        1,
        1,
        1,
    )


def test_speaker_match_and_content_source() -> None:
    text = "The mayor said the road would open and the council said it would not"
    content_1 = pieces_of(text, "the road would open")
    content_2 = pieces_of(text, "it would not")
    mayor, council = pieces_of(text, "The mayor"), pieces_of(text, "the council")
    gold = [item(content_1, source=mayor), item(content_2, source=council)]
    pred = [item(content_1, source=mayor), item(content_2, source=mayor)]
    summary = polnear.summarize(polnear.score_article(text, gold, pred))
    content = summary["all"]["content"]["0.3"]
    assert content["f1"] == 100.0
    assert content["speaker_match"] == 50.0
    assert content["content_source"] == {"p": 50.0, "r": 50.0, "f1": 50.0}
    assert summary["all"]["roles"]["source"]["exact"] == {"p": 100.0, "r": 50.0, "f1": 66.7}


def test_prf() -> None:
    assert polnear.prf(3, 4, 6) == {"p": 75.0, "r": 50.0, "f1": 60.0}
    assert polnear.prf(0, 0, 5) == {"p": 0.0, "r": 0.0, "f1": 0.0}


# ---------------------------------------------------------------------------------------------
# brat parsing (synthetic .ann text)
# ---------------------------------------------------------------------------------------------

ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 20;30 40\tfirst\n"
    "second line of a multi-line span text\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "#1\tAnnotatorNotes T3\ta note\n"
    "T5\tCue 50 54\tsaid\n"
    "T6\tContent 60 70\tsomething\n"
    "T7\tAttribution-no-source 50 54\tsaid\n"
    "E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n"
)


def test_parse_ann() -> None:
    first, second = polnear_corpus.parse_ann(ANN)
    assert first.source.fragments == ((0, 9),)
    assert first.cue.fragments == ((10, 14),)
    assert first.content.fragments == ((15, 20), (30, 40))
    assert second.source is None
    assert second.content.fragments == ((60, 70),)


# ---------------------------------------------------------------------------------------------
# the scripts without corpora
# ---------------------------------------------------------------------------------------------


def test_polnear_script_exits_0_without_corpora(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / "polnear.py"), "--corpora", str(tmp_path / "absent")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "PolNeAR not found" in completed.stdout


def test_speed_exits_0_without_corpora(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--corpora", str(tmp_path / "absent"), "--limit", "3", "--skip-trained"]
    assert speed.main(argv) == 0
    output = capsys.readouterr().out
    assert "PolNeAR not found" in output
    assert "default pipeline:" in output


# ---------------------------------------------------------------------------------------------
# speed.py helpers
# ---------------------------------------------------------------------------------------------


def test_interleaved_turns_cover_every_article_once_per_pipeline() -> None:
    seen: list[str] = []

    class Pipe:
        def pipe(self, texts: Any, batch_size: int = 64) -> Any:
            for text in texts:
                seen.append(text)
                yield text

    docs = [
        speed.Doc(text=f"Ann Ruiz said on day {n} that the port was open.", published=None)
        for n in range(7)
    ]
    default, bare = speed.interleaved(docs, Pipe(), 3)
    assert sorted(seen) == sorted(d.text for d in docs)  # the bare turns: each article once
    assert (default.articles, bare.articles) == (7, 7)
    assert default.name.startswith("default")
    assert bare.name.startswith("bare")
    assert default.cpu_seconds > 0


def test_timing_rates() -> None:
    timing = speed.Timing(
        name="default",
        articles=300,
        seconds=2.0,
        cpu_seconds=1.5,
        words=60_000,
        megabytes=3.0,
        peak_rss_mb=120.0,
    )
    row = timing.to_dict()
    assert (row["articles_per_s"], row["articles_per_cpu_s"]) == (150.0, 200.0)
    assert (row["words_per_s"], row["mb_per_s"]) == (30_000, 1.5)


@pytest.mark.parametrize(
    ("file", "func", "group"),
    [
        pytest.param(
            "/x/site-packages/spacy/language.py", "__call__", "tokenizer / spaCy", id="spacy"
        ),
        pytest.param("tokenizer.pyx", "_tokenize", "tokenizer / spaCy", id="cython"),
        pytest.param(
            "/x/src/attribution/_quotes.py",
            "find_attributions",
            "our modules (attribution)",
            id="ours",
        ),
        pytest.param(
            "/x/src/attribution/_results.py",
            "to_dict",
            "serialization (to_dict + json)",
            id="to-dict",
        ),
        pytest.param(
            "<attrs generated methods attribution._results.Span>",
            "__init__",
            "object construction (attrs init/validators)",
            id="attrs-init",
        ),
        pytest.param(
            "/usr/lib/python3.11/json/encoder.py",
            "iterencode",
            "serialization (to_dict + json)",
            id="json",
        ),
    ],
)
def test_profile_groups(file: str, func: str, group: str) -> None:
    assert speed._group_of(file, func) == group


def test_speed_falls_back_to_the_bundled_example(tmp_path: Path) -> None:
    docs, label = speed.load_texts(tmp_path / "absent", 4)
    assert len(docs) == 4
    assert "bundled example" in label
    assert docs[0].text.strip()


# ---------------------------------------------------------------------------------------------
# a synthetic mini-corpus in PolNeAR's layout (sentences we write)
# ---------------------------------------------------------------------------------------------

MINI_TEXT = (
    "Harbor vote\n\n“We will reopen the pier,” the mayor said. Critics said the plan was rushed.\n"
)


def _span_line(number: int, label: str, text: str, part: str) -> str:
    start = text.index(part)
    return f"T{number}\t{label} {start} {start + len(part)}\t{part}\n"


def make_mini_corpus(root: Path, *, second_annotator: bool = True) -> Path:
    folder = root / "polnear"
    (folder / "dev" / "text").mkdir(parents=True)
    (folder / "dev" / "attributions").mkdir(parents=True)
    doc = "west-journal_2016-09-01_harbor-vote"
    (folder / "metadata.tsv").write_text(
        "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\n"
        f"dev\t{doc}\tNone\taaaa|bbbb\twest-journal\t2016-09-01\n",
        encoding="utf-8",
    )
    (folder / "dev" / "text" / f"{doc}.txt").write_text(MINI_TEXT, encoding="utf-8")
    ann = (
        _span_line(1, "Content", MINI_TEXT, "“We will reopen the pier,”")
        + _span_line(2, "Source", MINI_TEXT, "the mayor")
        + _span_line(3, "Cue", MINI_TEXT, "said.")
        + "E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1\n"
    )
    (folder / "dev" / "attributions" / f"{doc}_aaaa.ann").write_text(ann, encoding="utf-8")
    if second_annotator:
        (folder / "dev" / "attributions" / f"{doc}_bbbb.ann").write_text(ann, encoding="utf-8")
    return root


def test_loader_takes_the_first_annotator_and_the_metadata(tmp_path: Path) -> None:
    folder = polnear_corpus.polnear_dir(make_mini_corpus(tmp_path))
    (article,) = polnear_corpus.load_split(folder, "dev")
    assert (article.annotator, article.outlet, article.published) == (
        "aaaa",
        "west-journal",
        "2016-09-01",
    )
    (relation,) = article.attributions
    assert article.text[relation.source.start : relation.source.end] == "the mayor"


def test_agreement_of_identical_annotations_is_perfect(tmp_path: Path) -> None:
    folder = polnear_corpus.polnear_dir(make_mini_corpus(tmp_path))
    result = polnear.agreement(folder, "dev")
    assert result["articles"] == 1
    assert result["summary"]["all"]["content"]["0.3"]["f1"] == 100.0


def test_scorer_runs_end_to_end_on_a_mini_corpus(tmp_path: Path) -> None:
    corpora = make_mini_corpus(tmp_path / "corpora", second_annotator=False)
    out = tmp_path / "result.json"
    assert polnear.main(["--corpora", str(corpora), "--split", "dev", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["articles"] == 1
    assert result["summary"]["all"]["content"]["0.3"]["n_gold"] == 1
    assert set(result["outlets"]) == {"west-journal"}


PROBE_TEXT = "“We stay,” Ruiz said — at once: “Now.”\n\nShe left, 'quietly.'"


@pytest.mark.parametrize("name", sorted(typing_probes.PROBES))
def test_each_probe_maps_every_character_back_to_the_text_as_typed(name: str) -> None:
    text, origin = typing_probes.PROBES[name](PROBE_TEXT)
    assert len(origin) == len(text) + 1
    assert origin[0] == 0
    assert origin[-1] == len(PROBE_TEXT)
    assert origin == sorted(origin)
    word = text.lower().index("ruiz")
    assert PROBE_TEXT[origin[word] : origin[word + 3] + 1] == "Ruiz"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("curly-to-straight", '"We stay," Ruiz said', id="curly-to-straight"),
        pytest.param("guillemets", "«We stay,» Ruiz said", id="guillemets"),
        pytest.param("ptb-backticks", "``We stay,'' Ruiz said", id="ptb-backticks"),
        pytest.param("british-punctuation", "‘We stay’, Ruiz said", id="british-punctuation"),
        pytest.param("one-line", "“Now.” She left", id="one-line"),
        pytest.param("dash-as-two-hyphens", "said -- at once", id="dash-as-two-hyphens"),
        pytest.param("header-lines", "Staff Writer\nUpdated", id="header-lines"),
        pytest.param("comment-thread", "Leave a Reply", id="comment-thread"),
    ],
)
def test_probe_retypes(name: str, expected: str) -> None:
    text, _origin = typing_probes.PROBES[name](PROBE_TEXT)
    assert expected in text


# ---------------------------------------------------------------------------------------------
# TimeML to JSONL
# ---------------------------------------------------------------------------------------------

timeml_jsonl: Any = importlib.import_module("timeml_jsonl")

TE3_STYLE = """<?xml version="1.0" ?>
<TimeML><DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-03-08" functionInDocument="CREATION_TIME">March 8,
2016</TIMEX3></DCT>
<TITLE>Port reopens</TITLE>
<TEXT>
The port <EVENT eid="e1">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2016-03-07">Monday
</TIMEX3>after <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="MORE_THAN">more than two
weeks</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="AFTER" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""

TIMEBANK_STYLE = """<?xml version="1.0" ?>
<TimeML>
<TIMEX3 tid="t9" type="DATE" value="1989-11-02" functionInDocument="PUBLICATION_TIME">11/02/89</TIMEX3>
The mill said it would close by <TIMEX3 tid="t10" type="DATE" value="1989-12-31">year-end</TIMEX3>.
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
</TimeML>
"""


@pytest.mark.parametrize(
    ("xml", "dct", "timexes"),
    [
        pytest.param(
            TE3_STYLE,
            "2016-03-08",
            [
                ("Monday\n", "DATE", "2016-03-07", None),
                ("more than two\nweeks", "DURATION", "P2W", "MORE_THAN"),
            ],
            id="tempeval-3-text-element",
        ),
        pytest.param(
            TIMEBANK_STYLE,
            "1989-11-02",
            [("year-end", "DATE", "1989-12-31", None)],
            id="timebank-body-and-publication-time",
        ),
    ],
)
def test_timeml_to_jsonl(
    tmp_path: Path, xml: str, dct: str, timexes: list[tuple[str, str, str, str | None]]
) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(xml, encoding="utf-8")
    document = timeml_jsonl.convert(path)
    assert document["dct"] == dct
    assert "<" not in document["text"]
    found = [
        (document["text"][t["start"] : t["end"]], t["type"], t["value"], t.get("mod"))
        for t in document["timexes"]
    ]
    assert found == timexes
    assert all(t["text"] == document["text"][t["start"] : t["end"]] for t in document["timexes"])


def test_timeml_to_jsonl_reproduces_the_corpora_jsonl() -> None:
    """Our converter gives the AQUAINT JSONL of ``../shared/corpora`` from its .tml files."""
    folder = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timeml"
    if not (folder / "aquaint.jsonl").is_file():
        pytest.skip("the TimeML corpora are not beside the repository")
    with (folder / "aquaint.jsonl").open(encoding="utf-8") as lines:
        expected = {d["doc_id"]: d for d in map(json.loads, lines)}
    for path in sorted((folder / "aquaint").glob("*.tml")):
        ours = timeml_jsonl.convert(path)
        theirs = expected[ours["doc_id"]]
        assert (ours["dct"], ours["title"], ours["text"]) == (
            theirs["dct"],
            theirs["title"],
            theirs["text"],
        )
        assert [(t["start"], t["end"], t["type"], t["value"]) for t in ours["timexes"]] == [
            (t["start"], t["end"], t["type"], t["value"]) for t in theirs["timexes"]
        ]
