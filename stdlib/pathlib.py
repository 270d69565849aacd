"""pathlib: object-oriented filesystem paths, as CPython 3.11's pathlib for
POSIX: PurePath/PurePosixPath (path algebra without the filesystem) and
Path/PosixPath (with it). Windows flavours are not provided."""

import fnmatch
import os
import posixpath
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP, EINVAL
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


def _parse_parts(parts):
    """(root, components) of the joined parts: an absolute part restarts
    the path; empty and '.' components go, '..' stays; exactly two leading
    slashes are kept (POSIX leaves their meaning to the system)."""
    root = ''
    comps = []
    for part in parts:
        if not part:
            continue
        if part.startswith('/'):
            comps = []
            if part.startswith('//') and not part.startswith('///'):
                root = '//'
            else:
                root = '/'
        for x in part.split('/'):
            if x and x != '.':
                comps.append(x)
    return root, comps


def _quote_path(path):
    """Percent-encoding of a path for a file: URI ('/' kept)."""
    safe = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')
    return ''.join(chr(b) if b in safe else '%%%02X' % b for b in os.fsencode(path))


class _PathParents:
    """The ancestors of a path, as a sequence: parents[0] is the parent."""

    __slots__ = ('_pathcls', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._parts = path._tail

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O (here always POSIX paths).
    """

    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts.append(str(a))
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(a)
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
        root, tail = _parse_parts(parts)
        return cls._from_parsed(root, tail)

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = list(tail)
        self._str = None
        self._hash = None
        return self

    def __str__(self):
        if self._str is None:
            s = self._root + '/'.join(self._tail)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self)

    def __bytes__(self):
        """Return the bytes representation of the path.  This is only
        recommended to use under Unix."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote_path(str(self))

    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp_parts(self, other):
        return self._key()

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_for_cmp() < other._parts_for_cmp()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_for_cmp() <= other._parts_for_cmp()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_for_cmp() > other._parts_for_cmp()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_for_cmp() >= other._parts_for_cmp()

    def _parts_for_cmp(self):
        return ([self._root] if self._root else []) + self._tail

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return ''

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def name(self):
        """The final path component, if any."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any (with its dot)."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed; an empty suffix
        removes it."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """The relative path to another path identified by the passed
        arguments (it must be one of this path's ancestors or itself)."""
        if not other:
            raise TypeError("need at least one argument")
        to = self._from_parts(other)
        n = len(to._tail)
        if to._root != self._root or self._tail[:n] != to._tail:
            formatted = str(to)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parsed('', self._tail[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The path's components, the root (if any) first."""
        if self._root:
            return (self._root,) + tuple(self._tail)
        return tuple(self._tail)

    def joinpath(self, *args):
        """Combine this path with one or several arguments."""
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has a root)."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        return False

    def match(self, path_pattern):
        """Return True if this path matches the given pattern (from the
        right; the whole path for an absolute pattern)."""
        pat = PurePosixPath(path_pattern)
        if not pat._root and not pat._tail:
            raise ValueError("empty pattern")
        parts = self.parts
        pat_parts = pat.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by atoll's pathlib."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("atoll's pathlib has no Windows paths")


# --- concrete paths -------------------------------------------------------------------

class Path(PurePath):
    """PurePath subclass that can make system calls."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def _make_child_relpath(self, part):
        return self._from_parsed(self._root, self._tail + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """Yield path objects of the directory contents."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._tail)
        if pattern[-1] == '/':
            parts.append('')
        yield from self._select(parts)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = ['**'] + list(pat._tail)
        if pattern and pattern[-1] == '/':
            parts.append('')
        yield from self._select(parts)

    def _select(self, parts):
        """The paths under self that match the pattern parts in turn."""
        if not parts:
            yield self
            return
        part, rest = parts[0], parts[1:]
        if part == '':
            if self.is_dir():
                yield self
            return
        if part == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if not any(c in part for c in '*?['):
            child = self._make_child_relpath(part)
            if rest:
                if child.is_dir():
                    yield from child._select(rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            names = os.listdir(self)
        except OSError:
            return
        match = re.compile(fnmatch.translate(part)).fullmatch
        for name in names:
            if match(name):
                child = self._make_child_relpath(name)
                if rest:
                    if child.is_dir():
                        yield from child._select(rest)
                else:
                    yield child

    def _walk_dirs(self):
        """self and the directories below it (links not followed)."""
        yield self
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            child = self._make_child_relpath(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def absolute(self):
        """Return an absolute version of this path by prepending the current
        working directory. No normalization or symlink resolution is performed."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd(), self])

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way and also
        normalizing it."""
        s = os.path.realpath(self, strict=strict)
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path, like
        os.stat() does."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """Open the file pointed by this path and return a file object, as
        the built-in open() function does."""
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        if not exist_ok and self.exists():
            raise FileExistsError(17, 'File exists', str(self))
        with open(self, 'a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # the directory may exist, when that is all right
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode)

    def lchmod(self, mode):
        """Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(self)

    def lstat(self):
        """Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's."""
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename this path to the target path; returns the new Path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path
        exists; returns the new Path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        os.symlink(target, self)

    def exists(self):
        """Whether this path exists."""
        try:
            self.stat()
        except OSError:
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def is_dir(self):
        """Whether this path is a directory."""
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks
        pointing to regular files)."""
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_mount(self):
        """Check if this path is a mount point"""
        return os.path.ismount(self)

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        m = self._mode(False)
        return m is not None and S_ISLNK(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if self._tail and self._tail[0][:1] == '~' and not self._root:
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by atoll's pathlib."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))
