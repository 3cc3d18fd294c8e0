"""Parse a corpus on a Dask cluster: JSONL or Parquet in, Parquet or JSONL out.

Needs the ``dask`` extra (``pip install 'news-attribution[dask]'``); import it as
``attribution.distributed`` (``import attribution`` does not load Dask). Each worker process
builds its pipeline once (the default ``spacy.blank("en")``, or ``spacy.load(model)``) and reuses
it for every article of every partition it gets. The work runs on the current Dask client if
there is one (``distributed.Client(...)``), else on Dask's default scheduler.

Output, per input record, with ``output="articles"`` (the default): ``id``, ``article`` (the JSON
contract of :meth:`attribution.Article.to_dict`, as a string), ``quotes``, ``sources``, ``dates``
(counts) and ``error`` (None, or why the record could not be parsed). With
``output="records"``: the rows of :meth:`attribution.Article.to_records` (one per quote), plus an
``error`` row for each record that could not be parsed. JSONL output writes the article JSON
itself per line (``{"id": ..., "error": ...}`` for a bad record), or one record per line.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from attribution._api import parse
from attribution._batch import BadRecord, csv_header, read_records
from attribution._errors import AttributionError, AttributionValueError
from attribution._pipeline import default_nlp

if TYPE_CHECKING:
    import pandas
    from spacy.language import Language

__all__ = ["load_pipeline", "parse_corpus", "parse_partition", "parse_rows"]

Output = Literal["articles", "records"]
Format = Literal["jsonl", "parquet"]

_ARTICLE_COLUMNS = {
    "id": "string",
    "article": "string",
    "quotes": "Int64",
    "sources": "Int64",
    "dates": "Int64",
    "error": "string",
}
# Record columns that are not strings (every other column of to_records is one).
_RECORD_TYPES = {"start": "Int64", "end": "Int64", "confidence": "Float64", "anonymous": "boolean"}


def _import_dask() -> tuple[Any, Any, Any]:
    """``dask``, ``dask.bag`` and ``dask.dataframe`` (typed Any: Dask's own hints are partial)."""
    try:
        return tuple(  # type: ignore[return-value]
            importlib.import_module(name) for name in ("dask", "dask.bag", "dask.dataframe")
        )
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "attribution.distributed needs Dask: pip install 'news-attribution[dask]'"
        ) from exc


_lock = threading.Lock()


def load_pipeline(model: str | None = None) -> Language:
    """The pipeline of this process: built once per process (per worker), then reused."""
    with _lock:  # worker threads share a process: load once, not once per thread
        return _load(model)


@functools.cache
def _load(model: str | None) -> Language:
    if model is None:
        return default_nlp()
    import spacy

    return spacy.load(model)


def _columns(output: Output) -> dict[str, str]:
    if output == "articles":
        return dict(_ARTICLE_COLUMNS)
    columns = {name: _RECORD_TYPES.get(name, "string") for name in csv_header()}
    columns["error"] = "string"
    return columns


