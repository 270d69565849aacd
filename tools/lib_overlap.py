"""lib_overlap.py [FILE...] - how much of atoll's Python library follows CPython's text.

For each stdlib/ file (default: all of them), the share of its stripped lines
longer than 25 characters that also occur in the CPython 3.11 module of the
same name (from the python3 running this). Signatures and error messages make
some overlap unavoidable; a high share means the module was written from
CPython's source, which the project does not do (see stdlib/NOTICE-PSF.txt).
Only figures are printed, never CPython's text."""
import glob
import os
import sys
import sysconfig

LIB = sysconfig.get_paths()['stdlib']


def long_lines(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return [line.strip() for line in f if len(line.strip()) > 25]


def main(paths):
    for path in paths:
        rel = path.split('stdlib/', 1)[-1]
        theirs = os.path.join(LIB, rel)
        if not os.path.exists(theirs):
            continue
        ours = long_lines(path)
        shared = set(long_lines(theirs))
        same = sum(1 for line in ours if line in shared)
        print(f"{rel:32s} {same:5d}/{len(ours):<5d} {same / max(1, len(ours)):4.0%}")


if __name__ == '__main__':
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    main(sys.argv[1:] or sorted(glob.glob('stdlib/**/*.py', recursive=True)))
