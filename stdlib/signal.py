"""signal: set handlers for asynchronous events, as CPython's module.

The functions come from _signal (stdlib/signalmodule.c); this layer turns
the numbers into the Signals, Handlers and Sigmasks enums, as CPython's
signal.py does. Handlers are set and run by the main interpreter's main
task only (CPython's main thread); they are called as handler(signum, None):
atoll has no frame objects.
"""
import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _convert(name, predicate):
    # CPython's IntEnum._convert_: the module's constants that match, by
    # value then name, so that the first name of a value is the member and
    # the others (SIGIOT, SIGCLD, SIGPOLL) its aliases
    members = sorted(((n, v) for n, v in vars(_signal).items() if predicate(n)),
                     key=lambda item: (item[1], item[0]))
    cls = _IntEnum(name, members, module=__name__)
    _globals.update(cls.__members__)
    _globals[name] = cls
    return cls


_convert('Signals', lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_'))
_convert('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))
_convert('Sigmasks', lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member.
    If it's not a known member, return the value itself.
    """
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value.
    If it's not an IntEnum member return the value itself.
    """
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the action for the given signal.

    The action can be SIG_DFL, SIG_IGN, or a callable Python object.
    The previous action is returned."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal."""
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    """Fetch and/or change the signal mask of the calling thread."""
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    """Examine pending signals."""
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


for _f in (signal, getsignal, pthread_sigmask, sigpending, valid_signals):
    _f.__doc__ = getattr(_signal, _f.__name__).__doc__
del _globals, _f
