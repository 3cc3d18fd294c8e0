"""The documentation's examples run, and the site builds: docs that cannot drift from the code.

Every ``pycon`` block (``>>>`` prompts) of the pages below is run as a doctest, the blocks of a
page sharing one namespace in order, like a session; the README's ``python`` blocks are run in a
temporary directory holding an ``article.txt``. Examples assert stable facts only (a simple
sentence's speaker and cue; shapes and types), so extractor improvements do not break them.
"""

from __future__ import annotations

import doctest
import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from attribution.examples import read_example

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["index.md", "concepts.md", "json.md", "spacy.md", "html.md", "examples.md"]
FENCE = re.compile(r"^```(?P<lang>\w+)[^\n]*\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def blocks(path: Path, lang: str) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 1, m["body"])
        for m in FENCE.finditer(text)
        if m["lang"] == lang
    ]


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str) -> None:
    path = ROOT / "docs" / page
    found = blocks(path, "pycon")
    assert found, f"{page} has no checked example"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    namespace: dict[str, object] = {"__name__": "docs"}
    for line, body in found:
        test = parser.get_doctest(body, namespace, f"{page}:{line}", str(path), line)
        runner.run(test, clear_globs=False)
        namespace = test.globs  # DocTest copies its globals: carry them to the next block
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} example(s) failed in docs/{page}"


def test_readme_python_blocks_run(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(read_example(), encoding="utf-8")
    found = blocks(ROOT / "README.md", "python")
    for line, body in found:
        result = subprocess.run(
            [sys.executable, "-c", body],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"README.md:{line}\n{result.stderr}"
        shown = _shown_output(line)
        if shown is not None:
            assert result.stdout == shown, f"README.md:{line}: the output shown is not the output"


def _shown_output(python_line: int) -> str | None:
    """The ``text`` block that follows the python block at ``python_line`` closely, if any."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    fences = list(FENCE.finditer(text))
    for here, after in itertools.pairwise(fences):
        if text.count("\n", 0, here.start()) + 1 != python_line:
            continue
        between = text[here.end() : after.start()]
        if after["lang"] == "text" and "output" in between.lower() and len(between) < 120:
            return after["body"]
    return None


def nav_pages() -> set[str]:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config[config.index("\nnav:") :]
    return set(re.findall(r":\s*([\w/-]+\.md)\s*$", nav, re.MULTILINE))


def test_every_page_is_in_the_nav_and_exists() -> None:
    on_disk = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert on_disk <= nav_pages()
    missing = nav_pages() - on_disk
    assert not missing, f"in the nav but not written: {sorted(missing)}"


def test_site_builds_strictly(tmp_path: Path) -> None:
    mkdocs = shutil.which("mkdocs")
    if mkdocs is None:
        pytest.skip("mkdocs is not installed (pip install 'news-attribution[docs]')")
    pytest.importorskip("material")
    result = subprocess.run(
        [mkdocs, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "img" / "border_talks.png").is_file()
