# logging: the logger tree, filters, styles, handlers, adapters, basicConfig
import logging, sys, io, os, tempfile
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(funcName)s:%(lineno)d:%(message)s'))
# placeholders: children made before their parents
c = logging.getLogger('t.a.b.c')
b2 = logging.getLogger('t.a.x')
print(c.parent, b2.parent)
a = logging.getLogger('t.a')
print(c.parent, b2.parent, a.parent)
b = logging.getLogger('t.a.b')
print(c.parent, b.parent, sorted(k for k in logging.Logger.manager.loggerDict if k.startswith('t')))
print(type(logging.Logger.manager.loggerDict['t']).__name__, logging.getLogger('a..b').parent)
a.addHandler(out); a.setLevel('DEBUG')
c.debug('deep %s', 'x')
# name filters
f = logging.Filter('t.a.b')
print([f.filter(logging.makeLogRecord({'name': n})) for n in ('t.a.b', 't.a.bc', 't.a.b.c', 't.a', 'x')])
print(logging.Filter().filter(logging.makeLogRecord({'name': 'any'})))
a.addFilter(lambda r: 'skip' not in r.getMessage())
a.info('keep'); a.info('skip me')
a.filters.clear()
# stack levels and exc_info forms
def helper(msg):
    a.warning(msg, stacklevel=2)
def caller():
    helper('from caller')
caller()
try:
    {}['k']
except KeyError as e:
    err = e
a.error('instance', exc_info=err)
a.error('tuple', exc_info=(type(err), err, err.__traceback__))
a.error('no exc', exc_info=True)
def stacked():
    a.info('with stack', stack_info=True)
stacked()
# disabled loggers and getChild
a.disabled = True; a.error('silent'); a.disabled = False
print(a.getChild('b') is b, logging.root.getChild('t.a') is a)
# BufferingFormatter
recs = [logging.makeLogRecord({'msg': 'r%d' % i, 'levelname': 'I'}) for i in range(3)]
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records): return '[%d:' % len(records)
    def formatFooter(self, records): return ']'
print(repr(logging.BufferingFormatter().format(recs)), Framed(logging.Formatter('%(msg)s,')).format(recs), repr(Framed().format([])))
# styles
for fmt in ('$', '$y $', '${a}', '$$', 'x'):
    try: print('ok', logging.Formatter(fmt, style='$')._fmt)
    except ValueError as e: print(e)
for fmt in ('{a!x}', '{a:zz}', '{a.}', '{0}{a[1]}', '{', '{a:>10}', '{a:*^+#010,.3f}', '{a:{w}}', '{a:.{p}E}', '{a.b[x y]!r:_}', '{a:%}', '{a:<<}'):
    try: print('ok', logging.Formatter(fmt, style='{')._fmt)
    except ValueError as e: print(e)
for fmt in ('%(a)s', '%(a)-5.2f', '%s', '%(a)'):
    try: print('ok', logging.Formatter(fmt)._fmt)
    except ValueError as e: print(e)
