# str and bytes hash as CPython's do with PYTHONHASHSEED=0 (SipHash-1-3 of
# the code units: one, two or four bytes each), so sets of strings iterate
# in CPython's order.
samples = ['', 'a', 'abc', 'abcdefgh', 'abcdefghi', 'é', 'café', 'ĀĂ', '日本語',
           '😀x', 'x' * 300 + 'é', 'y' * 300 + '日', b'', b'abc', b'\xe9\xff', b'12345678']
for x in samples:
    print(ascii(x)[:24], hash(x))
print(hash('abc') == hash(b'abc'), hash('é') == hash(b'\xe9'), hash('日') == hash('日'.encode()))
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'})
print(set('hello world'))
print({'é', 'ü', 'a', 'Z', '日'})
print(frozenset({b'x', b'yy', b'zzz'}))
print({w: len(w) for w in 'the quick brown fox'.split()}.keys())
print(sorted({'b', 'a'}) == ['a', 'b'], hash(('a', 1)))
