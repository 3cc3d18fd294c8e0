"""Flat records and data frames: one row per quote, stable documented columns."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import attribution
from attribution import Article, DateMention, Quote, Source, Span
from attribution._records import FRAGMENT_SEPARATOR, RECORD_FIELDS, RECORD_TYPES, to_records
from attribution.examples import EXAMPLES, PUBLISHED, read_example

TEXT = "“Not yet,” a senior official, who was not cleared to speak, said Friday. Fine."


def span(part: str) -> Span:
    start = TEXT.index(part)
    return Span.of(TEXT, start, start + len(part))


def article() -> Article:
    content = span("“Not yet,”")
    return Article(
        text=TEXT,
        id="a1",
        published=DateMention(id="published", span=None, type="DATE", value="2016-03-08"),
        quotes=(
            Quote(
                id="q1",
                kind="direct",
                content=content,
                fragments=(content,),
                cue=span("said"),
                cue_lemma="say",
                speaker=span("a senior official, who was not cleared to speak"),
                source="s1",
                date="d1",
                confidence=0.8,
            ),
            Quote(id="q2", kind="indirect", content=span("Fine"), fragments=(span("Fine"),)),
        ),
        sources=(
            Source(
                id="s1",
                name="a senior official",
                kind="person",
                anonymous=True,
                seniority="senior",
                status="official",
                specificity=2,
                anonymity_reason=span("who was not cleared to speak"),
            ),
        ),
        dates=(DateMention(id="d1", span=span("Friday"), type="DATE", value="2016-03-04"),),
    )


def test_columns_are_the_documented_order() -> None:
    for record in article().to_records():
        assert tuple(record) == RECORD_FIELDS


def test_every_typed_column_exists() -> None:
    assert set(RECORD_TYPES) <= set(RECORD_FIELDS)


def test_column_order_is_documented_in_the_docs() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs" / "json.md"
    text = docs.read_text(encoding="utf-8")
    text = text[text.index("## Flat records") :]
    positions = [text.index(f"`{name}`") for name in RECORD_FIELDS]
    assert positions == sorted(positions)


def test_a_record_flattens_quote_source_and_date() -> None:
    first, second = article().to_records()
    assert first == {
        "article_id": "a1",
        "quote_id": "q1",
        "kind": "direct",
        "text": "“Not yet,”",
        "start": 0,
        "end": len("“Not yet,”"),
        "fragments": "“Not yet,”",
        "cue": "said",
        "cue_lemma": "say",
        "cue_category": "speech",
        "speaker": "a senior official, who was not cleared to speak",
        "speaker_start": TEXT.index("a senior"),
        "speaker_end": TEXT.index(", said"),
        "source_id": "s1",
        "source_name": "a senior official",
        "source_kind": "person",
        "anonymous": True,
        "plural": False,
        "count": None,
        "title": None,
        "affiliation": None,
        "country": None,
        "seniority": "senior",
        "status": "official",
        "specificity": 2,
        "anonymity_reason": "who was not cleared to speak",
        "knowledge_basis": None,
        "date_id": "d1",
        "date_text": "Friday",
        "date_type": "DATE",
        "date_value": "2016-03-04",
        "published": "2016-03-08",
        "confidence": 0.8,
    }
    # a quote without source or date: those columns are None, the rest are filled
    assert second["source_name"] is None
    assert second["anonymous"] is None
    assert second["date_value"] is None
    assert (second["quote_id"], second["kind"], second["text"]) == ("q2", "indirect", "Fine")


def test_fragments_are_joined() -> None:
    text = "“A,” she said, “B.”"
    quote = Quote(
        id="q1",
        kind="direct",
        content=Span.of(text, 0, len(text)),
        fragments=(Span.of(text, 0, 4), Span.of(text, 15, len(text))),
    )
    (record,) = Article(text=text, quotes=(quote,)).to_records()
    assert record["fragments"] == f"“A,”{FRAGMENT_SEPARATOR}“B.”"


def test_no_quotes_no_records() -> None:
    assert Article(text="Nothing said here.").to_records() == []


@pytest.mark.parametrize("name", EXAMPLES)
def test_records_of_the_examples_match_the_article(name: str) -> None:
    parsed = attribution.parse(read_example(name), published=PUBLISHED[name], id=name)
    records = to_records(parsed)
    assert [r["quote_id"] for r in records] == [q.id for q in parsed.quotes]
    for record in records:
        assert parsed.text[record["start"] : record["end"]] == record["text"]
        assert record["published"] == PUBLISHED[name]


def test_records_write_to_csv() -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=RECORD_FIELDS)
    writer.writeheader()
    writer.writerows(article().to_records())
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert [row["quote_id"] for row in rows] == ["q1", "q2"]
    assert rows[0]["anonymous"] == "True"
    assert rows[1]["source_name"] == ""


def test_dataframe_has_typed_columns() -> None:
    pandas = pytest.importorskip("pandas")
    frame = article().to_dataframe()
    assert list(frame.columns) == list(RECORD_FIELDS)
    assert len(frame) == 2
    assert str(frame["start"].dtype) == "Int64"
    assert str(frame["anonymous"].dtype) == "boolean"
    assert str(frame["text"].dtype) == "string"
    assert frame["anonymous"].isna().tolist() == [False, True]
    assert pandas.isna(frame.loc[1, "specificity"])


def test_dataframe_of_many_articles_and_of_none() -> None:
    pytest.importorskip("pandas")
    from attribution._records import to_dataframe

    frame = to_dataframe([article(), article()])
    assert len(frame) == 4
    empty = to_dataframe([])
    assert list(empty.columns) == list(RECORD_FIELDS)
    assert len(empty) == 0