print(logging.Formatter('%(x)s', validate=False)._fmt, logging.Formatter()._fmt, logging.Formatter(style='{')._fmt, logging.Formatter(style='$')._fmt)
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('you',), 'created': 0.5, 'msecs': 500.0})
print(logging.Formatter('{message}|{x}', style='{', defaults={'x': 'dx'}).format(rec), logging.Formatter('$message|${x}', style='$', defaults={'x': 'dy'}).format(rec))
try: logging.Formatter('%(nope)s').format(rec)
except ValueError as e: print(e)
fm = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
fm.converter = __import__('time').gmtime
print(fm.usesTime(), fm.format(rec), logging.Formatter('{asctime}', style='{').usesTime(), logging.Formatter('$asctime', style='$').usesTime())
fm2 = logging.Formatter('%(asctime)s'); fm2.converter = __import__('time').gmtime
print(fm2.formatTime(rec))
# levels
print(logging.getLevelNamesMapping() == {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30, 'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0})
print(logging.getLevelName(50), logging.getLevelName('WARN'), logging.getLevelName('nope'), logging.FATAL, logging.WARN)
for bad in (1.5, None):
    try: logging.getLogger('lv').setLevel(bad)
    except TypeError as e: print(e)
try: logging.getLogger(3)
except TypeError as e: print(e)
try: a.log('x', 'm')
except TypeError as e: print(e)
try: logging.setLoggerClass(int)
except TypeError as e: print(e)
class MyLogger(logging.Logger): pass
logging.setLoggerClass(MyLogger); print(type(logging.getLogger('mine')).__name__, logging.getLoggerClass().__name__); logging.setLoggerClass(logging.Logger)
# handlers
h = logging.Handler(); h.name = 'named'; print(h.name, h.get_name(), repr(h), h.handle(logging.makeLogRecord({})) if False else '')
try: h.emit(rec)
except NotImplementedError as e: print(e)
n = logging.NullHandler(); print(n.handle(rec), repr(n))
s1, s2 = io.StringIO(), io.StringIO()
sh = logging.StreamHandler(s1); print(sh.setStream(s1), sh.setStream(s2) is s1, repr(sh))
d = tempfile.mkdtemp(); path = os.path.join(d, 'log.txt')
fh = logging.FileHandler(path, delay=True); print(fh.stream, fh.encoding, fh.mode, fh.baseFilename == path)
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
a.addHandler(fh); a.warning('to file'); a.removeHandler(fh); fh.close(); print(fh.stream)
print(repr(open(path).read()))
fw = logging.FileHandler(path, mode='w'); fw.close(); fw.emit(rec); print(fw.stream, repr(open(path).read()))
# adapters
class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs): return '[%s] %s' % (self.extra['tag'], msg), kwargs
ad = Tagged(a, {'tag': 'T'})
ad.info('adapted %d', 1); ad.debug('dbg'); ad.critical('crit')
try: 1 / 0
except ZeroDivisionError: ad.exception('oops')
print(repr(ad), ad.name, ad.manager is logging.Logger.manager, ad.isEnabledFor(5), ad.getEffectiveLevel(), ad.hasHandlers())
ad.setLevel(logging.ERROR); ad.warning('dropped'); ad.error('kept'); a.setLevel(logging.DEBUG)
# the last resort and propagation
lone = logging.getLogger('lone'); lone.propagate = False
print(lone.hasHandlers(), logging.lastResort.level, repr(logging.lastResort))
logging.lastResort = None; lone.error('nowhere'); lone.error('nowhere again'); logging.lastResort = logging._defaultLastResort
# basicConfig
for kw in ({'stream': sys.stdout, 'filename': 'x'}, {'handlers': [out], 'stream': sys.stdout}, {'bogus': 1, 'zz': 2}, {'style': '#'}):
    try: logging.basicConfig(force=True, **kw)
    except ValueError as e: print(e)
logging.basicConfig(handlers=[out], force=True, level='INFO', format='{levelname}/{message}', style='{')
logging.info('root %s', 'info'); logging.debug('hidden'); logging.log(40, 'logged'); logging.critical('c'); logging.fatal('f')
print(logging.root.level, out.formatter._fmt)
logging.basicConfig(format='ignored'); print(out.formatter._fmt)
# records
r = logging.LogRecord('n', 20, '/x/y/mod.py', 7, 'm %(k)s', ({'k': 'v'},), None, 'fn')
print(r, r.getMessage(), r.filename, r.module, r.funcName, r.levelname, r.exc_text, r.stack_info, r.thread is not None, r.threadName, r.processName, r.process == os.getpid())
print(logging.LogRecord('n', 20, 'p', 1, 'm %s', ({},), None).getMessage(), logging.LogRecord('n', 5, None, 1, 'm', (), None).module)
class Rec(logging.LogRecord): pass
logging.setLogRecordFactory(Rec); print(type(logging.makeLogRecord({})).__name__, logging.getLogRecordFactory().__name__); logging.setLogRecordFactory(logging.LogRecord)
# captureWarnings
import warnings
pw = logging.StreamHandler(sys.stdout); pw.setFormatter(logging.Formatter('%(name)s|%(message)s'))
logging.getLogger('py.warnings').addHandler(pw); logging.getLogger('py.warnings').propagate = False
logging.captureWarnings(True)
warnings.warn('captured', UserWarning)
logging.captureWarnings(False)
print(warnings.showwarning.__name__)
logging.disable(); print(a.isEnabledFor(50), logging.root.manager.disable); logging.disable(0)
logging.shutdown()
import shutil; shutil.rmtree(d)
