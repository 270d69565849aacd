# select picks uniformly among ready cases: 4 channels kept always ready,
# 40,000 selects, each channel chosen 20-30% of the time; the same with
# send cases, and with the selects spread over tasks of 4 interpreters.
import subinterpreters as si

ROUNDS = 40000


def recv_cases(rounds):
    chans = [si.Channel(1) for _ in range(4)]
    for i, c in enumerate(chans):
        c.send(i)
    counts = [0, 0, 0, 0]
    for _ in range(rounds):
        c, v = si.select(*chans)
        counts[v] += 1
        c.send(v)                  # ready again
    return counts


def send_cases(rounds):
    chans = [si.Channel(1) for _ in range(4)]
    counts = [0, 0, 0, 0]
    for _ in range(rounds):
        c, v = si.select((chans[0], 0), (chans[1], 1), (chans[2], 2), (chans[3], 3))
        counts[c.recv()] += 1      # empty again
    return counts


def fair(counts, rounds):
    return all(0.20 * rounds <= n <= 0.30 * rounds for n in counts) and sum(counts) == rounds


if __name__ == "__main__":
    print("receive cases fair", fair(recv_cases(ROUNDS), ROUNDS))
    print("send cases fair", fair(send_cases(ROUNDS), ROUNDS))
    interps = [si.create() for _ in range(4)]
    tasks = [i.run(recv_cases, ROUNDS // 4) for i in interps]
    print("in 4 interpreters fair", [fair(t.result(), ROUNDS // 4) for t in tasks])
    for i in interps:
        i.destroy()
