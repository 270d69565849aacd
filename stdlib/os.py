r"""os: the operating system's services (the POSIX part of CPython's os).

The system calls are the C module posix's; os.path is posixpath."""

import sys
import posix as _posix
from posix import (getcwd, chdir, listdir, mkdir, rmdir, unlink, remove, rename,
                   replace, symlink, readlink, access, chmod, utime, getpid, getppid, getuid, kill,
                   cpu_count, urandom, strerror, system, isatty, _exit, confstr,
                   confstr_names,
                   F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_RDWR, O_CREAT,
                   O_EXCL, O_TRUNC, O_APPEND, O_NOFOLLOW, O_CLOEXEC, O_DIRECTORY,
                   O_NONBLOCK, O_SYNC, O_NOCTTY, SEEK_SET, SEEK_CUR, SEEK_END,
                   open, close, read, write, lseek, pipe, kill, waitpid, WNOHANG,
                   WUNTRACED, WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED,
                   WSTOPSIG, waitstatus_to_exitcode)

__all__ = ["name", "linesep", "curdir", "pardir", "extsep", "sep", "pathsep",
           "altsep", "defpath", "devnull", "path", "error", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "fspath", "PathLike", "fsencode", "fsdecode",
           "stat_result", "stat", "lstat", "getcwd", "listdir", "mkdir",
           "makedirs", "rmdir", "removedirs", "remove", "unlink", "rename",
           "renames", "replace", "walk", "environ", "getenv", "putenv",
           "unsetenv", "get_exec_path", "getpid", "kill", "cpu_count", "urandom",
           "fdopen", "uname", "uname_result", "confstr", "confstr_names"]

name = 'posix'
linesep = '\n'
curdir, pardir, extsep = '.', '..', '.'
sep, altsep, pathsep = '/', None, ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError


# --- file status ------------------------------------------------------------------

_STAT_NAMES = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size', 'st_atime', 'st_mtime', 'st_ctime')


def _field(index):
    return property(lambda self: self[index])


def _extra_field(index):
    return property(lambda self: self._extra[index])


class stat_result(tuple):
    """The status of a file, from stat(), lstat() or fstat(): a tuple of the
    10 integer fields (mode to ctime), each also an st_ attribute; the float
    times and the nanosecond ones are attributes only."""
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, values):
        # posix gives 16 values: the 10 of the tuple, then the float and
        # nanosecond times
        values = tuple(values)
        result = tuple.__new__(cls, values[:10])
        extra = values[10:] + (None,) * (16 - len(values))
        object.__setattr__(result, '_extra', extra)
        return result

    def __repr__(self):
        fields = ', '.join('%s=%r' % pair for pair in zip(_STAT_NAMES, self))
        return 'os.stat_result(%s)' % fields

    st_mode, st_ino, st_dev, st_nlink = _field(0), _field(1), _field(2), _field(3)
    st_uid, st_gid, st_size = _field(4), _field(5), _field(6)
    st_atime, st_mtime, st_ctime = _extra_field(0), _extra_field(1), _extra_field(2)
    st_atime_ns, st_mtime_ns, st_ctime_ns = (_extra_field(3), _extra_field(4),
                                             _extra_field(5))


_UNAME_NAMES = ('sysname', 'nodename', 'release', 'version', 'machine')


class uname_result(tuple):
    """What uname() returns: a tuple of 5 str, each also an attribute."""
    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        fields = ', '.join('%s=%r' % pair for pair in zip(_UNAME_NAMES, self))
        return 'posix.uname_result(%s)' % fields

    sysname, nodename, release = _field(0), _field(1), _field(2)
    version, machine = _field(3), _field(4)


def uname():
    """The system's name, the machine's network name, the system's release
    and version, and the hardware's name."""
    return uname_result(_posix.uname())


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The status of the file at path (of the link itself, without
    follow_symlinks)."""
    return stat_result(_posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """The status of the file at path, a link's own when it is one."""
    return stat_result(_posix.lstat(path))


def fstat(fd):
    """The status of the open file descriptor fd."""
    return stat_result(_posix.stat(fd))


class terminal_size(tuple):
    """The size of a terminal: (columns, lines)."""
    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence "
                            "(%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)

    columns = property(lambda self: self[0], doc="width of the terminal window in characters")
    lines = property(lambda self: self[1], doc="height of the terminal window in characters")


def get_terminal_size(fd=1):
    """The size of the terminal on fd. atoll cannot ask a terminal, so this
    fails as it does for a file that is not one."""
    raise OSError(25, 'Inappropriate ioctl for device')


def getcwdb():
    """The working directory, as bytes."""
    return fsencode(getcwd())


# --- path objects and encodings ---------------------------------------------------------

