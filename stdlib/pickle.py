"""pickle: serialising Python objects to bytes and back.

A pickle is a program for a small stack machine: each opcode pushes a
value, builds a container from values on the stack, or stores/fetches a
value in the memo (how shared and cyclic references survive). Protocols
0 and 1 use text and short binary opcodes, 2 adds NEWOBJ and the PROTO
header, 3 bytes, 4 framing and short opcodes, 5 bytearrays (PEP 307,
PEP 3154, PEP 574). The Pickler writes exactly the bytes CPython's C
pickler writes; the Unpickler reads every opcode of protocols 0 to 5
except out-of-band buffers."""

import sys
import copyreg
import _codecs
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    """Raised by the STOP opcode to end load() with its value."""

    def __init__(self, value):
        self.value = value


# --- opcodes, named as in pickletools ---
MARK, STOP, POP, POP_MARK, DUP = b"(", b".", b"0", b"1", b"2"
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b"F", b"I", b"J", b"K", b"L", b"M"
NONE, PERSID, BINPERSID, REDUCE = b"N", b"P", b"Q", b"R"
STRING, BINSTRING, SHORT_BINSTRING = b"S", b"T", b"U"
UNICODE, BINUNICODE, APPEND, BUILD = b"V", b"X", b"a", b"b"
GLOBAL, DICT, EMPTY_DICT, APPENDS, GET = b"c", b"d", b"}", b"e", b"g"
BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b"h", b"i", b"j", b"l", b"]"
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM = b"o", b"p", b"q", b"r", b"s"
TUPLE, EMPTY_TUPLE, SETITEMS, BINFLOAT = b"t", b")", b"u", b"G"
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b"\x80", b"\x81", b"\x82", b"\x83", b"\x84"
TUPLE1, TUPLE2, TUPLE3 = b"\x85", b"\x86", b"\x87"
NEWTRUE, NEWFALSE, LONG1, LONG4 = b"\x88", b"\x89", b"\x8a", b"\x8b"
BINBYTES, SHORT_BINBYTES = b"B", b"C"
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8 = b"\x8c", b"\x8d", b"\x8e"
EMPTY_SET, ADDITEMS, FROZENSET = b"\x8f", b"\x90", b"\x91"
NEWOBJ_EX, STACK_GLOBAL, MEMOIZE, FRAME = b"\x92", b"\x93", b"\x94", b"\x95"
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b"\x96", b"\x97", b"\x98"
TRUE, FALSE = b"I01\n", b"I00\n"

_FRAME_TARGET = 64 * 1024   # a frame is closed once it holds this much
_FRAME_MIN = 4              # smaller frames are not worth their header
_BATCH = 1000               # items per APPENDS/SETITEMS/ADDITEMS


