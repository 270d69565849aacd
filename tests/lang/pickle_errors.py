# Bad or truncated pickles raise CPython's errors, and objects that cannot
# be pickled say why.
import pickle
import sys

BAD = [b"", b"\x80", b"\x80\x04", b"\x80\x04K", b"K\x01", b"\xff", b".",
       b"a.", b"(a.", b"\x80\x09N.", b"h\x05.", b"Vabc", b'S"abc\n.',
       b"S'abc'\n.", b"X\x05\x00\x00\x00ab",
       b"\x95\x05\x00\x00\x00\x00\x00\x00\x00N.",
       b"\x95\x01\x00\x00\x00\x00\x00\x00\x00NN.", b"cnosuchmodule\nbar\n.",
       b"cbuiltins\nnope\n.", b"N0.", b"e.", b"t.", b"]N\x85b.", b"\x8c\x02ab",
       b"}K\x01u.", b"0", b"2", b"NN.", b"\x88\x94\x94h\x00h\x01\x86.",
       b"NNs.", b"\x8a\x00.", b"\x8b\xff\xff\xff\xff.", b"\x82\x00.",
       b"L12\n.", b"L12L\n.", b"F1.5\n.", b"I01\n.", b"I00\n.",
       b'S"a\\x41\\n"\n.', b"Vab\\u0041\\U0001F600\n.", b"Nq\x00g0\n.",
       b"Np0\ng0\n.", b"(I1\nI2\nl.", b"(S'k'\nI1\nd.", b"(I1\nI2\nt.",
       b"(c__builtin__\nset\n]K\x01a\x85R.", b"\x80\x02c__builtin__\nxrange\nK\x03\x85R.",
       b"\x80\x02cexceptions\nValueError\nX\x01\x00\x00\x00e\x85R.",
       b"U\x03abc.", b"T\x02\x00\x00\x00ab.", b"\x80\x03C\x02ab.",
       b"\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00N.\x95"]
for data in BAD:
    try:
        result = pickle.loads(data)
        print(data, "->", repr(result))
    except Exception as e:
        print(data, type(e).__name__, e)

try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)


def gen():
    yield 1


def outer():
    def inner():
        pass
    return inner


class Bad:
    def __reduce__(self):
        return 42


class Short:
    def __reduce__(self):
        return (Short,)


class NotCallable:
    def __reduce__(self):
        return (1, ())


for bad in [lambda: 0, outer(), gen(), sys, open(__file__), Bad(), Short(),
            NotCallable()]:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(bad, proto)
            print("pickled?!")
        except Exception as e:
            print(proto, type(e).__name__, str(e).split(" at 0x")[0])
