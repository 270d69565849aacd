"""copy: shallow and deep copy operations.

copy(x) and deepcopy(x[, memo]) as CPython's: the built-in containers are
copied directly, classes may define __copy__/__deepcopy__ or
__reduce_ex__/__reduce__, and other instances are rebuilt the way
object.__reduce_ex__(4) describes them (cls.__new__, then their state)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _function_type():
    def f():
        pass
    return type(f)


class _C:
    def m(self):
        pass


_FunctionType = _function_type()
_BuiltinFunctionType = type(len)
_MethodType = type(_C().m)

# returned as they are by copy() and deepcopy()
_copy_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
                bytes, str, type, range, _FunctionType, _BuiltinFunctionType, property,
                slice, frozenset, tuple}
_deepcopy_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
                    bytes, str, type, range, _FunctionType, _BuiltinFunctionType, property}
_IMMUTABLE_BASES = (int, float, str, bytes, tuple, frozenset)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _copy_atomic:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _deepcopy_atomic or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _reduce(x, cls):
    # the class's own reduction, else what object.__reduce_ex__(4) gives
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is not None:
            rv = reductor(x)
        else:
            rv = _default_reduce(x, cls)
    if not rv:
        raise Error("un(deep)copyable object of type %s" % cls)
    return rv


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_reduce(x, cls):
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        func, fargs = _newobj_ex, (cls, args, kwargs)
    else:
        getnewargs = getattr(cls, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs(x)
        else:
            args = ()
            for base in _IMMUTABLE_BASES:
                if isinstance(x, base):
                    args = (base(x),)
                    break
        func, fargs = _newobj, (cls,) + tuple(args)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        state = getstate(x)
    else:
        try:
            state = x.__dict__
        except AttributeError:
            state = None
        else:
            if not state:
                state = None
        if state is None and not isinstance(x, (list, dict, set, tuple, int, float, str, bytes)) \
                and cls.__module__ == 'builtins':
            raise TypeError("cannot pickle '%s' object" % cls.__name__)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, set) and not isinstance(x, frozenset):
        # object.__reduce_ex__ gives sets their items as __new__ arguments
        # through set.__reduce__: rebuild with the items
        func, fargs = _rebuild_set, (cls, list(x), state)
        state = None
    return func, fargs, state, listitems, dictitems


def _rebuild_set(cls, items, state):
    y = cls.__new__(cls)
    y.update(items)
    if state:
        y.__dict__.update(state)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y
d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset(deepcopy(list(x), memo))
d[frozenset] = _deepcopy_frozenset


def _deepcopy_slice(x, memo, deepcopy=deepcopy):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
d[slice] = _deepcopy_slice


def _deepcopy_bytearray(x, memo, deepcopy=deepcopy):
    return bytearray(x)
d[bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):
    return x.__func__.__get__(deepcopy(x.__self__, memo))
d[_MethodType] = _deepcopy_method

del d


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
