import traceback, sys
def inner(x):
    return 10 / x
def middle(x):
    return inner(x) + 1
def outer():
    try:
        middle(0)
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
try:
    outer()
except Exception as e:
    print(traceback.format_exc())
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.format_exception(e, chain=False)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_tb(e.__traceback__)))
    s = traceback.extract_tb(e.__traceback__)
    print(s, [tuple(f) for f in s], s[0].name, s[-1].line)
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=1)))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(e, limit=-1, file=sys.stdout)
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format()), list(te.format_exception_only()), te.exc_type, str(te))
print(repr(traceback.format_exc()))
def rec(n):
    if n == 0: raise KeyError('k')
    rec(n - 1)
try: rec(10)
except KeyError:
    print(traceback.format_exc())
def stacky():
    print(''.join(traceback.format_stack()))
    s = traceback.extract_stack()
    print(s[-1], s[-1].lineno, s[-1].line, len(s))
    traceback.print_stack(file=sys.stdout)
def caller(): stacky()
caller()
try:
    exec("x = (1 +\n")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
class MyErr(Exception): pass
try:
    try: raise MyErr('first')
    except MyErr: raise RuntimeError('second')
except RuntimeError as e:
    traceback.print_exc(file=sys.stdout)
    e.add_note('a note')
    print(traceback.format_exception_only(e))
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1'), ('g.py', 7, '<module>', None)]))
fs = traceback.FrameSummary('f.py', 3, 'fn', line='  y = 2  ')
print(fs, fs.line, fs == ('f.py', 3, 'fn', 'y = 2'), list(fs))
