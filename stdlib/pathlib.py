"""pathlib: file system paths as objects, with CPython 3.11's interface for
POSIX: PurePath and PurePosixPath compute on the text alone, Path and
PosixPath also use the file system. Windows paths are not provided."""

import fnmatch
import os
import re
import stat
from errno import ELOOP

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


def _split_parts(texts):
    """(root, names) of the texts joined as path segments. An absolute text
    starts the path anew; empty and '.' names go ('..' stays, as links may
    make it differ from the parent). Two leading slashes are kept, since
    POSIX leaves their meaning to the system; three or more are one."""
    root, names = '', []
    for text in texts:
        if text.startswith('/'):
            leading = len(text) - len(text.lstrip('/'))
            root = '//' if leading == 2 else '/'
            names = []
        names.extend(name for name in text.split('/') if name and name != '.')
    return root, names


def _segment_text(arg):
    if isinstance(arg, PurePath):
        return str(arg)
    text = os.fspath(arg)
    if not isinstance(text, str):
        raise TypeError("argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(text))
    return text


# the bytes a file: URI keeps as they are
_URI_PLAIN = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                       b'0123456789/_.-~')


class _Ancestors:
    """path.parents: a sequence whose item 0 is the parent, the last the
    anchor (or '.')."""

    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, index):
        count = len(self)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(count)))
        position = index + count if index < 0 else index
        if not 0 <= position < count:
            raise IndexError(index)
        path = self._path
        return path._make(path._root, path._names[:count - 1 - position])

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(object):
    """A path as text, split into a root and names; no system calls."""

    __slots__ = ('_root', '_names', '_text')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._parse(args)

    @classmethod
    def _parse(cls, args):
        root, names = _split_parts([_segment_text(arg) for arg in args])
        return cls._make(root, names)

    @classmethod
    def _make(cls, root, names):
        path = object.__new__(cls)
        path._root = root
        path._names = list(names)
        path._text = None
        return path

    def _sibling(self, name):
        # this path with its last name replaced
        return self._make(self._root, self._names[:-1] + [name])

    def __reduce__(self):
        return (type(self), self.parts)

    def __str__(self):
        if self._text is None:
            self._text = (self._root + '/'.join(self._names)) or '.'
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as text with '/' separators."""
        return str(self)

    def __bytes__(self):
        """The path as bytes, encoded as the file system wants."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, str(self))

    def as_uri(self):
        """The path as a file: URI (it must be absolute)."""
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        encoded = os.fsencode(str(self))
        return 'file://' + ''.join(chr(b) if b in _URI_PLAIN else '%%%02X' % b
                                   for b in encoded)

    # comparisons: by the root then the names, between pure paths only

    def _order_key(self):
        return ([self._root] if self._root else []) + self._names

    def _compare(self, other, test):
        if isinstance(other, PurePath):
            return test(self._order_key(), other._order_key())
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, lambda mine, theirs: mine == theirs)

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        return self._compare(other, lambda mine, theirs: mine < theirs)

    def __le__(self, other):
        return self._compare(other, lambda mine, theirs: mine <= theirs)

    def __gt__(self, other):
        return self._compare(other, lambda mine, theirs: mine > theirs)

    def __ge__(self, other):
        return self._compare(other, lambda mine, theirs: mine >= theirs)

    # the parts of the path

    @property
    def drive(self):
        """Always '': POSIX paths have no drive."""
        return ''

    @property
    def root(self):
        """'/' (or '//') for an absolute path, else ''."""
        return self._root

    @property
    def anchor(self):
        """The drive and the root together: here the root."""
        return self._root

    @property
    def parts(self):
        """The root (when there is one) and the names, as a tuple."""
        return tuple(([self._root] if self._root else []) + self._names)

    @property
    def name(self):
        """The last name, or ''."""
        return self._names[-1] if self._names else ''

    def _suffix_start(self):
        # a dot that starts or ends the name does not begin a suffix
        name = self.name
        dot = name.rfind('.')
        return dot if 0 < dot < len(name) - 1 else len(name)

    @property
    def suffix(self):
        """The extension of the last name ('.gz' of 'a.tar.gz'), or ''."""
        return self.name[self._suffix_start():]

    @property
    def stem(self):
        """The last name without its suffix."""
        return self.name[:self._suffix_start()]

    @property
    def suffixes(self):
        """All the extensions of the last name, in order."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + ext for ext in name.lstrip('.').split('.')[1:]]

    @property
    def parent(self):
        """The path without its last name (the path itself when it has none)."""
        if not self._names:
            return self
        return self._make(self._root, self._names[:-1])

    @property
    def parents(self):
        """The ancestors of the path, nearest first."""
        return _Ancestors(self)

    # new paths

    def with_name(self, name):
        """This path with its last name replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if name in ('', '.') or '/' in name:
            raise ValueError("Invalid name %r" % (name,))
        return self._sibling(name)

    def with_stem(self, stem):
        """This path with the stem of its last name replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with the suffix of its last name replaced (removed when
        suffix is '')."""
        if '/' in suffix or suffix == '.' or (suffix and suffix[0] != '.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self._sibling(self.stem + suffix)

    def joinpath(self, *args):
        """This path followed by the given segments."""
        return self._parse((self,) + args)

    def __truediv__(self, key):
        try:
            return self._parse((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._parse((key, self))
        except TypeError:
            return NotImplemented

    def relative_to(self, *other):
        """This path relative to the path the arguments make, which must
        be this path or one of its ancestors."""
        if not other:
            raise TypeError("need at least one argument")
        base = self._parse(other)
        depth = len(base._names)
        if base._root != self._root or self._names[:depth] != base._names:
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._make('', self._names[depth:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """Always False: POSIX reserves no names."""
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob pattern, compared name by name
        from the right (the whole path for an absolute pattern)."""
        pattern = PurePosixPath(path_pattern)
        wanted = pattern.parts
        if not wanted:
            raise ValueError("empty pattern")
        have = self.parts
        if len(wanted) > len(have) or (pattern._root and len(wanted) != len(have)):
            return False
        return all(fnmatch.fnmatchcase(name, pat)
                   for name, pat in zip(have[::-1], wanted[::-1]))


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Not provided: atoll's pathlib knows POSIX paths only."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("atoll's pathlib has no Windows paths")


# --- globbing ---------------------------------------------------------------------------

def _has_wildcard(name):
    return any(c in name for c in '*?[')


def _names_in(directory):
    try:
        return os.listdir(directory)
    except OSError:
        return []


def _dirs_below(path):
    """path and every directory under it, links to directories excluded."""
    yield path
    for name in _names_in(path):
        child = path._child(name)
        if child.is_dir() and not child.is_symlink():
            yield from _dirs_below(child)


def _glob(path, steps):
    """The paths under path that the pattern names in steps match in turn;
    a last '' step keeps directories only."""
    if not steps:
        yield path
        return
    step, later = steps[0], steps[1:]
    if step == '':
        if path.is_dir():
            yield path
    elif step == '**':
        found = set()
        for directory in _dirs_below(path):
            for match in _glob(directory, later):
                if match not in found:
                    found.add(match)
                    yield match
    elif not _has_wildcard(step):
        child = path._child(step)
        if later:
            if child.is_dir():
                yield from _glob(child, later)
        elif child.exists() or child.is_symlink():
            yield child
    else:
        matches = re.compile(fnmatch.translate(step)).fullmatch
        for name in _names_in(path):
            if not matches(name):
                continue
            child = path._child(name)
            if not later:
                yield child
            elif child.is_dir():
                yield from _glob(child, later)


def _pattern_steps(pattern):
    parsed = PurePosixPath(pattern)
    if parsed._root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    steps = list(parsed._names)
    if pattern.endswith('/'):
        steps.append('')  # directories only
    return steps


# --- concrete paths --------------------------------------------------------------------

class Path(PurePath):
    """A path on which system calls can be made."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._parse(args)

    def _child(self, name):
        return self._make(self._root, self._names + [name])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, exc_type, exc, tb):
        pass

    @classmethod
    def cwd(cls):
        """The working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls('~').expanduser()

    # --- reading the file system

    # the os functions get str(self): atoll's would report the path object
    # itself as the filename of their errors, CPython's report the text

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path: a link's own status."""
        return os.lstat(str(self))

    def _mode_or_none(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def _mode_is(self, test, follow=True):
        mode = self._mode_or_none(follow)
        return mode is not None and test(mode)

    def exists(self):
        """Whether the path exists (False for a dangling link)."""
        return self._mode_or_none() is not None

    def is_dir(self):
        """Whether the path is a directory (after links)."""
        return self._mode_is(stat.S_ISDIR)

    def is_file(self):
        """Whether the path is a regular file (after links)."""
        return self._mode_is(stat.S_ISREG)

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._mode_is(stat.S_ISLNK, follow=False)

    def is_block_device(self):
        """Whether the path is a block device (after links)."""
        return self._mode_is(stat.S_ISBLK)

    def is_char_device(self):
        """Whether the path is a character device (after links)."""
        return self._mode_is(stat.S_ISCHR)

    def is_fifo(self):
        """Whether the path is a named pipe (after links)."""
        return self._mode_is(stat.S_ISFIFO)

    def is_socket(self):
        """Whether the path is a socket (after links)."""
        return self._mode_is(stat.S_ISSOCK)

    def is_mount(self):
        """Whether the path is a mount point."""
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether other_path (a path or text) names the same file."""
        other = other_path if hasattr(other_path, 'stat') else type(self)(other_path)
        return os.path.samestat(self.stat(), other.stat())

    def iterdir(self):
        """The paths of the entries of this directory."""
        for name in os.listdir(str(self)):
            yield self._child(name)

    def glob(self, pattern):
        """The existing paths under this one that match the relative glob
        pattern ('**' for any depth of directories)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        yield from _glob(self, _pattern_steps(pattern))

    def rglob(self, pattern):
        """glob() of the pattern at any depth under this path."""
        yield from _glob(self, ['**'] + _pattern_steps(pattern))

    def absolute(self):
        """The path prefixed by the working directory when relative; neither
        normalized nor with links resolved."""
        if self._root:
            return self
        return self._parse([os.getcwd(), self])

    def resolve(self, strict=False):
        """The absolute path with links resolved and '..' folded; a link
        loop is a RuntimeError."""
        try:
            resolved = self._parse([os.path.realpath(self, strict=strict)])
            if not strict:
                # realpath() stops quietly at a loop: stat() tells
                try:
                    resolved.stat()
                except OSError as err:
                    if err.errno == ELOOP:
                        raise
        except OSError as err:
            if err.errno != ELOOP:
                raise
            raise RuntimeError("Symlink loop from %r" % err.filename)
        return resolved

    def readlink(self):
        """The target of this symbolic link, as a path."""
        return self._parse([os.readlink(str(self))])

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def expanduser(self):
        """The path with a leading '~' replaced by the home directory."""
        if self._root or not self._names or not self._names[0].startswith('~'):
            return self
        home = os.path.expanduser(self._names[0])
        if home.startswith('~'):
            raise RuntimeError("Could not determine home directory.")
        return self._parse([home] + self._names[1:])

    # --- files

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """The file opened as the built-in open() would."""
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole contents of the file, as bytes."""
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The whole contents of the file, as text."""
        with self.open('r', -1, encoding, errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the contents of the file with data (bytes-like)."""
        data = bytes(data)
        with self.open('wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the contents of the file with the text data."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing (else, with exist_ok, update its
        times; without, FileExistsError)."""
        if exist_ok:
            try:
                os.utime(str(self), None)
                return
            except OSError:
                pass  # missing: create it
        exclusive = 0 if exist_ok else os.O_EXCL
        os.close(os.open(str(self), os.O_CREAT | os.O_WRONLY | exclusive, mode))

    # --- changing the file system

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create this directory; parents creates the missing ancestors,
        exist_ok accepts an existing directory."""
        try:
            os.mkdir(str(self), mode)
            return
        except FileNotFoundError:
            parent = self.parent
            if not parents or parent == self:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        # a missing ancestor: make the ancestors, then this one
        parent.mkdir(mode=0o777, parents=True, exist_ok=True)
        self.mkdir(mode, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits, as os.chmod()."""
        os.chmod(str(self), mode)

    def lchmod(self, mode):
        """chmod() of a link itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link; missing_ok accepts a missing one."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this (empty) directory."""
        os.rmdir(str(self))

    def rename(self, target):
        """Rename to target and return the new path."""
        os.rename(str(self), target)
        return type(self)(target)

    def replace(self, target):
        """rename() that replaces an existing target."""
        os.replace(str(self), target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, str(self))


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not provided: atoll's pathlib knows POSIX paths only."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))
