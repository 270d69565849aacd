# SubinterpreterExecutor: initializers (and their failure: BrokenInterpreterPool),
# shared, cancel() of queued calls, shutdown(cancel_futures=True), timeouts,
# wait() and as_completed() on calls that finish in an order set by channels.
import sys
import time
import subinterpreters as si
from concurrent.futures import (SubinterpreterExecutor, InterpreterPoolExecutor, BrokenInterpreterPool,
                                CancelledError, TimeoutError, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)

state = []


def init(tag, n):
    state.append((tag, n, si.get_current().id))


def read_state(_=None):
    return state


def state_after(started, gate):
    started.send(None)
    gate.recv()
    return state


def init_fails(text):
    raise RuntimeError(text)


def take(gate):
    """Waits for a go from the main interpreter, then returns what it got."""
    return gate.recv()


def raise_after(gate):
    raise ValueError(gate.recv())


def from_main(name):
    import __main__
    return getattr(__main__, name)


if __name__ == "__main__":
    # the initializer runs once in each worker interpreter, first
    with SubinterpreterExecutor(2, init, ('hello', 7)) as ex:
        started, gate = si.Channel(0), si.Channel(0)
        # two calls waiting at the same time run in two interpreters
        fs = [ex.submit(state_after, started, gate) for i in range(2)]
        started.recv()
        started.recv()
        gate.send(0)
        gate.send(1)
        got = [f.result() for f in fs]
        print(len(set(s[0][2] for s in got)), [(s[0][0], s[0][1]) for s in got], all(len(s) == 1 for s in got))
    with InterpreterPoolExecutor(1, initializer="import __main__; __main__.seen = 'script'",
                                 shared={'answer': 42}) as ex:
        print(ex.submit(from_main, 'seen').result(), ex.submit(from_main, 'answer').result())
    try:
        InterpreterPoolExecutor(1, initializer='x = 1', initargs=(1,))
    except ValueError as e:
        print('ValueError', e)
    for bad in (42, lambda: 0):
        try:
            SubinterpreterExecutor(1, bad)
        except (TypeError, si.InterpreterError) as e:
            print(type(e).__name__, e)
    try:
        SubinterpreterExecutor(1, init, ([object()],))
    except si.NotShareableError as e:
        print('NotShareableError', e)

    # a failing initializer breaks the pool: queued calls fail, new ones too
    ex = SubinterpreterExecutor(1, init_fails, ('no good',))
    fs = [ex.submit(read_state, i) for i in range(6)]
    for f in fs:
        e = f.exception()
        print(type(e).__name__, e)
    try:
        ex.submit(read_state)
    except BrokenInterpreterPool as e:
        print('submit:', type(e).__name__, e)
    ex.shutdown()

    # cancel: only calls still queued (not handed to a worker) can be
    with SubinterpreterExecutor(1) as ex:
        gate = si.Channel(0)
        fs = [ex.submit(take, gate) for i in range(8)]
        handed = sum(f.running() for f in fs)
        print('running', handed, 'pending', sum(not f.running() and not f.done() for f in fs))
        print('cancel a running one:', fs[0].cancel(), 'a queued one:', fs[-1].cancel(), fs[-1].cancelled())
        try:
            fs[-1].result()
        except CancelledError:
            print('CancelledError')
        for i in range(7):
            gate.send(i)
        print([f.result() for f in fs[:-1]])

    # shutdown(cancel_futures=True) cancels the queued calls, running ones finish
    ex = SubinterpreterExecutor(1)
    gate = si.Channel(0)
    fs = [ex.submit(take, gate) for i in range(8)]
    handed = [f for f in fs if f.running()]
    ex.shutdown(wait=False, cancel_futures=True)
    print(len(handed), sum(f.cancelled() for f in fs) == 8 - len(handed))
    for i in range(len(handed)):
        gate.send(i)
    ex.shutdown()
    print([f.result() for f in handed])

    # timeouts
    with SubinterpreterExecutor(1) as ex:
        gate = si.Channel(0)
        f = ex.submit(take, gate)
        try:
            f.result(timeout=0.05)
        except TimeoutError:
            print('result: TimeoutError', f.running())
        it = ex.map(take, [gate, gate], timeout=0.05)
        try:
            next(it)
        except TimeoutError:
            print('map: TimeoutError')
        for i in range(3):
            gate.send(i)
        print(f.result())

        # wait() and as_completed(), the order set by the gates
        gates = [si.Channel(0) for i in range(3)]
    with SubinterpreterExecutor(3) as ex:
        fs = [ex.submit(take, g) for g in gates]
        res = wait(fs, timeout=0.05)
        print(len(res.done), len(res.not_done))
        gates[1].send('one')
        res = wait(fs, return_when=FIRST_COMPLETED)
        print([f.result() for f in res.done], len(res.not_done))
        gates[2].send('two')
        gates[0].send('zero')
        print([f.result() for f in wait(fs).done] and sorted(f.result() for f in fs))
        gates = [si.Channel(0) for i in range(3)]
        fs = [ex.submit(take, gates[0]), ex.submit(raise_after, gates[1]), ex.submit(take, gates[2])]
        gates[1].send('failed')
        res = wait(fs, return_when=FIRST_EXCEPTION)
        print([repr(f.exception()) for f in res.done], len(res.not_done))
        order = []
        def drive():
            gates[2].send('two')
            fs[2].result()
            gates[0].send('zero')
        si.get_current().run(drive)
        for f in as_completed(fs):
            order.append(repr(f.exception()) if f.exception() else f.result())
        print(order)
