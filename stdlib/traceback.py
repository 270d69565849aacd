"""traceback: extracting, formatting and printing stack traces and
exceptions, with the API and the output of CPython 3.11's module.

The interpreter (_traceback) writes a traceback entry (file, line, source
line and the ~~~^^^ markers) and an exception's closing lines, exactly as it
prints an uncaught exception; this module walks tracebacks and chains.

atoll has no frame objects: walk_tb and walk_stack give None for the frame,
the f arguments of the stack functions are ignored, FrameSummary has no
locals of its own, and clear_frames does nothing."""

import sys
import linecache
import _traceback

__all__ = """
    extract_stack extract_tb format_exception format_exception_only
    format_list format_stack format_tb print_exc format_exc print_exception
    print_last print_stack print_tb clear_frames FrameSummary StackSummary
    TracebackException walk_stack walk_tb
""".split()

# a run of identical entries shows this many, then a "repeated" line
_SHOWN_REPEATS = 3

# stands for "not given" where None is a meaningful argument
_MISSING = object()

_CAUSE_JOINT = ('\nThe above exception was the direct cause '
                'of the following exception:\n\n')
_CONTEXT_JOINT = ('\nDuring handling of the above exception, '
                  'another exception occurred:\n\n')


def _cut(items, limit):
    """items shortened as a limit argument says: the first limit ones, or
    the last -limit ones; None means sys.tracebacklimit (0 if negative)."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is None:
            return items
        limit = max(limit, 0)
    return items[:limit] if limit >= 0 else items[limit:]


def _write_all(lines, file):
    out = sys.stderr if file is None else file
    for text in lines:
        print(text, file=out, end="")


# --- lists of entries ------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print entries (FrameSummary objects or 4-tuples) as a traceback
    prints them, to file (sys.stderr by default)."""
    _write_all(format_list(extracted_list), file)


def format_list(extracted_list):
    """The text of each entry (FrameSummary objects or (file, line,
    function, source) tuples), as a traceback shows it."""
    return StackSummary.from_list(extracted_list).format()


# --- tracebacks ------------------------------------------------------------------

def _entries(tb):
    """The traceback objects linked from tb, outermost first."""
    found = []
    while tb is not None:
        found.append(tb)
        tb = tb.tb_next
    return found


def walk_tb(tb):
    """(frame, line number) of each entry of a traceback (atoll's frames
    are None)."""
    for entry in _entries(tb):
        yield None, entry.tb_lineno


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of a traceback (limit: see print_tb)."""
    summary = StackSummary()
    for entry in _cut(_entries(tb), limit):
        code = _traceback.tb_code(entry)
        summary.append(FrameSummary(code.co_filename, entry.tb_lineno,
                                    code.co_name, _entry=entry))
    return summary


def format_tb(tb, limit=None):
    """The text of each entry of a traceback."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the entries of a traceback, the first limit ones (the last
    -limit ones for a negative limit)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def clear_frames(tb):
    """Clear the locals of the frames of a traceback (no frames in atoll)."""


# --- exceptions ------------------------------------------------------------------

def _exception_and_tb(exc, value, tb):
    """The (exception, traceback) that the exc, value, tb arguments mean:
    an exception alone brings its own traceback."""
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _MISSING:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, '
                        f'{type(exc).__name__} found')
    return exc, exc.__traceback__


def _explain(value, tb, limit):
    return TracebackException(type(value), value, tb, limit=limit,
                              compact=True)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None,
                     chain=True):
    """The lines print_exception prints, each ending in a newline."""
    value, tb = _exception_and_tb(exc, value, tb)
    return list(_explain(value, tb, limit).format(chain=chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None,
                    file=None, chain=True):
    """Print an exception as the interpreter prints an uncaught one: its
    traceback (cut by limit) and its line, after the exceptions it was
    caused by or raised while handling (when chain)."""
    value, tb = _exception_and_tb(exc, value, tb)
    _explain(value, tb, limit).print(file=file, chain=chain)


def format_exception_only(exc, /, value=_MISSING):
    """The closing lines of an exception's report ("Type: message", the
    source and caret of a SyntaxError, the notes)."""
    if value is _MISSING:
        value = exc
    return list(_closing_lines(value))


def _closing_lines(value):
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format_exception_only(value).splitlines(True)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type and its fellows)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# --- the running stack -------------------------------------------------------------

def _caller_stack(skip, limit):
    """The running frames, oldest first, without this function and the
    skip frames that called it; limit keeps the innermost ones."""
    frames = _cut(_traceback.stack(skip + 1), limit)
    summary = StackSummary()
    for code, lineno in reversed(frames):
        summary.append(FrameSummary(code.co_filename, lineno, code.co_name))
    return summary


def extract_stack(f=None, limit=None):
    """A StackSummary of the frames running, from the outermost to the
    caller."""
    return _caller_stack(1, limit)


