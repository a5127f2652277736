"""``python -m sopcheck.cli ...``: the same as ``sopcheck ...``."""

import sys

from . import main

sys.exit(main())
