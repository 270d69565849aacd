# sys attributes programs read, and the default excepthook called directly
import sys
print(sys.maxunicode, sys.float_repr_style, sys.abiflags, sys.warnoptions, sys.pycache_prefix)
print(sys.is_finalizing(), sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None))
print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook))
sys.stderr = sys.stdout
sys.excepthook(ValueError, ValueError("shown by the default hook"), None)
sys.__excepthook__(1, 2, 3)
try:
    sys.excepthook(1)
except TypeError as e:
    print("TypeError:", e)
