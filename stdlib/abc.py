"""abc: abstract base classes.

atoll supports no metaclass but type, so what ABCMeta does in CPython is
done by the class ABC itself: a class deriving from ABC records its abstract
methods (and cannot be instantiated while any is left), accepts virtual
subclasses through register(), and answers isinstance/issubclass through its
__subclasshook__, its registry and its subclasses (the _abc flag routes those
calls to __instancecheck__/__subclasscheck__). Using ABCMeta as a metaclass
is not supported."""

import _abc


def abstractmethod(funcobj):
    """Marks a method that concrete subclasses of an ABC must override."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (older spelling of classmethod over abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (older spelling of staticmethod over abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """An abstract property (older spelling of property over abstractmethod)."""
    __isabstractmethod__ = True


def _declares_abstract(value):
    """Whether a class attribute is an abstract method."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    # CPython's property, classmethod and staticmethod report what they wrap;
    # atoll's do not, so the wrapped functions are looked at here
    if isinstance(value, property):
        parts = (value.fget, value.fset, value.fdel)
    elif isinstance(value, (classmethod, staticmethod)):
        parts = (value.__func__,)
    else:
        return False
    return any(getattr(part, "__isabstractmethod__", False) for part in parts)


def _abstract_names(cls):
    """The names cls leaves abstract: its own abstract attributes, and those
    its bases left abstract that cls did not override with something concrete."""
    names = {name for name, value in cls.__dict__.items() if _declares_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _declares_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


# counts the register() calls: an ABC's "no" answers are forgotten when it moves
_generation = [0]


def get_cache_token():
    """A value that changes whenever a class is registered with any ABC."""
    return _generation[0]


class _Verdicts:
    """What one ABC knows: the classes registered with it and the answers
    issubclass() gave, so that each is worked out once."""

    def __init__(self):
        self.registered = set()
        self.yes = set()
        self.no = set()
        self.generation = _generation[0]

    def recall(self, klass):
        """True or False when the answer for klass is known, else None."""
        if klass in self.yes:
            return True
        if self.generation != _generation[0]:
            # a registration anywhere may have turned a "no" into a "yes"
            self.no.clear()
            self.generation = _generation[0]
        return False if klass in self.no else None

    def remember(self, klass, verdict):
        (self.yes if verdict else self.no).add(klass)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added to or
    replaced in cls once it was created; returns cls (it is usable as a
    class decorator). Classes that are not ABCs are left alone."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


def _cannot_instantiate(cls, abstracts):
    names = sorted(abstracts)
    plural = "s" if len(names) > 1 else ""
    return TypeError(f"Can't instantiate abstract class {cls.__name__} "
                     f"with abstract method{plural} {', '.join(names)}")


class ABC:
    """Derive from ABC to make an abstract base class."""
    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _Verdicts()

    def __new__(cls, /, *args, **kwargs):
        if cls.__abstractmethods__:
            raise _cannot_instantiate(cls, cls.__abstractmethods__)
        following = super().__new__
        if following is not object.__new__:
            return following(cls, *args, **kwargs)
        # object.__new__ is not given the arguments: refuse them as it would
        # when no __init__ takes them either
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError(f"{cls.__name__}() takes no arguments")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns it (so it can decorate)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass         # nothing to record (cls.register(cls) included)
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registered.add(subclass)
        _generation[0] += 1
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        """True or False to decide issubclass(subclass, cls); NotImplemented
        leaves it to the usual rules."""
        return NotImplemented

    @classmethod
    def __instancecheck__(cls, instance):
        # an object may claim a __class__ other than its type: either counts
        return any(cls.__subclasscheck__(kind) for kind in {type(instance), instance.__class__})

    @classmethod
    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        verdicts = cls._abc_impl
        verdict = verdicts.recall(subclass)
        if verdict is None:
            verdict = cls._decide_subclass(subclass)
            verdicts.remember(subclass, verdict)
        return verdict

    @classmethod
    def _decide_subclass(cls, subclass):
        """issubclass(subclass, cls), worked out: the hook has the first word,
        then real inheritance, the registry, and the subclasses' own answers."""
        hooked = cls.__subclasshook__(subclass)
        if hooked is not NotImplemented:
            return bool(hooked)
        if cls in subclass.__mro__:
            return True
        candidates = (*cls._abc_impl.registered, *cls.__subclasses__())
        return any(issubclass(subclass, other) for other in candidates)

    @classmethod
    def _abc_registry_clear(cls):
        """Forgets the registered virtual subclasses (for tests)."""
        cls._abc_impl.registered.clear()

    @classmethod
    def _abc_caches_clear(cls):
        """Forgets the answers already given (for tests)."""
        cls._abc_impl.yes.clear()
        cls._abc_impl.no.clear()


ABC.__abstractmethods__ = frozenset()
ABC._abc_impl = _Verdicts()
_abc.set_hooks(ABC)


class ABCMeta(type):
    """CPython's metaclass of ABCs. atoll supports no metaclass other than
    type: derive from ABC instead."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        raise TypeError("atoll supports no metaclass other than type: derive from abc.ABC")
