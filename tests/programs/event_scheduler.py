"""A discrete-event simulation driven by generators: processes are
generator functions that yield commands (wait, acquire/release a resource,
put/get on a queue), a scheduler with a heapq of timed events runs them in
simulated time, and a coffee shop is simulated with customers, baristas
and a limited number of seats."""
import heapq
import random
from collections import deque


class Wait:
    def __init__(self, delay):
        self.delay = delay


class Acquire:
    def __init__(self, resource):
        self.resource = resource


class Release:
    def __init__(self, resource):
        self.resource = resource


class Put:
    def __init__(self, queue, item):
        self.queue = queue
        self.item = item


class Get:
    def __init__(self, queue):
        self.queue = queue


class Resource:
    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.in_use = 0
        self.waiting = deque()
        self.max_waiting = 0


class Store:
    def __init__(self, name):
        self.name = name
        self.items = deque()
        self.getters = deque()


class Process:
    _ids = 0

    def __init__(self, name, gen):
        Process._ids += 1
        self.pid = Process._ids
        self.name = name
        self.gen = gen
        self.result = None

    def __repr__(self):
        return f"<{self.name}#{self.pid}>"


class Simulator:
    def __init__(self, trace=False):
        self.now = 0.0
        self.events = []
        self.seq = 0
        self.trace = trace
        self.finished = []

    def log(self, msg):
        if self.trace:
            print(f"[{self.now:7.2f}] {msg}")

    def spawn(self, name, gen, delay=0.0):
        proc = Process(name, gen)
        self.schedule(proc, None, delay)
        return proc

    def schedule(self, proc, value, delay=0.0):
        self.seq += 1
        heapq.heappush(self.events, (self.now + delay, self.seq, proc, value))

    def step(self, proc, value):
        try:
            cmd = proc.gen.send(value)
        except StopIteration as stop:
            proc.result = stop.value
            self.finished.append(proc)
            return
        if isinstance(cmd, Wait):
            self.schedule(proc, None, cmd.delay)
        elif isinstance(cmd, Acquire):
            r = cmd.resource
            if r.in_use < r.capacity:
                r.in_use += 1
                self.schedule(proc, None)
            else:
                r.waiting.append(proc)
                r.max_waiting = max(r.max_waiting, len(r.waiting))
        elif isinstance(cmd, Release):
            r = cmd.resource
            if r.waiting:
                self.schedule(r.waiting.popleft(), None)
            else:
                r.in_use -= 1
            self.schedule(proc, None)
        elif isinstance(cmd, Put):
            q = cmd.queue
            if q.getters:
                self.schedule(q.getters.popleft(), cmd.item)
            else:
                q.items.append(cmd.item)
            self.schedule(proc, None)
        elif isinstance(cmd, Get):
            q = cmd.queue
            if q.items:
                self.schedule(proc, q.items.popleft())
            else:
                q.getters.append(proc)
        else:
            raise TypeError(f"{proc!r} yielded {cmd!r}")

    def run(self, until=float("inf")):
        while self.events and self.events[0][0] <= until:
            self.now, _, proc, value = heapq.heappop(self.events)
            self.step(proc, value)
        return self.now


def customer(sim, name, counter, orders, seats, rng, stats):
    arrive = sim.now
    sim.log(f"{name} arrives")
    yield Acquire(counter)
    yield Wait(rng.uniform(0.5, 1.5))
    drink = rng.choice(["espresso", "latte", "cappuccino", "tea"])
    done = Store(f"{name}-cup")
    yield Put(orders, (name, drink, done))
    yield Release(counter)
    sim.log(f"{name} ordered {drink}")
    cup = yield Get(done)
    waited = sim.now - arrive
    stats.setdefault("waits", []).append(waited)
    if seats.in_use < seats.capacity:
        yield Acquire(seats)
        sim.log(f"{name} sits with a {cup}")
        yield Wait(rng.uniform(5, 15))
        yield Release(seats)
    else:
        sim.log(f"{name} takes the {cup} away")
        stats["takeaway"] = stats.get("takeaway", 0) + 1
    return waited


BREW_TIME = {"espresso": 1.0, "latte": 3.0, "cappuccino": 2.5, "tea": 2.0}


def barista(sim, name, orders, stats):
    made = 0
    while True:
        order = yield Get(orders)
        if order is None:
            sim.log(f"{name} goes home after {made} drinks")
            return made
        who, drink, cup = order
        yield Wait(BREW_TIME[drink])
        made += 1
        stats.setdefault("drinks", {}).setdefault(drink, 0)
        stats["drinks"][drink] += 1
        sim.log(f"{name} serves {drink} to {who}")
        yield Put(cup, drink)


def arrivals(sim, n, counter, orders, seats, rng, stats):
    for i in range(n):
        yield Wait(rng.expovariate(1 / 2.0))
        sim.spawn(f"cust{i:02d}", customer(sim, f"cust{i:02d}", counter, orders, seats, rng, stats))


def closing(sim, at, orders, n_baristas):
    yield Wait(at)
    sim.log("closing: no more orders")
    for _ in range(n_baristas):
        yield Put(orders, None)


def simulate(seed, n_customers, n_baristas, trace):
    rng = random.Random(seed)
    sim = Simulator(trace)
    counter = Resource("counter", 1)
    seats = Resource("seats", 4)
    orders = Store("orders")
    stats = {}
    baristas = [sim.spawn(f"barista{i}", barista(sim, f"barista{i}", orders, stats)) for i in range(n_baristas)]
    sim.spawn("arrivals", arrivals(sim, n_customers, counter, orders, seats, rng, stats))
    sim.spawn("closing", closing(sim, 120, orders, n_baristas))
    end = sim.run()
    waits = stats["waits"]
    print(f"seed={seed} customers={n_customers} baristas={n_baristas}: ended at t={end:.2f}")
    print(f"  served {len(waits)}, mean wait {sum(waits) / len(waits):.2f}, max wait {max(waits):.2f}")
    print(f"  drinks {dict(sorted(stats['drinks'].items()))}, takeaway {stats.get('takeaway', 0)}")
    print(f"  counter queue peak {counter.max_waiting}, seats queue peak {seats.max_waiting}")
    print(f"  barista results {[b.result for b in baristas]}")
    cust = [p for p in sim.finished if p.name.startswith("cust")]
    slowest = max(cust, key=lambda p: p.result)
    print(f"  slowest: {slowest!r} waited {slowest.result:.2f}")


def ticker():
    """A generator used as a coroutine outside the simulator."""
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


if __name__ == "__main__":
    simulate(seed=1, n_customers=8, n_baristas=1, trace=True)
    simulate(seed=7, n_customers=30, n_baristas=2, trace=False)
    simulate(seed=7, n_customers=30, n_baristas=3, trace=False)
    t = ticker()
    next(t)
    print([t.send(v) for v in (5, 10, 20)])
    try:
        t.send(None)
    except StopIteration as e:
        print("ticker returned", e.value)
    sim = Simulator()

    def bad():
        yield "not a command"

    sim.spawn("bad", bad())
    try:
        sim.run()
    except TypeError as e:
        print("TypeError:", e)
