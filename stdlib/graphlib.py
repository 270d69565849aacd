"""graphlib: topological sorting of a graph of hashable nodes, with the
interface of CPython 3.11's graphlib.

Each node keeps a record: how many of its predecessors are not done yet,
the list of nodes that wait for it (its successors, in the order the edges
were added, repeats included) and where it is in its life:

  waiting   added, handed out by get_ready() not yet
  out       handed out by get_ready(), not yet marked done
  done      marked done

prepare() collects the nodes without predecessors, in the order they were
first seen, and looks for a cycle; done() releases the successors whose
last predecessor it finishes, in the order they wait. Scripts see that
order (static_order() follows it), so it is kept exactly.
"""

from types import GenericAlias as _GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_WAITING = 0
_OUT = 1
_DONE = 2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle. args[1] lists the
    nodes of one cycle, the first node repeated at the end; each node in
    the list is a predecessor of the one after it."""
    pass


class _Record:
    __slots__ = ("pending", "waiters", "state")

    def __init__(self):
        self.pending = 0        # predecessors not done yet
        self.waiters = []       # successors
        self.state = _WAITING


class TopologicalSorter:
    """Sorts the nodes of a graph so that every node comes after the nodes
    it depends on, all at once (static_order) or a batch at a time
    (prepare, get_ready, done)."""

    def __init__(self, graph=None):
        self._records = {}
        self._ready = None      # None until prepare() is called
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, before in graph.items():
                self.add(node, *before)

    def _record(self, node):
        record = self._records.get(node)
        if record is None:
            record = self._records[node] = _Record()
        return record

    def add(self, node, *predecessors):
        """Add node to the graph, depending on each of predecessors (which
        are added too). A node may be added several times; its
        dependencies accumulate."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._record(node).pending += len(predecessors)
        for before in predecessors:
            self._record(before).waiters.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError). The nodes
        without predecessors become ready even when there is a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, record in self._records.items()
                       if record.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _find_cycle(self):
        """One cycle of the graph as a list of nodes (first one repeated at
        the end), or None. A depth-first walk along the successor edges,
        starting from each unexplored node in the order the nodes were
        first seen; the path is kept as a stack of (node, iterator over its
        successors)."""
        explored = set()
        for start in self._records:
            if start in explored:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._records[start].waiters)]
            while iters:
                following = next(iters[-1], _END)
                if following is _END:
                    # every way out of this node is explored
                    explored.add(path[-1])
                    del on_path[path.pop()]
                    iters.pop()
                elif following in on_path:
                    return path[on_path[following]:] + [following]
                elif following not in explored:
                    on_path[following] = len(path)
                    path.append(following)
                    iters.append(iter(self._records[following].waiters))
        return None

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and which
        were not handed out before (possibly empty)."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        self._ready.clear()
        for node in batch:
            self._records[node].state = _OUT
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """True while some nodes can still be handed out or marked done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (handed out by get_ready()) as processed, making the
        nodes that waited only for them ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        records = self._records
        for node in nodes:
            record = records.get(node)
            if record is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if record.state != _OUT:
                if record.state == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise ValueError(
                    f"node {node!r} was not passed out (still not ready)")
            record.state = _DONE
            self._finished += 1
            for waiter in record.waiters:
                after = records[waiter]
                after.pending -= 1
                if after.pending == 0:
                    self._ready.append(waiter)

    def static_order(self):
        """An iterator over all the nodes in an order that puts each node
        after its predecessors (CycleError if there is none)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(_GenericAlias)


_END = object()
