# timeit: how many times the statement and the setup run (seen through
# their side effects), autorange's 1, 2, 5, 10, ... steps, syntax errors,
# and the command line with a fake clock (times are never printed)
import io
import sys
import timeit

print(timeit.__all__, timeit.default_number, timeit.default_repeat)
print(timeit.default_timer is __import__('time').perf_counter)

log = []
t = timeit.Timer('log.append("s")', 'log.append("setup")', globals={'log': log})
print(type(t.timeit(3)).__name__, log)
del log[:]
res = t.repeat(2, 2)
print(len(res), all(type(x) is float and x >= 0 for x in res), log)
del log[:]
t.timeit(0)
print(log)

# callables
calls = []
t = timeit.Timer(lambda: calls.append(1), lambda: calls.append(0))
t.timeit(4)
print(calls)
del calls[:]
print(len(timeit.repeat(lambda: calls.append(2), repeat=3, number=2)), calls)
del calls[:]
timeit.timeit(lambda: calls.append(3), 'x = 1', number=2)
timeit.timeit('calls.append(x)', lambda: calls.append('set'), number=2,
              globals={'calls': calls, 'x': 4})
print(calls)

# setup's names are locals of the timed function; globals are the ones given
g = {'n': 0}
timeit.timeit('global n; n += 1', number=3, globals=g)
timeit.timeit('y = 5', number=1, globals=g)
print(g['n'], sorted(g))
out = []
timeit.timeit('out.append(k * 2)', 'k = 21', number=1, globals={'out': out})
code = 'for i in range(2):\n    out.append(i)\nout.append(s)'
timeit.timeit(code, 's = """a\nb"""', number=2, globals={'out': out})
print(out)


# a clock that moves a fixed step at each reading
class Clock:
    def __init__(self, step, grow=1):
        self.now = 0.0
        self.step = step
        self.grow = grow
        self.reads = 0

    def __call__(self):
        self.reads += 1
        self.now += self.step
        self.step *= self.grow
        return self.now


clock = Clock(0.001)
t = timeit.Timer('pass', timer=clock)
print(t.timeit(7), clock.reads)
print(t.repeat(3, 10), clock.reads)
print(timeit.timeit(timer=Clock(0.5), number=5))
print(timeit.repeat(timer=Clock(0.25), repeat=2, number=5))


# autorange: the number of loops grows 1, 2, 5, 10, ... until a run takes
# 0.2 s; this clock makes a run take number * 0.01 s
class LoopClock:
    def __init__(self):
        self.started = None
        self.loops = 0

    def __call__(self):
        return self.loops * 0.01


lc = LoopClock()
counter = {'lc': lc}
t = timeit.Timer('lc.loops += 1', timer=lc, globals=counter)
steps = []
print(t.autorange(lambda number, taken: steps.append((number, round(taken, 6)))))
print(steps)
lc.loops = 0
print(t.autorange())
t = timeit.Timer('pass', timer=Clock(0.3))
print(t.autorange(), t.autorange(print))


def attempt(*args, **kwds):
    try:
        timeit.Timer(*args, **kwds)
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
    except ValueError as e:
        print('ValueError', e)


attempt(1)
attempt('pass', 2)
attempt(None)
attempt('x = ')
attempt('x=', 'a\nb\nc')
attempt('return 1')
attempt('break')
attempt('pass', 'break')
attempt('yield 1')
attempt('pass\n  x=1')
attempt('  x')
attempt('x', '  pass')
attempt('x', lambda: 0)
attempt('return', lambda: 0)
attempt(lambda: 0, 'x = ')
attempt(lambda: 0, 'return')
attempt('')
attempt('pass', '')

# print_exc shows the timed code's line
t = timeit.Timer('1/0')
try:
    t.timeit(1)
except ZeroDivisionError:
    f = io.StringIO()
    t.print_exc(f)
    text = f.getvalue()
    # the timed code's lines are put in linecache for the traceback
    import linecache
    print('<timeit-src>' in text, text.splitlines()[-1],
          repr(linecache.getline('<timeit-src>', 6)))
t = timeit.Timer('pass', 'undefined_name')
try:
    t.repeat(1, 1)
except NameError as e:
    f = io.StringIO()
    t.print_exc(f)
    print(f.getvalue().splitlines()[-1])


# the command line, with a fake clock
def run(*args, step=0.001, grow=1):
    clock = Clock(step, grow)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = buf = io.StringIO()
    try:
        rc = timeit.main(list(args), _wrap_timer=lambda timer: clock)
    finally:
        sys.stdout, sys.stderr = saved
    print('main', args, '->', rc)
    text = buf.getvalue()
    if rc == 1:
        # a traceback: only its last line (the rest names library files)
        text = text.splitlines()[-1] + '\n'
    print(text, end='')


run('-n', '10', '-r', '3', 'pass')
run('-n', '1', '-r', '1', 'x = 1', step=0.25)
run('-n', '1', '-r', '2', '-u', 'sec', 'pass', step=2e-8)
run('-n', '100', '-u', 'usec', 'pass')
run('-n', '2', '--repeat=2', '-u', 'msec', '-s', 'a = 1', '-s', 'b = a', 'b')
run('-v', '-n', '3', '-r', '2', 'pass')
run('-vv', '-n', '3', '-r', '2', 'pass', step=0.0123456789)
run('-vvvv', '-n', '3', '-r', '1', 'pass', step=0.0123456789)
run('-v', '-r', '2', 'pass', step=0.01, grow=2)
run('-r', '3', 'pass', step=0.001, grow=1.5)
run('-r', '2', 'pass', step=0.25)
run('-n', '2', '-r', '0', 'pass', step=1e-9)
run('-n', '5', '-r', '1', 'pass', step=3e-12)
run('-u', 'xx', 'pass')
run('--bad')
run('-n', '1', '-r', '1', '1/0')
