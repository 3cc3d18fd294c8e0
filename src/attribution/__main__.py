"""``python -m attribution``: the command line."""

from attribution._cli import main

raise SystemExit(main())
