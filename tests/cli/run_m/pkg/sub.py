import sys

print("pkg.sub as", __name__, "in", repr(__package__), sys.argv)
