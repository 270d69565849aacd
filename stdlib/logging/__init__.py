"""logging: event logging with the API and output of CPython 3.11's package.

Loggers form a tree named by dotted paths under the root logger; a record
that passes a logger's level and filters goes to its handlers, then up the
tree while loggers propagate. Handlers write through formatters, which know
the %, { and $ styles.

atoll runs tasks, not threads: a record's thread is the interpreter's task
(threadName 'MainThread'), and handlers need no locks."""

import sys
import os
import time
import io
import re
import traceback
import _traceback
from string import Template
from string import Formatter as _FieldParser

__all__ = """
    BASIC_FORMAT CRITICAL DEBUG ERROR FATAL INFO NOTSET WARN WARNING
    BufferingFormatter FileHandler Filter Formatter Handler LogRecord Logger
    LoggerAdapter NullHandler StreamHandler
    addLevelName basicConfig captureWarnings critical debug disable error
    exception fatal getLevelName getLevelNamesMapping getLogRecordFactory
    getLogger getLoggerClass info lastResort log makeLogRecord
    raiseExceptions setLogRecordFactory setLoggerClass shutdown warn warning
""".split()

# records measure relativeCreated from the import of this module
_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True


# --- levels ------------------------------------------------------------------

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}


def addLevelName(level, levelName):
    """Give level the name levelName (both ways)."""
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


for _lvl, _lname in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'),
                     (WARNING, 'WARNING'), (INFO, 'INFO'), (DEBUG, 'DEBUG'),
                     (NOTSET, 'NOTSET')):
    addLevelName(_lvl, _lname)
# the aliases name a level but are never a level's name
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARN
del _lvl, _lname


def getLevelNamesMapping():
    """A copy of the name -> level table."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level, the level of a name, or "Level N" for neither."""
    for table in (_levelToName, _nameToLevel):
        if level in table:
            return table[level]
    return "Level %s" % level


def _checkLevel(level):
    """level as a number: an int stays, a registered name is looked up."""
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if level in _nameToLevel:
        return _nameToLevel[level]
    raise ValueError("Unknown level: %r" % level)


# frames of this file are logging's own: findCaller looks past them
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_own_code(code):
    return os.path.normcase(code.co_filename) == _srcfile


# --- records -----------------------------------------------------------------

class LogRecord(object):
    """One logged event: its message, arguments, origin and time."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        # logger.info('%(a)s', {'a': 1}): a lone non-empty dict maps the names
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.name, self.msg, self.args = name, msg, args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = float(int((now % 1.0) * 1000))
        self.relativeCreated = 1000 * (now - _startTime)
        # one task, one process: fixed names, as CPython's main thread has
        self.thread = 1 if logThreads else None
        self.threadName = 'MainThread' if logThreads else None
        self.processName = 'MainProcess' if logMultiprocessing else None
        has_pid = logProcesses and hasattr(os, 'getpid')
        self.process = os.getpid() if has_pid else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with the arguments %-merged in."""
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make factory (called like LogRecord) build the records."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that builds the records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are the items of dict (for unpickling)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# --- format styles -------------------------------------------------------------

