"""A matrix library with operator overloading: construction, indexing,
arithmetic (+ - * @ ** and their reflected/in-place forms), transpose,
determinant and inverse by Gaussian elimination with rational numbers
(a small Rational class), solving linear systems, and pretty printing."""
from functools import reduce
from math import gcd


class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if isinstance(num, Rational):
            num, den = num.num, num.den * den
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        return self + (-Rational.of(o))

    def __rsub__(self, o):
        return Rational.of(o) - self

    def __mul__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Rational.of(o) / self

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __eq__(self, o):
        if isinstance(o, (int, Rational)):
            o = Rational.of(o)
            return self.num == o.num and self.den == o.den
        return NotImplemented

    def __lt__(self, o):
        o = Rational.of(o)
        return self.num * o.den < o.num * self.den

    def __gt__(self, o):
        o = Rational.of(o)
        return self.num * o.den > o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    __repr__ = __str__


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return self.rows[idx]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __len__(self):
        return len(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _elementwise(self, other, op):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise MatrixError(f"shape mismatch: {self.shape} vs {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, (int, float, Rational)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._elementwise(other, lambda a, b: a + b)

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self._elementwise(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        return self._elementwise(other, lambda a, b: a * b)

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, n):
        if self.shape[0] != self.shape[1]:
            raise MatrixError("only square matrices have powers")
        if n < 0:
            return self.inverse() ** -n
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def _reduced(self, augment=None):
        """Gauss-Jordan elimination over rationals; returns (rows, det)."""
        n = self.shape[0]
        rows = [[Rational.of(x) for x in r] + ([Rational.of(x) for x in augment[i]] if augment else [])
                for i, r in enumerate(self.rows)]
        det = Rational(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if rows[r][col]), None)
            if pivot is None:
                return None, Rational(0)
            if pivot != col:
                rows[col], rows[pivot] = rows[pivot], rows[col]
                det = -det
            p = rows[col][col]
            det = det * p
            rows[col] = [x / p for x in rows[col]]
            for r in range(n):
                if r != col and rows[r][col]:
                    f = rows[r][col]
                    rows[r] = [a - f * b for a, b in zip(rows[r], rows[col])]
        return rows, det

    def determinant(self):
        if self.shape[0] != self.shape[1]:
            raise MatrixError("determinant of a non-square matrix")
        return self._reduced()[1]

    def inverse(self):
        n = self.shape[0]
        rows, det = self._reduced(Matrix.identity(n).rows)
        if rows is None:
            raise MatrixError("matrix is singular")
        return Matrix([r[n:] for r in rows])

    def solve(self, b):
        rows, _ = self._reduced([[v] for v in b])
        if rows is None:
            raise MatrixError("no unique solution")
        return [r[-1] for r in rows]

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        lines = ["[" + "  ".join(c.rjust(width) for c in r) + "]" for r in cells]
        return "\n".join(lines)

    def __repr__(self):
        return f"Matrix({self.rows!r})"


if __name__ == "__main__":
    a = Matrix([[2, 1], [1, 3]])
    b = Matrix([[1, 2], [3, 4]])
    print(a + b, a - b, a * 3, 2 * a, 10 - a, sep="\n--\n")
    print(repr(a @ b), (a @ b).shape, a.T == a, b.T)
    print("a**5 =", repr(a ** 5))
    print("det a =", a.determinant(), " det b =", b.determinant())
    inv = b.inverse()
    print("inverse of b:")
    print(inv)
    print("b @ inv == I:", b @ inv == Matrix.identity(2))
    m = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
    print("det m =", m.determinant())
    print(m.inverse())
    print("solve:", m.solve([1, 0, 1]))
    print("m ** -2 =", repr(m ** -2))
    c = Matrix.identity(3)
    c @= m
    c[0, 0] = 9
    print(c[0], c[0, 0], c[2, 1], len(c), list(c)[1])
    fib = Matrix([[1, 1], [1, 0]]) ** 90
    print("fib(90) =", fib[0, 1])
    for bad in (lambda: a @ Matrix([[1, 2, 3]]).T.T, lambda: a + Matrix([[1]]),
                lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1, 2], [3]]),
                lambda: Matrix([[1, 2, 3]]) ** 2, lambda: a @ 5, lambda: Rational(1, 0)):
        try:
            bad()
        except (MatrixError, TypeError, ZeroDivisionError) as e:
            print(f"{type(e).__name__}: {e}")
    r = Rational(3, 4)
    print(r + 1, r * r, 1 - r, 2 / r, -r, abs(-r), float(r), r == Rational(6, 8), sorted([r, Rational(1, 2), 1]))
    print(sum([Rational(1, n) for n in range(1, 11)], Rational(0)))
    print(reduce(lambda x, y: x @ y, [a, b, a]) == a @ b @ a)
