"""Extract, format and print information about Python stack traces, as
CPython 3.11's traceback module. The text of each traceback entry (file,
line, source and the ~~~^^^ markers) and of each exception line comes from
the interpreter (_traceback), which prints uncaught exceptions the same way.

atoll has no frame objects: walk_tb and walk_stack give None for the frame,
FrameSummary has no locals, and clear_frames does nothing."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()


# --- printing and formatting lists --------------------------------------------------

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing."""
    return StackSummary.from_list(extracted_list).format()


# --- tracebacks -------------------------------------------------------------------

def _tb_entries(tb, limit):
    """The traceback objects of the chain from tb, cut by limit as CPython
    cuts it (the first limit ones, or the last -limit ones)."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:]
    return entries


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of
    pre-processed entries from traceback."""
    result = StackSummary()
    for entry in _tb_entries(tb, limit):
        code = _traceback.tb_code(entry)
        fs = FrameSummary(code.co_filename, entry.tb_lineno, code.co_name)
        fs._tb = entry
        result.append(fs)
    return result


# --- exceptions -------------------------------------------------------------------

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in _format(value, tb, limit, chain, set()):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information: a list of
    strings, each ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    return list(_format(value, tb, limit, chain, set()))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: a list of strings, each
    ending in a newline (usually one; several for SyntaxError and notes)."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format_exception_only(value).splitlines(True)


def _format(exc, tb, limit, chain, seen):
    """The lines of exc, after its cause or context when chain is true."""
    if exc is None:
        yield 'NoneType: None\n'
        return
    seen.add(id(exc))
    if chain:
        cause = exc.__cause__
        context = None if exc.__suppress_context__ else exc.__context__
        if cause is not None and id(cause) not in seen:
            yield from _format(cause, cause.__traceback__, limit, chain, seen)
            yield ('\nThe above exception was the direct cause '
                   'of the following exception:\n\n')
        elif context is not None and id(context) not in seen:
            yield from _format(context, context.__traceback__, limit, chain, seen)
            yield ('\nDuring handling of the above exception, '
                   'another exception occurred:\n\n')
    if tb is not None:
        entries = _tb_entries(tb, limit)
        if entries:
            yield 'Traceback (most recent call last):\n'
            yield from _traceback.format_tb(entries)
    yield from format_exception_only(exc)


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# --- the running stack --------------------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    print_list(_extract_stack(limit, 2), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    return format_list(_extract_stack(limit, 2))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame: a
    StackSummary, oldest frame first."""
    return _extract_stack(limit, 2)


def _extract_stack(limit, skip):
    # the frames of the caller of the public function and out; skip counts
    # the traceback functions in between
    frames = _traceback.stack(skip)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    result = StackSummary()
    for code, lineno in reversed(frames):
        result.append(FrameSummary(code.co_filename, lineno, code.co_name))
    return result


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."


def walk_tb(tb):
    """Walk a traceback along tb_next, yielding (frame, lineno) for each
    entry (the frame is None in atoll)."""
    while tb is not None:
        yield None, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Walk the stack, yielding (frame, lineno) for each frame (the frame is
    None in atoll)."""
    for code, lineno in _traceback.stack(1):
        yield None, lineno


# --- summaries ----------------------------------------------------------------------

class FrameSummary:
    """Information about a single frame from a traceback.

    - :attr:`filename` The filename for the frame.
    - :attr:`lineno` The line within filename for the frame that was
      active when the frame was captured.
    - :attr:`name` The name of the function or method that was executing
      when the frame was captured.
    - :attr:`line` The text from the linecache module for the
      of code that was running when the frame was captured.
    - :attr:`locals` Either None if locals were not supplied, or a dict
      mapping the name to the repr() of the variable.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_tb')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._tb = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # Returns the line as-is from the source, without modifying whitespace.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from (frame, lineno) pairs (atoll's frames
        are None: the entries have no file or name)."""
        result = klass()
        for f, lineno in frame_gen:
            result.append(FrameSummary('<unknown>', lineno, '<unknown>'))
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of
        FrameSummary objects or old-style list of tuples.
        """
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = []
        row.append('  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name))
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: one string per frame (its
        file, line and source, with the markers of a traceback entry), runs
        of the same frame cut after three."""
        if self and all(getattr(fs, '_tb', None) is not None for fs in self):
            return _traceback.format_tb([fs._tb for fs in self])
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


class TracebackException:
    """An exception ready for rendering: its type, its stack (a
    StackSummary), its cause and context (TracebackExceptions)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self._str = str(exc_value) if exc_value is not None else 'None'
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = extract_tb(exc_traceback, limit=limit)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback."""
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception: the lines of the chain, the tracebacks
        and the exception lines."""
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from _format(self._exc, self._tb, self._limit, chain, set())

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
