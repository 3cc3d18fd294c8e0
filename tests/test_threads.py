"""The shared default pipeline from many threads at once gives what serial calls give."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import attribution
from attribution.examples import EXAMPLES, read_example

TEXTS = [read_example(name) for name in EXAMPLES] + [
    "“We will go,” Maria Lopez said on Friday.",
    "Officials, who spoke on condition of anonymity, said the talks had stalled.",
    "Nothing here.",
]


def test_eight_threads_give_the_serial_results() -> None:
    serial = [attribution.parse(t, published="2016-03-08") for t in TEXTS]
    jobs = TEXTS * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: attribution.parse(t, published="2016-03-08"), jobs))
    assert threaded == serial * 8


def test_threads_started_together_build_one_default_pipeline() -> None:
    from attribution import _pipeline

    _pipeline._build_default.cache_clear()
    barrier = threading.Barrier(8)
    seen: list[object] = []

    def grab() -> None:
        barrier.wait()
        seen.append(_pipeline.default_nlp())

    threads = [threading.Thread(target=grab) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(nlp) for nlp in seen}) == 1
