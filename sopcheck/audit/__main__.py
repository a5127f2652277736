"""``python -m sopcheck.audit ROOT [flags]``: the same as ``sopcheck audit ROOT [flags]``."""

import sys

from .cli import main

sys.exit(main())
