"""Context variables (PEP 567): values that depend on the task running.

Each task has its own current Context (kept by _contextvars, as CPython
keeps one per thread); a Context maps ContextVar objects to values and is
never changed in place, so copies taken by copy_context() stay as they were.
"""
import _contextvars
from types import GenericAlias

__all__ = ("Context", "ContextVar", "Token", "copy_context")



class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()


def _no_subclass(cls):
    def refuse(sub, **kw):
        raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(refuse)
    cls.__module__ = "_contextvars"
    return cls


def _current():
    ctx = _contextvars.get_context()
    if ctx is None:
        ctx = Context()
        _contextvars.set_context(ctx)
    return ctx


@_no_subclass
class Context:
    """A mapping of ContextVar objects to their values."""

    def __init__(self):
        self._vars = {}
        self._entered = False

    def run(self, callable, *args, **kwargs):
        """Calls callable with this context as the task's current one."""
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        saved = _contextvars.get_context()
        self._entered = True
        _contextvars.set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _contextvars.set_context(saved)
            self._entered = False

    def copy(self):
        """A new context with the same variables and values."""
        other = Context()
        other._vars = self._vars
        return other

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None

    def _replace(self, var, value):
        # a new dict each time: copies share the old one and must not see this
        changed = dict(self._vars)
        if value is _MISSING:
            changed.pop(var, None)
        else:
            changed[var] = value
        self._vars = changed


@_no_subclass
class Token:
    """What ContextVar.set returns, for ContextVar.reset to undo the change."""

    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(GenericAlias)


@_no_subclass
class ContextVar:
    """A variable whose value is looked up in the current context."""

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else default, else the
        variable's default; LookupError without any."""
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        ctx = _contextvars.get_context()
        if ctx is not None and self in ctx._vars:
            return ctx._vars[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; returns a Token."""
        ctx = _current()
        token = Token(ctx, self, ctx._vars.get(self, _MISSING))
        ctx._replace(self, value)
        return token

    def reset(self, token):
        """Restores the value the variable had before token's set."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._context is not _current():
            raise ValueError(f"{token!r} was created in a different Context")
        token._context._replace(self, token._old_value)
        token._used = True

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    __class_getitem__ = classmethod(GenericAlias)


def copy_context():
    """A copy of the current task's context."""
    return _current().copy()
