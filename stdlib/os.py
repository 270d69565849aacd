r"""os: a portable interface to the operating system (the POSIX part).

The system calls come from the C module posix; os.path is posixpath."""

import sys
import posix as _posix
from posix import (getcwd, chdir, listdir, mkdir, rmdir, unlink, remove, rename,
                   replace, symlink, readlink, access, chmod, utime, getpid, getppid, getuid,
                   cpu_count, urandom, strerror, system, isatty, _exit,
                   F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_RDWR, O_CREAT,
                   O_EXCL, O_TRUNC, O_APPEND, O_NOFOLLOW, O_CLOEXEC, O_DIRECTORY,
                   O_NONBLOCK, O_SYNC, O_NOCTTY, SEEK_SET, SEEK_CUR, SEEK_END,
                   open, close, read, write, lseek)

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath",
           "name", "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "fsencode", "fsdecode", "get_exec_path", "fdopen", "extsep",
           "makedirs", "removedirs", "renames", "walk", "getenv", "environ",
           "putenv", "unsetenv", "fspath", "PathLike", "getcwd", "listdir",
           "mkdir", "rmdir", "remove", "unlink", "rename", "replace", "stat",
           "lstat", "getpid", "cpu_count", "urandom", "error", "stat_result"]

name = 'posix'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


# --- stat ---

class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

    This object may be accessed either as a tuple of
      (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
    or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.
    """
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, values[:10])
        object.__setattr__(self, '_extra', values[10:] + (None,) * (16 - len(values)))
        return self

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""
    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)

    columns = property(lambda self: self[0], doc="width of the terminal window in characters")
    lines = property(lambda self: self[1], doc="height of the terminal window in characters")


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines); atoll
    cannot ask the terminal, so OSError as for a non-terminal."""
    raise OSError(25, 'Inappropriate ioctl for device')


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_posix.lstat(path))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat_result(_posix.stat(fd))


def getcwdb():
    """Return a bytes string representing the current working directory."""
    return fsencode(getcwd())


# --- paths ---

def fspath(path):
    """Return the file system path representation of the object.

    If the object is str or bytes, then allow it to pass through as-is. If the
    object defines __fspath__(), then return the result of that method. All other
    types raise a TypeError."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


import posixpath as path
sys.modules['os.path'] = path


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.
    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Defeats race condition when another thread created the path
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:           # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Cannot rely on checking for EEXIST, since the operating system
        # could give priority to other errors like EACCES or EROFS
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.
    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames
    """
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs, walk_dirs = [], [], []
    for entry in names:
        full = path.join(top, entry)
        try:
            is_dir = path.isdir(full)
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry)
            if not topdown and (followlinks or not path.islink(full)):
                walk_dirs.append(full)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# --- the environment ---

class _Environ(dict):
    """os.environ: a dict of the environment; changes go to the process
    environment too (putenv/unsetenv)."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        if key not in self:
            raise KeyError(key)
        unsetenv(key)
        dict.__delitem__(self, key)

    def pop(self, key, *args):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self):
            del self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (key, value) for key, value in self.items())


def putenv(key, value):
    """Change or add an environment variable."""
    _posix.putenv(key, value)


def unsetenv(key):
    """Delete an environment variable."""
    _posix.unsetenv(key)


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    raise NotImplementedError("os.fdopen is not supported by atoll")
