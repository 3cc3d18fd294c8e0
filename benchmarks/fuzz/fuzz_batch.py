"""Atheris fuzz target: the ``attribution batch`` record reader on any bytes.

    python benchmarks/fuzz/fuzz_batch.py -max_total_time=120 -max_len=2048

Every line must come back as a Record or a BadRecord with its line number, in order, and no
other exception may escape. See ``benchmarks/fuzz/README.md``.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports():
    from attribution._batch import BadRecord, Record, read_records


def test_one_input(data: bytes) -> None:
    items = list(read_records(io.BytesIO(data)))
    if len(items) != len(io.BytesIO(data).readlines()):
        raise AssertionError("a line was lost or invented")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, (Record, BadRecord)) or item.line != number:
            raise AssertionError(f"line {number}: {item!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
