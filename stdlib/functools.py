"""functools: tools that act on callables (wrappers, caches, generic functions)."""

# cmp_to_key, reduce, partial and the lru_cache wrapper are written in C
from _functools import cmp_to_key, reduce, partial, _lru_cache_wrapper

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

_ABSENT = object()
_mappingproxy = type(type.__dict__)


def _is_abstract(func):
    return getattr(func, '__isabstractmethod__', False)


# --- making a wrapper look like what it wraps ---

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Give *wrapper* the identity of *wrapped*: copy the *assigned* attributes
    it has, merge the *updated* ones, and point __wrapped__ at it."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # last: a __wrapped__ merged in from wrapped's own __dict__ must not win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(), for the wrapper being defined."""
    # documented to be this partial object, not a closure
    options = {'wrapped': wrapped, 'assigned': assigned, 'updated': updated}
    return partial(update_wrapper, **options)


# --- total_ordering ---
# Each ordering operator has a shape: (does it test "less", is it strict).
# From one defined operator (the root) and ==, the other three follow:
# the operator of the other side is the root negated (then exact for the
# complement, else corrected by == or !=), the one of the same side is the
# root corrected by == or !=.

_SHAPE = {'__lt__': (True, True), '__le__': (True, False),
          '__gt__': (False, True), '__ge__': (False, False)}
_OPERATOR_OF_SHAPE = {shape: name for name, shape in _SHAPE.items()}
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def _derived_comparison(root, target):
    root_less, root_strict = _SHAPE[root]
    target_less, target_strict = _SHAPE[target]
    negate = root_less != target_less
    complement = negate and root_strict != target_strict

    def comparison(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if complement:
            return result
        if target_strict:
            return result and self != other
        return result or self == other
    comparison.__name__ = target
    return comparison


def total_ordering(cls):
    """Class decorator: define the missing ones of < <= > >= from one of them."""
    own = [op for op in _ROOT_PREFERENCE
           if getattr(cls, op, None) is not getattr(object, op, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = own[0]
    less, strict = _SHAPE[root]
    # mirror image first, then the same side's partner, then the complement
    for shape in ((not less, strict), (less, not strict), (not less, not strict)):
        target = _OPERATOR_OF_SHAPE[shape]
        if target not in own:
            setattr(cls, target, _derived_comparison(root, target))
    return cls


# --- partialmethod ---

class partialmethod:
    """A partial() that behaves as a method: the instance (or class) it is
    looked up on comes first, then the stored arguments, then the call's."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # flatten nested partialmethods into one
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        positional = ', '.join(repr(arg) for arg in self.args)
        named = ', '.join(f'{key}={value!r}' for key, value in self.keywords.items())
        kind = type(self)
        return f'{kind.__module__}.{kind.__qualname__}({self.func}, {positional}, {named})'

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None and not isinstance(self.func, partial):
            bound = binder(obj, cls)
            if bound is not self.func:
                # a descriptor (classmethod, function...) did the binding
                return self._partial_of(bound)
        return self._as_function().__get__(obj, cls)

    def _partial_of(self, bound):
        result = partial(bound, *self.args, **self.keywords)
        try:
            result.__self__ = bound.__self__
        except AttributeError:      # not a bound method
            pass
        return result

    def _as_function(self):
        # a plain function binds to the instance like any method
        stored = self

        def call_stored(receiver, /, *args, **keywords):
            merged = {**stored.keywords, **keywords}
            return stored.func(receiver, *stored.args, *args, **merged)
        call_stored.__isabstractmethod__ = self.__isabstractmethod__
        call_stored._partialmethod = self
        return call_stored

    @property
    def __isabstractmethod__(self):
        return _is_abstract(self.func)


# --- lru_cache and cache ---

_CacheInfo = None


def _cache_info(hits, misses, maxsize, currsize):
    # the C wrapper calls this for cache_info(); the namedtuple type is made on
    # first use because importing collections is costly
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', 'hits misses maxsize currsize')
    return _CacheInfo(hits, misses, maxsize, currsize)


def _caching(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function's results, keeping the *maxsize* most
    recently used (all of them if maxsize is None); with *typed*, arguments
    of different types (3 and 3.0) are cached apart."""
    if callable(maxsize) and isinstance(typed, bool):
        # bare @lru_cache: the function came in place of maxsize
        return _caching(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)       # a negative size caches nothing, as 0
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _caching(user_function, maxsize, typed)


def cache(user_function, /):
    """Unbounded memoization, the same as lru_cache(maxsize=None)."""
    return _caching(user_function, None, False)


# --- single dispatch ---

def _annotated_class(func):
    # the class a bare @register reads off the first annotation of func
    annotations = getattr(func, '__annotations__', None)
    if not annotations:
        # atoll's classmethod and staticmethod do not expose __annotations__
        annotations = getattr(getattr(func, '__func__', None), '__annotations__', None)
    if not annotations:
        raise TypeError(f"Invalid first argument to `register()`: {func!r}. "
                        "Use either `@register(some_class)` or plain `@register` "
                        "on an annotated function.")
    param, cls = next(iter(annotations.items()))
    if not isinstance(cls, type):
        raise TypeError(f"Invalid annotation for {param!r}. {cls!r} is not a class.")
    return cls


def singledispatch(func):
    """Make *func* a generic function: the implementation called is picked by
    the type of the first argument, among those added with .register()."""
    implementations = {object: func}
    by_type = {}        # memo of dispatch(); emptied by each registration

    def dispatch(cls):
        """The implementation for arguments of type *cls*."""
        found = by_type.get(cls)
        if found is None:
            owner = next(base for base in cls.__mro__ if base in implementations)
            found = by_type[cls] = implementations[owner]
        return found

    def register(cls, func=None):
        """Add *func* as the implementation for *cls* (usable as a decorator)."""
        if func is None:
            if isinstance(cls, type):
                return lambda decorated: register(cls, decorated)
            func, cls = cls, _annotated_class(cls)
        elif not isinstance(cls, type):
            raise TypeError(f"Invalid first argument to `register()`. "
                            f"{cls!r} is not a class or union type.")
        implementations[cls] = func
        by_type.clear()
        return func

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kwargs)

    name = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mappingproxy(implementations)
    wrapper._clear_cache = by_type.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls), and binds the chosen implementation like the original."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Add *method* as the implementation for *cls* (usable as a decorator)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def bound(*args, **kwargs):
            chosen = dispatch(args[0].__class__)
            return chosen.__get__(obj, cls)(*args, **kwargs)
        bound.register = self.register
        return update_wrapper(bound, self.func)

    @property
    def __isabstractmethod__(self):
        return _is_abstract(self.func)


# --- cached_property ---

class cached_property:
    """A property computed on first access, then stored in the instance's
    __dict__ under the same name (which then shadows this descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError("Cannot assign the same cached_property to two different "
                            f"names ({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        storage = getattr(instance, '__dict__', None)
        if storage is None:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.")
        if name not in storage:
            storage[name] = self.func(instance)
        return storage[name]
