"""copyreg: the registry pickle and copy consult for rebuilding objects.

pickle(cls, reducer) registers how instances of a class are reduced;
add_extension gives a (module, name) global a small integer code, which
pickle writes in place of the name. __newobj__, __newobj_ex__ and
_reconstructor are the callables that reduction tuples name; they are
looked up in this module by name when a pickle is loaded.

atoll's object type has no __reduce_ex__: reduce_object(obj, protocol)
computes what CPython's object.__reduce_ex__ returns, and pickle uses it
for classes that do not reduce themselves."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function(obj) -> reduction tuple for ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    if constructor_ob is not None:
        constructor(constructor_ob)
    dispatch_table.update({ob_type: pickle_function})


def constructor(object):
    # only checked: nothing needs a list of constructors any more
    if callable(object):
        return
    raise TypeError("constructors must be callable")


# --- the callables that reduction tuples name ---

def __newobj__(cls, *args):
    """NEWOBJ's meaning: a bare instance, __init__ not called."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """NEWOBJ_EX's meaning, keyword arguments included."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    # the protocol 0/1 rebuild: a bare cls instance, initialised as base
    if base is object:
        return object.__new__(cls)
    instance = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(instance, state)
    return instance


# --- object.__reduce_ex__ as CPython computes it ---

# builtin bases whose __getnewargs__ gives the value to __new__
_VALUE_BASES = (int, float, str, bytes, tuple)

def _user_method(cls, name):
    # a method some class of cls's MRO defines, other than object's
    for klass in cls.__mro__:
        if klass is not object and name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _is_builtin(klass):
    return klass.__module__ == "builtins"


def object_state(obj):
    """What object.__getstate__ returns: the instance dict, or None when
    it is empty; a class's own __getstate__ takes over."""
    getstate = _user_method(type(obj), "__getstate__")
    if getstate is not None:
        return getstate(obj)
    return getattr(obj, "__dict__", None) or None


# atoll's file types are builtins; protocols 2 and up name them by the
# C type name CPython gives them
_IO_TYPES = {"TextIOWrapper", "BufferedReader", "BufferedWriter",
             "BufferedRandom", "FileIO"}


def _refuse(cls, protocol=0):
    name = cls.__name__
    if protocol >= 2 and cls.__module__ == "builtins" and name in _IO_TYPES:
        name = "_io." + name
    raise TypeError(f"cannot pickle {name!r} object")


def _reduce_old(obj, cls):
    # protocols 0 and 1: rebuild from the nearest builtin base's value
    base = next((k for k in cls.__mro__ if _is_builtin(k)), object)
    if base is object:
        value = None
    elif base is cls:
        _refuse(cls)
    else:
        value = base(obj)
    state = object_state(obj)
    if state:
        return _reconstructor, (cls, base, value), state
    return _reconstructor, (cls, base, value)


def _new_arguments(obj, cls):
    getnewargs_ex = _user_method(cls, "__getnewargs_ex__")
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not "
                            f"'{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not "
                            f"'{type(kwargs).__name__}'")
        return args, kwargs
    getnewargs = _user_method(cls, "__getnewargs__")
    if getnewargs is not None:
        args = getnewargs(obj)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not "
                            f"'{type(args).__name__}'")
        return args, None
    for base in _VALUE_BASES:
        if isinstance(obj, base):
            return (base(obj),), None
    return None, None


def _reduce_new(obj, cls):
    # protocols 2 and up: cls.__new__(cls, *args), then the state
    args, kwargs = _new_arguments(obj, cls)
    if args is None and _is_builtin(cls) and cls is not object:
        _refuse(cls, 2)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    state = object_state(obj)
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems,
                dictitems)
    return __newobj__, (cls, *(args or ())), state, listitems, dictitems


def reduce_object(obj, protocol):
    """obj.__reduce_ex__(protocol): the class's own __reduce_ex__ or
    __reduce__ if it has one, else the default recipe."""
    cls = type(obj)
    reduce_ex = _user_method(cls, "__reduce_ex__")
    if reduce_ex is not None:
        return reduce_ex(obj, protocol)
    reduce = _user_method(cls, "__reduce__")
    if reduce is not None:
        return reduce(obj)
    for base, builtin_reduce in _BUILTIN_REDUCERS.items():
        if isinstance(obj, base):
            return builtin_reduce(obj)
    if protocol < 2:
        return _reduce_old(obj, cls)
    return _reduce_new(obj, cls)


# the __reduce__ methods of builtin types, inherited by their subclasses
def _reduce_set(obj):
    return type(obj), (list(obj),), object_state(obj)


def _reduce_exception(obj):
    state = getattr(obj, "__dict__", None)
    if state:
        return type(obj), obj.args, state
    return type(obj), obj.args


def _reduce_range(obj):
    return range, (obj.start, obj.stop, obj.step)


def _reduce_slice(obj):
    return slice, (obj.start, obj.stop, obj.step)


_BUILTIN_REDUCERS = {set: _reduce_set, frozenset: _reduce_set,
                     BaseException: _reduce_exception, range: _reduce_range,
                     slice: _reduce_slice}


# --- the extension registry: (module, name) <-> small integer codes ---

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def _registered(key, code):
    return (_extension_registry.get(key), _inverted_registry.get(code)) \
        == (code, key)


def add_extension(module, name, code):
    """Give the global module.name the code (1 to 2**31-1)."""
    code, key = int(code), (module, name)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    if _registered(key, code):
        return
    taken = _extension_registry.get(key)
    if taken is not None:
        raise ValueError(f"key {key} is already registered with code "
                         f"{taken}")
    holder = _inverted_registry.get(code)
    if holder is not None:
        raise ValueError(f"code {code} is already in use for key {holder}")
    _extension_registry.update({key: code})
    _inverted_registry.update({code: key})


def remove_extension(module, name, code):
    key = (module, name)
    if not _registered(key, code):
        raise ValueError(f"key {key} is not registered with code {code}")
    _extension_registry.pop(key)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects loaded for extension codes."""
    _extension_cache.clear()