class PercentStyle(object):
    """Fields written %(name)s, filled by the % operator."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    # one %(key) directive: flags, width, precision, then the conversion
    validation_pattern = re.compile(
        r'%\(\w+\)' r'[#0+ -]*' r'(\*|\d+)?' r'(\.(\*|\d+))?'
        r'[diouxefgcrsa%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Refuse a format with no field of this style."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        # the record's attributes win over the formatter's defaults
        if not self._defaults:
            return record.__dict__
        return {**self._defaults, **record.__dict__}

    def _render(self, record):
        return self._fmt % self._fields(record)

    def format(self, record):
        try:
            return self._render(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s'
                             % missing)


class StrFormatStyle(PercentStyle):
    """Fields written {name}, filled by str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    # a format spec: [[fill]align][sign][#][0][width][,|_][.precision][type],
    # where width and precision may be nested {fields}
    fmt_spec = re.compile(
        '^' r'(.?[<>=^])?' r'[-+ ]?' '#?' '0?' r'(\d+|\{\w+\})?' '[,_]?'
        r'(\.(\d+|\{\w+\}))?' '[bcdefgnosx%]?' '$', re.I)
    # a field name: a name or index, then .attribute or [key] parts
    field_spec = re.compile(r'^(\w+)' r'(\.\w+|\[[^\]]+\])*$')

    def _render(self, record):
        return self._fmt.format(**self._fields(record))

    def _check_piece(self, name, spec, conversion):
        if name and not self.field_spec.match(name):
            raise ValueError('invalid field name/expression: %r' % name)
        if conversion and conversion not in 'rsa':
            raise ValueError('invalid conversion: %r' % conversion)
        if spec and not self.fmt_spec.match(spec):
            raise ValueError('bad specifier: %r' % spec)

    def validate(self):
        """Refuse a format without fields, or with one str.format rejects."""
        names = []
        try:
            for _, name, spec, conversion in _FieldParser().parse(self._fmt):
                self._check_piece(name, spec, conversion)
                if name:
                    names.append(name)
        except ValueError as why:
            raise ValueError('invalid format: %s' % why)
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """Fields written $name or ${name}, filled by string.Template."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """Refuse a format with a lone '$', or without fields."""
        template = Template(self._fmt)
        if not template.is_valid():
            raise ValueError("invalid format: bare '$' not allowed")
        if not template.get_identifiers():
            raise ValueError('invalid format: no fields')

    def _render(self, record):
        return Template(self._fmt).substitute(**self._fields(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, basicConfig's format in that style)
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return _STYLES[style][0]


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


# --- formatters ----------------------------------------------------------------

class Formatter(object):
    """Turns a record into text: the record's attributes fill the format's
    fields, then its traceback and stack follow on their own lines."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True,
                 *, defaults=None):
        self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: by datefmt, or date, time and msecs."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """An (type, value, traceback) triple as print_exception writes it."""
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        """Whether the format has an asctime field."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text (setting its message, asctime and exc_text)."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # the traceback text is kept on the record: other handlers reuse it
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _with_newline(text) + record.exc_text
        if record.stack_info:
            text = _with_newline(text) + self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, between a header and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# --- filters -------------------------------------------------------------------

class Filter(object):
    """Passes the records of the logger called name and of the loggers
    below it (every record when name is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer(object):
    """What loggers and handlers share: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter (an object with .filter, or a plain
        callable) lets the record pass; stops at the first refusal."""
        for each in self.filters:
            verdict = each.filter if hasattr(each, 'filter') else each
            if not verdict(record):
                return False
        return True


# --- handlers ------------------------------------------------------------------

_handlers = {}       # name -> handler, for handlers given a name
_handlerList = []    # every handler made, which shutdown() flushes and closes


class Handler(Filterer):
    """Sends records somewhere; subclasses say where by defining emit."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    # no threads: the lock API is kept, and does nothing
    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit the record unless a filter refuses it; says which."""
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        """Report a failure of emit on stderr, with the exception being
        handled, the call stack outside logging and the record's message."""
        if not (raiseExceptions and sys.stderr):
            return
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(*sys.exc_info(), None, err)
            err.write('Call stack:\n')
            err.writelines(traceback.format_list(_outer_stack()))
            try:
                err.write('Message: %r\nArguments: %s\n'
                          % (record.msg, record.args))
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


def _outer_stack():
    """The frames from the innermost one outside logging outwards, oldest
    first, as (file, line, function, None) entries."""
    frames = _traceback.stack(1)
    while frames and _is_own_code(frames[0][0]):
        frames = frames[1:]
    return [(code.co_filename, line, code.co_name, None)
            for code, line in reversed(frames)]


class StreamHandler(Handler):
    """Writes each record, then a newline, to a stream (sys.stderr when
    none is given)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on; the previous stream, or None when
        it is the same one."""
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label,
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file, opened now or (delay) at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        # text files get "locale" when no encoding is given, as
        # io.text_encoding says; _open passes None to atoll's open for it
        if 'b' not in mode and encoding is None:
            encoding = "locale"
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        encoding = None if self.encoding == "locale" else self.encoding
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=encoding, errors=self.errors)

    def close(self):
        try:
            self._release_stream()
        finally:
            StreamHandler.close(self)

    def _release_stream(self):
        # flush (through self.flush, which a subclass may extend), then
        # close even if flushing failed
        if not self.stream:
            return
        try:
            self.flush()
        finally:
            stream, self.stream = self.stream, None
            if hasattr(stream, "close"):
                stream.close()

    def emit(self, record):
        # a closed 'w' handler stays closed: reopening would truncate
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort's handler: writes to whatever sys.stderr is now."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Drops every record (for libraries whose users configure logging)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# --- the logger tree -----------------------------------------------------------

