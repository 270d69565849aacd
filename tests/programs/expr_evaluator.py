"""A tokenizer and recursive-descent evaluator for a small expression
language: numbers, variables, + - * / % ** with precedence, unary minus,
comparisons, function calls, `let` bindings and user-defined functions."""
import math


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}"


class EvalError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos

    def __str__(self):
        where = f" at column {self.pos + 1}" if self.pos is not None else ""
        return f"{self.args[0]}{where}"


OPERATORS = ["**", "==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "(", ")", ",", "<", ">", "="]
KEYWORDS = {"let", "in", "fn", "if", "then", "else"}


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] in "._"):
                i += 1
            if i < len(src) and src[i] in "eE":
                i += 1
                if i < len(src) and src[i] in "+-":
                    i += 1
                while i < len(src) and src[i].isdigit():
                    i += 1
            tokens.append(Token("num", src[start:i], start))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, start))
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(Token("op", op, i))
                i += len(op)
                break
        else:
            raise EvalError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(src)))
    return tokens


class Function:
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def __repr__(self):
        return f"<fn({', '.join(self.params)})>"


class Parser:
    """expr    := 'let' name '=' expr 'in' expr | 'fn' params '->' expr | ifexpr
       ifexpr  := 'if' expr 'then' expr 'else' expr | compare
       compare := sum (('=='|'!='|'<'|'>'|'<='|'>=') sum)?
       sum     := term (('+'|'-') term)*
       term    := unary (('*'|'/'|'%') unary)*
       unary   := '-' unary | power
       power   := call ('**' unary)?
       call    := atom ('(' args ')')*"""

    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, kind, text=None):
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            want = text or kind
            got = t.text or "end of input"
            raise EvalError(f"expected {want!r}, got {got!r}", t.pos)
        self.i += 1
        return t

    def at(self, kind, *texts):
        return self.tok.kind == kind and (not texts or self.tok.text in texts)

    def parse(self):
        node = self.expr()
        self.eat("end")
        return node

    def expr(self):
        if self.at("kw", "let"):
            self.eat("kw")
            name = self.eat("name").text
            self.eat("op", "=")
            value = self.expr()
            self.eat("kw", "in")
            return ("let", name, value, self.expr())
        if self.at("kw", "fn"):
            self.eat("kw")
            params = []
            while self.at("name"):
                params.append(self.eat("name").text)
            self.eat("op", "->")
            return ("fn", params, self.expr())
        return self.ifexpr()

    def ifexpr(self):
        if self.at("kw", "if"):
            self.eat("kw")
            cond = self.expr()
            self.eat("kw", "then")
            a = self.expr()
            self.eat("kw", "else")
            return ("if", cond, a, self.expr())
        return self.compare()

    def compare(self):
        left = self.sum()
        if self.at("op", "==", "!=", "<", ">", "<=", ">="):
            op = self.eat("op").text
            return ("bin", op, left, self.sum())
        return left

    def sum(self):
        node = self.term()
        while self.at("op", "+", "-"):
            node = ("bin", self.eat("op").text, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.at("op", "*", "/", "%"):
            node = ("bin", self.eat("op").text, node, self.unary())
        return node

    def unary(self):
        if self.at("op", "-"):
            self.eat("op")
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.call()
        if self.at("op", "**"):
            self.eat("op")
            return ("bin", "**", base, self.unary())
        return base

    def call(self):
        node = self.atom()
        while self.at("op", "("):
            self.eat("op")
            args = []
            if not self.at("op", ")"):
                args.append(self.expr())
                while self.at("op", ","):
                    self.eat("op")
                    args.append(self.expr())
            self.eat("op", ")")
            node = ("call", node, args)
        return node

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.i += 1
            text = t.text.replace("_", "")
            return ("num", float(text) if any(c in text for c in ".eE") else int(text))
        if t.kind == "name":
            self.i += 1
            return ("var", t.text, t.pos)
        if self.at("op", "("):
            self.eat("op")
            node = self.expr()
            self.eat("op", ")")
            return node
        raise EvalError(f"unexpected {t.text or 'end of input'!r}", t.pos)


BUILTINS = {
    "sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor,
    "pi": math.pi, "e": math.e,
}
BINOPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
    ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
}


def evaluate(node, env, depth=0):
    if depth > 200:
        raise EvalError("recursion too deep")
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        for scope in env:
            if node[1] in scope:
                return scope[node[1]]
        raise EvalError(f"unknown name {node[1]!r}", node[2])
    if kind == "neg":
        return -evaluate(node[1], env, depth + 1)
    if kind == "bin":
        a = evaluate(node[2], env, depth + 1)
        b = evaluate(node[3], env, depth + 1)
        try:
            return BINOPS[node[1]](a, b)
        except ZeroDivisionError:
            raise EvalError("division by zero") from None
    if kind == "let":
        value = evaluate(node[2], env, depth + 1)
        return evaluate(node[3], [{node[1]: value}] + env, depth + 1)
    if kind == "fn":
        return Function(node[1], node[2], env)
    if kind == "if":
        branch = node[2] if evaluate(node[1], env, depth + 1) else node[3]
        return evaluate(branch, env, depth + 1)
    if kind == "call":
        f = evaluate(node[1], env, depth + 1)
        args = [evaluate(a, env, depth + 1) for a in node[2]]
        if isinstance(f, Function):
            if len(args) != len(f.params):
                raise EvalError(f"{f!r} takes {len(f.params)} arguments, got {len(args)}")
            return evaluate(f.body, [dict(zip(f.params, args))] + f.env, depth + 1)
        if callable(f):
            return f(*args)
        raise EvalError(f"{f!r} is not callable")
    raise AssertionError(kind)


def run(src, env):
    try:
        tree = Parser(tokenize(src)).parse()
        result = evaluate(tree, env)
    except EvalError as e:
        return f"error: {e}"
    if isinstance(result, float) and result.is_integer() and abs(result) < 1e15:
        result = int(result)
    return repr(result)


PROGRAMS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "10 / 4",
    "10 % 3 + 7 % -3",
    "1_000 * 3.5e2",
    "sqrt(16) + abs(-3)",
    "max(1, 5, 3) - min(4, 2)",
    "let x = 5 in x * x",
    "let x = 2 in let y = x + 1 in x * y",
    "let sq = fn n -> n * n in sq(12)",
    "let add = fn a b -> a + b in add(add(1, 2), 3)",
    "let fact = fn n -> if n <= 1 then 1 else n * fact(n - 1) in fact(5)",
    "let compose = fn f g -> fn x -> f(g(x)) in compose(fn x -> x + 1, fn x -> x * 2)(10)",
    "if 3 > 2 then 100 else 200",
    "floor(pi * 100) / 100",
    "1 / 0",
    "1 + ",
    "2 $ 3",
    "foo + 1",
    "let f = fn a -> a in f(1, 2)",
    "(1 + 2",
    "5(3)",
    "let x = 1 x",
]

if __name__ == "__main__":
    env = [BUILTINS]
    print([t for t in tokenize("let f = fn x -> x ** 2 in f(3.5)")])
    for src in PROGRAMS:
        print(f"{src:<70} => {run(src, env)}")
    # the fact function can see itself only through a global binding
    env.insert(0, {})
    env[0]["fact"] = evaluate(Parser(tokenize("fn n -> if n <= 1 then 1 else n * fact(n - 1)")).parse(), env)
    print("fact(20) =", run("fact(20)", env))
    print("fact(300) =", run("fact(300)", env))
