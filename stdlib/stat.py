"""stat: the bits of st_mode (Linux values) and the helpers that read them,
with the names CPython's stat module exports."""

# indexes of the fields of an os.stat() result seen as a tuple
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID = 0, 1, 2, 3, 4, 5
ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = 6, 7, 8, 9

# file types (the S_IFMT field of a mode)
S_IFIFO = 0o010000
S_IFCHR = 0o020000
S_IFDIR = 0o040000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts: no such files on Linux
S_IFDOOR = S_IFPORT = S_IFWHT = 0

# set-id, sticky and permission bits
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
# the old Unix V7 names
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# BSD st_flags: settable by the owner (UF_) or only by the superuser (SF_)
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# Windows file attributes (st_file_attributes)
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


def S_IMODE(mode):
    """The permission, set-id and sticky bits of mode (what chmod sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return mode & 0o170000


def S_ISDIR(mode):
    """Whether mode is a directory's."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Whether mode is a character device's."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Whether mode is a block device's."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Whether mode is a regular file's."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Whether mode is a named pipe's."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Whether mode is a symbolic link's."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Whether mode is a socket's."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Always False: Linux has no doors."""
    return False


def S_ISPORT(mode):
    """Always False: Linux has no event ports."""
    return False


def S_ISWHT(mode):
    """Always False: Linux has no whiteouts."""
    return False


_TYPE_LETTER = {S_IFREG: '-', S_IFDIR: 'd', S_IFLNK: 'l', S_IFCHR: 'c',
                S_IFBLK: 'b', S_IFIFO: 'p', S_IFSOCK: 's'}


def _permission_letters(mode, shift, special, special_letter):
    """'rwx' for one class of users (the bits at shift), the 'x' replaced by
    the letter of the special bit when it is set (upper case without x)."""
    read = 'r' if mode & (4 << shift) else '-'
    write = 'w' if mode & (2 << shift) else '-'
    can_exec = mode & (1 << shift)
    if mode & special:
        execute = special_letter if can_exec else special_letter.upper()
    else:
        execute = 'x' if can_exec else '-'
    return read + write + execute


def filemode(mode):
    """mode as ls -l shows it, e.g. '-rwxr-xr-x'."""
    return (_TYPE_LETTER.get(S_IFMT(mode), '?')
            + _permission_letters(mode, 6, S_ISUID, 's')
            + _permission_letters(mode, 3, S_ISGID, 's')
            + _permission_letters(mode, 0, S_ISVTX, 't'))