def format_stack(f=None, limit=None):
    """The text of each running frame, as a traceback shows it."""
    return _caller_stack(1, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Print the frames running, from the outermost to the caller."""
    print_list(_caller_stack(1, limit), file=file)


def walk_stack(f):
    """(frame, line number) of each running frame, innermost first (atoll's
    frames are None)."""
    for code, lineno in _traceback.stack(1):
        yield None, lineno


# --- summaries -------------------------------------------------------------------

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, the
    source line (read when first asked for) and the locals' reprs."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_entry')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, _entry=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        # the traceback entry it comes from: the interpreter writes those,
        # with their markers
        self._entry = _entry
        self.locals = None
        if locals:
            self.locals = {key: repr(val) for key, val in locals.items()}
        if lookup_line:
            self._fetch_line()

    def _fetch_line(self):
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)

    @property
    def line(self):
        """The source line, stripped ('' when unknown)."""
        self._fetch_line()
        return None if self._line is None else self._line.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return (f"<FrameSummary file {self.filename}, line {self.lineno} "
                f"in {self.name}>")


def _repeat_note(count):
    """The line that stands for the entries of a run beyond those shown."""
    hidden = count - _SHOWN_REPEATS
    if hidden <= 0:
        return []
    plural = "s" if hidden > 1 else ""
    return [f'  [Previous line repeated {hidden} more time{plural}]\n']


class StackSummary(list):
    """A list of FrameSummary objects: a stack or a traceback, oldest
    entry first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A summary of (frame, line number) pairs; atoll's frames are
        None, so the entries name no file or function."""
        pairs = _cut(list(frame_gen), limit)
        summary = klass()
        for frame, lineno in pairs:
            summary.append(FrameSummary('<unknown>', lineno, '<unknown>',
                                        lookup_line=lookup_lines))
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A summary of FrameSummary objects or (file, line, function,
        source) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its place, its source line, its locals."""
        if frame_summary._entry is not None:
            return _traceback.format_tb([frame_summary._entry])[0]
        text = '  File "%s", line %s, in %s\n' % (
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += '    %s\n' % frame_summary.line
        for name, value in sorted((frame_summary.locals or {}).items()):
            text += '    %s = %s\n' % (name, value)
        return text

    def format(self):
        """The text of each entry; of a run of identical entries (a
        recursion) only the first three, then a line with the count."""
        out = []
        run_key, run_length = None, 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue    # a subclass's way to leave an entry out
            key = (summary.filename, summary.lineno, summary.name)
            if key != run_key:
                out += _repeat_note(run_length)
                run_key, run_length = key, 0
            run_length += 1
            if run_length <= _SHOWN_REPEATS:
                out.append(text)
        out += _repeat_note(run_length)
        return out


class TracebackException:
    """An exception captured for formatting later: its type, its text, its
    stack (a StackSummary) and, as TracebackExceptions, the exceptions it
    was caused by (__cause__) or raised while handling (__context__)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self._exc = exc_value     # the interpreter writes its closing lines
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = 'None' if exc_value is None else str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.exceptions = None      # atoll has no exception groups
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._take_syntax_error(exc_value)
        self.__suppress_context__ = bool(
            exc_value is not None and exc_value.__suppress_context__)
        self.__cause__ = self._follow(exc_value, '__cause__', limit, seen)
        self.__context__ = self._follow(exc_value, '__context__', limit, seen)

    def _take_syntax_error(self, exc):
        # the line numbers are kept as text, as CPython does
        def as_text(number):
            return None if number is None else str(number)
        self.filename, self.text, self.msg = exc.filename, exc.text, exc.msg
        self.lineno = as_text(exc.lineno)
        self.end_lineno = as_text(getattr(exc, 'end_lineno', None))
        self.offset = exc.offset
        self.end_offset = getattr(exc, 'end_offset', None)

    @staticmethod
    def _follow(exc, link, limit, seen):
        """The TracebackException of exc's cause or context, unless there is
        none or it was met already (a cycle)."""
        other = None if exc is None else getattr(exc, link)
        if other is None or id(other) in seen:
            return None
        return TracebackException(type(other), other, other.__traceback__,
                                  limit=limit, _seen=seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException of an exception and its traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The closing lines of the report."""
        yield from _closing_lines(self._exc)

    def _chain(self, chain):
        """(report, joint text that follows it) for each exception to
        print, oldest first."""
        links = []
        report, joint = self, None
        while report is not None:
            links.append((report, joint))
            if not chain:
                break
            if report.__cause__ is not None:
                report, joint = report.__cause__, _CAUSE_JOINT
            elif not report.__suppress_context__:
                report, joint = report.__context__, _CONTEXT_JOINT
            else:
                report = None
        links.reverse()
        return links

    def format(self, *, chain=True, _ctx=None):
        """The lines of the report, each ending in a newline; with chain,
        preceded by those of its cause or context."""
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        for report, joint in self._chain(chain):
            if report.stack:
                yield 'Traceback (most recent call last):\n'
                yield from report.stack.format()
            yield from report.format_exception_only()
            if joint:
                yield joint

    def print(self, *, file=None, chain=True):
        """Print the report to file (sys.stderr by default)."""
        _write_all(self.format(chain=chain), file)