def parse_rows(
    rows: Iterable[tuple[str | None, object, object]],
    *,
    output: Output = "articles",
    model: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Parse ``(id, text, published)`` rows into output rows; a bad row gives an error row."""
    nlp = load_pipeline(model)
    for record_id, text, published in rows:
        try:
            article = parse(text, published=published, nlp=nlp, id=record_id)  # type: ignore[arg-type]
        except AttributionError as exc:
            yield _error_row(record_id, str(exc), output)
            continue
        if output == "records":
            yield from article.to_records()
        else:
            yield {
                "id": record_id,
                "article": json.dumps(article.to_dict(), ensure_ascii=False),
                "quotes": len(article.quotes),
                "sources": len(article.sources),
                "dates": len(article.dates),
                "error": None,
            }


def _error_row(record_id: str | None, error: str, output: Output) -> dict[str, Any]:
    key = "id" if output == "articles" else "article_id"
    return {key: record_id, "error": error}


def _frame(rows: Iterable[dict[str, Any]], output: Output) -> pandas.DataFrame:
    import pandas

    columns = _columns(output)
    frame = pandas.DataFrame(list(rows), columns=list(columns))
    return frame.astype(columns)


def parse_partition(
    frame: pandas.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    output: Output = "articles",
    model: str | None = None,
) -> pandas.DataFrame:
    """Parse one partition (a pandas DataFrame with a text column) into an output frame.

    Missing id or published columns are allowed (None). A non-string text gives an error row.
    """
    texts = frame[text_column].tolist()
    ids = _optional_column(frame, id_column, len(texts))
    dates = _optional_column(frame, published_column, len(texts))
    rows = zip((None if i is None else str(i) for i in ids), texts, dates, strict=True)
    return _frame(parse_rows(rows, output=output, model=model), output)


def _optional_column(frame: pandas.DataFrame, name: str | None, length: int) -> list[Any]:
    if name is None or name not in frame.columns:
        return [None] * length
    return [None if _missing(value) else value for value in frame[name].tolist()]


def _missing(value: object) -> bool:
    """None, NaN, or pandas' NA / NaT: what a missing cell reads as."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value  # NaN
    return type(value).__name__ in ("NAType", "NaTType")


def _parse_lines(lines: Sequence[str], *, output: Output, model: str | None) -> pandas.DataFrame:
    """Parse the JSONL lines of one text partition; a bad line gives an error row."""
    rows: list[dict[str, Any]] = []
    good: list[tuple[str | None, object, object]] = []
    encoded = (line.rstrip("\r\n").encode("utf-8") + b"\n" for line in lines)
    for item in read_records(encoded):
        if isinstance(item, BadRecord):
            if item.counts:
                rows.append(_error_row(None, item.reason, output))
            continue
        good.append((item.id, item.text, item.published))
    rows.extend(parse_rows(good, output=output, model=model))
    return _frame(rows, output)


def _write_jsonl(frame: pandas.DataFrame, path: str, output: Output) -> int:
    """Write one partition as JSON lines: article JSON (or an error object), or records."""
    with open(path, "w", encoding="utf-8") as handle:
        for row in frame.to_dict("records"):
            clean = {key: None if _missing(value) else value for key, value in row.items()}
            if output == "articles" and clean["article"] is not None:
                handle.write(clean["article"] + "\n")
            elif output == "articles":
                handle.write(json.dumps({"id": clean["id"], "error": clean["error"]}) + "\n")
            else:
                handle.write(json.dumps(clean, ensure_ascii=False, default=_plain) + "\n")
    return len(frame)


def _plain(value: object) -> object:
    item = getattr(value, "item", None)  # a numpy scalar
    if callable(item):
        return item()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def parse_corpus(
    source: str | Sequence[str],
    destination: str,
    *,
    input_format: Format | None = None,
    output_format: Format = "parquet",
    output: Output = "articles",
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    model: str | None = None,
    blocksize: str | int = "64MB",
) -> None:
    """Parse a JSONL or Parquet corpus on Dask and write the results to ``destination``.

    ``source``: a path, a glob or a list of them (any fsspec URL Dask reads: ``s3://...``).
    ``input_format`` is guessed from the extension when None (``.parquet`` or a directory:
    Parquet; else JSONL). JSONL input is split into partitions of about ``blocksize`` bytes and
    read like ``attribution batch`` does (its field names are ``id``, ``text``, ``published``).
    ``destination`` is a directory: Parquet files, or ``part-00000.jsonl``, ... ``model`` is a
    spaCy pipeline name for :func:`spacy.load`, loaded once per worker process.
    """
    dask, dask_bag, dask_dataframe = _import_dask()

    if output not in ("articles", "records"):
        raise AttributionValueError(f"output must be 'articles' or 'records', not {output!r}")
    if output_format not in ("jsonl", "parquet"):
        raise AttributionValueError(
            f"output_format must be 'jsonl' or 'parquet', not {output_format!r}"
        )
    paths = [source] if isinstance(source, str) else list(source)
    fmt = input_format or _guess_format(paths[0])
    meta = _frame([], output)
    if fmt == "parquet":
        frame = dask_dataframe.read_parquet(paths)
        results = frame.map_partitions(
            parse_partition,
            text_column=text_column,
            id_column=id_column,
            published_column=published_column,
            output=output,
            model=model,
            meta=meta,
        )
    elif fmt == "jsonl":
        lines = dask_bag.read_text(paths, blocksize=blocksize, errors="replace")
        parts = [
            dask.delayed(_parse_lines)(part, output=output, model=model)
            for part in lines.to_delayed()
        ]
        results = dask_dataframe.from_delayed(parts, meta=meta, verify_meta=False)
    else:
        raise AttributionValueError(f"input_format must be 'jsonl' or 'parquet', not {fmt!r}")
    if output_format == "parquet":
        results.to_parquet(destination, write_index=False)
        return
    os.makedirs(destination, exist_ok=True)
    writes = [
        dask.delayed(_write_jsonl)(part, os.path.join(destination, f"part-{i:05d}.jsonl"), output)
        for i, part in enumerate(results.to_delayed())
    ]
    dask.compute(*writes)


def _guess_format(path: str) -> Format:
    if path.endswith((".parquet", ".pq")) or os.path.isdir(path):
        return "parquet"
    return "jsonl"
