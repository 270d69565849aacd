"""A small spreadsheet: cells hold numbers, text or formulas (=A1+B2*2,
=SUM(A1:A3), =MAX(...), =IF(cond, a, b)); formulas are parsed into trees,
dependencies tracked, recalculation done in topological order, cycles and
errors reported per cell (#REF!, #DIV/0!, #CYCLE!), and the sheet printed
as a table."""


class CellError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    if i == 0 or i == len(ref) or not ref[i:].isdigit():
        raise CellError("#REF!")
    return ref[:i].upper(), int(ref[i:])


def expand_range(a, b):
    (ca, ra), (cb, rb) = split_ref(a), split_ref(b)
    cols = range(col_index(ca), col_index(cb) + 1)
    return [f"{chr(65 + c)}{r}" for r in range(ra, rb + 1) for c in cols]


class Parser:
    def __init__(self, text):
        self.toks = self.tokenize(text)
        self.i = 0

    @staticmethod
    def tokenize(text):
        toks, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                toks.append(("num", float(text[i:j])))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                toks.append(("name", text[i:j].upper()))
                i = j
            elif text.startswith(("<=", ">=", "<>"), i):
                toks.append(("op", text[i:i + 2]))
                i += 2
            elif c in "+-*/(),:<>=":
                toks.append(("op", c))
                i += 1
            else:
                raise CellError("#PARSE!")
        return toks

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("end", None)

    def take(self, value=None):
        tok = self.peek()
        if tok[0] == "end" or (value is not None and tok[1] != value):
            raise CellError("#PARSE!")
        self.i += 1
        return tok

    def parse(self):
        node = self.comparison()
        if self.peek()[0] != "end":
            raise CellError("#PARSE!")
        return node

    def comparison(self):
        left = self.additive()
        if self.peek()[1] in ("<", ">", "=", "<=", ">=", "<>"):
            op = self.take()[1]
            return ("cmp", op, left, self.additive())
        return left

    def additive(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            node = ("bin", self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/"):
            node = ("bin", self.take()[1], node, self.factor())
        return node

    def factor(self):
        kind, value = self.peek()
        if value == "-":
            self.take()
            return ("neg", self.factor())
        if value == "(":
            self.take()
            node = self.comparison()
            self.take(")")
            return node
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = []
                while self.peek()[1] != ")":
                    args.append(self.argument())
                    if self.peek()[1] == ",":
                        self.take()
                self.take(")")
                return ("call", value, args)
            return ("ref", value)
        raise CellError("#PARSE!")

    def argument(self):
        node = self.comparison()
        if node[0] == "ref" and self.peek()[1] == ":":
            self.take()
            end = self.take()[1]
            return ("range", node[1], end)
        return node


def refs_of(node):
    kind = node[0]
    if kind == "ref":
        return {node[1]}
    if kind == "range":
        return set(expand_range(node[1], node[2]))
    if kind in ("bin", "cmp"):
        return refs_of(node[2]) | refs_of(node[3])
    if kind == "neg":
        return refs_of(node[1])
    if kind == "call":
        return set().union(*(refs_of(a) for a in node[2])) if node[2] else set()
    return set()


FUNCS = {
    "SUM": lambda vals: sum(vals),
    "MAX": lambda vals: max(vals),
    "MIN": lambda vals: min(vals),
    "AVG": lambda vals: sum(vals) / len(vals) if vals else 0,
    "COUNT": lambda vals: len(vals),
}


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}
        self.trees = {}

    def set(self, ref, text):
        ref = ref.upper()
        self.raw[ref] = text
        self.recalculate()

    def number(self, ref):
        v = self.values.get(ref, 0.0)
        if isinstance(v, CellError):
            raise v
        if isinstance(v, str):
            raise CellError("#VALUE!")
        return v

    def evaluate(self, node):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "ref":
            split_ref(node[1])
            return self.number(node[1])
        if kind == "neg":
            return -self.evaluate(node[1])
        if kind == "bin":
            a, b = self.evaluate(node[2]), self.evaluate(node[3])
            if node[1] == "/" and b == 0:
                raise CellError("#DIV/0!")
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else 0}[node[1]]
        if kind == "cmp":
            a, b = self.evaluate(node[2]), self.evaluate(node[3])
            return float({"<": a < b, ">": a > b, "=": a == b, "<=": a <= b, ">=": a >= b, "<>": a != b}[node[1]])
        if kind == "call":
            if node[1] == "IF":
                cond, yes, no = node[2]
                return self.evaluate(yes) if self.evaluate(cond) else self.evaluate(no)
            if node[1] not in FUNCS:
                raise CellError("#NAME?")
            vals = []
            for arg in node[2]:
                if arg[0] == "range":
                    vals += [self.number(r) for r in expand_range(arg[1], arg[2]) if r in self.values]
                else:
                    vals.append(self.evaluate(arg))
            return FUNCS[node[1]](vals)
        raise CellError("#PARSE!")

    def recalculate(self):
        self.values, self.trees, deps = {}, {}, {}
        for ref, text in self.raw.items():
            if isinstance(text, str) and text.startswith("="):
                try:
                    self.trees[ref] = Parser(text[1:]).parse()
                    deps[ref] = refs_of(self.trees[ref])
                except CellError as e:
                    self.values[ref] = e
            elif isinstance(text, str):
                try:
                    self.values[ref] = float(text)
                except ValueError:
                    self.values[ref] = text
            else:
                self.values[ref] = float(text)
        order, state = [], {}

        def visit(ref, stack):
            if state.get(ref) == "done":
                return
            if state.get(ref) == "active":
                for r in stack[stack.index(ref):]:
                    self.values[r] = CellError("#CYCLE!")
                return
            state[ref] = "active"
            for d in sorted(deps.get(ref, ())):
                if d in deps:
                    visit(d, stack + [d])
            state[ref] = "done"
            order.append(ref)

        for ref in sorted(deps):
            visit(ref, [ref])
        for ref in order:
            if ref in self.values:
                continue
            try:
                self.values[ref] = self.evaluate(self.trees[ref])
            except CellError as e:
                self.values[ref] = e

    def show(self, ref):
        v = self.values.get(ref, "")
        if isinstance(v, CellError):
            return v.code
        if isinstance(v, float):
            return f"{v:g}" if v == int(v) else f"{v:.2f}"
        return str(v)

    def table(self, cols, rows):
        lines = ["    " + "".join(f"{c:>10}" for c in cols)]
        for r in range(1, rows + 1):
            lines.append(f"{r:>3} " + "".join(f"{self.show(c + str(r)):>10}" for c in cols))
        return "\n".join(lines)


