"""tempfile: files and directories with fresh names, for temporary use,
with CPython 3.11's interface. A name is a prefix, 8 random characters and
a suffix; files are created with O_EXCL, so no two callers share one.

atoll's open() takes no file descriptor: the file objects here are opened
by name once the file exists."""

import os as _os
import shutil as _shutil
import errno as _errno
import types as _types
from random import Random as _Random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "template",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

# O_NOFOLLOW: a link planted under the chosen name must not be followed
_CREATE_FLAGS = (_os.O_RDWR | _os.O_CREAT | _os.O_EXCL
                 | getattr(_os, 'O_NOFOLLOW', 0))

# names tried before giving up: glibc's TMP_MAX, CPython's value on Linux
TMP_MAX = getattr(_os, 'TMP_MAX', 238328)
template = "tmp"    # the default prefix
tempdir = None      # the default directory, found on first use when None


# --- names ------------------------------------------------------------------------

_NAME_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_generator = None
_generator_pid = None


def _random_names():
    """An endless iterator of 8-character names."""
    global _generator, _generator_pid
    # a forked child must not draw the same names as its parent
    if _generator is None or _generator_pid != _os.getpid():
        _generator, _generator_pid = _Random(), _os.getpid()
    rng = _generator
    while True:
        yield ''.join(rng.choices(_NAME_ALPHABET, k=8))


def _fresh_paths(directory, prefix, suffix, kind):
    """TMP_MAX candidate paths in directory, as str or bytes (kind)."""
    names = _random_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if kind is bytes:
            name = _os.fsencode(name)
        yield _os.path.join(directory, prefix + name + suffix)


# --- the default directory ------------------------------------------------------------

def _candidate_dirs():
    """Where to look: $TMPDIR, $TEMP, $TMP, the usual places, then here."""
    found = [_os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    found = [d for d in found if d]
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        found.append(_os.getcwd())
    except (OSError, AttributeError):
        found.append(_os.curdir)
    return found


def _can_write_in(directory):
    """Whether a file can be made (and written) in directory."""
    for path in _fresh_paths(directory, '', '', str):
        try:
            fd = _os.open(path, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            _os.write(fd, b'blat')
        finally:
            _os.close(fd)
            _os.unlink(path)
        return True
    return False  # every name tried was taken


def _find_tempdir():
    candidates = _candidate_dirs()
    for directory in candidates:
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        if _can_write_in(directory):
            return directory
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % candidates)


def _tempdir():
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_tempdir())


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(_tempdir())


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


# --- the arguments ----------------------------------------------------------------------

def _path_kind(*parts):
    """str or bytes: the type of the given parts (None ones aside), which
    must agree; with none given, the type of tempdir."""
    kinds = set()
    for part in parts:
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        kinds.add(bytes if isinstance(part, bytes) else str)
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds:
        return kinds.pop()
    return bytes if isinstance(tempdir, bytes) else str


def _defaults(prefix, suffix, dir):
    """(prefix, suffix, dir, kind) with the defaults for the missing ones."""
    kind = _path_kind(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _create_file(directory, prefix, suffix, kind):
    """(descriptor, path) of a new file that only its owner may use."""
    for path in _fresh_paths(_os.path.abspath(directory), prefix, suffix, kind):
        try:
            return _os.open(path, _CREATE_FLAGS, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


# --- the public makers --------------------------------------------------------------

def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new file that only its owner may use and return (an open
    descriptor of it, its absolute path). The caller removes it."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    return _create_file(dir, prefix, suffix, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory that only its owner may use and return its
    absolute path. The caller removes it."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    for path in _fresh_paths(dir, prefix, suffix, kind):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A path that does not exist yet. Unsafe: someone else may create it
    before the caller does; mkstemp() is the safe way."""
    for path in _fresh_paths(gettempdir() if dir is None else dir, prefix, suffix, str):
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _open_new(mode, buffering, encoding, newline, errors, prefix, suffix, dir):
    """(file object, path) of a new temporary file."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    fd, path = _create_file(dir, prefix, suffix, kind)
    _os.close(fd)
    try:
        # the file exists already: an exclusive mode would fail
        file = open(path, mode.replace('x', 'w'), buffering=buffering,
                    newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(path)
        raise
    return file, path


class _NamedFile:
    """A temporary file object with a name; closing it removes the file
    when delete is true. Other attributes are the file object's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, attr):
        # through __dict__: no recursion before __init__ has set file
        return getattr(self.__dict__['file'], attr)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = self.file.__exit__(exc_type, exc, tb)
        self.close()
        return outcome

    def __iter__(self):
        yield from self.file

    def close(self):
        """Close the file, and remove it when delete is true."""
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A new temporary file with a visible name (its .name), removed when
    it is closed if delete is true."""
    file, path = _open_new(mode, buffering, encoding, newline, errors,
                           prefix, suffix, dir)
    return _NamedFile(file, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A new temporary file with no name: it is unlinked once open."""
    file, path = _open_new(mode, buffering, encoding, newline, errors,
                           prefix, suffix, dir)
    _os.unlink(path)
    return file


class SpooledTemporaryFile:
    """A temporary file held in memory (io.BytesIO or io.StringIO); atoll
    never spills it to disk."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        self._file = io.BytesIO() if 'b' in mode else io.StringIO(newline="\n")
        self._max_size = max_size
        # what a file on disk would be opened with, were it rolled over
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering,
                                       suffix=suffix, prefix=prefix,
                                       encoding=encoding, newline=newline,
                                       dir=dir, errors=errors)

    def __getattr__(self, attr):
        return getattr(self.__dict__['_file'], attr)

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc_type, exc, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        """Kept for compatibility: the data stays in memory."""


class TemporaryDirectory:
    """A new temporary directory (its path is .name, and what a with
    statement gets), removed with its contents by cleanup() or on leaving
    the with block."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self._removed = False
        self._ignore_cleanup_errors = bool(ignore_cleanup_errors)
        self.name = mkdtemp(suffix, prefix, dir)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc_type, exc, tb):
        self.cleanup()

    def cleanup(self):
        if self._removed or not _os.path.exists(self.name):
            return
        self._removed = True
        _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
