"""A sudoku solver: constraint propagation (naked singles, hidden singles)
with backtracking search ordered by fewest candidates, a validity checker,
a pretty printer and statistics on the search."""


class Unsolvable(Exception):
    pass


DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITS_LIST = ([cross(ROWS, c) for c in COLS] + [cross(r, COLS) for r in ROWS] +
              [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: sorted(set(sum(UNITS[s], [])) - {s}) for s in SQUARES}


class Solver:
    def __init__(self):
        self.assignments = 0
        self.guesses = 0
        self.max_depth = 0

    def parse(self, grid):
        chars = [c for c in grid if c in DIGITS or c in "0."]
        if len(chars) != 81:
            raise ValueError(f"a grid has 81 cells, got {len(chars)}")
        values = {s: DIGITS for s in SQUARES}
        for s, d in zip(SQUARES, chars):
            if d in DIGITS:
                self.assign(values, s, d)
        return values

    def assign(self, values, s, d):
        self.assignments += 1
        for other in values[s].replace(d, ""):
            self.eliminate(values, s, other)
        return values

    def eliminate(self, values, s, d):
        if d not in values[s]:
            return
        values[s] = values[s].replace(d, "")
        if not values[s]:
            raise Unsolvable(f"no candidate left for {s}")
        if len(values[s]) == 1:
            d2 = values[s]
            for p in PEERS[s]:
                self.eliminate(values, p, d2)
        for unit in UNITS[s]:
            places = [sq for sq in unit if d in values[sq]]
            if not places:
                raise Unsolvable(f"no place for {d} in a unit of {s}")
            if len(places) == 1 and len(values[places[0]]) > 1:
                self.assign(values, places[0], d)

    def search(self, values, depth=0):
        self.max_depth = max(self.max_depth, depth)
        if all(len(values[s]) == 1 for s in SQUARES):
            return values
        n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
        for d in values[s]:
            self.guesses += 1
            try:
                return self.search(self.assign(dict(values), s, d), depth + 1)
            except Unsolvable:
                continue
        raise Unsolvable(f"every candidate of {s} fails")

    def solve(self, grid):
        return self.search(self.parse(grid))


def render(values):
    width = 1 + max(len(values[s]) for s in SQUARES)
    line = "+".join(["-" * (width * 3)] * 3)
    out = []
    for r in ROWS:
        out.append("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in COLS))
        if r in "CF":
            out.append(line)
    return "\n".join(out)


def is_valid(values):
    return all(sorted(values[s] for s in unit) == list(DIGITS) for unit in UNITS_LIST)


PUZZLES = {
    "easy": "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "hard": "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "empty-ish": "1" + "." * 80,
    "broken": "11" + "." * 79,
    "short": "123",
}

if __name__ == "__main__":
    for name, grid in PUZZLES.items():
        solver = Solver()
        print(f"== {name}")
        try:
            result = solver.solve(grid)
        except (Unsolvable, ValueError) as e:
            print(f"  {type(e).__name__}: {e}")
            continue
        print(render(result))
        print(f"  valid={is_valid(result)} assignments={solver.assignments} "
              f"guesses={solver.guesses} depth={solver.max_depth}")
    print(len(SQUARES), len(UNITS_LIST), len(PEERS["C2"]), sorted(PEERS["A1"])[:5])
