# platform: formats and relationships; the values themselves depend on the
# machine (and python_implementation on the interpreter) and are not printed.
import os
import platform
import re
import sys

u = platform.uname()
print(type(u).__name__, len(u), isinstance(u, tuple))
print(u._fields)
print(all(isinstance(x, str) for x in u))
print(u.system == u[0] == platform.system(), u.node == platform.node(),
      u.release == platform.release(), u.version == platform.version(),
      u.machine == platform.machine(), u.processor == platform.processor())
print(platform.system(), platform.machine() == os.uname().machine)
print(re.sub(r"'[^']*'", "'...'", repr(u)))
print(sorted(u._asdict()) == sorted(u._fields))
print(platform.uname() is platform.uname())

print(platform.architecture())
print(platform.architecture('/no/such/binary'))
print(platform.architecture('/bin/sh')[1])
print(platform.architecture('/no/such/binary', bits='32bit'))

lib, ver = platform.libc_ver()
print(lib, bool(re.fullmatch(r'\d+\.\d+', ver)))
lib2, ver2 = platform.libc_ver('/bin/sh')
print(lib2, bool(re.fullmatch(r'\d+\.\d+', ver2)),
      [int(x) for x in ver2.split('.')] <= [int(x) for x in ver.split('.')])
print(platform.libc_ver('/etc/os-release', 'x', '1'))
try:
    platform.libc_ver('/no/such/binary')
except OSError as e:
    print(type(e).__name__, e.errno)

expect = '%s-%s-%s-with-%s%s' % (u.system, u.release, u.machine, lib, ver)
print(platform.platform() == re.sub('-+', '-', expect.replace(' ', '_')))
print(bool(re.fullmatch(r'Linux-.+-x86_64-with-glibc\d+\.\d+|Linux-.+-with-glibc\d+\.\d+',
                        platform.platform())))

print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]))
print(platform.python_version_tuple()[:2])
print(platform.python_implementation().lower() == sys.implementation.name)
print(type(platform.python_compiler()).__name__)
print(len(platform.python_build()))

info = platform.freedesktop_os_release()
print(type(info).__name__, all(k in info for k in ('NAME', 'ID', 'PRETTY_NAME')))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in info.items()))
print(not any('"' in v for v in info.values()))
info['NAME'] = 'changed'
print(platform.freedesktop_os_release()['NAME'] != 'changed')
