"""python -m unittest NAME...: run the tests of the modules, classes or
methods named (test discovery, with no names, is not in atoll)."""

import sys

from .main import main

sys.argv[0] = "python -m unittest"
main(module=None)
