# concurrent.interpreters queues: create_queue, put/get (blocking, timeouts,
# nowait), qsize/empty/full/maxsize/id, QueueEmpty/QueueFull, and queues
# passed to other interpreters (prepare_main, call arguments, inside a queue).
import time
from concurrent import interpreters
from concurrent.interpreters import QueueEmpty, QueueFull, create_queue
import concurrent.interpreters._queues as _queues

q = create_queue(2)
print(type(q).__name__, q.maxsize, q.qsize(), q.empty(), q.full(), q.id == q.id, repr(q) == 'Queue(%d)' % q.id)
print(issubclass(QueueEmpty, _queues.QueueError), issubclass(QueueFull, RuntimeError), QueueEmpty.__module__)
q.put(1)
q.put_nowait((2, 'two'))
print(q.qsize(), q.empty(), q.full())
for op in (lambda: q.put_nowait(3), lambda: q.put(3, block=False), lambda: q.put(3, timeout=0.01)):
    try:
        op()
    except QueueFull as e:
        print('QueueFull', str(e) == 'queue %d is full' % q.id)
print(q.get(), q.get_nowait(), q.qsize())
for op in (q.get_nowait, lambda: q.get(block=False), lambda: q.get(timeout=0.01)):
    try:
        op()
    except QueueEmpty as e:
        print('QueueEmpty', str(e) == 'queue %d is empty' % q.id)
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
u = create_queue()
for i in range(1000):
    u.put(i)
print(u.maxsize, u.qsize(), u.full(), u.get(), create_queue(maxsize=-5).maxsize)
try:
    q.put([object()])
except interpreters.NotShareableError as e:
    print('NotShareableError', e)
print(q.qsize())

# a blocked get() waits (parks) until another interpreter puts
def producer(q, n):
    for i in range(n):
        q.put(('item', i))
    q.put(None)

interp = interpreters.create()
t = interp.call_in_thread(producer, q, 5)
got = []
while True:
    item = q.get()
    if item is None:
        break
    got.append(item)
t.join()
print(got)

# a queue bound in another interpreter's __main__, used from there
requests, replies = create_queue(), create_queue()
interp.prepare_main(requests=requests, replies=replies)
def serve():
    import __main__
    while True:
        n = __main__.requests.get()
        if n is None:
            break
        __main__.replies.put(n * n)

worker = interp.call_in_thread(serve)
for n in range(5):
    requests.put(n)
print([replies.get(timeout=5) for n in range(5)])
requests.put(None)
worker.join()

# a queue sent through a queue is the same queue
carrier = create_queue()
carrier.put(replies)
print(carrier.get() is replies)

def echo_back(q):
    from concurrent import interpreters     # its globals are that interpreter's __main__
    q.put(interpreters.get_current().id)
    return q.qsize()
print(interp.call(echo_back, replies), replies.get() == interp.id)

# put() blocks while the queue is full, until a get() elsewhere
small = create_queue(1)
small.put('first')
def drain_later(q):
    import time
    time.sleep(0.05)
    return q.get()
t = interp.call_in_thread(drain_later, small)
t0 = time.monotonic()
small.put('second')
print(time.monotonic() - t0 > 0.02, small.get())
t.join()
interp.close()
