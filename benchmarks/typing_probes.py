"""Robustness to typing: PolNeAR scores with the articles' quotation marks and breaks retyped.

Each outlet types quotation marks, dashes and paragraph breaks its own way, and a rule that only
knows PolNeAR's style fails on unseen text. Each probe rewrites every article (curly marks as
straight ones, British single marks, guillemets, wire ````…''```` marks, paragraphs run into one
line, ...), parses the rewritten text, maps the predicted offsets back to the text as typed and
scores them against the gold with the matcher of ``polnear.py`` (speech view, overlap 0.3). A
drop against "as-typed" is a rule that knows only one style.

    python benchmarks/typing_probes.py                       # train + dev, every probe
    python benchmarks/typing_probes.py --split dev --probes as-typed one-line guillemets

Tune on train and dev only, like ``polnear.py``. Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

import polnear
from attribution import parse
from polnear_corpus import GoldArticle, default_corpora, iter_articles, polnear_dir

__all__ = ["PROBES", "hard_wrap", "main", "rewrite"]

#: A rewritten text and, for each of its characters (and its end), the offset in the original.
Rewritten = tuple[str, list[int]]


def rewrite(text: str, pattern: str, replace: Callable[[re.Match[str]], str]) -> Rewritten:
    """``re.sub`` that also says where each character of the result came from."""
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for match in re.finditer(pattern, text):
        pieces.append(text[position : match.start()])
        origin.extend(range(position, match.start()))
        new = replace(match)
        pieces.append(new)
        origin.extend([match.start()] * len(new))
        position = match.end()
    pieces.append(text[position:])
    origin.extend(range(position, len(text) + 1))
    return "".join(pieces), origin


# A straight mark after one of these opens a quotation; elsewhere it closes one.
_OPENING_CONTEXT = frozenset(" \t\n([{—–-\u00a0/")


def _curly(text: str, straight: str, opening: str, closing: str) -> str:
    """Straight marks given their direction from the character before, as smart-quote tools do."""
    return "".join(
        (opening if (text[i - 1] if i else " ") in _OPENING_CONTEXT else closing)
        if char == straight
        else char
        for i, char in enumerate(text)
    )


def _marks(table: dict[str, str], *, straight_first: bool = True) -> Callable[[str], Rewritten]:
    """A probe that first makes straight double marks curly, then maps marks by ``table``."""

    def probe(text: str) -> Rewritten:
        if straight_first:
            text = _curly(text, '"', "“", "”")
        pattern = "[" + re.escape("".join(table)) + "]"
        return rewrite(text, pattern, lambda match: table[match.group()])

    return probe


def _sub(pattern: str, new: str) -> Callable[[str], Rewritten]:
    return lambda text: rewrite(text, pattern, lambda _match: new)


def _british_punctuation(text: str) -> Rewritten:
    """Single curly marks, and a comma or period after the closing mark rather than before."""
    text = _curly(text, '"', "“", "”").translate(str.maketrans("“”", "‘’"))
    return rewrite(text, r"([,.])’", lambda match: "’" + match.group(1))


def _straight_to_curly(text: str) -> Rewritten:
    """Both kinds of straight marks made curly; a doubled ``''`` takes one direction for both."""
    text = _curly(text, '"', "“", "”")
    chars = list(text)
    i = 0
    while i < len(text):
        if text[i] == "'":
            opening = (text[i - 1] if i else " ") in _OPENING_CONTEXT
            width = 2 if text[i + 1 : i + 2] == "'" else 1
            chars[i : i + width] = ["‘" if opening else "’"] * width
            i += width
        else:
            i += 1
    return "".join(chars), list(range(len(text) + 1))


def hard_wrap(text: str, width: int = 72) -> str:
    """Each line broken at its last space before ``width`` columns, as plain-text wire copy is."""
    chars = list(text)
    column = 0
    last_space = -1
    for i, char in enumerate(text):
        if char == "\n":
            column, last_space = 0, -1
            continue
        column += 1
        if char == " ":
            last_space = i
        if column > width and last_space >= 0:
            chars[last_space] = "\n"
            column, last_space = i - last_space, -1
    return "".join(chars)


def _hard_wrapped(text: str) -> Rewritten:
    return hard_wrap(text), list(range(len(text) + 1))


def _hard_wrapped_indented(text: str) -> Rewritten:
    """Paragraphs that start on a new line indented by two spaces, lines wrapped at 72 columns."""
    text, origin = rewrite(text, r"\s*\n\s*", lambda _match: "\n  ")
    return hard_wrap(text), origin


#: Lines a scraper leaves between a story's paragraphs (our own wording).
_FURNITURE = (
    "Advertisement",
    "RELATED: Lawmakers trade blame as the budget deadline nears",
    "Story continues below",
    "Supporters wave signs at a rally in Dayton, Ohio, on Monday. (Photo: Kim Park, AP)",
    "Follow Bo Diaz on Twitter: @bodiaz",
    "Watch:",
    "Continue reading the main story",
    "Share this:",
    "Get the Politics newsletter in your inbox.",
    "Read more: What the new poll says about the race",
)
#: A page's navigation, byline and time stamp above the headline.
_HEADER = "Home | Politics | World | Opinion\nBy Kim Park, Staff Writer\nUpdated 5:14 p.m. ET\n\n"
#: A comment thread under the story, with quotation marks of its own.
_COMMENTS = (
    "\n\nComments (3)\n\nSam says: March 3, 2017 at 4:12 pm\n"
    'This is "nonsense," he said. Nobody believes a word of it.\n\n'
    "Jo_K wrote: 2 hours ago\nI agree with \u201cSam.\u201d\n\nLeave a Reply\n"
)


def _page_furniture(text: str) -> Rewritten:
    """A line of page furniture after every third paragraph."""
    count = iter(range(len(text)))

    def add(match: re.Match[str]) -> str:
        n = next(count)
        return f"\n\n{_FURNITURE[n // 3 % len(_FURNITURE)]}\n\n" if n % 3 == 2 else match[0]

    return rewrite(text, r"\n\n", add)


def _same_length(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied to each character that it keeps one character long."""
    return "".join(c if len(changed := change(c)) != 1 else changed for c in text)


