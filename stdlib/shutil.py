"""shutil: whole-file and whole-tree operations (copy, move, remove), which
and get_terminal_size, with CPython 3.11's interface. Archives, disk_usage
and chown are not provided."""

import os
import sys
import stat
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "which", "ignore_patterns", "get_terminal_size",
           "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """A copy whose source and destination are one file."""


class SpecialFileError(OSError):
    """An operation that a special file (a named pipe) does not allow."""


class ExecError(OSError):
    """A command that could not run."""


class ReadError(OSError):
    """An archive that could not be read."""


class RegistryError(Exception):
    """A failed change to the archive format registries."""


# --- files ------------------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object fsrc into file object fdst, by chunks."""
    size = length or COPY_BUFSIZE
    chunk = fsrc.read(size)
    while chunk:
        fdst.write(chunk)
        chunk = fsrc.read(size)


def _same_file(a, b):
    # a file that does not exist is no other one
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _refuse_named_pipe(path):
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # the destination need not exist yet
    if stat.S_ISFIFO(mode):
        # a DirEntry is reported by its path
        raise SpecialFileError("`%s` is a named pipe" % getattr(path, 'path', path))


def _copy_contents(src, dst):
    with open(src, 'rb') as source:
        try:
            sink = open(dst, 'wb')
        except IsADirectoryError as err:
            # open() blames a missing parent directory on the file name
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from err
        with sink:
            copyfileobj(source, sink)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file src to dst and return dst; with
    follow_symlinks false, a symbolic link src is copied as a link."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_named_pipe(src)
    _refuse_named_pipe(dst)
    if not follow_symlinks and os.path.islink(src):
        target = os.readlink(src)
        os.symlink(target, dst)
    else:
        _copy_contents(src, dst)
    return dst


def _both_links(src, dst, follow_symlinks):
    # Linux cannot change a link's own mode or times from here: leave them
    return not follow_symlinks and os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if _both_links(src, dst, follow_symlinks):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and access and modification times of src."""
    if _both_links(src, dst, follow_symlinks):
        return
    info = os.stat(src)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _target_in(src, dst):
    """dst, or the entry named like src inside dst when it is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def _copy_file_and(copy_metadata, src, dst, follow):
    dst = _target_in(src, dst)
    copyfile(src, dst, follow_symlinks=follow)
    copy_metadata(src, dst, follow_symlinks=follow)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy the contents and permission bits of src, like cp; dst may be a
    directory. Returns the path of the new file."""
    return _copy_file_and(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """copy() that also keeps the access and modification times."""
    return _copy_file_and(copystat, src, dst, follow_symlinks)


# --- trees --------------------------------------------------------------------------

def ignore_patterns(*patterns):
    """An ignore function for copytree() that skips the names matching any
    of the glob patterns."""
    def ignored(directory, names):
        return {name for name in names
                if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return ignored


class _TreeCopy(object):
    """The options of one copytree() call, and the errors it met so far."""

    def __init__(self, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                 dirs_exist_ok):
        self.symlinks = symlinks
        self.ignore = ignore
        self.copy_function = copy_function
        self.skip_dangling = ignore_dangling_symlinks
        self.dirs_exist_ok = dirs_exist_ok
        self.errors = []

    def directory(self, src, dst):
        names = os.listdir(src)
        skipped = self.ignore(os.fspath(src), names) if self.ignore is not None else ()
        os.makedirs(dst, exist_ok=self.dirs_exist_ok)
        for name in names:
            if name in skipped:
                continue
            src_entry, dst_entry = os.path.join(src, name), os.path.join(dst, name)
            try:
                self.entry(src_entry, dst_entry)
            except Error as err:
                # a nested copytree() (from a copy_function) lists its own
                self.errors.extend(err.args[0])
            except OSError as err:
                self.errors.append((src_entry, dst_entry, str(err)))
        try:
            copystat(src, dst)
        except OSError as err:
            self.errors.append((src, dst, str(err)))

    def entry(self, src, dst):
        if os.path.islink(src):
            target = os.readlink(src)
            if self.symlinks:
                os.symlink(target, dst)
                copystat(src, dst, follow_symlinks=False)
                return
            if self.skip_dangling and not os.path.exists(target):
                return
        if os.path.isdir(src):
            self.directory(src, dst)
        else:
            self.copy_function(src, dst)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst, which is returned. The failures
    of single entries are raised at the end, together, as one Error of
    (source, destination, message) triples."""
    job = _TreeCopy(symlinks, ignore, copy_function, ignore_dangling_symlinks,
                    dirs_exist_ok)
    job.directory(src, dst)
    if job.errors:
        raise Error(job.errors)
    return dst


