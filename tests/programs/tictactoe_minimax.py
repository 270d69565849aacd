"""Tic-tac-toe with a minimax player (alpha-beta pruning and a memo table),
a heuristic player and a scripted player; plays a small tournament and
reports results, move counts and the memo's effect."""
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


class Board:
    __slots__ = ("cells",)

    def __init__(self, cells="." * 9):
        self.cells = cells

    def play(self, i, mark):
        if self.cells[i] != ".":
            raise ValueError(f"cell {i} is taken by {self.cells[i]}")
        return Board(self.cells[:i] + mark + self.cells[i + 1:])

    def moves(self):
        return [i for i, c in enumerate(self.cells) if c == "."]

    def winner(self):
        for a, b, c in LINES:
            if self.cells[a] != "." and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return None

    def full(self):
        return "." not in self.cells

    def __str__(self):
        rows = [" ".join(self.cells[r:r + 3]) for r in (0, 3, 6)]
        return "\n".join(rows)

    def __eq__(self, other):
        return isinstance(other, Board) and self.cells == other.cells

    def __hash__(self):
        return hash(self.cells)


def other(mark):
    return "O" if mark == "X" else "X"


@lru_cache(maxsize=None)
def minimax(cells, to_move, me):
    board = Board(cells)
    w = board.winner()
    if w is not None:
        return (10 if w == me else -10), None
    if board.full():
        return 0, None
    best_score, best_move = None, None
    for m in board.moves():
        score, _ = minimax(board.play(m, to_move).cells, other(to_move), me)
        score -= 1 if score > 0 else -1 if score < 0 else 0   # prefer quick wins, slow losses
        if best_score is None or (score > best_score if to_move == me else score < best_score):
            best_score, best_move = score, m
    return best_score, best_move


def alphabeta(board, to_move, me, alpha=-100, beta=100, stats=None):
    if stats is not None:
        stats["nodes"] += 1
    w = board.winner()
    if w is not None:
        return 10 if w == me else -10
    if board.full():
        return 0
    if to_move == me:
        value = -100
        for m in board.moves():
            value = max(value, alphabeta(board.play(m, to_move), other(to_move), me, alpha, beta, stats))
            alpha = max(alpha, value)
            if alpha >= beta:
                break
        return value
    value = 100
    for m in board.moves():
        value = min(value, alphabeta(board.play(m, to_move), other(to_move), me, alpha, beta, stats))
        beta = min(beta, value)
        if alpha >= beta:
            break
    return value


class Player:
    name = "player"

    def choose(self, board, mark):
        raise NotImplementedError


class Perfect(Player):
    name = "minimax"

    def choose(self, board, mark):
        return minimax(board.cells, mark, mark)[1]


class Heuristic(Player):
    name = "heuristic"
    PREFERENCE = [4, 0, 2, 6, 8, 1, 3, 5, 7]

    def choose(self, board, mark):
        for target in (mark, other(mark)):          # win, else block
            for m in board.moves():
                if board.play(m, target).winner() == target:
                    return m
        return next(m for m in self.PREFERENCE if m in board.moves())


class Scripted(Player):
    name = "scripted"

    def __init__(self, moves):
        self.moves = list(moves)

    def choose(self, board, mark):
        while self.moves:
            m = self.moves.pop(0)
            if m in board.moves():
                return m
        return board.moves()[0]


def play(x, o, verbose=False):
    board, mark = Board(), "X"
    players = {"X": x, "O": o}
    history = []
    while board.winner() is None and not board.full():
        m = players[mark].choose(board, mark)
        board = board.play(m, mark)
        history.append(m)
        mark = other(mark)
    if verbose:
        print(board)
    return board.winner() or "draw", history


if __name__ == "__main__":
    result, moves = play(Perfect(), Perfect(), verbose=True)
    print("perfect vs perfect:", result, moves)
    matchups = [(Perfect(), Heuristic()), (Heuristic(), Perfect()), (Scripted([0, 1, 2]), Perfect()),
                (Perfect(), Scripted([4, 8, 2, 6])), (Heuristic(), Heuristic()), (Scripted([1, 3, 5]), Heuristic())]
    table = {}
    for x, o in matchups:
        result, moves = play(x, o)
        key = f"{x.name} (X) vs {o.name} (O)"
        table[key] = result
        print(f"{key:<32} -> {result:<5} in {len(moves)} moves {moves}")
    print(sorted(set(table.values())))
    info = minimax.cache_info()
    print("memo entries:", info.currsize, "hits > misses:", info.hits > info.misses)
    stats = {"nodes": 0}
    print("alpha-beta value of the empty board:", alphabeta(Board(), "X", "X", stats=stats), "nodes:", stats["nodes"])
    b = Board().play(4, "X").play(0, "O")
    print(b, "", sep="\n")
    print("best reply for X:", minimax(b.cells, "X", "X"))
    try:
        b.play(4, "O")
    except ValueError as e:
        print("error:", e)
    try:
        Player().choose(b, "X")
    except NotImplementedError:
        print("abstract player refused")
    print(len({Board(), Board(), b}), Board("X" * 9).winner(), Board("XOXXOOOXX").full())
