# Operations on closed files raise ValueError with the messages of CPython (buffered
# binary files name the operation); none of them touches the closed stream.
for mode in ['r', 'rb', 'w', 'wb']:
    f = open('/dev/null', mode); f.close()
    out = []
    for m in ['read','readline','readlines','write','flush','fileno','seek','tell','isatty','__next__']:
        try:
            a = ((b'x' if 'b' in mode else 'x'),) if m=='write' else (0,) if m=='seek' else ()
            getattr(f,m)(*a); out.append(m + ' ok')
        except Exception as e: out.append('%s %s %s' % (m, type(e).__name__, e))
    print(mode, out)
