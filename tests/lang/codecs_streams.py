# StreamReader/StreamWriter over io.BytesIO, StreamReaderWriter, codecs.open
# of a temporary file, EncodedFile.
import codecs
import io
import os
import tempfile

text = 'first line\nsecond \xe9\u20ac line\r\nthird \U0001f600\rfourth\n\nlast without end'

for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-be', 'utf-32-le', 'latin-1']:
    sample = text if enc != 'latin-1' else text.encode('latin-1', 'replace').decode('latin-1')
    buf = io.BytesIO()
    w = codecs.getwriter(enc)(buf)
    w.write(sample[:15])
    w.write(sample[15:])
    w.writelines(['!', '?'])
    raw = buf.getvalue()
    print(enc, raw[:20], len(raw))
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  read(5):', repr(r.read(5)), 'read(-1, 3):', repr(r.read(-1, 3)))
    print('  readline:', repr(r.readline()), repr(r.readline(keepends=False)))
    print('  rest:', repr(r.read()))
    print('  at end:', repr(r.read()), repr(r.readline()))
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  lines:', list(r))
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  readlines:', r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  readlines(keepends=False):', r.readlines(keepends=False))
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  small reads:', [r.read(2, 1) for _ in range(6)])
    r.seek(0)
    print('  after seek:', repr(r.readline()))
    print('  readline(4):', repr(r.readline(4)))

print('errors in streams')
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\nbad \xff here\n'))
try:
    r.readline()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\nline two\n' + b'x' * 100 + b'\xff'))
print(repr(r.readline()), repr(r.readline()))
try:
    r.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\nbad \xff here\n'), 'replace')
print(r.readlines())
r = codecs.getreader('utf-8')(io.BytesIO(b'cut \xe2\x82'))
print(repr(r.read()), r.bytebuffer)
r = codecs.getreader('utf-16')(io.BytesIO(b'a\x00b\x00'))
try:
    r.read()
except UnicodeError as e:
    print(type(e).__name__ + ':', e)
w = codecs.getwriter('ascii')(io.BytesIO(), 'xmlcharrefreplace')
w.write('caf\xe9')
print(w.getvalue(), w.errors)
w = codecs.getwriter('ascii')(io.BytesIO())
try:
    w.write('caf\xe9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)

print('StreamReaderWriter')
buf = io.BytesIO()
info = codecs.lookup('utf-16')
rw = codecs.StreamReaderWriter(buf, info.streamreader, info.streamwriter)
rw.write('one\ntwo\n')
print(buf.getvalue())
rw.seek(0)
print(repr(rw.readline()), rw.readlines())
with codecs.StreamReaderWriter(io.BytesIO(b'x\ny'), info.streamreader, info.streamwriter) as rw2:
    print(rw2.closed)
print(rw2.closed)

print('codecs.open')
tmpdir = tempfile.mkdtemp()
path = os.path.join(tmpdir, 'sample.txt')
for enc in ['utf-8', 'utf-16', 'utf-8-sig', 'latin-1', None]:
    with codecs.open(path, 'w', encoding=enc) as f:
        print(enc, type(f).__name__, getattr(f, 'encoding', None) if enc else 'plain', f.mode)
        f.write('h\xe9llo\nw\xf6rld\n' if enc else 'plain text\n')
    with open(path, 'rb') as f:
        print('  bytes:', f.read())
    with codecs.open(path, 'r', enc) as f:
        print('  lines:', f.readlines())
    with codecs.open(path, encoding=enc) as f:
        print('  iter:', [line for line in f])
with codecs.open(path, 'a', 'utf-8') as f:
    f.write('more \u20ac\n')
with codecs.open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', 'ascii', 'replace') as f:
    print(repr(f.read()))
try:
    codecs.open(path, 'r', 'no-such-encoding')
except LookupError as e:
    print('LookupError:', e)
try:
    codecs.open(os.path.join(tmpdir, 'missing', 'x.txt'), 'r', 'utf-8')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.strerror)
os.remove(path)
os.rmdir(tmpdir)

print('EncodedFile')
buf = io.BytesIO('d\xe9j\xe0'.encode('latin-1'))
ef = codecs.EncodedFile(buf, 'utf-8', 'latin-1')
print(ef.read())
ef.write('\xfc'.encode('utf-8'))
print(buf.getvalue())
