"""warnings: issuing, filtering and showing warnings.

The behaviour is CPython 3.11's (which runs the C version of this module):
the same default filters, registries keyed and versioned the same way, and
the "file:line: Category: message" text followed by the source line."""

import sys
import _warnings

__all__ = """
    warn warn_explicit showwarning formatwarning filterwarnings
    simplefilter resetwarnings catch_warnings
""".split()

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter is (action, message, category, module, lineno). The message and
# module are None (anything), a str (that text exactly: the defaults) or a
# compiled pattern that must match at the start; lineno 0 is any line. These
# are the filters of a release build of CPython started without -W.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
# (text, category) of the "once" warnings issued without a registry
onceregistry = {}
# a registry remembers the filters' version it was filled under: a change of
# the filters empties it
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# --- the filter list -----------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter: action for the warnings of category (a subclass)
    whose text matches the regular expression message (ignoring case),
    raised in a module whose name matches module, at line lineno (0: any).
    It goes first, or last when append."""
    _check_action(action)
    _require(isinstance(message, str), "message must be a string")
    _require(isinstance(category, type), "category must be a class")
    _require(issubclass(category, Warning),
             "category must be a Warning subclass")
    _require(isinstance(module, str), "module must be a string")
    _check_lineno(lineno)
    text_pattern = module_pattern = None
    if message or module:
        import re
        text_pattern = re.compile(message, re.I) if message else None
        module_pattern = re.compile(module) if module else None
    _insert_filter((action, text_pattern, category, module_pattern, lineno),
                   append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for every message and module (see filterwarnings)."""
    _check_action(action)
    _check_lineno(lineno)
    _insert_filter((action, None, category, None, lineno), append)


def _require(condition, complaint):
    # CPython checks the arguments of the filter functions with assert
    if not condition:
        raise AssertionError(complaint)


def _check_action(action):
    _require(action in _ACTIONS, "invalid action: %r" % (action,))


def _check_lineno(lineno):
    _require(isinstance(lineno, int) and lineno >= 0,
             "lineno must be an int >= 0")


def _insert_filter(entry, append):
    # an existing copy moves to the front; appended, it stays where it is
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


# --- issuing -------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning (a Warning instance, or a text of category) as seen
    from the code stacklevel frames out: the filters decide whether it is
    shown, ignored or raised."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    # depth 0 is this frame: a stacklevel below 1 still means our caller
    where = _warnings._frame_info(max(stacklevel, 1))
    if where is None:
        # beyond the outermost frame: CPython blames the sys module
        filename, lineno, module_globals = "sys", 1, sys.__dict__
    else:
        filename, lineno, module_globals = where
    module = module_globals.get('__name__', "<string>")
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals, source)


def _module_of(filename):
    """The module name a file stands for: 'dir/m.py' -> 'dir/m'."""
    name = filename or "<unknown>"
    return name[:-3] if name.lower().endswith(".py") else name


def _current(registry):
    """registry, emptied if it was filled under other filters."""
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    return registry


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _action_for(text, category, module, lineno):
    """The action of the first filter that fits, and that filter."""
    for entry in filters:
        action, text_pattern, wanted, module_pattern, line = entry
        if (_matches(text_pattern, text) and issubclass(category, wanted)
                and _matches(module_pattern, module)
                and line in (0, lineno)):
            return action, entry
    return defaultaction, None


def _first_time(action, entry, text, category, lineno, registry):
    """Whether a warning the filters let through is shown now; marks it in
    the registries so that it is not shown again."""
    if action == "always":
        return True
    if action not in ("default", "module", "once"):
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    if registry is not None:
        registry[(text, category, lineno)] = True
    if action == "once" and registry is None:
        registry = _current(onceregistry)
    if action == "default" or registry is None:
        return True
    # "module" and "once": one showing per text and category in the registry
    if registry.get((text, category)):
        return False
    registry[(text, category)] = True
    return True


# warn_explicit's module when none is given (an explicit None differs)
_NO_MODULE = object()


def warn_explicit(message, category, filename, lineno,
                  module=_NO_MODULE, registry=None, module_globals=None,
                  source=None):
    """Issue a warning whose origin (file, line, module) is given; the
    module name defaults to the file's. As in CPython, module=None drops
    the warning."""
    lineno = _index(lineno)
    if module is None:
        return
    if module is _NO_MODULE:
        module = _module_of(filename)
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    if registry is not None:
        if _current(registry).get((text, category, lineno)):
            return
    action, entry = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if _first_time(action, entry, text, category, lineno, registry):
        _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                    source=source))


def _index(number):
    """number as an int, refusing what int() would convert (e.g. "7")."""
    if isinstance(number, int):
        return int(number)
    import operator
    return operator.index(number)


# --- showing -------------------------------------------------------------------

class WarningMessage(object):
    """One warning as catch_warnings(record=True) keeps it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        shown = (self.message, self._category_name, self.filename,
                 self.lineno, self.line)
        return ("{message : %r, category : %r, filename : %r, "
                "lineno : %s, line : %r}" % shown)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default); a program may
    replace this function to send warnings elsewhere."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes; a program may replace it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


# the hooks as this module defines them: replaced ones are called instead
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg_impl(msg):
    out = sys.stderr if msg.file is None else msg.file
    if out is None:
        return      # no stderr (a daemon): the warning is lost
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        pass


def _source_line(msg):
    if msg.line is not None:
        return msg.line
    try:
        import linecache
        return linecache.getline(msg.filename, msg.lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    kind = msg.category.__name__
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, kind, msg.message)
    line = _source_line(msg)
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # atoll has no tracemalloc: CPython says the same when it is off
        text += ("%s: Enable tracemalloc to get the object allocation "
                 "traceback\n" % kind)
    return text


def _showwarnmsg(msg):
    """Show a warning through showwarning if a program replaced it."""
    hook = showwarning
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
         msg.line)


def _formatwarnmsg(msg):
    """Format a warning through formatwarning if a program replaced it."""
    hook = formatwarning
    if hook is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


# --- catch_warnings ------------------------------------------------------------

class catch_warnings(object):
    """A context manager that saves the filters and the showwarning hook on
    entry and puts them back on exit. With record=True, the warnings are
    not shown but collected in the list it returns; with action, that
    simplefilter(action, category, lineno, append) applies inside. module
    is the warnings module to act on (this one by default)."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = module or sys.modules['warnings']
        self._entered = False
        self._filter = None
        if action is not None:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = list(mod.filters)
        mod._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        caught = []
        # _showwarnmsg calls _showwarnmsg_impl only while showwarning is
        # the original: put that back so the list gets every warning
        mod._showwarnmsg_impl = caught.append
        mod.showwarning = mod._showwarning_orig
        return caught

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()
