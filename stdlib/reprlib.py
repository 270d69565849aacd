"""reprlib: representations of objects cut to a bounded size, with the
interface of CPython 3.11's reprlib.

A Repr object limits how many items of each container it shows, how deep
it goes into nested containers and how long strings, ints and other
representations may get; what is left out shows as its fillvalue ('...').
The method for an object is found by its type's name: repr_list for a
list, repr_instance when there is none.

recursive_repr() guards a __repr__ method against recursion: a call for an
object whose representation is already being built returns the fill
value instead.
"""

import builtins
import itertools

try:
    import _thread
    _thread_id = _thread.get_ident
except ImportError:
    # no threads here: one call chain per interpreter at a time
    def _thread_id():
        return 0

__all__ = ["Repr", "repr",
           "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a recursive call for the same object
    (on the same thread) returns fillvalue."""

    def decorate(method):
        busy = set()

        def guarded(self):
            key = (id(self), _thread_id())
            if key in busy:
                return fillvalue
            busy.add(key)
            try:
                return method(self)
            finally:
                busy.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, name, getattr(method, name))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _cut(s, room, fill):
    """s cut down to room characters by dropping its middle, which becomes
    fill. Three characters of room are kept for the fill, whatever its
    length, so the kept ends do not depend on it."""
    head = max(0, (room - 3) // 2)
    tail = max(0, room - 3 - head)
    return s[:head] + fill + s[len(s) - tail:]


def _in_order(items):
    """items sorted when they can be, else in their own order."""
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Representations with size limits, held in its attributes."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, obj):
        levels = self.maxlevel
        return self.repr1(obj, levels)

    def repr1(self, obj, level):
        """obj shown with level more levels of nesting allowed."""
        name = '_'.join(type(obj).__name__.split())
        method = getattr(self, 'repr_' + name, self.repr_instance)
        return method(obj, level)

    def _repr_iterable(self, obj, level, left, right, maxiter, trail=''):
        """The items of obj between left and right, at most maxiter of them;
        trail follows a single item (the comma of a 1-tuple)."""
        count = len(obj)
        if level <= 0 and count:
            inside = self.fillvalue
        else:
            deeper = level - 1
            shown = [self.repr1(item, deeper)
                     for item in itertools.islice(obj, maxiter)]
            if count > maxiter:
                shown.append(self.fillvalue)
            inside = ', '.join(shown)
            if count == 1 and trail:
                right = trail + right
        return left + inside + right

    def repr_tuple(self, obj, level):
        return self._repr_iterable(obj, level, '(', ')', self.maxtuple,
                                   trail=',')

    def repr_list(self, obj, level):
        return self._repr_iterable(obj, level, '[', ']',
                                   maxiter=self.maxlist)

    def repr_array(self, obj, level):
        code = obj.typecode
        if not obj:
            return "array('%s')" % code
        return self._repr_iterable(obj, level, "array('%s', [" % code, '])',
                                   self.maxarray)

    def repr_set(self, obj, level):
        if not obj:
            return 'set()'
        return self._repr_iterable(_in_order(obj), level, '{', '}',
                                   self.maxset)

    def repr_frozenset(self, obj, level):
        if not obj:
            return 'frozenset()'
        return self._repr_iterable(_in_order(obj), level,
                                   'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, obj, level):
        return self._repr_iterable(obj, level, 'deque([', '])',
                                   maxiter=self.maxdeque)

    def repr_dict(self, obj, level):
        count = len(obj)
        if count == 0:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        deeper = level - 1
        shown = []
        for key in itertools.islice(_in_order(obj), self.maxdict):
            shown.append(self.repr1(key, deeper) + ': '
                         + self.repr1(obj[key], deeper))
        if count > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, obj, level):
        room = self.maxstring
        s = builtins.repr(obj[:room])
        if len(s) <= room:
            return s
        # show the two ends of the string, quoted once
        head = max(0, (room - 3) // 2)
        tail = max(0, room - 3 - head)
        s = builtins.repr(obj[:head] + obj[len(obj) - tail:])
        return _cut(s, room, self.fillvalue)

    def repr_int(self, obj, level):
        s = builtins.repr(obj)
        if len(s) > self.maxlong:
            s = _cut(s, self.maxlong, self.fillvalue)
        return s

    def repr_instance(self, obj, level):
        try:
            s = builtins.repr(obj)
        except Exception:
            cls_name = obj.__class__.__name__
            return '<%s instance at %#x>' % (cls_name, id(obj))
        if len(s) <= self.maxother:
            return s
        return _cut(s, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
