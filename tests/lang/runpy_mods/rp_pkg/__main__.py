from .helper import WHAT

print("rp_pkg.__main__ ran as", __name__, "in", __package__, "with", WHAT)
