# Containers in every protocol: batching (1000 items per APPENDS/SETITEMS/
# ADDITEMS), the memo (shared references, cycles, recursive tuples), and
# protocol 4 framing of big pickles.
import pickle


def show(label, value):
    print(label)
    for proto in range(6):
        data = pickle.dumps(value, proto)
        print(" ", proto, data if len(data) < 150 else digest(data))


def digest(data):
    # enough of a big pickle to catch a difference, short enough to read
    frames = [i for i in range(len(data) - 9) if data[i] == 0x95 and
              0 < int.from_bytes(data[i + 1:i + 9], "little") < 1 << 20]
    return len(data), data[:30], data[-30:], sum(data), sum(data[::7]), frames


for value in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2],
              {}, {1: 2}, {1: 2, 3: 4}, set(), {1}, {1, 2, 3}, frozenset(),
              frozenset({5}), ["abc"] * 3, [(1, "a"), {"k": [None]}]]:
    show(repr(value), value)
    for proto in range(6):
        assert pickle.loads(pickle.dumps(value, proto)) == value

for n in (999, 1000, 1001, 2000, 2500):
    show(f"list {n}", list(range(n)))
    show(f"dict {n}", {i: -i for i in range(n)})
    show(f"set {n}", set(range(n)))
    show(f"tuple {n}", tuple(range(n)))
    show(f"frozenset {n}", frozenset(range(n)))

# shared references and cycles
a = [1]
shared = [a, a, (a, a)]
cyclic_list = []
cyclic_list.append(cyclic_list)
cyclic_dict = {}
cyclic_dict["me"] = cyclic_dict
recursive_tuple = ([],)
recursive_tuple[0].append(recursive_tuple)
long_recursive_tuple = ([], 1, 2, 3)
long_recursive_tuple[0].append(long_recursive_tuple)
for label, value in [("shared", shared), ("cyclic list", cyclic_list),
                     ("cyclic dict", cyclic_dict),
                     ("recursive tuple", recursive_tuple),
                     ("long recursive tuple", long_recursive_tuple)]:
    show(label, value)

for proto in range(6):
    s = pickle.loads(pickle.dumps(shared, proto))
    c = pickle.loads(pickle.dumps(cyclic_list, proto))
    d = pickle.loads(pickle.dumps(cyclic_dict, proto))
    t = pickle.loads(pickle.dumps(recursive_tuple, proto))
    u = pickle.loads(pickle.dumps(long_recursive_tuple, proto))
    print(proto, s, s[0] is s[1] is s[2][0] is s[2][1], c[0] is c,
          d["me"] is d, t[0][0] is t, u[0][0] is u, u[1:])

# more than 256 memo entries: LONG_BINPUT / LONG_BINGET
many = [[i] for i in range(300)]
show("300 lists twice", many + many)

# framing: 64 KiB frames, big payloads outside any frame
show("strings", ["x" * 1000 + str(i) for i in range(300)])
show("big items", ["a" * 70000, "b", b"c" * 70000, b"d", bytearray(b"e" * 70000)])
show("nested lists", [list(range(i, i + 50)) for i in range(2000)])
show("dict of tuples", {str(i) * 30: (i, [i]) for i in range(3000)})
show("frame edge", ["x" * 65520, ("y" * 20,)])
show("frame edge 2", ["x" * 65530, "yy", "z" * 10])
big = {"k%d" % i: ["v" * 200, i] for i in range(1500)}
for proto in range(6):
    assert pickle.loads(pickle.dumps(big, proto)) == big
print("done")
