# Crossing islands: immutable values go by reference (the very same object),
# list/dict/set/bytearray are deep-copied (cycles and shared parts kept),
# channels and interpreter/task handles are shared, and anything else raises
# NotShareableError at the sending side with nothing sent.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def ident(x):
    return id(x)


def check_copy(lst):
    # what arrived is this interpreter's own: change it freely
    lst[0].append("there")
    return lst


class Plain:
    pass


def result_of(task):
    try:
        return repr(task.result())
    except si.NotShareableError as e:
        return "NotShareableError: %s" % e


def gen():
    yield 1


if __name__ == "__main__":
    a = si.create()
    big = 2 ** 200
    by_ref = [None, True, False, 0, -7, big, 1.25, float("nan"), "", "text", "ünï", b"", b"\x00\xff",
              (), (1, "a", (2.5, None, b"x")), frozenset(), frozenset({1, "a", (2,)}), si.CLOSED,
              ..., NotImplemented]   # the last two: immutable singletons as well
    for v in by_ref:
        same = a.call(ident, v) == id(v)
        back = a.call(work.echo, v)
        print(si.is_shareable(v), same, back is v, repr(back))
    copied = [[], [1, [2, [3]]], {}, {"k": [1], 2: {"n": None}, (1, 2): "t"}, set(), {1, "a", (3,)},
              bytearray(), bytearray(b"\x01bc"), ([1], {"x": 2}), frozenset({(1, 2)})]
    for v in copied:
        back = a.call(work.echo, v)
        print(si.is_shareable(v), back == v, back is v, type(back).__name__, repr(back))
    # a tuple holding a list is copied as a whole; the tuple is new
    t = ([1], 2)
    back = a.call(work.echo, t)
    print(back == t, back is t, back[0] is t[0])
    # deep copies are copies both ways
    src = [["here"]]
    got = a.call(check_copy, src)
    print(src, got)
    # cycles and shared parts survive the copy
    l = [1, 2]
    l.append(l)
    back = a.call(work.echo, l)
    print(back, back[2] is back, back is l)
    d = {"name": "d"}
    d["self"] = d
    d["in_list"] = [d, d]
    back = a.call(work.echo, d)
    print(back["self"] is back, back["in_list"][0] is back, back["in_list"][1] is back)
    x = [1]
    y = [x]
    x.append(y)
    print(si.is_shareable(x), si.is_shareable({"a": x}))
    back = a.call(work.echo, x)
    print(back, back[1][0] is back)
    shared = ["s"]
    back = a.call(work.echo, [shared, shared, (shared,)])
    print(back[0] is back[1], back[2][0] is back[0])
    # channels, interpreters and tasks are shared handles
    ch = si.Channel(3)
    print(si.is_shareable(ch), a.call(work.echo, ch) is ch)
    print(a.call(work.echo, a) is a, a.call(work.echo, [a])[0] is a)
    # everything else is refused, at the sending side
    refused = [Plain(), Plain, work.echo, lambda: 1, len, [].append, gen(), iter([1]), range(3), slice(1, 2),
               si.Channel.send, type, object(), sys, Exception("e"), [Plain()], {"k": {1: Plain()}},
               (1, [2, Plain()]), {1: len}, True.__class__]
    for v in refused:
        try:
            a.call(work.echo, v)
            print("crossed:", type(v).__name__)
        except si.NotShareableError as e:
            print(si.is_shareable(v), "NotShareableError:", e)
    # subclasses of shareable types are instances of classes: refused
    class MyInt(int):
        pass
    class MyList(list):
        pass
    for v in (MyInt(3), MyList([1]), (1, MyInt(2))):
        print(si.is_shareable(v), end=" ")
        try:
            a.call(work.echo, v)
        except si.NotShareableError as e:
            print("NotShareableError:", e)
    # nothing is sent when a message cannot cross
    for cap in (0, 2):
        q = si.Channel(cap)
        try:
            q.send([1, 2, Plain()], timeout=0.1)
        except si.NotShareableError as e:
            print("send refused:", e, len(q))
        try:
            q.send_nowait({"x": Plain})
        except si.NotShareableError as e:
            print("send_nowait refused:", e, len(q))
        try:
            si.select((q, Plain()), timeout=0)
        except si.NotShareableError as e:
            print("select refused:", e, len(q))
        try:
            q.recv_nowait()
        except si.ChannelEmpty:
            print("still empty")
    # arguments and results cross by the same rules
    try:
        a.run(work.echo, Plain())
    except si.NotShareableError as e:
        print("argument refused:", e)
    try:
        a.run(work.describe, k=Plain())
    except si.NotShareableError as e:
        print("keyword argument refused:", e)
    # a task started in its own island keeps its result there: a Task handle
    # that crossed gives other islands immutable results only
    me = si.get_current()
    own = me.run(work.echo, [1, 2])
    imm = me.run(work.echo, (1, "x"))
    print(a.call(result_of, own), a.call(result_of, imm), own.result())
    print(len(si.list_all()), a.is_running())
    a.destroy()
