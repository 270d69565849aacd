# secrets: types, lengths and ranges of the random values (never the values
# themselves), and the errors
import secrets
import string

print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY)
import random
print(secrets.SystemRandom is random.SystemRandom)

print(type(secrets.token_bytes()), len(secrets.token_bytes()),
      len(secrets.token_bytes(None)), len(secrets.token_bytes(5)),
      secrets.token_bytes(0))
for n in (None, 0, 1, 2, 3, 16, 31, 32, 33):
    hx = secrets.token_hex(n) if n is not None else secrets.token_hex()
    url = secrets.token_urlsafe(n) if n is not None else secrets.token_urlsafe()
    print(n, type(hx).__name__, len(hx), set(hx) <= set('0123456789abcdef'),
          len(url), set(url) <= set(string.ascii_letters + string.digits + '-_'))

seen = set()
for bound in (1, 2, 3, 7, 10, 255, 256, 257, 2 ** 70, 10 ** 30):
    ok = True
    for _ in range(200):
        v = secrets.randbelow(bound)
        ok = ok and type(v) is int and 0 <= v < bound
        if bound == 3:
            seen.add(v)
    print('randbelow', bound, ok)
print(sorted(seen))

for k in (0, 1, 2, 8, 9, 64, 100):
    vals = [secrets.randbits(k) for _ in range(200)]
    print('randbits', k, all(type(v) is int and 0 <= v < 2 ** k for v in vals),
          k < 8 or max(vals) >= 2 ** (k - 4))

items = ['x', 'y', 'z']
picked = {secrets.choice(items) for _ in range(300)}
print(sorted(picked), secrets.choice('q'), secrets.choice(range(5, 6)))
print(secrets.choice((None,)))

print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest(b'abc', b'abd'),
      secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'', b''),
      secrets.compare_digest(b'ab', b'abc'), secrets.compare_digest(bytearray(b'a'), b'a'))
sr = secrets.SystemRandom()
print(0 <= sr.random() < 1, sr.randint(4, 4), sorted(sr.sample(range(4), 4)))


def attempt(f, *args):
    try:
        print('ok', repr(f(*args)))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)


attempt(secrets.randbelow, 0)
attempt(secrets.randbelow, -5)
attempt(secrets.randbits, -1)
attempt(secrets.choice, [])
attempt(secrets.choice, '')
attempt(secrets.token_bytes, -1)
attempt(secrets.token_hex, -3)
attempt(secrets.token_urlsafe, 0)
attempt(secrets.compare_digest, 'a', b'a')
attempt(secrets.compare_digest, 'é', 'é')
attempt(secrets.compare_digest, 1, 1)
attempt(secrets.compare_digest, b'a', 'a')
attempt(secrets.compare_digest, 'a', 1)
attempt(secrets.compare_digest, b'a', 1)
attempt(secrets.compare_digest, 2, bytearray(b'a'))
