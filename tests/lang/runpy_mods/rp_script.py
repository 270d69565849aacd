# Run by mod_runpy.py through runpy: reports the namespace it was given.
import sys

result = (__name__, __package__, __doc__, sys.argv[0] == __file__)
seen = globals().get("given", "not given")
in_modules = __name__ in sys.modules
print("rp_script ran as", __name__, "given:", seen, "in sys.modules:", in_modules)
