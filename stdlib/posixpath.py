"""posixpath: operations on POSIX path names (os.path), for str and bytes
paths alike, with CPython's interface."""

import os
import stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

# (separator, '.', '..') for each type of path
_TEXT = ('/', '.', '..')
_BINARY = (b'/', b'.', b'..')


def _marks(path):
    return _BINARY if isinstance(path, bytes) else _TEXT


def _check_arg_types(funcname, *args):
    """Raise the TypeError CPython gives for arguments that are not all
    str or all bytes."""
    kinds = set()
    for arg in args:
        if isinstance(arg, str):
            kinds.add(str)
        elif isinstance(arg, bytes):
            kinds.add(bytes)
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(arg).__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


# --- pure string operations ------------------------------------------------------------

def normcase(s):
    """s unchanged: POSIX file names are case-sensitive."""
    return os.fspath(s)


def isabs(s):
    """Whether s starts at the root."""
    s = os.fspath(s)
    return s.startswith(_marks(s)[0])


def join(a, *p):
    """The components joined with '/' where needed; an absolute component
    drops those before it, an empty last one leaves a trailing '/'."""
    a = os.fspath(a)
    try:
        parts = [os.fspath(part) for part in p]
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    _check_arg_types('join', a, *parts)
    slash = _marks(a)[0]
    path = a
    for part in parts:
        if part.startswith(slash):
            path = part
        elif path and not path.endswith(slash):
            path += slash + part
        else:
            path += part
    return path


def _cut(p):
    """(directory part, last component) of p, as split() returns them."""
    slash = _marks(p)[0]
    end = p.rfind(slash) + 1
    head = p[:end]
    # trailing slashes go, unless the head is nothing but slashes
    if head.strip(slash):
        head = head.rstrip(slash)
    return head, p[end:]


def split(p):
    """(head, tail): tail is what follows the last '/', head the rest
    without its trailing slashes (unless it is the root)."""
    return _cut(os.fspath(p))


def dirname(p):
    """The directory part of p: split(p)[0]."""
    return _cut(os.fspath(p))[0]


def basename(p):
    """The last component of p: split(p)[1]."""
    return _cut(os.fspath(p))[1]


def splitext(p):
    """(root, ext): ext runs from the last '.' of the last component to
    the end, unless that dot starts the name (leading dots do not count)."""
    p = os.fspath(p)
    slash, dot, _ = _marks(p)
    name = p[p.rfind(slash) + 1:]
    stem = name.lstrip(dot)
    last_dot = stem.rfind(dot)
    if last_dot < 0:
        return p, p[:0]
    cut = len(p) - len(stem) + last_dot
    return p[:cut], p[cut:]


def splitdrive(p):
    """(drive, path): POSIX has no drives, so the drive is empty."""
    p = os.fspath(p)
    return p[:0], p


def commonprefix(m):
    """The longest leading part that the strings (or lists) of m share,
    compared item by item: not necessarily a whole component."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    for index, items in enumerate(zip(*m)):
        if any(item != items[0] for item in items):
            return m[0][:index]
    return min(m, key=len)


def commonpath(paths):
    """The longest path made of whole components that all the paths begin
    with."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    _check_arg_types('commonpath', *paths)
    slash, dot, _ = _marks(paths[0])
    rooted = {path.startswith(slash) for path in paths}
    if len(rooted) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    component_lists = [[c for c in path.split(slash) if c and c != dot]
                       for path in paths]
    common = []
    for items in zip(*component_lists):
        if any(item != items[0] for item in items):
            break
        common.append(items[0])
    prefix = slash if rooted.pop() else slash[:0]
    return prefix + slash.join(common)


def normpath(path):
    """path without redundant separators and '.' components, and with
    'x/..' folded, purely on the text (links are not followed)."""
    path = os.fspath(path)
    slash, dot, dotdot = _marks(path)
    if not path:
        return dot
    # POSIX lets two leading slashes mean something else than one; three
    # or more are one
    leading = len(path) - len(path.lstrip(slash))
    if leading != 2:
        leading = min(leading, 1)
    kept = []
    for component in path.split(slash):
        if not component or component == dot:
            continue
        if component == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if leading:
                continue  # nothing is above the root
        kept.append(component)
    return (slash * leading + slash.join(kept)) or dot


def abspath(path):
    """path made absolute (from the working directory) and normalized."""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


