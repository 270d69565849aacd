# split/rsplit with any negative maxsplit split without limit (INT64_MIN too)
for m in (-1, -5, -2**63, 0, 1, 2):
    print(m, 'a b  c'.split(None, m), 'a b  c'.rsplit(None, m), 'a,b,c'.split(',', m), 'a,b,c'.rsplit(',', m),
          b'a b c'.split(maxsplit=m), b'a,b'.rsplit(b',', m), bytearray(b'x y').split(None, m))
try:
    'a'.split(maxsplit=2**63)
except OverflowError as e:
    print('OverflowError', e)
