"""An interpreter for a small Forth-like stack language: numbers, strings,
arithmetic, stack words, user definitions with `: name ... ;`, if/else/then,
begin/until and do/loop, variables, a return stack, and error reporting
with the word that failed."""


class StackError(Exception):
    pass


class Interpreter:
    def __init__(self, out):
        self.stack = []
        self.rstack = []
        self.out = out
        self.words = {}
        self.variables = {}
        self.memory = {}
        self.builtins = {
            "+": self.binop(lambda a, b: a + b), "-": self.binop(lambda a, b: a - b),
            "*": self.binop(lambda a, b: a * b), "/": self.binop(self.div),
            "mod": self.binop(lambda a, b: a % b), "max": self.binop(max), "min": self.binop(min),
            "=": self.binop(lambda a, b: -1 if a == b else 0),
            "<": self.binop(lambda a, b: -1 if a < b else 0),
            ">": self.binop(lambda a, b: -1 if a > b else 0),
            "and": self.binop(lambda a, b: a & b), "or": self.binop(lambda a, b: a | b),
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: self.pop(),
            "swap": self.swap, "over": lambda: self.push(self.peek(1)),
            "rot": self.rot, "negate": lambda: self.push(-self.pop()),
            "abs": lambda: self.push(abs(self.pop())),
            ".": lambda: self.emit(str(self.pop()) + " "),
            "emit": lambda: self.emit(chr(self.pop())),
            "cr": lambda: self.emit("\n"),
            ".s": lambda: self.emit(f"<{len(self.stack)}> " + " ".join(map(str, self.stack)) + " "),
            "!": self.store, "@": self.fetch,
            ">r": lambda: self.rstack.append(self.pop()),
            "r>": lambda: self.push(self.rstack.pop()),
            "i": lambda: self.push(self.rstack[-1]),
            "depth": lambda: self.push(len(self.stack)),
        }

    # --- stack primitives
    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            raise StackError("stack underflow")
        return self.stack.pop()

    def peek(self, n=0):
        if len(self.stack) <= n:
            raise StackError("stack underflow")
        return self.stack[-1 - n]

    def swap(self):
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)

    def rot(self):
        c, b, a = self.pop(), self.pop(), self.pop()
        self.stack += [b, c, a]

    def emit(self, s):
        self.out.append(s)

    @staticmethod
    def div(a, b):
        if b == 0:
            raise StackError("division by zero")
        q = abs(a) // abs(b)
        return q if (a < 0) == (b < 0) else -q

    def binop(self, f):
        def word():
            b, a = self.pop(), self.pop()
            self.push(f(a, b))
        return word

    def store(self):
        addr = self.pop()
        self.memory[addr] = self.pop()

    def fetch(self):
        addr = self.pop()
        self.push(self.memory.get(addr, 0))

    # --- parsing
    @staticmethod
    def tokenize(src):
        tokens, i = [], 0
        while i < len(src):
            if src[i].isspace():
                i += 1
            elif src.startswith('." ', i):
                end = src.index('"', i + 3)
                tokens.append(("str", src[i + 3:end]))
                i = end + 1
            elif src[i] == "(":
                i = src.index(")", i) + 1
            else:
                j = i
                while j < len(src) and not src[j].isspace():
                    j += 1
                tokens.append(("word", src[i:j].lower()))
                i = j
        return tokens

    def compile_block(self, tokens, pos, terminators):
        """Turns tokens into a nested program until one of terminators."""
        program = []
        while pos < len(tokens):
            kind, text = tokens[pos]
            if kind == "word" and text in terminators:
                return program, pos, text
            pos += 1
            if kind == "str":
                program.append(("str", text))
            elif text == "if":
                then_part, pos, end = self.compile_block(tokens, pos, ("else", "then"))
                else_part = []
                if end == "else":
                    else_part, pos, end = self.compile_block(tokens, pos + 1, ("then",))
                if end != "then":
                    raise StackError("if without then")
                program.append(("if", then_part, else_part))
                pos += 1
            elif text == "begin":
                body, pos, end = self.compile_block(tokens, pos, ("until",))
                if end != "until":
                    raise StackError("begin without until")
                program.append(("begin", body))
                pos += 1
            elif text == "do":
                body, pos, end = self.compile_block(tokens, pos, ("loop",))
                if end != "loop":
                    raise StackError("do without loop")
                program.append(("do", body))
                pos += 1
            else:
                try:
                    program.append(("lit", int(text)))
                except ValueError:
                    program.append(("call", text))
        return program, pos, None

    # --- execution
    def execute(self, program, depth=0):
        if depth > 100:
            raise StackError("return stack overflow")
        for op in program:
            kind = op[0]
            if kind == "lit":
                self.push(op[1])
            elif kind == "str":
                self.emit(op[1])
            elif kind == "if":
                self.execute(op[1] if self.pop() else op[2], depth)
            elif kind == "begin":
                while True:
                    self.execute(op[1], depth)
                    if self.pop():
                        break
            elif kind == "do":
                start, limit = self.pop(), self.pop()
                for i in range(start, limit):
                    self.rstack.append(i)
                    try:
                        self.execute(op[1], depth)
                    finally:
                        self.rstack.pop()
            else:
                self.call(op[1], depth)

    def call(self, name, depth):
        if name in self.words:
            self.execute(self.words[name], depth + 1)
        elif name in self.builtins:
            self.builtins[name]()
        elif name in self.variables:
            self.push(self.variables[name])
        else:
            raise StackError(f"unknown word '{name}'")

    def run(self, src):
        tokens = self.tokenize(src)
        pos = 0
        while pos < len(tokens):
            kind, text = tokens[pos]
            if kind == "word" and text == ":":
                name = tokens[pos + 1][1]
                body, pos, end = self.compile_block(tokens, pos + 2, (";",))
                if end != ";":
                    raise StackError(f"definition of '{name}' never ends")
                self.words[name] = body
                pos += 1
            elif kind == "word" and text == "variable":
                name = tokens[pos + 1][1]
                self.variables[name] = f"&{name}"
                pos += 2
            else:
                body, pos, _ = self.compile_block(tokens, pos, (":", "variable"))
                self.execute(body)


