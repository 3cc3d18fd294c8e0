"""Atheris fuzz target: ``attribution.parse`` on any str, and ``Article`` round trips.

    pip install atheris
    python benchmarks/fuzz/fuzz_parse.py -max_total_time=120 -max_len=4096 corpus/

A crash is any exception that is not an ``AttributionError``, a span that does not slice back, or
a JSON round trip that changes the article. See ``benchmarks/fuzz/README.md``.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    import attribution
    from attribution import Article, AttributionError


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    try:
        article = attribution.parse(text)
    except AttributionError:
        return
    for span in article.spans():
        if text[span.start : span.end] != span.text:
            raise AssertionError(f"span {span} does not slice back")
    if Article.from_dict(json.loads(json.dumps(article.to_dict()))) != article:
        raise AssertionError("the JSON round trip changed the article")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
