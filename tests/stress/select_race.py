# Selects meeting selects: senders select over two rendezvous channels a and
# b; half the receivers select over a and c, half over b and d. A receiver
# holding a's lock may find a sender's waiter ready there while another
# receiver, holding b's, claims that same sender: the first must then pick
# again or wait, not lose the value or report CLOSED. Every value must
# arrive exactly once.
import subinterpreters as si

SENDERS = 4
RECEIVERS = 4
EACH = 20000


def send_all(a, b, base):
    for i in range(EACH):
        si.select((a, base + i), (b, base + i))
    return EACH


def receive_all(x, y):
    count = total = 0
    while True:
        ch, v = si.select(x, y)
        if v is si.CLOSED:
            return count, total
        count += 1
        total += v


if __name__ == "__main__":
    a, b, c, d = si.Channel(), si.Channel(), si.Channel(), si.Channel()
    interps = [si.create() for _ in range(SENDERS + RECEIVERS)]
    receivers = [interps[i].run(receive_all, *((a, c) if i % 2 else (b, d))) for i in range(RECEIVERS)]
    senders = [interps[RECEIVERS + i].run(send_all, a, b, i * EACH) for i in range(SENDERS)]
    sent = sum(t.result() for t in senders)
    for ch in (a, b, c, d):
        ch.close()
    results = [t.result() for t in receivers]
    n = SENDERS * EACH
    print("sent", sent)
    print("received", sum(c for c, _ in results))
    print("sum right", sum(s for _, s in results) == n * (n - 1) // 2)
    for i in interps:
        i.destroy()
