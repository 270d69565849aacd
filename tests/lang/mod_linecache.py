# linecache: reading and caching, checkcache, registered and lazy source, sys.path
import linecache, os, sys, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'src.py')
with open(path, 'w') as f:
    f.write('first = 1\n\x0csecond = 2\nthird = 3')
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)), repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 4)), repr(linecache.getline(path, -1)))
size, mtime, lines, full = linecache.cache[path]
print(size, type(mtime).__name__, lines, full == path)
print(linecache.getlines(path) is lines)
linecache.checkcache(path); print(path in linecache.cache)
with open(path, 'w') as f:
    f.write('changed and longer\n' * 3)
print(repr(linecache.getline(path, 1)))
linecache.checkcache(); print(path in linecache.cache, repr(linecache.getline(path, 1)))
os.remove(path)
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path); print(path in linecache.cache, repr(linecache.getline(path, 1)), path in linecache.cache)
print(linecache.getlines('<string>'), linecache.getlines(''), linecache.getline('/no/such/file.py', 1) == '', linecache.updatecache('<stdin>'))
# generated source registered by hand survives checkcache
src = 'def gen():\n    return 42\n'
linecache.cache['<generated>'] = (len(src), None, src.splitlines(True), '<generated>')
linecache.checkcache()
print(repr(linecache.getline('<generated>', 2)))
# lazy entries: the loader's get_source is called only when the lines are needed
class Loader:
    calls = 0
    def get_source(self, name):
        Loader.calls += 1
        return None if name == 'nothing' else 'lazy %s line 1\nline 2' % name
g = {'__name__': 'mymod', '__loader__': Loader()}
print(linecache.lazycache('mymod.py', g), Loader.calls, len(linecache.cache['mymod.py']))
print(linecache.lazycache('mymod.py', g), linecache.lazycache('<x>', g), linecache.lazycache('y.py', {}), linecache.lazycache('z.py', {'__name__': 'z'}))
linecache.checkcache(); print(len(linecache.cache['mymod.py']))
print(linecache.getlines('mymod.py'), Loader.calls, linecache.cache['mymod.py'][1])
print(repr(linecache.getline('other.py', 1, {'__name__': 'other', '__loader__': Loader()})))
print(linecache.getlines('none.py', {'__name__': 'nothing', '__loader__': Loader()}), Loader.calls)
class Spec: loader = Loader()
print(repr(linecache.getline('spec.py', 2, {'__name__': 'spec', '__spec__': Spec()})))
# relative names are looked for in sys.path
with open(os.path.join(d, 'rel.py'), 'w') as f:
    f.write('relative\n')
sys.path.insert(0, d)
print(repr(linecache.getline('rel.py', 1)), linecache.cache['rel.py'][3] == os.path.join(d, 'rel.py'))
sys.path.pop(0)
linecache.clearcache(); print(linecache.cache)
os.remove(os.path.join(d, 'rel.py')); os.rmdir(d)
