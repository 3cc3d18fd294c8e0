"""``attribution.distributed`` on a two-worker LocalCluster (skipped without the dask extra)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")
pandas = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from distributed import Client, LocalCluster  # noqa: E402

from attribution import Article, distributed  # noqa: E402

QUOTE = "“We will go, {i},” Maria Lopez said."


@pytest.fixture(scope="module")
def client() -> object:
    with (
        LocalCluster(
            n_workers=2, processes=False, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": QUOTE.format(i=i)}) for i in range(60)]
    lines.insert(10, "not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_importing_attribution_does_not_import_dask() -> None:
    import subprocess

    code = "import attribution, sys; print('dask' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_jsonl_to_parquet(client: object, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    distributed.parse_corpus(str(corpus), str(out), blocksize=1500)
    frame = pandas.read_parquet(out)
    good = frame[frame["error"].isna()]
    assert sorted(good["id"]) == sorted(f"a{i}" for i in range(60))
    assert list(frame["error"].dropna()) == ["invalid JSON (Expecting value at column 1)"]
    article = Article.from_dict(json.loads(good.iloc[0]["article"]))
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.text == "Maria Lopez"


def test_parquet_to_jsonl_records(client: object, tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pandas.DataFrame(
        {"id": ["x", "y"], "text": [QUOTE.format(i=1), "None."], "published": ["2016-03-08", None]}
    ).to_parquet(source)
    out = tmp_path / "records"
    distributed.parse_corpus(str(source), str(out), output="records", output_format="jsonl")
    rows = [
        json.loads(line)
        for part in sorted(out.glob("*.jsonl"))
        for line in part.read_text().splitlines()
    ]
    assert [(r["article_id"], r["speaker"]) for r in rows] == [("x", "Maria Lopez")]


def test_jsonl_output_is_the_article_contract(client: object, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles"
    distributed.parse_corpus(str(corpus), str(out), output_format="jsonl", blocksize=2000)
    lines = [
        json.loads(line)
        for part in sorted(out.glob("*.jsonl"))
        for line in part.read_text().splitlines()
    ]
    articles = [Article.from_dict(line) for line in lines if "error" not in line]
    assert len(articles) == 60
    assert sum("error" in line for line in lines) == 1


def test_the_pipeline_is_loaded_once_per_process(
    client: object, corpus: Path, tmp_path: Path
) -> None:
    distributed._load.cache_clear()
    distributed.parse_corpus(str(corpus), str(tmp_path / "o"), model="blank:en", blocksize=500)
    info = distributed._load.cache_info()
    assert info.misses == 1  # one process (threads), several partitions
    assert info.hits >= 2


def test_parse_partition_alone() -> None:
    frame = pandas.DataFrame({"text": [QUOTE.format(i=2), None]})
    result = distributed.parse_partition(frame, id_column=None)
    assert list(result["quotes"]) == [1, pandas.NA] or result["quotes"].iloc[0] == 1
    assert "text must be str" in result["error"].iloc[1]