PROGRAM = [
    "2 3 + 4 * .",
    "10 3 / . -10 3 / . 10 3 mod .",
    "1 2 3 rot .s cr",
    ": square dup * ; 7 square .",
    ": cube dup square * ; 3 cube .",
    ': sign dup 0 < if drop ." negative" else 0 = if ." zero" else ." positive" then then ; -5 sign cr 0 sign cr 9 sign cr',
    ": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown cr",
    ": stars 0 do 42 emit loop ; 5 stars cr",
    ": table 1 + 1 do i square . loop ; 6 table cr",
    ": fact dup 1 > if dup 1 - fact * then ; 20 fact . cr",
    ": fib 0 1 rot 0 do over over + rot drop loop drop ; 50 fib . cr",
    "variable counter 0 counter ! counter @ 5 + counter ! counter @ . cr",
    ": gcd begin swap over mod dup 0 = until drop ; 1071 462 gcd . cr",
    "( comments are ignored ) 1 2 max 3 min . depth . cr",
    "drop",
    "1 0 /",
    "frobnicate",
    ": loop-forever loop-forever ; loop-forever",
    ": broken 1 if 2",
]

if __name__ == "__main__":
    out = []
    forth = Interpreter(out)
    for line in PROGRAM:
        out.clear()
        try:
            forth.run(line)
            status = "ok"
        except StackError as e:
            status = f"error: {e}"
            forth.stack.clear()
            forth.rstack.clear()
        except RecursionError:
            status = "error: recursion"
        text = "".join(out).replace("\n", "\\n")
        print(f"{line[:48]:<48} | {text:<40} | {status}")
    print(sorted(forth.words), forth.memory)
