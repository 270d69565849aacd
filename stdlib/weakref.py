"""weakref: references that do not keep their objects alive.

ref, proxy and the counting functions come from the C module _weakref
(stdlib/weakrefmodule.c); this file adds WeakMethod, the weak mappings,
WeakSet and finalize.

Timing under atoll: the collector traces, it does not count references, so
an object is known to be dead only after a collection has run; the
callbacks of its weak references (and finalize objects) then run at the
next safe point of the interpreter that made them, or before gc.collect()
returns. Until then a dead object's references already answer None. The
containers below therefore look at every entry's liveness when they read
it, rather than trusting their callbacks to have pruned the dead ones, and
iterate over a snapshot of their entries, so that a callback arriving in
the middle of a loop cannot change what the loop walks over.
"""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs,
                      ReferenceType, ProxyType, CallableProxyType,
                      _remove_dead_weakref)
from collections.abc import MutableMapping, MutableSet
import itertools
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = [
    "CallableProxyType", "ProxyType", "ProxyTypes", "ReferenceType",
    "WeakKeyDictionary", "WeakMethod", "WeakSet", "WeakValueDictionary",
    "finalize", "getweakrefcount", "getweakrefs", "proxy", "ref",
]


def _self_notifier(owner, action):
    """A callback for references held by `owner` that calls
    action(owner, dead_ref) while owner lives, without keeping it alive."""
    owner_ref = ref(owner)

    def notify(dead):
        target = owner_ref()
        if target is not None:
            action(target, dead)
    return notify


