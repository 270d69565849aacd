"""filecmp: compare files and directories, with the interface of CPython
3.11's filecmp.

cmp() calls two regular files equal when (shallow) their type, size and
modification time agree, or else when their bytes do; results of byte
comparisons are cached by name and signature. dircmp compares two
directories lazily: each group of attributes is computed by one step the
first time any of them is read, the later steps building on the earlier.
"""

import os
import stat

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs',
                   '__pycache__']

_cache = {}         # (f1, f2, sig1, sig2) -> outcome of a byte comparison
_CACHE_LIMIT = 100


def clear_cache():
    """Forgets the outcomes of earlier byte comparisons."""
    _cache.clear()


def _signature(path):
    info = os.stat(path)
    return stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime


def cmp(f1, f2, shallow=True):
    """Whether two files are equal: True for regular files whose type, size
    and mtime match when shallow; otherwise their contents decide."""
    sig1, sig2 = _signature(f1), _signature(f2)
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_bytes(f1, f2)
        if len(_cache) > _CACHE_LIMIT:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_bytes(f1, f2):
    with open(f1, 'rb') as one, open(f2, 'rb') as two:
        while True:
            block = one.read(BUFSIZE)
            if block != two.read(BUFSIZE):
                return False
            if not block:
                return True


def _outcome(a, b, shallow):
    """0 for equal files, 1 for different ones, 2 when one cannot be read."""
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compares the files named in common in directories a and b; returns
    (equal, different, trouble) lists of names."""
    groups = ([], [], [])
    for name in common:
        where = _outcome(os.path.join(a, name), os.path.join(b, name),
                         shallow)
        groups[where].append(name)
    return groups


def _listing(path, skip):
    return sorted(name for name in os.listdir(path) if name not in skip)


class dircmp:
    """dircmp(a, b, ignore=None, hide=None): compares directories a and b.

    Attributes, each computed when first read:
      left_list, right_list  the names in each, less hide and ignore
      common, left_only, right_only
      common_dirs, common_files, common_funny (types differ or stat fails)
      same_files, diff_files, funny_files (shallow cmp of common_files)
      subdirs  {name: dircmp} of common_dirs
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = _listing(self.left, skip)
        self.right_list = _listing(self.right, skip)

    def phase1(self):
        # names are matched after os.path.normcase; each side keeps its own
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [n for k, n in left.items() if k in right]
        self.left_only = [n for k, n in left.items() if k not in right]
        self.right_only = [n for k, n in right.items() if k not in left]

    def phase2(self):
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            try:
                kind_a = stat.S_IFMT(
                    os.stat(os.path.join(self.left, name)).st_mode)
                kind_b = stat.S_IFMT(
                    os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2,
                     common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        step = self.methodmap.get(attr)
        if step is None:
            raise AttributeError(attr)
        step(self)
        return getattr(self, attr)

    def report(self):
        """Prints what differs between the two directories."""
        print('diff', self.left, self.right)
        for names, label in ((self.left_only, ('Only in', self.left, ':')),
                             (self.right_only, ('Only in', self.right, ':')),
                             (self.same_files, ('Identical files :',)),
                             (self.diff_files, ('Differing files :',)),
                             (self.funny_files,
                              ('Trouble with common files :',)),
                             (self.common_dirs, ('Common subdirectories :',)),
                             (self.common_funny, ('Common funny cases :',))):
            if names:
                names.sort()
                print(*label, names)

    def report_partial_closure(self):
        """report(), then the report of each common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report(), then the same for every common subdirectory, deeply."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
