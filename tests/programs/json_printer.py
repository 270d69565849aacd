"""A JSON-like pretty printer and parser written by hand: a recursive
serializer with indentation, key sorting, escaping and cycle detection, a
recursive-descent parser with line/column errors, and a round trip."""


class JSONError(Exception):
    def __init__(self, msg, text=None, pos=None):
        if text is not None:
            line = text.count("\n", 0, pos) + 1
            col = pos - (text.rfind("\n", 0, pos) + 1) + 1
            msg = f"{msg}: line {line} column {col} (char {pos})"
        super().__init__(msg)


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def quote(s, ascii_only=True):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ascii_only and ord(ch) > 0x7E):
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Encoder:
    def __init__(self, indent=None, sort_keys=False, ascii_only=True):
        self.indent = indent
        self.sort_keys = sort_keys
        self.ascii_only = ascii_only

    def encode(self, obj):
        return "".join(self._chunks(obj, 0, set()))

    def _chunks(self, obj, level, seen):
        if obj is None:
            yield "null"
        elif obj is True:
            yield "true"
        elif obj is False:
            yield "false"
        elif isinstance(obj, int):
            yield str(int(obj))
        elif isinstance(obj, float):
            if obj != obj or obj in (float("inf"), float("-inf")):
                yield {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}[repr(obj)]
            else:
                yield repr(obj)
        elif isinstance(obj, str):
            yield quote(obj, self.ascii_only)
        elif isinstance(obj, (list, tuple, dict)):
            if id(obj) in seen:
                raise JSONError("circular reference detected")
            seen.add(id(obj))
            if isinstance(obj, dict):
                yield from self._dict(obj, level, seen)
            else:
                yield from self._list(obj, level, seen)
            seen.discard(id(obj))
        else:
            raise JSONError(f"Object of type {type(obj).__name__} is not JSON serializable")

    def _newline(self, level):
        return "\n" + " " * (self.indent * level) if self.indent is not None else ""

    def _list(self, items, level, seen):
        if not items:
            yield "[]"
            return
        yield "["
        for i, item in enumerate(items):
            if i:
                yield "," if self.indent is not None else ", "
            yield self._newline(level + 1)
            yield from self._chunks(item, level + 1, seen)
        yield self._newline(level)
        yield "]"

    def _dict(self, d, level, seen):
        if not d:
            yield "{}"
            return
        yield "{"
        keys = sorted(d, key=str) if self.sort_keys else list(d)
        for i, k in enumerate(keys):
            if i:
                yield "," if self.indent is not None else ", "
            yield self._newline(level + 1)
            if isinstance(k, str):
                key = k
            elif k is None or isinstance(k, (int, float, bool)):
                key = next(self._chunks(k, 0, seen))
            else:
                raise JSONError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
            yield quote(key, self.ascii_only)
            yield ": "
            yield from self._chunks(d[k], level + 1, seen)
        yield self._newline(level)
        yield "}"


def dumps(obj, **kw):
    return Encoder(**kw).encode(obj)


class Parser:
    WS = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise JSONError(msg, self.text, self.pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def parse(self):
        value = self.value()
        if self.peek():
            self.error("Extra data")
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None),
                          ("NaN", float("nan")), ("Infinity", float("inf"))):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if ch == "-" or ch.isdigit():
            return self.number()
        self.error("Expecting value")

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos] in "0123456789.eE+-":
            self.pos += 1
        lit = self.text[start:self.pos]
        try:
            return int(lit) if lit.lstrip("-").isdigit() else float(lit)
        except ValueError:
            self.pos = start
            self.error("Invalid number")

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("Unterminated string starting at")
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                    continue
                inverse = {v[1]: k for k, v in ESCAPES.items()}
                if esc not in inverse and esc != "/":
                    self.error("Invalid \\escape")
                out.append(inverse.get(esc, "/"))
                self.pos += 2
            else:
                out.append(ch)
                self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            ch = self.peek()
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")

    def obj(self):
        self.pos += 1
        d = {}
        if self.peek() == "}":
            self.pos += 1
            return d
        while True:
            if self.peek() != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            if self.peek() != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            d[key] = self.value()
            ch = self.peek()
            self.pos += 1
            if ch == "}":
                return d
            if ch != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")


def loads(text):
    return Parser(text).parse()


if __name__ == "__main__":
    doc = {
        "name": "atoll",
        "version": [0, 1, 0],
        "tags": ("interpreter", "islands"),
        "ratio": 0.5,
        "big": 2 ** 70,
        "nested": {"empty_list": [], "empty_dict": {}, "flags": [True, False, None]},
        "text": 'quote " backslash \\ newline \n tab \t',
        "unicode": "café ✓ 😀",
        3: "int key",
        None: "none key",
    }
    print(dumps(doc))
    print(dumps(doc, indent=2, sort_keys=False))
    print(dumps(doc["nested"], indent=4, sort_keys=True, ascii_only=False))
    print(dumps([1.5, -0.0, 1e100, float("inf"), float("nan")]))
    back = loads(dumps(doc, indent=1))
    print(back["unicode"] == doc["unicode"], back["version"], back["3"], back["null"], back["big"])
    print(sorted(back) == sorted(str(k) if k is not None else "null" for k in doc))
    print(loads('  {"a": [1, 2, {"b": null}], "c": "\\u00e9\\ud83d\\ude00", "d": -12.5e-1}  '))
    cyc = [1, 2]
    cyc.append(cyc)
    for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', '"abc', "[1] x", "{'single': 1}", '["\\q"]', "-"]:
        try:
            loads(bad)
        except JSONError as e:
            print(f"{bad!r:>16} -> {e}")
    for bad in (cyc, {(1, 2): 3}, {"s": {1, 2}}):
        try:
            dumps(bad)
        except JSONError as e:
            print("encode error:", e)
