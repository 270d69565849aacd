import sys

print("pkg imported first, as", __name__, "with sys.argv", sys.argv)
