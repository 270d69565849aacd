# Imports inside functions, conditional imports with fallbacks, names bound by import forms
def fast_json():
    try:
        import ujson_that_is_not_installed as json_impl
    except ImportError:
        import json as json_impl
    return json_impl.__name__


print(fast_json())
try:
    from collections import NotAThing
except ImportError as e:
    NotAThing = None
    print("fallback for", e.name)
print(NotAThing)


def local_import():
    import math
    from math import sqrt as root
    return math.floor(root(10)), "math" in dir(), "root" in locals()


print(local_import(), "math" in globals())
import os.path
print(type(os.path).__name__, "os" in globals(), "path" in globals())
import os.path as osp
print(osp is os.path, osp.join("a", "b"))
HAS_RE = False
try:
    import re
    HAS_RE = True
except ImportError:
    pass
print(type(HAS_RE).__name__)


class Lazy:
    def load(self):
        import string
        return string.ascii_lowercase[:5]


print(Lazy().load(), "string" in globals())
