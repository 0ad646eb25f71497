"""The bundle's entry point: the same ``main`` as ``holdspace`` and ``python -m holdspace``."""

import sys

from holdspace.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