if __name__ == "__main__":
    s = Sheet()
    data = {"A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
            "A2": "pens", "B2": "10", "C2": "1.5", "D2": "=B2*C2",
            "A3": "paper", "B3": "3", "C3": "4.25", "D3": "=B3*C3",
            "A4": "ink", "B4": "2", "C4": "12", "D4": "=B4*C4",
            "A5": "sum", "B5": "=SUM(B2:B4)", "C5": "=AVG(C2:C4)", "D5": "=SUM(D2:D4)",
            "A6": "flags", "B6": "=IF(D5>50, 1, 0)", "C6": "=MAX(C2:C4)-MIN(C2:C4)", "D6": "=D5/(B6-1)"}
    for ref, text in data.items():
        s.raw[ref] = text
    s.recalculate()
    print(s.table("ABCD", 6))
    s.set("B2", "20")
    print(s.table("ABCD", 6))
    s.set("E1", "=E2+1")
    s.set("E2", "=E1*2")
    s.set("E3", "=A2+1")
    s.set("E4", "=FOO(1)")
    s.set("E5", "=(1+")
    s.set("E6", "=-B3*-(2)")
    print(s.table("E", 6))
    print(sorted(refs_of(Parser("SUM(A1:B2)+C3*IF(D1>0,E1,F1)").parse())))
    print(expand_range("A1", "C2"), col_index("AA"), split_ref("AB12"))
