"""Our own lexicons, kept as data: one module per lexicon, each with a docstring saying how it was built.

Nothing here is copied from another project's rule files. Where a list was derived from PolNeAR
statistics, only the *train* split was used, and only single words or short phrases (counts and
our judgement), never article text.
"""
