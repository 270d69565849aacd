"""The paths that match a shell wildcard pattern, with the interface of
CPython 3.11's glob: glob(), iglob() (root_dir, recursive '**',
include_hidden) and escape().

Each part of the pattern that holds a wildcard is matched (by fnmatch)
against the names of the directories reached so far, in the order
os.listdir gives them. A name that starts with a dot is matched only by a
part that starts with a dot, unless include_hidden.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths that match pathname; see iglob()."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator of the paths that match pathname (wildcards * ? [seq];
    with recursive, a '**' part for any number of directories), relative
    to root_dir when it is given. dir_fd is accepted and ignored."""
    if root_dir is None:
        root = pathname[:0]     # '' or b'', to match pathname's type
    else:
        root = os.fspath(root_dir)
    found = _expand(pathname, root, recursive, include_hidden, False)
    if not pathname or recursive and _is_double_star(pathname[:2]):
        # a leading '**' also stands for the root itself, an empty path
        found = (path for path in found if path)
    return found


def _expand(pattern, root, recursive, hidden, dirs_only):
    """The paths (relative to root) that pattern matches; dirs_only keeps
    the directories only, for a pattern that has more parts after it."""
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        # no wildcard: the path itself, if it exists (a trailing separator
        # asks for a directory)
        if tail:
            exists = os.path.lexists(_join(root, pattern))
        else:
            exists = _isdir(_join(root, head))
        if exists:
            yield pattern
        return
    match_in = _matcher_for(tail, recursive)
    if not head:
        yield from match_in(root, tail, dirs_only, hidden)
        return
    if head != pattern and has_magic(head):
        parents = _expand(head, root, recursive, hidden, True)
    else:
        parents = [head]
    for parent in parents:
        for name in match_in(_join(root, parent), tail, dirs_only, hidden):
            yield os.path.join(parent, name)


def _matcher_for(part, recursive):
    """The function that finds the names a pattern part matches in a
    directory."""
    if not has_magic(part):
        return _glob_literal
    if recursive and _is_double_star(part):
        return _glob_recursive
    return _glob_pattern


def _glob_pattern(directory, pattern, dirs_only, hidden=False):
    """The names in directory that match a one-part pattern."""
    names = _listdir(directory, dirs_only)
    if not (hidden or _ishidden(pattern)):
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_literal(directory, name, dirs_only, hidden=False):
    """[name] when directory holds it (an empty name: when directory is a
    directory), else []."""
    if name:
        found = os.path.lexists(_join(directory, name))
    else:
        found = _isdir(directory)
    return [name] if found else []


def _glob_recursive(directory, pattern, dirs_only, hidden=False):
    """'**': the empty path (directory itself), then all below it."""
    yield pattern[:0]
    yield from _descendants(directory, dirs_only, hidden)


def _descendants(directory, dirs_only, hidden):
    """The paths below directory, each directory before its content;
    symbolic links to directories are not followed."""
    for name in _listdir(directory, dirs_only):
        if _ishidden(name) and not hidden:
            continue
        yield name
        path = _join(directory, name)
        if _isdir(path) and not os.path.islink(path):
            for below in _descendants(path, dirs_only, hidden):
                yield _join(name, below)


def _listdir(directory, dirs_only):
    """The names in directory ('' is the current one); none when it cannot
    be listed."""
    if directory:
        where = directory
    else:
        where = os.curdir if isinstance(directory, str) else os.curdir.encode()
    try:
        names = os.listdir(where)
    except OSError:
        return []
    if dirs_only:
        return [name for name in names if _isdir(_join(directory, name))]
    return names


# CPython's names for matching in one directory, kept for old callers
def glob0(dirname, pattern):
    return _glob_literal(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob_pattern(dirname, pattern, False)


def _isdir(path):
    # the empty path is the current directory
    return os.path.isdir(path) if path else True


def _join(directory, name):
    # os.path.join, except that an empty side adds nothing
    if directory and name:
        return os.path.join(directory, name)
    return directory or name


# a wildcard character, as group 1
magic_check = re.compile(r'([*?[])')
magic_check_bytes = re.compile(rb'([*?[])')


def has_magic(s):
    """Whether s holds a wildcard character."""
    check = magic_check_bytes if isinstance(s, bytes) else magic_check
    return check.search(s) is not None


def _ishidden(name):
    return name[0] in ('.', ord('.'))


def _is_double_star(part):
    return part == (b'**' if isinstance(part, bytes) else '**')


def escape(pathname):
    """pathname with each wildcard character put in brackets ([*]), where
    it matches itself; a drive is left as it is."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        return drive + magic_check_bytes.sub(rb'[\1]', rest)
    return drive + magic_check.sub(r'[\1]', rest)
