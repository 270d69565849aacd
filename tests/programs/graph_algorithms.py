"""Graph algorithms on a small road network: BFS, iterative and recursive
DFS, Dijkstra with heapq, topological sort (Kahn), connected components
with union-find, cycle detection, minimum spanning tree (Kruskal) and a
route printer."""
import heapq
from collections import deque, defaultdict


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, a, b, w=1):
        self.adj[a][b] = w
        if not self.directed:
            self.adj[b][a] = w
        else:
            self.adj[b]  # make sure every vertex exists

    def __contains__(self, v):
        return v in self.adj

    def __len__(self):
        return len(self.adj)

    def vertices(self):
        return sorted(self.adj)

    def edges(self):
        seen = set()
        for a in sorted(self.adj):
            for b, w in sorted(self.adj[a].items()):
                key = (a, b) if self.directed else tuple(sorted((a, b)))
                if key not in seen:
                    seen.add(key)
                    yield a, b, w

    def neighbours(self, v):
        return sorted(self.adj[v])


def bfs(g, start):
    order, dist = [], {start: 0}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        order.append(v)
        for n in g.neighbours(v):
            if n not in dist:
                dist[n] = dist[v] + 1
                queue.append(n)
    return order, dist


def dfs_iterative(g, start):
    seen, order, stack = set(), [], [start]
    while stack:
        v = stack.pop()
        if v in seen:
            continue
        seen.add(v)
        order.append(v)
        stack.extend(reversed(g.neighbours(v)))
    return order


def dfs_recursive(g, v, seen=None):
    if seen is None:
        seen = set()
    seen.add(v)
    yield v
    for n in g.neighbours(v):
        if n not in seen:
            yield from dfs_recursive(g, n, seen)


def dijkstra(g, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, v = heapq.heappop(heap)
        if v in done:
            continue
        done.add(v)
        for n, w in g.adj[v].items():
            nd = d + w
            if n not in dist or nd < dist[n]:
                dist[n] = nd
                prev[n] = v
                heapq.heappush(heap, (nd, n))
    return dist, prev


def path_to(prev, source, target):
    if target != source and target not in prev:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]


def topological_sort(g):
    indegree = {v: 0 for v in g.adj}
    for a in g.adj:
        for b in g.adj[a]:
            indegree[b] += 1
    ready = [v for v, d in indegree.items() if d == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        v = heapq.heappop(ready)
        order.append(v)
        for n in g.adj[v]:
            indegree[n] -= 1
            if indegree[n] == 0:
                heapq.heappush(ready, n)
    if len(order) != len(g.adj):
        raise ValueError("graph has a cycle: " + ", ".join(sorted(v for v, d in indegree.items() if d)))
    return order


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


def components(g):
    uf = UnionFind(g.vertices())
    for a, b, _ in g.edges():
        uf.union(a, b)
    groups = defaultdict(list)
    for v in g.vertices():
        groups[uf.find(v)].append(v)
    return sorted(groups.values())


def kruskal(g):
    uf = UnionFind(g.vertices())
    tree = []
    for a, b, w in sorted(g.edges(), key=lambda e: (e[2], e[0], e[1])):
        if uf.union(a, b):
            tree.append((a, b, w))
    return tree


def has_cycle_directed(g):
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(g.adj, WHITE)

    def visit(v):
        colour[v] = GREY
        for n in g.adj[v]:
            if colour[n] == GREY or (colour[n] == WHITE and visit(n)):
                return True
        colour[v] = BLACK
        return False

    return any(colour[v] == WHITE and visit(v) for v in sorted(g.adj))


ROADS = """
Avalon Bexley 7
Avalon Carden 9
Avalon Fenwick 14
Bexley Carden 10
Bexley Dunmore 15
Carden Dunmore 11
Carden Fenwick 2
Dunmore Eastwick 6
Eastwick Fenwick 9
Glenrock Harlow 3
"""

if __name__ == "__main__":
    g = Graph()
    for line in ROADS.strip().splitlines():
        a, b, w = line.split()
        g.add_edge(a, b, int(w))
    print(len(g), "towns;", sum(1 for _ in g.edges()), "roads;", "Avalon" in g, "Zed" in g)
    order, hops = bfs(g, "Avalon")
    print("BFS:", " ".join(order))
    print("hops:", dict(sorted(hops.items())))
    print("DFS (iterative):", dfs_iterative(g, "Avalon"))
    print("DFS (recursive):", list(dfs_recursive(g, "Avalon")))
    dist, prev = dijkstra(g, "Avalon")
    for town in g.vertices():
        p = path_to(prev, "Avalon", town)
        if p is None:
            print(f"  {town:<9} unreachable")
        else:
            print(f"  {town:<9} {dist[town]:>3} km via {' -> '.join(p)}")
    print("components:", components(g))
    mst = kruskal(g)
    print("MST:", mst, "weight", sum(w for *_, w in mst))

    tasks = Graph(directed=True)
    for a, b in [("fetch", "configure"), ("configure", "build"), ("build", "test"),
                 ("build", "package"), ("test", "release"), ("package", "release"), ("docs", "release")]:
        tasks.add_edge(a, b)
    print("build order:", topological_sort(tasks))
    print("cycle?", has_cycle_directed(tasks))
    tasks.add_edge("release", "fetch")
    print("cycle after release->fetch?", has_cycle_directed(tasks))
    try:
        topological_sort(tasks)
    except ValueError as e:
        print("error:", e)

    grid = Graph()
    W, H = 6, 4
    walls = {(2, 0), (2, 1), (2, 2), (4, 1), (4, 2), (4, 3)}
    for x in range(W):
        for y in range(H):
            if (x, y) in walls:
                continue
            for dx, dy in ((1, 0), (0, 1)):
                nx, ny = x + dx, y + dy
                if nx < W and ny < H and (nx, ny) not in walls:
                    grid.add_edge((x, y), (nx, ny))
    d, pv = dijkstra(grid, (0, 0))
    route = path_to(pv, (0, 0), (5, 3))
    print("maze route length", d[(5, 3)], route)
    for y in range(H):
        print("".join("#" if (x, y) in walls else ("*" if (x, y) in route else ".") for x in range(W)))
