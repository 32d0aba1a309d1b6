"""Print the card of one text file: ``python -m townhall.reading.analysis FILE``."""

import sys
from pathlib import Path

from townhall.reading.analysis import analyse

if len(sys.argv) != 2:
    sys.exit("usage: python -m townhall.reading.analysis FILE")
print(analyse(Path(sys.argv[1]).read_text(encoding="utf-8")).to_json())