def fspath(path):
    """The str or bytes path of path: as it is when str or bytes, else what
    its type's __fspath__() returns."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    method = getattr(kind, '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + kind.__name__)
    text = method(path)
    if not isinstance(text, (str, bytes)):
        raise TypeError("expected {}.__fspath__() to return str or bytes, "
                        "not {}".format(kind.__name__, type(text).__name__))
    return text


class PathLike:
    """The base of objects that stand for a path: they have __fspath__()."""

    def __fspath__(self):
        """The path as str or bytes."""
        raise NotImplementedError


# file names are UTF-8; undecodable bytes round-trip as lone surrogates

def fsencode(filename):
    """filename as bytes, encoded for the file system."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename
    return filename.encode('utf-8', 'surrogateescape')


def fsdecode(filename):
    """filename as str, decoded from the file system's encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename
    return filename.decode('utf-8', 'surrogateescape')


import posixpath as path
sys.modules['os.path'] = path


# --- directory trees ---------------------------------------------------------------

def _head_and_leaf(name):
    """split(name), ignoring one trailing slash ('a/b/' gives ('a', 'b'))."""
    head, leaf = path.split(name)
    if not leaf:
        head, leaf = path.split(head)
    return head, leaf


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir() that first makes the missing directories above name; with
    exist_ok, an existing directory name is no error."""
    head, leaf = _head_and_leaf(name)
    if head and leaf and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile by someone else: fine
        if leaf == (b'.' if isinstance(leaf, bytes) else '.'):
            return  # 'a/.' exists now that 'a' does
    try:
        mkdir(name, mode)
    except OSError:
        # the system may report another error than EEXIST (EACCES, EROFS)
        # for an existing directory: look instead
        if not (exist_ok and path.isdir(name)):
            raise


def removedirs(name):
    """rmdir() of name, then of each parent that this leaves empty."""
    rmdir(name)
    head, leaf = _head_and_leaf(name)
    while head and leaf:
        try:
            rmdir(head)
        except OSError:
            return  # not empty: the pruning stops here
        head, leaf = path.split(head)


def renames(old, new):
    """rename() that makes the directories new needs and removes those
    that old leaves empty."""
    new_head, new_leaf = path.split(new)
    if new_head and new_leaf and not path.exists(new_head):
        makedirs(new_head)
    rename(old, new)
    old_head, old_leaf = path.split(old)
    if old_head and old_leaf:
        try:
            removedirs(old_head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each directory of the tree at top, (its path, the names of its
    subdirectories, the names of its other entries). Top-down, the caller
    may edit the list of subdirectories to prune the walk; links to
    directories are listed but not entered unless followlinks."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    subdirs, others = [], []
    for entry in names:
        (subdirs if path.isdir(path.join(top, entry)) else others).append(entry)

    def enter(name):
        full = path.join(top, name)
        return full if followlinks or not path.islink(full) else None

    if topdown:
        yield top, subdirs, others
        # the names as the caller left them
        for name in subdirs:
            below = enter(name)
            if below is not None:
                yield from walk(below, topdown, onerror, followlinks)
    else:
        for below in [enter(name) for name in subdirs]:
            if below is not None:
                yield from walk(below, topdown, onerror, followlinks)
        yield top, subdirs, others


# --- the environment ---------------------------------------------------------------

def _need_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)


class _Environ(dict):
    """os.environ: a dict whose changes also reach the process's
    environment (through putenv and unsetenv)."""

    def __setitem__(self, key, value):
        _need_str(key)
        _need_str(value)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        if key not in self:
            raise KeyError(key)
        unsetenv(key)
        dict.__delitem__(self, key)

    # the dict methods that would bypass __setitem__ and __delitem__

    def pop(self, key, *default):
        if key not in self:
            if default:
                return default[0]
            raise KeyError(key)
        value = self[key]
        del self[key]
        return value

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), /, **kwds):
        pairs = ([(key, other[key]) for key in other.keys()]
                 if hasattr(other, 'keys') else list(other))
        for key, value in pairs + list(kwds.items()):
            self[key] = value

    def clear(self):
        for key in list(self):
            del self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        items = ', '.join('%r: %r' % item for item in self.items())
        return 'environ({%s})' % items


def putenv(key, value):
    """Set the variable key of the process's environment."""
    _posix.putenv(key, value)


def unsetenv(key):
    """Remove the variable key from the process's environment."""
    _posix.unsetenv(key)


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """The value of the environment variable key, or default."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for a program: PATH of env (os.environ by
    default), else defpath."""
    env = environ if env is None else env
    search = env.get('PATH')
    return (defpath if search is None else search).split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over the open file descriptor fd (the built-in open())."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    return open(fd, mode, buffering, encoding, *args, **kwargs)
