"""platform: what the interpreter runs on (the system, the machine, the C
library) and what the interpreter is, with the interface of CPython 3.11's
platform module, for Linux.

Everything comes from os.uname(), os.confstr(), the ELF header of a binary
and sys; nothing runs an outside command, so processor() is '' (as CPython's
is where `uname -p` answers 'unknown').

python_implementation() answers 'atoll', sys.implementation.name: atoll is
not CPython, and code that tests for 'CPython' would assume CPython's C API,
its bytecode or its reference counting, none of which atoll has.
python_compiler() is '' because atoll's sys.version names no compiler.
"""

import os
import sys

__all__ = ['architecture', 'freedesktop_os_release', 'libc_ver', 'machine',
           'node', 'platform', 'processor', 'python_branch', 'python_build',
           'python_compiler', 'python_implementation', 'python_revision',
           'python_version', 'python_version_tuple', 'release', 'system',
           'uname', 'uname_result', 'version']


# --- uname ---------------------------------------------------------------------------

_UNAME_FIELDS = ('system', 'node', 'release', 'version', 'machine', 'processor')


def _item(index):
    return property(lambda self: self[index], doc='Field %d of uname()' % index)


class uname_result(tuple):
    """uname()'s answer: system, node, release, version, machine and
    processor, by index or by name. Its repr leaves out the processor."""

    _fields = _UNAME_FIELDS

    def __new__(cls, system, node, release, version, machine, processor=''):
        return tuple.__new__(cls, (system, node, release, version, machine,
                                   processor))

    def __repr__(self):
        shown = ', '.join('%s=%r' % pair for pair in zip(self._fields[:5], self))
        return 'uname_result(%s)' % shown

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __reduce__(self):
        return uname_result, tuple(self)

    system, node, release = _item(0), _item(1), _item(2)
    version, machine, processor = _item(3), _item(4), _item(5)


_uname_cache = None


def uname():
    """The system's identity as a uname_result; read once and remembered."""
    global _uname_cache
    if _uname_cache is None:
        try:
            sysname, nodename, rel, ver, mach = os.uname()
        except OSError:
            sysname = nodename = rel = ver = mach = ''
        _uname_cache = uname_result(sysname, nodename, rel, ver, mach,
                                    processor())
    return _uname_cache


def system():
    """The operating system's name, e.g. 'Linux'."""
    return uname()[0]


def node():
    """The computer's network name (may be '')."""
    return uname()[1]


def release():
    """The operating system's release, e.g. '6.1.0-13-amd64'."""
    return uname()[2]


def version():
    """The operating system's version string (its build)."""
    return uname()[3]


def machine():
    """The hardware's name, e.g. 'x86_64'."""
    return uname()[4]


def processor():
    """The processor's name: '' here, as nothing asks `uname -p`."""
    return ''


# --- binaries and the C library -----------------------------------------------------

def _default_executable():
    # atoll's sys.executable may be empty: the running binary is still there
    return sys.executable or '/proc/self/exe'


def architecture(executable=None, bits='', linkage=''):
    """(bits, linkage) of a binary: ('64bit', 'ELF') for a 64-bit ELF file.
    bits defaults to the size of a pointer here; linkage is '' when the file
    cannot be read or is no ELF file."""
    if executable is None:
        executable = _default_executable()
    if not bits:
        bits = '%dbit' % (sys.maxsize.bit_length() + 1)
    try:
        with open(executable, 'rb') as f:
            header = f.read(5)
    except OSError:
        return bits, linkage
    if header[:4] == b'\x7fELF':
        linkage = 'ELF'
        word = {1: '32bit', 2: '64bit'}.get(header[4])
        if word:
            bits = word
    return bits, linkage


def _version_key(text):
    return [int(part) if part.isdigit() else 0 for part in text.split('.')]


def _glibc_in_binary(path, chunksize):
    """The newest 'GLIBC_x.y' symbol version named in the file, or ''."""
    best = ''
    tail = b''
    with open(path, 'rb') as f:
        while True:
            chunk = f.read(chunksize)
            if not chunk:
                break
            data = tail + chunk
            start = 0
            while True:
                at = data.find(b'GLIBC_', start)
                if at < 0:
                    break
                end = at + 6
                while end < len(data) and data[end] in b'0123456789.':
                    end += 1
                found = data[at + 6:end].decode('ascii').strip('.')
                if found and (not best or _version_key(found) > _version_key(best)):
                    best = found
                start = end
            tail = data[-32:]
    return best


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library: ('glibc', '2.36'). Without an
    executable, the running C library's own answer; with one, the newest
    glibc symbol version the binary asks for."""
    if executable is None:
        try:
            answer = os.confstr('CS_GNU_LIBC_VERSION')
        except (AttributeError, ValueError, OSError):
            answer = None
        if answer:
            name, _, number = answer.partition(' ')
            return name, number
        executable = _default_executable()
    found = _glibc_in_binary(executable, chunksize)    # OSError goes up
    if found:
        return 'glibc', found
    return lib, version


# --- the interpreter -------------------------------------------------------------------

def python_version():
    """The language version as 'major.minor.patch'."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """python_version() as a tuple of 3 str."""
    return tuple(str(n) for n in sys.version_info[:3])


def python_implementation():
    """The implementation's name: 'atoll' (see the module's docstring)."""
    return sys.implementation.name


def python_compiler():
    """The compiler that built the interpreter, when sys.version says it in
    brackets; '' otherwise."""
    opened, closed = sys.version.rfind('['), sys.version.rfind(']')
    if 0 <= opened < closed:
        return sys.version[opened + 1:closed]
    return ''


def python_build():
    """(build number, build date): atoll records neither."""
    return '', ''


def python_branch():
    """The source branch the interpreter was built from: unknown, ''."""
    return ''


def python_revision():
    """The source revision the interpreter was built from: unknown, ''."""
    return ''


# --- the whole platform -----------------------------------------------------------------

def _tidy(text):
    """One identifier-like string: no blanks or odd characters, no '--'."""
    for odd in ' /\\:;"()':
        text = text.replace(odd, '_' if odd == ' ' else '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    """One string naming the platform, as 'Linux-<release>-<machine>-with-
    glibc2.36'. aliased and terse change nothing on Linux."""
    info = uname()
    parts = [info.system, info.release, info.machine]
    libname, libversion = libc_ver()
    if libname:
        parts.append('with')
        parts.append(libname + libversion)
    return _tidy('-'.join(part for part in parts if part))


# --- the distribution ---------------------------------------------------------------------

_OS_RELEASE_FILES = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _unquote(value):
    """A value of os-release, as a shell would read it: quotes removed and
    the backslash escapes inside double quotes resolved."""
    out = []
    quote = None
    chars = iter(value)
    for ch in chars:
        if quote is None and ch in '"\'':
            quote = ch
        elif ch == quote:
            quote = None
        elif ch == '\\' and quote != "'":
            following = next(chars, '')
            if quote == '"' and following not in '"\\$`':
                out.append(ch)
            out.append(following)
        else:
            out.append(ch)
    return ''.join(out)


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        key, equals, value = line.partition('=')
        if not equals or not key.replace('_', 'A').isalnum() or not key.isascii():
            continue
        info[key] = _unquote(value)
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict;
    OSError when neither can be read. The dict is read once; callers get a
    copy."""
    global _os_release_cache
    if _os_release_cache is None:
        error = None
        for candidate in _OS_RELEASE_FILES:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as exc:
                error = exc
        else:
            raise OSError(error.errno if error else 2, 'Unable to read files %s'
                          % ', '.join(_OS_RELEASE_FILES))
    return dict(_os_release_cache)