def _zero_width(match: re.Match[str]) -> str:
    return "\u200b" if match.start() else "\ufeff"


#: Widths of characters in a proportional font, in ems (others are 1, capitals 1.2).
_NARROW = dict.fromkeys("iljtf.,;:'!|() ", 0.5) | dict.fromkeys("mwMW", 1.4)


def _pdf_lines(text: str, width: float = 40.0) -> Rewritten:
    """Lines broken at a fixed width in a proportional font, as text taken from a PDF is: the
    number of characters per line varies."""
    chars = list(text)
    column, last_space, at_space = 0.0, -1, 0.0
    for i, char in enumerate(text):
        if char == "\n":
            column, last_space = 0.0, -1
            continue
        if char == " ":
            last_space, at_space = i, column
        column += _NARROW.get(char, 1.2 if char.isupper() else 1.0)
        if column > width and last_space >= 0:
            chars[last_space] = "\n"
            column, last_space = column - at_space - _NARROW[" "], -1
    return "".join(chars), list(range(len(text) + 1))


PROBES: dict[str, Callable[[str], Rewritten]] = {
    "as-typed": lambda text: (text, list(range(len(text) + 1))),
    "curly-to-straight": _marks({"“": '"', "”": '"', "‘": "'", "’": "'"}, straight_first=False),
    "straight-to-curly": _straight_to_curly,
    "british-single-curly": _marks({"“": "‘", "”": "’"}),
    "single-straight": _marks({"“": "'", "”": "'", '"': "'"}),
    "british-punctuation": _british_punctuation,
    "guillemets": _marks({"“": "«", "”": "»"}),
    "low-nine": _marks({"“": "„", "”": "“"}),
    "ptb-backticks": _marks({"“": "``", "”": "''"}),
    "doubled-apostrophes": _marks({"“": "''", "”": "''"}),
    "paragraphs-joined": _sub(r"\n\n", " "),
    "one-line": _sub(r"\s*\n\s*", " "),
    "hard-wrapped": _hard_wrapped,
    "hard-wrapped-indented": _hard_wrapped_indented,
    "pdf-lines": _pdf_lines,
    "crlf": _sub("\n", "\r\n"),
    "page-furniture": _page_furniture,
    # set in capitals (closed captions, old wire copy), or lower-cased by a corpus's makers
    "all-caps": lambda text: (_same_length(text, str.upper), list(range(len(text) + 1))),
    "lower-case": lambda text: (_same_length(text, str.lower), list(range(len(text) + 1))),
    # a zero-width space after each double mark, a byte-order mark first: invisible, but there
    "zero-width": lambda text: rewrite(text, r"\A|(?<=[“”\"])", _zero_width),
    "header-lines": lambda text: rewrite(text, r"\A", lambda _match: _HEADER),
    "comment-thread": lambda text: rewrite(text, r"\Z", lambda _match: _COMMENTS),
    # a space inside each mark, as some scraped pages type them: “ We will … , ” she said
    "spaced-marks": _marks({"“": "“ ", "”": " ”"}),
    "dash-as-hyphen": _sub("—", " - "),
    "dash-as-two-hyphens": _sub("—", "--"),
    "no-space-after-colon": _sub(r"(?<=:) (?=[“\"])", ""),
    "no-comma-before-cue": _sub(r",(?=[”\"] [a-z]+ (?:said|says|told|added)\b)", ""),
}


