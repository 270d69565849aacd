# fileinput: several files as one stream, counters, in-place rewriting, hooks
import fileinput
import os
import sys
import tempfile

d = tempfile.mkdtemp()
def path(name):
    return os.path.join(d, name)
def make(name, text):
    with open(path(name), 'w') as f:
        f.write(text)
    return path(name)
def base(p):
    return None if p is None else os.path.basename(p)

a = make('a.txt', 'one\ntwo\nthree\n')
b = make('b.txt', 'four\nfive')
e = make('empty.txt', '')
c = make('c.txt', 'six\n')

for line in fileinput.input([a, e, b, c]):
    print(base(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() >= 0, repr(line))
print(base(fileinput.filename()), fileinput.lineno(), fileinput.fileno())
fileinput.close()
try:
    fileinput.filename()
except RuntimeError as ex:
    print('RuntimeError', ex)

# nextfile skips the rest of a file; the global state refuses a second input()
fi = fileinput.input(files=(a, b))
print(fi.filename(), fi.lineno(), fi.fileno())
for line in fi:
    print(base(fi.filename()), fi.lineno(), repr(line))
    if fi.filelineno() == 1 and base(fi.filename()) == 'a.txt':
        fileinput.nextfile()
        try:
            fileinput.input([a])
        except RuntimeError as ex:
            print('RuntimeError', ex)
fileinput.close()
fileinput.close()

# the class, as a context manager, with readline and a single path
with fileinput.FileInput(a) as f:
    print(repr(f.readline()), repr(f.readline()), f.lineno(), f.isfirstline())
    print(list(f))
    print(repr(f.readline()), f.lineno(), f.filelineno())
with fileinput.FileInput([b], mode='rb') as f:
    print(list(f))
with fileinput.FileInput([e]) as f:
    print(list(f), repr(f.readline()))

# standard input as '-' (empty here) and the default of sys.argv[1:]
with fileinput.FileInput(['-', c]) as f:
    for line in f:
        print(f.filename() == '<stdin>', f.isstdin(), base(f.filename()), repr(line))
saved = sys.argv
sys.argv = ['prog', c, a]
with fileinput.input() as f:
    print([base(f.filename()) + ':' + line.strip() for line in f])
sys.argv = saved

# in place: print() writes the new file; the backup goes unless kept
with fileinput.input([a, b], inplace=True) as f:
    for line in f:
        print(f.filelineno(), line.upper(), end='')
print(open(a).read(), open(b).read(), sep='|')
print(sorted(os.listdir(d)))
with fileinput.input(c, inplace=True, backup='.orig') as f:
    for line in f:
        sys.stdout.write('#' + line)
print(repr(open(c).read()), repr(open(c + '.orig').read()))
print(sorted(os.listdir(d)))

# hooks and errors
seen = []
def hook(name, mode):
    seen.append((base(name), mode))
    return open(name, mode)
with fileinput.input([a], openhook=hook) as f:
    print(len(list(f)), seen)
u = path('u.txt')
with open(u, 'w', encoding='latin-1') as f:
    f.write('caf\xe9\n')
with fileinput.input([u], openhook=fileinput.hook_encoded('latin-1')) as f:
    print(list(f))
with fileinput.input([u], encoding='latin-1') as f:
    print(list(f))
for kwargs in [dict(mode='w'), dict(mode='rU'), dict(openhook=hook, inplace=True), dict(openhook=5)]:
    try:
        fileinput.FileInput([a], **kwargs)
    except ValueError as ex:
        print('ValueError', ex)
try:
    for line in fileinput.input([path('missing.txt')]):
        pass
except FileNotFoundError as ex:
    print('FileNotFoundError', ex.errno, base(ex.filename))
fileinput.close()

for name in sorted(os.listdir(d)):
    os.remove(path(name))
os.rmdir(d)
