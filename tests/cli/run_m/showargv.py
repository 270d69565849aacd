# Run with -m: what the module sees of the command line.
import os
import sys

x = 42
print("__name__:", __name__)
print("__file__:", __file__)
print("__cached__:", __cached__)
print("__package__:", repr(__package__))
print("sys.argv:", sys.argv)
print("sys.path[0] is the working directory:", sys.path[0] == os.getcwd())
print("imported as showargv too:", "showargv" in sys.modules)
