# os.uname() and os.confstr(): shapes and relationships, not this machine's
# values.
import os
import re

u = os.uname()
print(type(u).__name__, len(u), isinstance(u, tuple))
print([type(x).__name__ for x in u])
print(u.sysname == u[0], u.nodename == u[1], u.release == u[2],
      u.version == u[3], u.machine == u[4])
print(u.sysname)
print(re.sub(r"'[^']*'", "'...'", repr(u)))
print(tuple(u) == os.uname())

v = os.confstr('CS_GNU_LIBC_VERSION')
print(bool(re.fullmatch(r'glibc \d+\.\d+', v)))
print(os.confstr(os.confstr_names['CS_GNU_LIBC_VERSION']) == v)
print(type(os.confstr('CS_PATH')).__name__)
for bad in ['NO_SUCH_NAME', 1.5]:
    try:
        os.confstr(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
