# Recursive data structures: self-referencing containers, recursive __repr__ guards, deep recursion caught
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a == a)
d = {"self": None}
d["self"] = d
print(d, d["self"]["self"] is d)
b = [a, a]
print(b)
t = (1, [])
t[1].append(t)
print(t)


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def __repr__(self):
        return f"Node({self.value}, {self.children})" if self.children else f"Node({self.value})"

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree, tree.depth(), list(tree))


def build_chain(n):
    head = Node(0)
    cur = head
    for i in range(1, n):
        nxt = Node(i)
        cur.children.append(nxt)
        cur = nxt
    return head


chain = build_chain(50)
print(chain.depth(), sum(chain))
deep = build_chain(5000)
try:
    deep.depth()
except RecursionError as e:
    print("RecursionError:", e)
try:
    repr(deep)
except RecursionError:
    print("RecursionError in repr")


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 3))
