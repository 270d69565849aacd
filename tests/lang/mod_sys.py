# sys: version_info and the other struct sequences, encodings
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, sys.version_info >= (3, 8), type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
print(sys.float_info, sys.float_info.epsilon, sys.float_info[0] == sys.float_info.max)
print(sys.int_info, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.flags.optimize, sys.flags.int_max_str_digits, len(sys.flags))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
try: sys.version_info.major = 4
except AttributeError as e: print(e)
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
