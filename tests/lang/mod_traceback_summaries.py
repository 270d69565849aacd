# traceback: limits, stacks, summaries, TracebackException chains
import traceback, sys
def a(): b()
def b(): c()
def c():
    print(''.join(traceback.format_stack(limit=2)))
    print(''.join(traceback.format_stack(limit=-1)))
    print(''.join(traceback.format_stack(limit=0)), '|')
a()
try: traceback.print_exception(ValueError, ValueError('x'))
except ValueError as e: print(e)
try: traceback.format_exception(5)
except TypeError as e: print(e)
print(traceback.format_exception(None))
print(traceback.format_exception(ValueError('no tb')))
print(traceback.format_exception_only(None), traceback.format_exception_only(ValueError, None))
print(traceback.format_exception(ValueError, None, None))
try: traceback.print_last()
except ValueError as e: print(e)
e = KeyError('k')
try: raise e
except KeyError: pass
sys.tracebacklimit = 0
print(traceback.format_exception(e))
sys.tracebacklimit = -5
print(traceback.format_exception(e))
del sys.tracebacklimit
te = traceback.TracebackException.from_exception(e)
print(te.stack, te.exc_type, te.__cause__, te.__context__, te.__suppress_context__, te.__notes__, te == traceback.TracebackException.from_exception(e))
fs = traceback.FrameSummary('nofile.py', 3, 'fn')
print(fs.line, repr(fs.line), fs.locals, len(fs), fs[0], fs[-1])
fs2 = traceback.FrameSummary('nofile.py', 3, 'fn', locals={'a': [1], 'b': 'x'})
print(fs2.locals, fs == fs2, fs == ('nofile.py', 3, 'fn', ''), fs == 5, fs != ('nofile.py', 3, 'fn', ''))
print(traceback.StackSummary.from_list([fs2, ('x.py', 1, 'f', 'pass')]).format())
print(traceback.StackSummary.format_frame_summary(traceback.StackSummary(), fs2))
print(traceback.FrameSummary('f', None, 'n').line)
s = traceback.StackSummary.from_list([('f.py', 1, 'g', 'x')] * 5 + [('f.py', 2, 'g', 'y')] * 4 + [('f.py', 9, 'h', None)])
print(''.join(s.format()))
print(traceback.clear_frames(None))
def boom(n):
    if n: boom(n - 1)
    raise OSError(2, 'gone')
try: boom(6)
except OSError as err:
    tb = err.__traceback__
    print(''.join(traceback.format_tb(tb, limit=-2)))
    print(''.join(traceback.format_list(traceback.extract_tb(tb)[:2])))
    print([ln for _, ln in traceback.walk_tb(tb)])
    traceback.print_list(traceback.extract_tb(tb, limit=1), file=sys.stdout)
    traceback.print_tb(tb, limit=1, file=sys.stdout)
class Quiet(traceback.StackSummary):
    def format_frame_summary(self, fs):
        return None if fs.name == 'skip' else 'ENTRY %s\n' % fs.name
print(Quiet([traceback.FrameSummary('a', 1, 'skip'), traceback.FrameSummary('a', 2, 'keep')]).format())
# cycles and contexts
a, b = ValueError('a'), TypeError('b')
a.__context__, b.__context__ = b, a
print(''.join(traceback.format_exception(a)))
c = RuntimeError('c'); c.__cause__ = KeyError('cause'); c.__context__ = IndexError('ctx'); c.__suppress_context__ = False
print(''.join(traceback.format_exception(c)))
print(''.join(traceback.format_exception(c, chain=False)))
te = traceback.TracebackException.from_exception(c)
print(te.__cause__.exc_type, te.__context__.exc_type, te.__suppress_context__, str(te.__cause__))
d = RuntimeError('d'); d.__context__ = ValueError('hidden'); d.__suppress_context__ = True
print(''.join(traceback.TracebackException.from_exception(d).format()), end='')
te.print(file=sys.stdout, chain=False)
try: exec("x = )\n")
except SyntaxError as e:
    ts = traceback.TracebackException.from_exception(e)
    print(ts.filename, repr(ts.lineno), ts.offset, ts.msg, list(ts.format_exception_only()))
n = ValueError('with notes'); n.add_note('first'); n.add_note('second')
print(traceback.format_exception_only(n), traceback.TracebackException.from_exception(n).__notes__)
print(traceback.TracebackException(type(None), None, None)._str, list(traceback.TracebackException(type(None), None, None).format()))
def deep(k):
    if k: return deep(k - 1)
    return traceback.extract_stack(limit=3), traceback.extract_stack()
short, full = deep(5)
print([f.name for f in short], len(full) - len(short), ''.join(short.format()))
