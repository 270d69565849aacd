"""copy: shallow and deep copies of Python objects.

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively, copying each shared object once. A class can
take over with __copy__ / __deepcopy__(memo), or describe how to rebuild
its instances with __reduce_ex__ / __reduce__. atoll's object has neither
of these: the recipe object.__reduce_ex__(4) gives in CPython (call
cls.__new__, then restore the state) is worked out here instead."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the old name


class _Probe:
    def method(self):
        pass


_FunctionType = type(_Probe.method)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
from _weakref import ref as _WeakRef
_SINGLETON_TYPES = (type(None), type(Ellipsis), type(NotImplemented))

# immutable values (and functions), which are their own copies
_SHARED_BY_DEEPCOPY = frozenset({*_SINGLETON_TYPES, int, float, bool,
                                 bytes, str, type, range, property,
                                 _FunctionType, _BuiltinFunctionType, _WeakRef})
_SHARED_BY_COPY = _SHARED_BY_DEEPCOPY | {slice, frozenset, tuple}
_CONTAINERS_WITH_COPY = frozenset({list, dict, set, bytearray})

# the builtin bases whose value is an argument of __new__, not state
_VALUE_BASES = (int, float, str, bytes, tuple, frozenset)
# the builtin types that object.__reduce_ex__ knows how to rebuild
_REBUILDABLE_BUILTINS = (list, dict, set, tuple, int, float, str, bytes)

_MISSING = object()


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHARED_BY_COPY or issubclass(cls, type):
        return x
    if cls in _CONTAINERS_WITH_COPY:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, _recipe(x, cls), None)


def deepcopy(x, memo=None):
    """A deep copy of x. *memo* maps the id() of each object copied so far
    to its copy, so that shared and cyclic references are copied once."""
    if memo is None:
        memo = {}
    done = memo.get(id(x), _MISSING)
    if done is not _MISSING:
        return done
    result = _deep_copy_of(x, memo)
    if result is not x:
        memo[id(x)] = result
        _keep_alive(x, memo)
    return result


def _deep_copy_of(x, memo):
    cls = type(x)
    copier = _DEEP_COPIERS.get(cls)
    if copier is not None:
        return copier(x, memo)
    if cls in _SHARED_BY_DEEPCOPY or issubclass(cls, type):
        return x
    method = getattr(x, "__deepcopy__", None)
    if method is not None:
        return method(memo)
    return _rebuild(x, _recipe(x, cls), memo)


def _keep_alive(x, memo):
    # The memo is keyed by id(): x must outlive it, or a new object could
    # take x's id and be mistaken for it. The originals are listed under
    # the id of the memo itself.
    memo.setdefault(id(memo), []).append(x)


# --- the rebuilding recipe of an object ---
# A recipe is what __reduce_ex__ returns: a global name (the object stands
# for itself), or (callable, args[, state[, list items[, dict items]]]).

def _recipe(x, cls):
    reduce_ex = getattr(cls, "__reduce_ex__", None)
    if reduce_ex is not None:
        recipe = reduce_ex(x, 4)
    else:
        reduce = getattr(cls, "__reduce__", None)
        recipe = _default_recipe(x, cls) if reduce is None else reduce(x)
    if not recipe:
        raise Error(f"un(deep)copyable object of type {cls}")
    return recipe


def _call_new(cls, *args):
    return cls.__new__(cls, *args)


def _call_new_with_keywords(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _new_call(x, cls):
    # how to make the bare object: the callable and its arguments
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        return _call_new_with_keywords, (cls, args, kwargs)
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        return _call_new, (cls, *getnewargs(x))
    for base in _VALUE_BASES:
        if isinstance(x, base):
            return _call_new, (cls, base(x))
    return _call_new, (cls,)


def _state_of(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    state = getattr(x, "__dict__", None) or None
    if state is None and cls.__module__ == "builtins" \
            and not isinstance(x, _REBUILDABLE_BUILTINS):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    return state


def _default_recipe(x, cls):
    if isinstance(x, set):
        # a set's items are arguments of its rebuilding (set.__reduce__)
        return _rebuild_set, (cls, list(x), _state_of(x, cls))
    func, args = _new_call(x, cls)
    state = _state_of(x, cls)
    items = iter(x) if isinstance(x, list) else None
    pairs = iter(x.items()) if isinstance(x, dict) else None
    return func, args, state, items, pairs


def _rebuild_set(cls, items, state):
    result = cls.__new__(cls)
    result.update(items)
    if state:
        result.__dict__.update(state)
    return result


def _rebuild(x, recipe, memo):
    # follow the recipe, deep-copying its parts when memo is given
    if isinstance(recipe, str):
        return x
    func, args, state, items, pairs = (*recipe, None, None, None)[:5]
    deep = memo is not None
    if deep:
        args = deepcopy(args, memo)
    result = func(*args)
    if deep:
        # before the state, which may refer back to x
        memo[id(x)] = result
    if state is not None:
        _set_state(result, deepcopy(state, memo) if deep else state)
    for item in items or ():
        result.append(deepcopy(item, memo) if deep else item)
    for key, value in pairs or ():
        if deep:
            key, value = deepcopy(key, memo), deepcopy(value, memo)
        result[key] = value
    return result


def _set_state(obj, state):
    setstate = getattr(obj, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    # a pair is (__dict__ contents, slot values)
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        obj.__dict__.update(state)
    for name, value in (slots or {}).items():
        setattr(obj, name, value)


# --- deep copies of the builtin types ---
# A mutable container enters the memo before its items are copied: they
# may lead back to it.

def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    for item in x:
        result.append(deepcopy(item, memo))
    return result


def _deep_tuple(x, memo):
    copies = [deepcopy(item, memo) for item in x]
    # a tuple cannot enter the memo first; if an item led back to it, the
    # copy made meanwhile is in the memo
    made = memo.get(id(x), _MISSING)
    if made is not _MISSING:
        return made
    if all(new is old for new, old in zip(copies, x)):
        return x
    return tuple(copies)


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result


def _deep_set(x, memo):
    result = set()
    memo[id(x)] = result
    for item in x:
        result.add(deepcopy(item, memo))
    return result


def _deep_frozenset(x, memo):
    return frozenset([deepcopy(item, memo) for item in x])


def _deep_slice(x, memo):
    return slice(*[deepcopy(part, memo) for part in (x.start, x.stop, x.step)])


def _deep_bytearray(x, memo):
    return bytearray(x)


def _deep_method(x, memo):
    # the same function, bound to a copy of the instance
    return x.__func__.__get__(deepcopy(x.__self__, memo))


_DEEP_COPIERS = {list: _deep_list, tuple: _deep_tuple, dict: _deep_dict,
                 set: _deep_set, frozenset: _deep_frozenset, slice: _deep_slice,
                 bytearray: _deep_bytearray, _MethodType: _deep_method}