def _back(pieces: polnear.Pieces | None, origin: list[int]) -> polnear.Pieces | None:
    if pieces is None:
        return None
    # (a character added at the text's end comes from its end: no piece runs past it)
    return tuple((origin[s], min(max(origin[s], origin[e - 1] + 1), origin[-1])) for s, e in pieces)


def score(probe: Callable[[str], Rewritten], articles: Sequence[GoldArticle]) -> Counter[str]:
    """The counts of ``polnear.score_article`` over the articles as ``probe`` retypes them."""
    counts: Counter[str] = Counter()
    for article in articles:
        text, origin = probe(article.text)
        predicted = polnear.pred_items(parse(text, published=article.published).quotes)
        back = [
            attrs.evolve(
                item,
                content=_back(item.content, origin),
                source=_back(item.source, origin),
                cue=_back(item.cue, origin),
            )
            for item in predicted
        ]
        gold = polnear.gold_items(article.text, article.attributions)
        counts.update(polnear.score_article(article.text, gold, back))
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--split", nargs="+", default=["train", "dev"], choices=["train", "dev"])
    parser.add_argument("--probes", nargs="+", default=list(PROBES), choices=list(PROBES))
    parser.add_argument("--limit", type=int, help="the first N articles of each split")
    args = parser.parse_args(argv)
    folder = polnear_dir(args.corpora)
    if folder is None:
        print(f"PolNeAR not found under {args.corpora}: nothing to score")
        return 0
    articles = [a for s in args.split for a in iter_articles(folder, s, limit=args.limit)]
    print(f"{len(articles)} articles ({' + '.join(args.split)}), speech view, overlap 0.3")
    print(f"{'probe':22} {'direct':>7} {'mixed':>7} {'indir.':>7} {'prec.':>7} {'speaker':>8}")
    for name in args.probes:
        content = polnear.summarize(score(PROBES[name], articles))["speech"]["content"]["0.3"]
        kinds = content["recall_by_kind"]
        print(
            f"{name:22} {kinds['direct']:7.1f} {kinds['mixed']:7.1f} {kinds['indirect']:7.1f}"
            f" {content['p']:7.1f} {content['speaker_match']:8.1f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