class WeakMethod(ref):
    """A weak reference to a bound method: calling it gives the method back
    (bound anew) while both the instance and the function live."""

    __slots__ = ("_func_ref", "_user_cb", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            instance = meth.__self__
            function = meth.__func__
        except AttributeError:
            msg = "argument should be a bound method, not %s" % (type(meth),)
            raise TypeError(msg) from None
        me = []        # filled below: the callback must not hold us strongly

        def either_died(_dead):
            wm = me[0]() if me else None
            if wm is not None and wm._user_cb is not None:
                cb, wm._user_cb = wm._user_cb, None
                cb(wm)

        self = ref.__new__(cls, instance, either_died)
        self._func_ref = ref(function, either_died)
        self._user_cb = callback
        me.append(ref(self))
        return self

    def __init__(self, meth, callback=None):
        super().__init__(meth, callback)

    def __call__(self):
        instance = ref.__call__(self)
        function = self._func_ref()
        if instance is None or function is None:
            return None
        return function.__get__(instance, type(instance))

    def _live(self):
        return ref.__call__(self) is not None and self._func_ref() is not None

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._live() and other._live():
            same_instance = ref.__eq__(self, other)
            return same_instance and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under, for the
    callbacks of WeakValueDictionary."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, obj, cb, key):
        ref.__init__(self, obj, cb)


def _drop_value(wvd, dead):
    _remove_dead_weakref(wvd.data, dead.key)


class _WeakMapping(MutableMapping):
    """What the two weak dictionaries share: everything is read through
    _live_pairs(), the (key, value) pairs whose referents are still alive."""

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        for key, _ in self._live_pairs():
            yield key

    def keys(self):
        for key, _ in self._live_pairs():
            yield key

    def values(self):
        for _, value in self._live_pairs():
            yield value

    def items(self):
        yield from self._live_pairs()

    def copy(self):
        new = type(self)()
        for key, value in self._live_pairs():
            new[key] = value
        return new

    __copy__ = copy

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(self._live_pairs())
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes away once its
    value has been collected."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self._cb = _self_notifier(self, _drop_value)
        self.update(other, **kwargs)

    def _live_pairs(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def __getitem__(self, k):
        obj = self.data[k]()
        if obj is None:
            raise KeyError(k)
        return obj

    def __setitem__(self, k, v):
        self.data[k] = KeyedRef(v, self._cb, k)

    def __delitem__(self, k):
        del self.data[k]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, k):
        try:
            wr = self.data[k]
        except KeyError:
            return False
        return wr() is not None

    def itervaluerefs(self):
        for wr in list(self.data.values()):
            if wr() is not None:
                yield wr

    def valuerefs(self):
        return [wr for wr in self.data.values() if wr() is not None]

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def pop(self, key, *default):
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            k, wr = self.data.popitem()
            v = wr()
            if v is not None:
                return k, v

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def __deepcopy__(self, memo_dict):
        from copy import deepcopy
        new = type(self)()
        for key, value in self._live_pairs():
            new[deepcopy(key, memo_dict)] = value
        return new


def _drop_key(wkd, dead):
    wkd.data.pop(dead, None)


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes away once its
    key has been collected. Keys are looked up by equality, as in a dict."""

    def __init__(self, dict=None):
        self.data = {}
        self._cb = _self_notifier(self, _drop_key)
        if dict is not None:
            self.update(dict)

    def _live_pairs(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __getitem__(self, k):
        return self.data[ref(k)]

    def __setitem__(self, k, v):
        self.data[ref(k, self._cb)] = v

    def __delitem__(self, k):
        del self.data[ref(k)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, k):
        try:
            wr = ref(k)
        except TypeError:
            return False
        return wr in self.data

    def keyrefs(self):
        return [wr for wr in self.data if wr() is not None]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._cb), default)

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, value in other:
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def __deepcopy__(self, memo_dict):
        from copy import deepcopy
        new = type(self)()
        for key, value in self._live_pairs():
            new[key] = deepcopy(value, memo_dict)
        return new


def _drop_member(ws, dead):
    ws.data.discard(dead)


class WeakSet:
    """A set whose members are held weakly."""

    __module__ = "_weakrefset"     # where CPython defines it: reprs name it so

    def __init__(self, data=None):
        self.data = set()
        self._cb = _self_notifier(self, _drop_member)
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, "__dict__", None)

    def add(self, item):
        self.data.add(ref(item, self._cb))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._cb) for item in other)
        return self

    def union(self, other):
        return type(self)(itertools.chain(self, other))

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __class_getitem__ = classmethod(type(list[int]))


MutableSet.register(WeakSet)


class _FinalizerState:
    """What a live finalize object will call."""

    __slots__ = ("wr", "func", "args", "kwargs", "atexit", "order")


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once obj is collected (see the module's note on timing), or when the
    finalize object is called, or at exit if `atexit` is true; at most once.
    """

    __slots__ = ()
    _pending = {}              # finalize object -> _FinalizerState, while alive
    _counter = itertools.count()
    _exit_hooked = False
    _exiting = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hooked:
            import atexit
            atexit.register(finalize._at_exit)
            finalize._exit_hooked = True
        st = _FinalizerState()
        st.wr = ref(obj, self)
        st.func = func
        st.args = args
        st.kwargs = kwargs or None
        st.atexit = True
        st.order = next(finalize._counter)
        finalize._pending[self] = st

    def __call__(self, _unused=None):
        st = finalize._pending.pop(self, None)
        if st is not None and not finalize._exiting:
            return st.func(*st.args, **(st.kwargs or {}))

    def detach(self):
        st = finalize._pending.get(self)
        obj = st and st.wr()
        if obj is not None and finalize._pending.pop(self, None):
            return (obj, st.func, st.args, st.kwargs or {})

    def peek(self):
        st = finalize._pending.get(self)
        obj = st and st.wr()
        if obj is not None:
            return (obj, st.func, st.args, st.kwargs or {})

    @property
    def alive(self):
        return self in finalize._pending

    @property
    def atexit(self):
        st = finalize._pending.get(self)
        return bool(st) and st.atexit

    @atexit.setter
    def atexit(self, value):
        st = finalize._pending.get(self)
        if st:
            st.atexit = bool(value)

    def __repr__(self):
        st = finalize._pending.get(self)
        obj = st and st.wr()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _at_exit(cls):
        # newest first, each only if it is still pending when its turn comes
        try:
            due = sorted(((st.order, f) for f, st in cls._pending.items() if st.atexit),
                         reverse=True)
            for _, f in due:
                st = cls._pending.get(f)
                if st is not None and st.atexit:
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())   # reported, the others still run
        finally:
            cls._exiting = True