def relpath(path, start=None):
    """path relative to start (the working directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    slash, dot, dotdot = _marks(path)
    start = dot if start is None else os.fspath(start)
    _check_arg_types('relpath', path, start)
    from_parts = [c for c in abspath(start).split(slash) if c]
    to_parts = [c for c in abspath(path).split(slash) if c]
    shared = len(commonprefix([from_parts, to_parts]))
    steps = [dotdot] * (len(from_parts) - shared) + to_parts[shared:]
    return join(*steps) if steps else dot


# --- expansion -------------------------------------------------------------------

def expanduser(path):
    """A leading '~' replaced by $HOME. '~user' is left as it is: atoll has
    no password database."""
    path = os.fspath(path)
    slash = _marks(path)[0]
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end != 1 or 'HOME' not in os.environ:
        return path
    home = os.environ['HOME']
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return (home.rstrip(slash) + path[end:]) or slash


_VARIABLE = None


def expandvars(path):
    """$name and ${name} replaced by the environment variable's value;
    unknown variables are left as they are."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(expandvars(os.fsdecode(path)))
    if '$' not in path:
        return path
    global _VARIABLE
    if _VARIABLE is None:
        import re  # only when needed: re is slow to import
        _VARIABLE = re.compile(r'\$([A-Za-z0-9_]+|\{[^}]*\})')

    def value(match):
        name = match.group(1)
        if name.startswith('{'):
            name = name[1:-1]
        return os.environ.get(name, match.group(0))

    return _VARIABLE.sub(value, path)


# --- the file system ---------------------------------------------------------------

def _mode_or_none(path, follow=True):
    try:
        return (os.stat(path) if follow else os.lstat(path)).st_mode
    except (OSError, ValueError):
        # a missing file, or a name the system cannot take (a NUL in it)
        return None


def exists(path):
    """Whether path names an existing file (False for a dangling link)."""
    return _mode_or_none(path) is not None


def lexists(path):
    """Whether path names an existing file or link, even dangling."""
    return _mode_or_none(path, follow=False) is not None


def isdir(s):
    """Whether s is a directory (after links)."""
    mode = _mode_or_none(s)
    return mode is not None and stat.S_ISDIR(mode)


def isfile(path):
    """Whether path is a regular file (after links)."""
    mode = _mode_or_none(path)
    return mode is not None and stat.S_ISREG(mode)


def islink(path):
    """Whether path is a symbolic link."""
    mode = _mode_or_none(path, follow=False)
    return mode is not None and stat.S_ISLNK(mode)


def ismount(path):
    """Whether path is a mount point: its parent is on another device, or
    is the same directory (the root)."""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    try:
        parent = os.lstat(realpath(join(path, _marks(path)[2])))
    except (OSError, ValueError):
        return False
    return here.st_dev != parent.st_dev or here.st_ino == parent.st_ino


def getsize(filename):
    """The size of the file, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of the file's last modification, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time of the file's last access, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The time of the file's last metadata change, from os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors are open on the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


# --- realpath ------------------------------------------------------------------------

class _LinkDone:
    """Marks, among the components still to walk, where the target of a
    link ends: the path reached then is that link's resolution."""

    def __init__(self, link):
        self.link = link


def _parent(resolved, dotdot):
    if not resolved:
        return dotdot
    head, last = _cut(resolved)
    # a relative path made of '..' only grows
    return join(resolved, dotdot) if last == dotdot else head


def _resolve_links(path, strict):
    """path with its symbolic links replaced by their targets, component
    by component; (the partly resolved path, False) on a link loop."""
    slash, dot, dotdot = _marks(path)
    resolved = slash if isabs(path) else path[:0]
    pending = path.split(slash)[::-1]  # a stack: the next component last
    resolutions = {}  # link -> its resolution, None while it is resolved
    while pending:
        name = pending.pop()
        if isinstance(name, _LinkDone):
            resolutions[name.link] = resolved
            continue
        if not name or name == dot:
            continue
        if name == dotdot:
            resolved = _parent(resolved, dotdot)
            continue
        candidate = join(resolved, name)
        try:
            is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            resolved = candidate
        elif candidate in resolutions:
            if resolutions[candidate] is None:
                # a loop: strict raises ELOOP, else the rest stays unresolved
                if strict:
                    os.stat(candidate)
                rest = [c for c in reversed(pending) if not isinstance(c, _LinkDone)]
                return join(candidate, slash.join(rest)), False
            resolved = resolutions[candidate]
        else:
            resolutions[candidate] = None
            target = os.readlink(candidate)
            if isabs(target):
                resolved = slash
            pending.append(_LinkDone(candidate))
            pending.extend(target.split(slash)[::-1])
    return resolved, True


def realpath(filename, *, strict=False):
    """The absolute path of filename with no symbolic links in it; with
    strict, a missing component or a link loop raises OSError."""
    filename = os.fspath(filename)
    return abspath(_resolve_links(filename, strict)[0])