def _remove_tree(path, onerror):
    """Remove what is inside path, then path; each failure goes to onerror."""
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        entry = os.path.join(path, name)
        try:
            # a link to a directory is removed, never followed
            descend = not os.path.islink(entry) and os.path.isdir(entry)
        except OSError:
            descend = False
        if descend:
            _remove_tree(entry, onerror)
            continue
        try:
            os.unlink(entry)
        except OSError:
            onerror(os.unlink, entry, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _ignore_failure(function, path, exc_info):
    pass


def _reraise_failure(function, path, exc_info):
    raise  # called while the failure is being handled: re-raise it as is


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove the directory tree path. A failure is ignored with
    ignore_errors, else passed to onerror(function, path, sys.exc_info())
    when given, else raised."""
    if ignore_errors:
        onerror = _ignore_failure
    elif onerror is None:
        onerror = _reraise_failure
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    if stat.S_ISLNK(mode):
        # removing through a link would empty a directory outside the tree
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
            return
    _remove_tree(path, onerror)


def _inside(src, dst):
    """Whether dst lies in the directory src (or is src)."""
    src_dir = os.path.join(os.path.abspath(src), '')
    dst_dir = os.path.join(os.path.abspath(dst), '')
    return dst_dir.startswith(src_dir)


def _move_by_copy(src, target, dst, copy_function):
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself"
                        " '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into it when it is a directory): renamed
    when possible, else copied and removed. Returns the new path."""
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # one directory under two spellings (case-insensitive systems)
            os.rename(src, dst)
            return
        # 'a/b/' moves as 'b'
        name = os.path.basename(os.fspath(src).rstrip(os.sep))
        target = os.path.join(dst, name)
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
    except OSError:
        # another file system, most likely
        _move_by_copy(src, target, dst, copy_function)
    return target


# --- the environment --------------------------------------------------------------

def _positive_env_int(name):
    try:
        return int(os.environ[name])
    except (ValueError, KeyError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): from the COLUMNS and LINES environment
    variables, else from the terminal of stdout, else fallback."""
    columns = _positive_env_int('COLUMNS')
    lines = _positive_env_int('LINES')
    if min(columns, lines) <= 0:
        try:
            asked = os.get_terminal_size(sys.__stdout__.fileno())
        except (OSError, AttributeError, ValueError):
            # no terminal (atoll's os cannot ask one either)
            asked = os.terminal_size(fallback)
        if columns <= 0:
            columns = asked.columns or fallback[0]
        if lines <= 0:
            lines = asked.lines or fallback[1]
    return os.terminal_size([columns, lines])


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def _search_path(path, cmd):
    """The directories of a PATH-like value, as str or bytes like cmd."""
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (ValueError, AttributeError):
                path = os.defpath
    if not path:
        return []
    if isinstance(cmd, bytes):
        return os.fsencode(path).split(os.fsencode(os.pathsep))
    return os.fsdecode(path).split(os.pathsep)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the command cmd found in the directories of PATH (or
    path) with the access mode, or None."""
    if os.path.dirname(cmd):
        # a path is checked as given, not searched
        return cmd if _runnable(cmd, mode) else None
    tried = set()
    for directory in _search_path(path, cmd):
        key = os.path.normcase(directory)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None
