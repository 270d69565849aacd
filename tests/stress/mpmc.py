# 8 producers x 8 consumers, 100,000 messages each producer, through one
# channel (buffered, then rendezvous), producers and consumers spread over 8
# interpreters: every message is received exactly once (count, sum, sum of
# squares and xor of what the consumers got equal those of what was sent).
import subinterpreters as si

PRODUCERS = 8
CONSUMERS = 8
PER_PRODUCER = 100000


def produce(ch, first, n):
    for x in range(first, first + n):
        ch.send(x)
    return n


def consume(ch):
    count = total = squares = xor = 0
    for x in ch:
        count += 1
        total += x
        squares += x * x
        xor ^= x
    return (count, total, squares, xor)


def expected(n):
    xor = 0
    for x in range(n):
        xor ^= x
    return (n, n * (n - 1) // 2, (n - 1) * n * (2 * n - 1) // 6, xor)


def run(capacity):
    interps = [si.create() for _ in range(8)]
    ch = si.Channel(capacity)
    consumers = [interps[i % 4].run(consume, ch) for i in range(CONSUMERS)]
    producers = [interps[4 + i % 4].run(produce, ch, i * PER_PRODUCER, PER_PRODUCER) for i in range(PRODUCERS)]
    sent = sum(t.result() for t in producers)
    ch.close()
    got = [t.result() for t in consumers]
    count = sum(g[0] for g in got)
    total = sum(g[1] for g in got)
    squares = sum(g[2] for g in got)
    xor = 0
    for g in got:
        xor ^= g[3]
    for i in interps:
        i.destroy()
    n = PRODUCERS * PER_PRODUCER
    print("capacity", capacity, "sent", sent, "received", count,
          "exactly once:", (count, total, squares, xor) == expected(n),
          "every consumer got some:", all(g[0] > 0 for g in got))


if __name__ == "__main__":
    run(64)
    run(0)
