# ProcessPoolExecutor's argument checks, in CPython's order (no call runs).
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool

if __name__ == '__main__':
    print(issubclass(BrokenProcessPool, BrokenExecutor), BrokenProcessPool.__mro__[2].__name__)
    cases = [dict(max_workers=0, max_tasks_per_child=0),
             dict(max_workers=-3, initializer=5),
             dict(initializer=5, max_tasks_per_child='x'),
             dict(initializer='print(1)'),
             dict(max_tasks_per_child=2.0),
             dict(max_tasks_per_child=0),
             dict(max_tasks_per_child=-4),
             dict(max_tasks_per_child=True),
             dict(max_workers=2, max_tasks_per_child=3, mp_context=None)]
    for kw in cases:
        try:
            ex = ProcessPoolExecutor(**kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        else:
            ex.shutdown()
            print('accepted', sorted(kw))
