# filecmp: cmp (shallow and deep, the cache), cmpfiles, dircmp and its reports
import filecmp
import os
import tempfile

top = tempfile.mkdtemp()
os.chdir(top)

def make(path, text, mtime=1000000000):
    with open(path, 'w') as f:
        f.write(text)
    os.utime(path, (mtime, mtime))

for d in ['left', 'right', 'left/sub', 'right/sub', 'left/sub/deep', 'right/sub/deep',
          'left/only_dir', 'right/CVS', 'left/mixed']:
    os.makedirs(d)
make('left/same.txt', 'same\n')
make('right/same.txt', 'same\n')
make('left/samebytes.txt', 'abc\n', 1000000000)
make('right/samebytes.txt', 'abc\n', 1000000500)
make('left/diff.txt', 'one\n')
make('right/diff.txt', 'two\n', 1000000100)
make('left/size.txt', 'short\n')
make('right/size.txt', 'longer text\n')
make('left/lonely.txt', 'x')
make('right/other.txt', 'y')
make('right/mixed', 'a file here, a directory on the left')
make('left/tags', 'ignored by default')
make('right/tags', 'ignored by default too')
make('left/sub/s.txt', 's')
make('right/sub/s.txt', 'S')
make('left/sub/deep/d.txt', 'd')
make('right/sub/deep/d.txt', 'd')
make('right/sub/extra', 'e')

print(filecmp.cmp('left/same.txt', 'right/same.txt'))
print(filecmp.cmp('left/samebytes.txt', 'right/samebytes.txt'),
      filecmp.cmp('left/samebytes.txt', 'right/samebytes.txt', shallow=False))
print(filecmp.cmp('left/diff.txt', 'right/diff.txt'), filecmp.cmp('left/diff.txt', 'right/diff.txt', False))
print(filecmp.cmp('left/size.txt', 'right/size.txt', shallow=False))
print(filecmp.cmp('left/sub', 'right/sub'), filecmp.cmp('left/same.txt', 'left/same.txt', shallow=False))
# same size and mtime, different bytes: shallow says equal
make('left/trick', 'aaaa')
make('right/trick', 'bbbb')
print(filecmp.cmp('left/trick', 'right/trick'), filecmp.cmp('left/trick', 'right/trick', shallow=False))
print(len(filecmp._cache) > 0)
filecmp.clear_cache()
print(len(filecmp._cache))
try:
    filecmp.cmp('left/nope', 'right/same.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)

print(filecmp.cmpfiles('left', 'right', ['same.txt', 'diff.txt', 'samebytes.txt', 'nope', 'trick']))
print(filecmp.cmpfiles('left', 'right', ['same.txt', 'samebytes.txt', 'trick'], shallow=False))

dc = filecmp.dircmp('left', 'right')
print(dc.left_list)
print(dc.right_list)
print(dc.common, dc.left_only, dc.right_only)
print(dc.common_dirs, dc.common_files, dc.common_funny)
print(dc.same_files, dc.diff_files, dc.funny_files)
print(sorted(dc.subdirs), type(dc.subdirs['sub']).__name__, dc.subdirs['sub'].left)
try:
    dc.nonsense
except AttributeError as e:
    print('AttributeError', e)
dc.report()
print('--- partial')
dc.report_partial_closure()
print('--- full')
dc.report_full_closure()
print('--- ignore/hide')
dc2 = filecmp.dircmp('left', 'right', ignore=[], hide=['.', '..', 'trick', 'mixed'])
print(dc2.left_list, dc2.right_only)
dc2.report()
print(filecmp.DEFAULT_IGNORES)

class Mine(filecmp.dircmp):
    pass
m = Mine('left', 'right')
print(type(m.subdirs['sub']).__name__, m.subdirs['sub'].subdirs['deep'].same_files)

os.chdir('/')
for root, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(top)
print(os.path.exists(top))
