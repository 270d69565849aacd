# Generator pipelines: lazy stages, infinite sources, coroutines primed by a decorator, itertools together
import itertools
import functools

LOG = """\
2024-03-01 10:00:01 INFO  web   GET /index 200 12ms
2024-03-01 10:00:02 WARN  db    slow query 850ms
2024-03-01 10:00:02 INFO  web   GET /about 200 8ms
2024-03-01 10:00:05 ERROR web   GET /admin 500 3ms
2024-03-01 10:00:07 INFO  auth  login ok user=ann
2024-03-01 10:00:09 ERROR db    connection reset
2024-03-01 10:00:10 INFO  web   POST /form 201 40ms
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(records):
    for rec in records:
        date, time, level, source, *message = rec.split()
        yield {"time": time, "level": level, "source": source, "message": " ".join(message)}


def only(levels, events):
    return (e for e in events if e["level"] in levels)


def numbered(events, start=1):
    yield from zip(itertools.count(start), events)


for n, e in numbered(only({"WARN", "ERROR"}, parse(lines(LOG)))):
    print(n, e["time"], e["level"], e["source"], e["message"])

by_source = {}
for source, group in itertools.groupby(sorted(parse(lines(LOG)), key=lambda e: e["source"]), key=lambda e: e["source"]):
    by_source[source] = [e["level"] for e in group]
print(by_source)


def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def averager():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def collector(bucket):
    while True:
        bucket.append((yield))


avg = averager()
print([avg.send(v) for v in (10, 20, 60)])
found = []
g = grep("ERROR", collector(found))
for line in lines(LOG):
    g.send(line)
print(len(found), [f.split()[3] for f in found])


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return list(itertools.islice(it, n))


evens = (f for f in fibonacci() if f % 2 == 0)
print(take(8, evens))
print(take(5, itertools.accumulate(fibonacci())))
print(take(4, map(lambda p: p[0] * p[1], zip(fibonacci(), itertools.count(1)))))
windows = (tuple(w) for w in zip(*(itertools.islice(fibonacci(), i, None) for i in range(3))))
print(take(3, windows))
chunks = lambda it, n: iter(lambda: list(itertools.islice(it, n)), [])
print(list(chunks(iter(range(10)), 4)))
print(sum(1 for _ in itertools.takewhile(lambda v: v < 1000, fibonacci())))