class PlaceHolder(object):
    """Holds the place of a logger nobody asked for yet, remembering the
    loggers below it, whose parent it will become."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)


def setLoggerClass(klass):
    """Make getLogger create instances of klass (a Logger subclass)."""
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger instantiates."""
    return _loggerClass


def _ancestor_names(name):
    """'a.b.c' -> 'a.b', 'a' (nearest first)."""
    dot = name.rfind('.')
    while dot > 0:
        yield name[:dot]
        dot = name.rfind('.', 0, dot - 1)


class Manager(object):
    """The table of loggers by name, and the tree they form."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger called name, created and put in the tree on the
        first request."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        known = self.loggerDict.get(name)
        if isinstance(known, Logger):
            return known
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if known is not None:
            self._adopt_children(known, made)
        self._find_parent(made)
        return made

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _find_parent(self, logger):
        # the nearest existing ancestor is the parent; the missing ones get
        # (or update) placeholders pointing down at this logger
        parent = None
        for prefix in _ancestor_names(logger.name):
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(node, Logger):
                parent = node
                break
            else:
                node.append(logger)
        logger.parent = parent or self.root

    def _adopt_children(self, placeholder, logger):
        # the new logger slips in between each waiting descendant and its
        # current parent, unless that parent is already below the new logger
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(logger.name):
                logger.parent = child.parent
                child.parent = logger

    def _forget_answers(self):
        # isEnabledFor's answers hold only until a level changes
        nodes = [self.root, *self.loggerDict.values()]
        for node in nodes:
            if isinstance(node, Logger):
                node._enabled.clear()


def _log_at(level, name):
    """Logger.<name>: log at a fixed level."""
    def log_method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    log_method.__name__ = name
    log_method.__qualname__ = 'Logger.' + name
    log_method.__doc__ = f"Log 'msg % args' at level {_levelToName[level]}."
    return log_method


def _deprecated_warn(kind):
    import warnings
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


class Logger(Filterer):
    """A named channel of records: they go to its handlers and, while
    loggers propagate, to those of its ancestors."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._enabled = {}    # level -> isEnabledFor's answer

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._forget_answers()

    debug = _log_at(DEBUG, 'debug')
    info = _log_at(INFO, 'info')
    warning = _log_at(WARNING, 'warning')
    error = _log_at(ERROR, 'error')
    critical = _log_at(CRITICAL, 'critical')
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """error(), with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log 'msg % args' at an integer level."""
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the code that logged: the
        first frame outside logging, then stacklevel - 1 frames further out."""
        frames = _traceback.stack(1)
        if not frames:
            return "(unknown file)", 0, "(unknown function)", None
        first = 0
        while first < len(frames) and _is_own_code(frames[first][0]):
            first += 1
        pick = min(first + stacklevel - 1, len(frames) - 1)
        code, lineno = frames[pick]
        sinfo = _stack_text(frames[pick:]) if stack_info else None
        return code.co_filename, lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """A record made by the record factory, with extra's items added
        (they may not replace the record's own attributes)."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                                   func, sinfo)
        for key in (extra or ()):
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        try:
            origin = self.findCaller(stack_info, stacklevel)
        except ValueError:
            origin = "(unknown file)", 0, "(unknown function)", None
        path, line, func, sinfo = origin
        record = self.makeRecord(self.name, level, path, line, msg, args,
                                 _exc_triple(exc_info), func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Hand the record to the handlers, unless disabled or filtered out."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _chain(self):
        """This logger and the ancestors its records propagate to."""
        node = self
        while node:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def hasHandlers(self):
        """Whether a record logged here would reach any handler."""
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        """Give the record to every handler along the chain whose level it
        reaches; to the last resort when the chain has no handler at all."""
        seen = 0
        for node in self._chain():
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set (non-zero) from this logger up to the root."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record of level would be logged here (cached until a
        level changes)."""
        if self.disabled:
            return False
        if level not in self._enabled:
            self._enabled[level] = (level > self.manager.disable and
                                  level >= self.getEffectiveLevel())
        return self._enabled[level]

    def getChild(self, suffix):
        """The logger suffix below this one."""
        if self is not self.root:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        return getLogger, (self.name,)


def _exc_triple(exc_info):
    """What a record keeps of exc_info: an exception becomes its triple,
    another true value the exception being handled."""
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return sys.exc_info()


def _stack_text(frames):
    """The stack_info of a record: frames (innermost first) as a traceback
    of the stack, without the final newline."""
    entries = [(code.co_filename, line, code.co_name, None)
               for code, line in reversed(frames)]
    text = 'Stack (most recent call last):\n'
    text += ''.join(traceback.format_list(entries))
    return text[:-1] if text.endswith('\n') else text


class RootLogger(Logger):
    """The top of the tree, named "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _adapt_at(level, name):
    """LoggerAdapter.<name>: log at a fixed level through the adapter."""
    def adapter_method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    adapter_method.__name__ = name
    adapter_method.__qualname__ = 'LoggerAdapter.' + name
    return adapter_method


def _forward(name):
    """LoggerAdapter.<name>: the logger's method of that name."""
    def to_logger(self, *args, **kwargs):
        return getattr(self.logger, name)(*args, **kwargs)
    to_logger.__name__ = name
    to_logger.__qualname__ = 'LoggerAdapter.' + name
    return to_logger


class LoggerAdapter(object):
    """A logger front that adds context to each record: by default, the
    items of extra become record attributes."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The message and keywords to log with; override to add context."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapt_at(DEBUG, 'debug')
    info = _adapt_at(INFO, 'info')
    warning = _adapt_at(WARNING, 'warning')
    error = _adapt_at(ERROR, 'error')
    critical = _adapt_at(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    # the level questions are the logger's
    isEnabledFor = _forward('isEnabledFor')
    setLevel = _forward('setLevel')
    getEffectiveLevel = _forward('getEffectiveLevel')
    hasHandlers = _forward('hasHandlers')

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# --- configuration -------------------------------------------------------------

def _config_handlers(kwargs, encoding, errors):
    """basicConfig's handlers: those given, or one on a file or a stream."""
    handlers = kwargs.pop("handlers", None)
    has_target = "stream" in kwargs or "filename" in kwargs
    if handlers is not None:
        if has_target:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        return handlers
    if "stream" in kwargs and "filename" in kwargs:
        raise ValueError("'stream' and 'filename' should not be "
                         "specified together")
    filename = kwargs.pop("filename", None)
    mode = kwargs.pop("filemode", 'a')
    if not filename:
        return [StreamHandler(kwargs.pop("stream", None))]
    if 'b' in mode:
        errors = None
    return [FileHandler(filename, mode, encoding=encoding, errors=errors)]


def basicConfig(**kwargs):
    """Configure the root logger once: a handler (stderr, a stream, a file
    or those given) with a formatter, and a level. force=True replaces the
    handlers it has; otherwise a root logger with handlers is left alone."""
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if kwargs.pop('force', False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = _config_handlers(kwargs, encoding, errors)
    style = kwargs.pop("style", '%')
    _style_class(style)     # raises for an unknown style
    fmt = Formatter(kwargs.pop("format", _STYLES[style][1]),
                    kwargs.pop("datefmt", None), style)
    for hdlr in handlers:
        if hdlr.formatter is None:
            hdlr.setFormatter(fmt)
        root.addHandler(hdlr)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    """The logger called name; the root logger for no name or "root"."""
    if not name or name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _on_root(method_name):
    """The module-level shortcut for root.<method_name>: it calls
    basicConfig() first when the root logger has no handler."""
    def shortcut(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method_name)(msg, *args, **kwargs)
    shortcut.__name__ = shortcut.__qualname__ = method_name
    return shortcut


debug = _on_root('debug')
info = _on_root('info')
warning = _on_root('warning')
error = _on_root('error')
critical = _on_root('critical')
fatal = critical


def exception(msg, *args, exc_info=True, **kwargs):
    """error() on the root logger, with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log 'msg % args' at an integer level on the root logger."""
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn('function')
    warning(msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record of level or below, whatever the logger."""
    root.manager.disable = level
    root.manager._forget_answers()


def shutdown(handlerList=_handlerList):
    """Flush and close the handlers, newest first (at exit)."""
    for hdlr in reversed(list(handlerList)):
        try:
            hdlr.flush()
            hdlr.close()
        except (OSError, ValueError):
            pass


# the warnings.showwarning that captureWarnings(True) replaced
_warnings_showwarning = None


def _warning_to_logger(message, category, filename, lineno, file=None,
                       line=None):
    # a warning aimed at a file still goes there; the others become records
    # of the 'py.warnings' logger
    import warnings
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file,
                                  line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning(str(text))


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True) or back to
    warnings.showwarning (False)."""
    import warnings
    global _warnings_showwarning
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _warning_to_logger
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
