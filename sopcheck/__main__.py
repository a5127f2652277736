"""``python -m sopcheck ...``: the same as ``sopcheck ...``."""

import sys

from .cli import main

sys.exit(main())