def _int_bytes(n):
    """The two's-complement little-endian bytes of LONG1/LONG4."""
    if n == 0:
        return b""
    data = n.to_bytes(n.bit_length() // 8 + 1, "little", signed=True)
    # drop a sign byte the value does not need
    if n < 0 and len(data) > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


# Protocols 0-2 name builtins as Python 2 did (the fix_imports option).
_PY2_NAMES = {"range": ("__builtin__", "xrange"),
              "chr": ("__builtin__", "unichr"),
              "str": ("__builtin__", "unicode"),
              "int": ("__builtin__", "long"),
              "zip": ("itertools", "izip"), "map": ("itertools", "imap"),
              "filter": ("itertools", "ifilter")}
_PY2_EXCEPTIONS = set("""ArithmeticError AssertionError AttributeError
    BaseException BufferError BytesWarning DeprecationWarning EOFError
    EnvironmentError Exception FloatingPointError FutureWarning
    GeneratorExit IOError ImportError ImportWarning IndentationError
    IndexError KeyError KeyboardInterrupt LookupError MemoryError NameError
    NotImplementedError OSError OverflowError PendingDeprecationWarning
    ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError
    SyntaxWarning SystemError SystemExit TabError TypeError
    UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError
    UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning
    ZeroDivisionError""".split())
_PY2_OSERRORS = set("""BrokenPipeError ChildProcessError ConnectionAbortedError
    ConnectionError ConnectionRefusedError ConnectionResetError
    FileExistsError FileNotFoundError InterruptedError IsADirectoryError
    NotADirectoryError PermissionError ProcessLookupError
    TimeoutError""".split())
_PY2_MODULES = {"builtins": "__builtin__", "copyreg": "copy_reg"}


def _py2_name(module, name):
    if module == "builtins":
        if name in _PY2_NAMES:
            return _PY2_NAMES[name]
        if name in _PY2_EXCEPTIONS:
            return "exceptions", name
        if name in _PY2_OSERRORS:
            return "exceptions", "OSError"
        if name == "ModuleNotFoundError":
            return "exceptions", "ImportError"
    return _PY2_MODULES.get(module, module), name


def _py3_name(module, name):
    # the inverse, for loading what Python 2 or protocols 0-2 wrote
    if module == "exceptions":
        return "builtins", name
    if module in ("__builtin__", "itertools"):
        for new, old in _PY2_NAMES.items():
            if old == (module, name):
                return "builtins", new
    for new, old in _PY2_MODULES.items():
        if old == module:
            return new, name
    return module, name


def _raw_unicode_escape(text):
    """The raw-unicode-escape codec, with the characters that would break
    a protocol 0 UNICODE line escaped too."""
    out = []
    for ch in text:
        code = ord(ch)
        if code > 0xffff:
            out.append(b"\\U%08x" % code)
        elif code > 0xff or ch in "\\\0\n\r\x1a":
            out.append(b"\\u%04x" % code)
        else:
            out.append(bytes((code,)))
    return b"".join(out)


def _raw_unicode_unescape(data):
    out = []
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        width = 0
        if byte == 0x5c and i + 1 < n:   # a backslash
            width = {0x75: 4, 0x55: 8}.get(data[i + 1], 0)
        if width:
            digits = data[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnicodeDecodeError("rawunicodeescape", data, i, n,
                                         "truncated \\uXXXX escape")
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(chr(byte))
            i += 1
    return "".join(out)


class _Output:
    """The pickle being written: a buffer of frames (protocol 4 and up)
    flushed to the file as each frame is closed."""

    def __init__(self, write, framing):
        self.write_file = write
        self.framing = framing
        self.buf = bytearray()
        self.frame_start = -1

    def write(self, data):
        if self.framing and self.frame_start < 0:
            self.frame_start = len(self.buf)
            self.buf += bytes(9)      # room for the FRAME header
        self.buf += data

    def close_frame(self):
        if self.frame_start < 0:
            return
        start, size = self.frame_start, len(self.buf) - self.frame_start - 9
        if size >= _FRAME_MIN:
            self.buf[start:start + 9] = FRAME + pack("<Q", size)
        else:
            del self.buf[start:start + 9]
        self.frame_start = -1

    def boundary(self):
        """Before saving an object: close the frame once it is big enough."""
        if self.frame_start >= 0 and \
                len(self.buf) - self.frame_start - 9 >= _FRAME_TARGET:
            self.close_frame()
            self.flush()

    def write_large(self, header, payload):
        # big payloads go outside any frame, so they need not be copied
        if len(payload) < _FRAME_TARGET or not self.framing:
            self.write(header + payload)
            return
        self.close_frame()
        self.buf += header
        self.buf += payload

    def flush(self):
        self.write_file(bytes(self.buf))
        self.buf = bytearray()


class Pickler:
    """Pickler(file, protocol=None): dump(obj) writes obj's pickle to
    file (anything with a write(bytes) method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}      # id(obj) -> (memo index, obj kept alive)
        self.dispatch_table = getattr(self, "dispatch_table",
                                      copyreg.dispatch_table)

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self.out = _Output(self._file_write, self.proto >= 4)
        if self.proto >= 2:
            self.out.buf += PROTO + bytes((self.proto,))
        self.save(obj)
        self.write(STOP)
        self.out.close_frame()
        self.out.flush()

    def write(self, data):
        self.out.write(data)

    # --- the memo ---

    def memoize(self, obj):
        index = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            self.write(BINPUT + bytes((index,)) if index < 256
                       else LONG_BINPUT + pack("<I", index))
        else:
            self.write(b"p%d\n" % index)
        self.memo[id(obj)] = index, obj

    def get(self, index):
        if not self.bin:
            return b"g%d\n" % index
        if index < 256:
            return BINGET + bytes((index,))
        return LONG_BINGET + pack("<I", index)

    def save(self, obj):
        self.out.boundary()
        self.save_object(obj)

    def save_object(self, obj):
        cls = type(obj)
        saver = self._ATOMS.get(cls)
        if saver is not None:
            return saver(self, obj)
        seen = self.memo.get(id(obj))
        if seen is not None:
            return self.write(self.get(seen[0]))
        saver = self._SAVERS.get(cls)
        if saver is not None:
            return saver(self, obj)
        reducer = self.dispatch_table.get(cls)
        if reducer is not None:
            return self.save_reduced(obj, reducer(obj))
        if isinstance(obj, type) or cls in _GLOBAL_TYPES:
            return self.save_global(obj)
        self.save_reduced(obj, copyreg.reduce_object(obj, self.proto))

    # --- values with an opcode of their own ---

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_int(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                return self.write(b"I%d\n" % obj)
            if 0 <= obj < 0x100:
                return self.write(BININT1 + bytes((obj,)))
            if 0 <= obj < 0x10000:
                return self.write(BININT2 + pack("<H", obj))
            return self.write(BININT + pack("<i", obj))
        if self.proto < 2:
            return self.write(b"L%dL\n" % obj)
        data = _int_bytes(obj)
        if len(data) < 256:
            self.write(LONG1 + bytes((len(data),)) + data)
        else:
            self.write(LONG4 + pack("<i", len(data)) + data)

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(b"F" + repr(obj).encode() + b"\n")

    def save_sized(self, obj, data, short, medium, long):
        """Write a length-prefixed payload with the shortest opcode the
        protocol allows: short (1-byte length), medium (4), long (8)."""
        size = len(data)
        if short is not None and size < 256:
            header = short + bytes((size,))
        elif size <= 0xffffffff:
            header = medium + pack("<I", size)
        elif long is not None:
            header = long + pack("<Q", size)
        else:
            raise PicklingError("serializing a bytes object larger than "
                                "4 GiB requires pickle protocol 4 or higher")
        self.out.write_large(header, data)
        self.memoize(obj)

    def save_bytes(self, obj):
        if self.proto >= 3:
            long = BINBYTES8 if self.proto >= 4 else None
            return self.save_sized(obj, obj, SHORT_BINBYTES, BINBYTES, long)
        if not obj:
            return self.save_reduce(bytes, (), obj=obj)
        self.save_reduce(_codecs.encode, (str(obj, "latin1"), "latin1"),
                         obj=obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            return self.save_reduced(obj, self.reduce_bytearray(obj))
        self.out.write_large(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def reduce_bytearray(self, obj):
        args = (bytes(obj),) if obj else ()
        return bytearray, args, copyreg.object_state(obj)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            short = SHORT_BINUNICODE if self.proto >= 4 else None
            long = BINUNICODE8 if self.proto >= 4 else None
            return self.save_sized(obj, data, short, BINUNICODE, long)
        self.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # --- containers ---

    def save_tuple(self, obj):
        if not obj:
            return self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
        short = len(obj) <= 3 and self.proto >= 2
        if not short:
            self.write(MARK)
        for item in obj:
            self.save(item)
        seen = self.memo.get(id(obj))
        if seen is not None:
            # an item led back to this tuple, which is now in the memo:
            # drop the items and fetch it from there
            if short:
                self.write(POP * len(obj))
            else:
                self.write(POP_MARK if self.bin else POP * (len(obj) + 1))
            return self.write(self.get(seen[0]))
        self.write((TUPLE1, TUPLE2, TUPLE3)[len(obj) - 1] if short else TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self.save_batches(obj, len(obj), self.save, APPEND, APPENDS)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self.save_batches(obj.items(), len(obj), self.save_pair, SETITEM,
                          SETITEMS, closing=bool(obj))

    def save_pair(self, pair):
        self.save(pair[0])
        self.save(pair[1])

    def save_batches(self, items, size, save, one, many, closing=False):
        """Items of a container of known size: one opcode per item in
        protocol 0, a single item alone (when *one* is given), else
        MARK-ed batches. CPython ends a dict or set (*closing*) with an
        empty batch when its size is a multiple of the batch size."""
        if not self.bin or (size == 1 and one is not None):
            for item in items:
                save(item)
                self.write(one)
            return
        items = iter(items)
        batches = size // _BATCH + 1 if closing else -(-size // _BATCH)
        for start in range(0, batches * _BATCH, _BATCH):
            self.write(MARK)
            for _ in range(min(_BATCH, size - start)):
                save(next(items))
            self.write(many)

    def save_iterated(self, items, save, one, many):
        """Items from a reduction's iterator, of unknown number: a batch
        of one item goes without MARK."""
        if not self.bin:
            for item in items:
                save(item)
                self.write(one)
            return
        items = iter(items)
        while True:
            batch = [item for _, item in zip(range(_BATCH), items)]
            if len(batch) > 1:
                self.write(MARK)
            for item in batch:
                save(item)
            if batch:
                self.write(many if len(batch) > 1 else one)
            if len(batch) < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            return self.save_reduced(obj, (set, (list(obj),),
                                           copyreg.object_state(obj)))
        self.write(EMPTY_SET)
        self.memoize(obj)
        self.save_batches(obj, len(obj), self.save, None, ADDITEMS,
                          closing=bool(obj))

    def save_frozenset(self, obj):
        if self.proto < 4:
            return self.save_reduced(obj, (frozenset, (list(obj),),
                                           copyreg.object_state(obj)))
        self.write(MARK)
        for item in obj:
            self.save(item)
        seen = self.memo.get(id(obj))
        if seen is not None:
            return self.write(POP_MARK + self.get(seen[0]))
        self.write(FROZENSET)
        self.memoize(obj)

    # --- objects named by module and qualified name ---

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None) or obj.__name__
        module = _module_of(obj, name)
        _check_global(obj, module, name)
        code = copyreg._extension_registry.get((module, name))
        if code is not None:
            return self.save_extension(code)
        if self.proto >= 4:
            self.save(module)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif "." in name:
            # protocols 0-3 cannot name a nested object: fetch it with
            # getattr from its parent
            parent, _, last = name.rpartition(".")
            holder = _lookup(sys.modules[module], parent.split("."))
            return self.save_reduce(getattr, (holder, last), obj=obj)
        else:
            if self.fix_imports:
                module, name = _py2_name(module, name)
            self.write(GLOBAL + module.encode("utf-8") + b"\n" +
                       name.encode("utf-8") + b"\n")
        self.memoize(obj)

    def save_extension(self, code):
        if code <= 0xff:
            self.write(EXT1 + bytes((code,)))
        elif code <= 0xffff:
            self.write(EXT2 + pack("<H", code))
        else:
            self.write(EXT4 + pack("<i", code))

    # --- reductions: rebuild by calling something ---

    def save_reduced(self, obj, rv):
        if isinstance(rv, str):
            return self.save_global(obj, rv)
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must "
                                "contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            self.save_newobj_ex(obj, *args)
        elif self.proto >= 2 and name == "__newobj__":
            self.save_newobj(obj, args)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            seen = self.memo.get(id(obj))
            if seen is not None:
                # the arguments led back to obj: the rebuilt one goes
                self.write(POP + self.get(seen[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self.save_iterated(listitems, self.save, APPEND, APPENDS)
        if dictitems is not None:
            self.save_iterated(dictitems, self.save_pair, SETITEM, SETITEMS)
        if state is not None:
            self.save_state(obj, state, state_setter)

    def save_state(self, obj, state, state_setter):
        if state_setter is None:
            self.save(state)
            return self.write(BUILD)
        self.save(state_setter)
        self.save(obj)
        self.save(state)
        self.write(TUPLE2 + REDUCE + POP)

    def save_newobj(self, obj, args):
        if not args:
            raise PicklingError("__newobj__ arglist is empty")
        cls = args[0]
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from __newobj__ args has no __new__")
        if obj is not None and cls is not type(obj):
            raise PicklingError("args[0] from __newobj__ args has the "
                                "wrong class")
        self.save(cls)
        self.save(args[1:])
        self.write(NEWOBJ)

    def save_newobj_ex(self, obj, cls, args, kwargs):
        if obj is not None and cls is not type(obj):
            raise PicklingError("args[0] from __newobj_ex__ args has the "
                                "wrong class")
        if self.proto >= 4:
            self.save(cls)
            self.save(args)
            self.save(kwargs)
            return self.write(NEWOBJ_EX)
        from functools import partial
        self.save_reduce(partial(cls.__new__, cls, *args, **kwargs), ())

    _ATOMS = {type(None): save_none, bool: save_bool, int: save_int,
              float: save_float}
    _SAVERS = {bytes: save_bytes, bytearray: save_bytearray, str: save_str,
               tuple: save_tuple, list: save_list, dict: save_dict,
               set: save_set, frozenset: save_frozenset}


class _Probe:
    def method(self):
        pass


_GLOBAL_TYPES = (type(_Probe.method), type(len))


def _lookup(root, parts):
    for part in parts:
        if part == "<locals>":
            raise AttributeError(part)
        root = getattr(root, part)
    return root


def _module_of(obj, name):
    module = getattr(obj, "__module__", None)
    if module is not None:
        return module
    for module_name, module in list(sys.modules.items()):
        if module_name == "__main__" or module is None:
            continue
        try:
            if _lookup(module, name.split(".")) is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _check_global(obj, module_name, name):
    # the loader must find this very object under the name
    try:
        __import__(module_name)
        module = sys.modules[module_name]
    except ImportError:
        raise PicklingError(f"Can't pickle {obj!r}: it's not found as "
                            f"{module_name}.{name}") from None
    try:
        found = _lookup(module, name.split("."))
    except AttributeError:
        if "<locals>" in name:
            raise AttributeError(f"Can't pickle local object {name!r}") \
                from None
        raise PicklingError(f"Can't pickle {obj!r}: attribute lookup "
                            f"{name} on {module_name} failed") from None
    if found is not obj:
        raise PicklingError(f"Can't pickle {obj!r}: it's not the same "
                            f"object as {module_name}.{name}")


class Unpickler:
    """Unpickler(file): load() reads one pickle from file (anything with
    read(n) and readline() methods) and returns the object it rebuilds."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self.memo = {}
        self.proto = 0

    def load(self):
        self.frame = None
        self.stack = []
        self.marks = []     # the stacks the MARKs interrupted
        self.proto = 0
        try:
            while True:
                key = self.read(1)
                if not key:
                    raise EOFError("Ran out of input")
                op = _LOADERS.get(key[0])
                if op is None:
                    raise UnpicklingError(f"invalid load key, {_key_text(key[0])}.")
                op(self)
        except _Stop as stop:
            return stop.value

    # --- reading, from the current frame first ---

    def read(self, n):
        if self.frame is not None:
            data = self.frame[:n]
            if data or n == 0:
                if len(data) < n:
                    raise UnpicklingError("pickle exhausts the current frame")
                self.frame = self.frame[n:]
                return data
            self.frame = None
        return self._file_read(n)

    def read_exactly(self, n):
        data = self.read(n)
        if len(data) != n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self.frame is not None:
            line, newline, rest = self.frame.partition(b"\n")
            if not newline:
                raise UnpicklingError("pickle exhausts the current frame")
            self.frame = rest
            return line
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def read_uint(self, size):
        return int.from_bytes(self.read_exactly(size), "little")

    def read_sized(self, size_width):
        return self.read_exactly(self.read_uint(size_width))

    # --- the stack ---

    def push(self, value):
        self.stack.append(value)

    def pop(self):
        if not self.stack:
            self.underflow()
        return self.stack.pop()

    def top(self):
        if not self.stack:
            self.underflow()
        return self.stack[-1]

    def underflow(self):
        if self.marks:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def pop_mark(self):
        """The items pushed since the last MARK."""
        if not self.marks:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.marks.pop()
        return items

    def load_mark(self):
        self.marks.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self.pop())

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.marks:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.push(self.top())

    def load_proto(self):
        proto = self.read_exactly(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def load_frame(self):
        size = self.read_uint(8)
        if self.frame:
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        self.frame = self.read_exactly(size)

    # --- scalars ---

    def load_int(self):
        line = self.readline()
        if line in (b"00", b"01"):
            return self.push(line == b"01")
        self.push(_parse_int(line))

    def load_long(self):
        line = self.readline()
        self.push(_parse_int(line[:-1] if line.endswith(b"L") else line))

    def load_binint(self):
        self.push(unpack("<i", self.read_exactly(4))[0])

    def load_binint1(self):
        self.push(self.read_uint(1))

    def load_binint2(self):
        self.push(self.read_uint(2))

    def load_long1(self):
        self.push(int.from_bytes(self.read_sized(1), "little", signed=True))

    def load_long4(self):
        size = unpack("<i", self.read_exactly(4))[0]
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.push(int.from_bytes(self.read_exactly(size), "little",
                                 signed=True))

    def load_float(self):
        self.push(float(self.readline().decode("ascii")))

    def load_binfloat(self):
        self.push(unpack(">d", self.read_exactly(8))[0])

    def load_string(self):
        line = self.readline()
        if len(line) < 2 or line[0] != line[-1] or line[:1] not in b"\"'":
            raise UnpicklingError("the STRING opcode argument must be "
                                  "quoted")
        self.push(self.decode_str8(_unescape_bytes(line[1:-1])))

    def decode_str8(self, data):
        # protocol 0-2 str of Python 2: bytes, or text in self.encoding
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def load_binstring(self):
        size = unpack("<i", self.read_exactly(4))[0]
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.push(self.decode_str8(self.read_exactly(size)))

    def load_short_binstring(self):
        self.push(self.decode_str8(self.read_sized(1)))

    def load_unicode(self):
        self.push(_raw_unicode_unescape(self.readline()))

    def push_text(self, data):
        self.push(data.decode("utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        self.push_text(self.read_sized(1))

    def load_binunicode(self):
        self.push_text(self.read_sized(4))

    def load_binunicode8(self):
        self.push_text(self.read_sized(8))

    def load_short_binbytes(self):
        self.push(self.read_sized(1))

    def load_binbytes(self):
        self.push(self.read_sized(4))

    def load_binbytes8(self):
        self.push(self.read_sized(8))

    def load_bytearray8(self):
        self.push(bytearray(self.read_sized(8)))

    # --- containers ---

    def load_tuple(self):
        self.push(tuple(self.pop_mark()))

    def load_tuple_n(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.push(items)

    def load_list(self):
        self.push(self.pop_mark())

    def load_dict(self):
        items = self.pop_mark()
        self.push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_append(self):
        value = self.pop()
        self.extend(self.top(), [value])

    def load_appends(self):
        items = self.pop_mark()
        self.extend(self.top(), items)

    def extend(self, target, items):
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
            return
        for item in items:
            target.append(item)

    def load_setitem(self):
        value = self.pop()
        key = self.pop()
        self.top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self.top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self.top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_frozenset(self):
        self.push(frozenset(self.pop_mark()))

    # --- the memo ---

    def memo_get(self, index):
        try:
            self.push(self.memo[index])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {index}") \
                from None

    def memo_put(self, index):
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self.top()

    def load_get(self):
        self.memo_get(_parse_int(self.readline()))

    def load_binget(self):
        self.memo_get(self.read_uint(1))

    def load_long_binget(self):
        self.memo_get(self.read_uint(4))

    def load_put(self):
        self.memo_put(_parse_int(self.readline()))

    def load_binput(self):
        self.memo_put(self.read_uint(1))

    def load_long_binput(self):
        self.memo_put(self.read_uint(4))

    def load_memoize(self):
        self.memo_put(len(self.memo))

    # --- globals and rebuilding ---

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            module, name = _py3_name(module, name)
        __import__(module)
        try:
            return _lookup(sys.modules[module], name.split("."))
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on "
                                 f"{sys.modules[module]!r}") from None

    def load_global(self):
        module = self.readline().decode("utf-8")
        name = self.readline().decode("utf-8")
        self.push(self.find_class(module, name))

    def load_stack_global(self):
        name = self.pop()
        module = self.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.push(self.find_class(module, name))

    def load_extension(self, size):
        code = self.read_uint(size)
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        if code in copyreg._extension_cache:
            return self.push(copyreg._extension_cache[code])
        key = copyreg._inverted_registry.get(code)
        if key is None:
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.push(obj)

    def load_reduce(self):
        args = self.pop()
        func = self.pop()
        self.push(func(*args))

    def load_newobj(self):
        args = self.pop()
        cls = self.pop()
        self.push(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.pop()
        args = self.pop()
        cls = self.pop()
        self.push(cls.__new__(cls, *args, **kwargs))

    def load_inst(self):
        module = self.readline().decode("ascii")
        name = self.readline().decode("ascii")
        self.instantiate(self.find_class(module, name), self.pop_mark())

    def load_obj(self):
        items = self.pop_mark()
        if not items:
            raise UnpicklingError("unpickling stack underflow")
        self.instantiate(items[0], items[1:])

    def instantiate(self, cls, args):
        self.push(cls(*args))

    def load_build(self):
        state = self.pop()
        set_state(self.top(), state)

    def load_persid(self):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered, but no persistent_load function "
                              "was specified.")

    def load_next_buffer(self):
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")

    def load_readonly_buffer(self):
        pass

    def load_none(self):
        self.push(None)

    def load_newtrue(self):
        self.push(True)

    def load_newfalse(self):
        self.push(False)

    def load_empty_tuple(self):
        self.push(())

    def load_empty_list(self):
        self.push([])

    def load_empty_dict(self):
        self.push({})

    def load_empty_set(self):
        self.push(set())


def set_state(obj, state):
    """BUILD: __setstate__, or the instance dict (and slot values)."""
    setstate = getattr(obj, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        instance_dict = obj.__dict__
        for key, value in state.items():
            instance_dict[key] = value
    if slots:
        if not isinstance(slots, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for key, value in slots.items():
            setattr(obj, key, value)


def _key_text(byte):
    if 0x20 <= byte < 0x7f:
        return f"'{chr(byte)}'"
    return f"'\\x{byte:02x}'"


def _parse_int(text):
    try:
        return int(text)
    except ValueError:
        raise ValueError("could not convert string to int") from None


_BYTE_ESCAPES = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92,
                 ord("'"): 39, ord('"'): 34, ord("a"): 7, ord("b"): 8,
                 ord("f"): 12, ord("v"): 11, ord("0"): 0}


def _unescape_bytes(data):
    # the escapes repr() of a Python 2 str used (the STRING opcode)
    out = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte != 0x5c or i + 1 == len(data):
            out.append(byte)
            i += 1
        elif data[i + 1] == ord("x"):
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif data[i + 1] in b"01234567":
            j = i + 1
            while j < min(i + 4, len(data)) and data[j] in b"01234567":
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xff)
            i = j
        else:
            out.append(_BYTE_ESCAPES.get(data[i + 1], data[i + 1]))
            i += 2
    return bytes(out)


def _loader_table():
    # opcode byte -> Unpickler method; the sized variants share one body
    U = Unpickler
    table = {}
    for name, value in globals().items():
        method = getattr(U, "load_" + name.lower(), None)
        if isinstance(value, bytes) and len(value) == 1 and method:
            table[value[0]] = method
    extras = {TUPLE1: 1, TUPLE2: 2, TUPLE3: 3}
    for op, n in extras.items():
        table[op[0]] = lambda self, n=n: self.load_tuple_n(n)
    for op, n in {EXT1: 1, EXT2: 2, EXT4: 4}.items():
        table[op[0]] = lambda self, n=n: self.load_extension(n)
    table[BINPERSID[0]] = U.load_persid
    return table


_LOADERS = _loader_table()


def dump(obj, file, protocol=None, *, fix_imports=True,
         buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports).dump(obj)
    return b"".join(sink.parts)


class _BytesSource:
    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        data = self.data[self.pos:self.pos + n]
        self.pos += len(data)
        return data

    def readline(self):
        end = self.data.find(b"\n", self.pos)
        end = len(self.data) if end < 0 else end + 1
        data = self.data[self.pos:end]
        self.pos = end
        return data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return load(_BytesSource(data), fix_imports=fix_imports,
                encoding=encoding, errors=errors)
