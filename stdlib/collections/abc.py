"""collections.abc: abstract base classes for containers (placeholder until
abc's isinstance hooks land)."""

class Hashable: pass
class Iterable: pass
class Iterator(Iterable): pass
class Reversible(Iterable): pass
class Generator(Iterator): pass
class Sized: pass
class Container: pass
class Callable: pass
class Collection(Sized, Iterable, Container): pass
class Set(Collection): pass
class MutableSet(Set): pass
class Mapping(Collection): pass
class MutableMapping(Mapping): pass
class MappingView(Sized): pass
class KeysView(MappingView, Set): pass
class ItemsView(MappingView, Set): pass
class ValuesView(MappingView, Collection): pass
class Sequence(Reversible, Collection): pass
class MutableSequence(Sequence): pass
class ByteString(Sequence): pass
