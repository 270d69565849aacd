"""glob: the paths that match a shell pattern, as CPython 3.11's glob
(glob, iglob with root_dir, recursive '**' and include_hidden, escape).

Names come in the order the directory lists them (os.listdir), as
CPython's os.scandir gives them; names starting with a dot match only a
pattern that starts with a dot, unless include_hidden."""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern (shell wildcards
    * ? [seq]; '**' for any depth when recursive)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    root_dir = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    paths = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # a leading '**' (or an empty pattern) gives the empty path first:
        # not a result
        paths = (p for p in paths if p)
    return paths


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        # a plain path: itself, if it exists (a trailing / asks for a directory)
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    # the directories first (a pattern themselves, perhaps), then the last part
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob_literal
    elif recursive and _isrecursive(basename):
        in_dir = _glob_recursive
    else:
        in_dir = _glob_pattern
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden=False):
    """The names in dirname that match a pattern of one part."""
    names = _listdir(dirname, dironly)
    if include_hidden or not _ishidden(pattern):
        names = [x for x in names if include_hidden or not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden=False):
    """basename itself, if it exists in dirname."""
    if basename:
        return [basename] if os.path.lexists(_join(dirname, basename)) else []
    return [basename] if _isdir(dirname) else []


def _glob_recursive(dirname, pattern, dironly, include_hidden=False):
    """'**': the directory itself (the empty name), then everything below."""
    yield pattern[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden=False):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            if not os.path.islink(path) and _isdir(path):
                for y in _walk(path, dironly, include_hidden):
                    yield _join(x, y)


def _listdir(dirname, dironly):
    """The names in a directory (its subdirectories only, when dironly);
    none when it cannot be read."""
    try:
        names = os.listdir(dirname or (os.curdir if isinstance(dirname, str) else os.curdir.encode()))
    except OSError:
        return []
    if dironly:
        names = [n for n in names if _isdir(_join(dirname, n) if dirname else n)]
    return names


# the old names of the helpers
def glob0(dirname, pattern):
    return _glob_literal(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob_pattern(dirname, pattern, False)


def _isdir(pathname):
    return os.path.isdir(pathname) if pathname else True


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escape all special characters (each of * ? [ as a one-character set)."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname
