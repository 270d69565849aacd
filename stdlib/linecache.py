"""linecache: the lines of source files, read once and kept.

cache maps a file name to (size, mtime, lines, full path) as CPython keeps
it, so code that registers generated source there (mtime None) works; a
1-tuple holding a function that returns the source is a lazy entry, made
by lazycache. atoll reads files as UTF-8 (it has no tokenize module)."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of a file, with its newline; '' if there is
    no such line or file."""
    lines = getlines(filename, module_globals)
    if 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of a file, read now unless they are cached already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _pseudo(filename):
    """'<stdin>', '<string>' and the like name no file."""
    return filename.startswith('<') and filename.endswith('>')


def _changed(entry):
    """Whether the file a cache entry was read from is gone or different."""
    size, mtime, _, fullname = entry
    try:
        now = os.stat(fullname)
    except (OSError, ValueError):
        return True
    return (size, mtime) != (now.st_size, now.st_mtime)


def checkcache(filename=None):
    """Drop the cached files (or just filename) that changed on disk since
    they were read. Lazy entries and registered source (no mtime) stay."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue
        if _changed(entry):
            cache.pop(name, None)


def _stat(path):
    """(path, its stat) or None when there is no such file."""
    try:
        return path, os.stat(path)
    except (OSError, ValueError):
        return None


def _search_path(filename):
    """(full path, stat) of a relative name in the first directory of
    sys.path that has it, or None."""
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if isinstance(folder, str):
            found = _stat(os.path.join(folder, filename))
            if found is not None:
                return found
    return None


def _ended(lines):
    # every line ends with a newline, the last one too
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


_NO_SOURCE = object()


def _from_loader(filename, module_globals):
    """The lines of filename from its lazy entry (made now from
    module_globals if need be): [] when the loader has no source for it,
    _NO_SOURCE when there is no loader to ask or it failed."""
    if not lazycache(filename, module_globals):
        return _NO_SOURCE
    try:
        text = cache[filename][0]()
    except (ImportError, OSError):
        return _NO_SOURCE
    if text is None:
        return []
    lines = _ended(text.splitlines(True))
    cache[filename] = (len(text), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Read a file into the cache again and return its lines ([] when it
    cannot be read). A name that is no file may get its source from the
    loader in module_globals, or be found in a directory of sys.path."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if not filename or _pseudo(filename):
        return []
    found = _stat(filename)
    if found is None:
        lines = _from_loader(filename, module_globals)
        if lines is not _NO_SOURCE:
            return lines
        found = _search_path(filename)
    if found is None:
        return []
    fullname, stat = found
    try:
        with open(fullname, encoding='utf-8') as source:
            lines = _ended(source.readlines())
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    cache[filename] = (stat.st_size, stat.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Note where the source of filename can be had (the get_source of
    the loader in module_globals) without reading it yet. True when the
    cache has such a lazy entry for it now."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or _pseudo(filename) or not module_globals:
        return False
    name = module_globals.get('__name__')
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
