"""Use attribution as a spaCy pipeline component, with one publication date per document.

python examples/spacy_pipeline.py                 # spacy.blank("en") + attribution
python examples/spacy_pipeline.py en_core_web_sm  # any installed trained pipeline
"""

from __future__ import annotations

import sys

import spacy

from attribution.examples import EXAMPLES, PUBLISHED, read_example


def main() -> None:
    nlp = spacy.load(sys.argv[1]) if len(sys.argv) > 1 else spacy.blank("en")
    nlp.add_pipe("attribution")  # no import needed: spaCy finds the factory by entry point

    # as_tuples=True: the context dict gives each document its id and publication date
    records = [
        (read_example(name), {"id": name, "published": PUBLISHED[name]}) for name in EXAMPLES
    ]
    for doc, context in nlp.pipe(records, as_tuples=True):
        article = doc._.attribution
        print(f"== {context['id']} (published {article.published.value})")
        for span in doc.spans["attribution_quotes"]:
            speakers = [s for s in doc.spans["attribution_speakers"] if s.id_ == span.id_]
            who = speakers[0].text if speakers else "?"
            print(f"  {span.id_} {span.label_:8} {who}: {' '.join(span.text.split())[:70]}")
        print(f"  dates: {[(s.text, s.kb_id_) for s in doc.spans['attribution_dates']]}")


if __name__ == "__main__":
    main()
