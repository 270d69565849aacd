# stat: every constant, filemode and the S_IS* predicates on each file type
import stat
names = sorted(n for n in dir(stat) if not n.startswith('_') and n.isupper())
print([(n, getattr(stat, n)) for n in names if isinstance(getattr(stat, n), int)])
for m in [0o170777, 0o104755, 0o041000, 0, 0o120777, 0o140644, 0o060660, 0o020620, 0o010600, 0o102644, 0o103777, 0o047777, 0o040001]:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), [f(m) for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT)])
