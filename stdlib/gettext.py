"""gettext: message catalogs (GNU .mo files) for translated programs.

Without a catalog for the languages asked for, messages come back as
written: NullTranslations, or the FileNotFoundError that translation()
raises unless fallback=True."""
import os
import re
import struct
import sys

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find", "translation",
           "install", "textdomain", "dgettext", "dngettext", "gettext", "ngettext", "pgettext",
           "dpgettext", "npgettext", "dnpgettext"]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")

# the tokens of C plural formulas: numbers, n, operators, parentheses
_C_TOKENS = re.compile(r"\s*(?:(\d+)|(n)\b|(\|\||&&|==|!=|<=|>=|[<>!?:%*/+\-()]))")

# binary operators by precedence level, loosest first; Python's spelling
_C_BINARY = ({"||": "or"}, {"&&": "and"}, {"==": "==", "!=": "!="},
             {"<": "<", ">": ">", "<=": "<=", ">=": ">="}, {"+": "+", "-": "-"},
             {"*": "*", "/": "//", "%": "%"})


def _c_tokens(formula):
    tokens, pos = [], 0
    while pos < len(formula):
        m = _C_TOKENS.match(formula, pos)
        if not m:
            rest = formula[pos:].strip()
            if not rest:
                break
            raise ValueError("invalid token in plural form: " + rest[0])
        tokens.append(m.group(m.lastindex))
        pos = m.end()
    return tokens


class _PluralParser:
    """C's expression grammar over n, written back as Python source with
    every operation in parentheses (so Python's precedence cannot differ)."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        if tok is None:
            raise ValueError("unexpected end of plural form")
        self.pos += 1
        return tok

    def ternary(self):
        cond = self.binary(0)
        if self.peek() != "?":
            return cond
        self.take()
        yes = self.ternary()
        if self.take() != ":":
            raise ValueError("invalid plural form")
        return f"(({yes}) if ({cond}) else ({self.ternary()}))"

    def binary(self, level):
        if level == len(_C_BINARY):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _C_BINARY[level]:
            op = _C_BINARY[level][self.take()]
            right = self.binary(level + 1)
            # C's comparisons and logic give 0 or 1, never a bool or an operand
            if level < 4:
                left = f"(1 if ({left}) {op} ({right}) else 0)"
            else:
                left = f"(({left}) {op} ({right}))"
        return left

    def unary(self):
        tok = self.take()
        if tok == "!":
            return f"(0 if ({self.unary()}) else 1)"
        if tok == "-":
            return f"(-({self.unary()}))"
        if tok == "(":
            inner = self.ternary()
            if self.take() != ")":
                raise ValueError("unbalanced parenthesis in plural form")
            return inner
        if tok == "n" or tok.isdigit():
            return tok
        raise ValueError("invalid plural form")


def _plural_expression(formula):
    tokens = _c_tokens(formula)
    if tokens.count("(") != tokens.count(")"):
        raise ValueError("unbalanced parenthesis in plural form")
    parser = _PluralParser(tokens)
    source = parser.ternary()
    if parser.peek() is not None:
        raise ValueError("invalid plural form")
    return source


def c2py(plural):
    """A function of n for a C plural formula (as CPython's gettext.c2py)."""
    if len(plural) > 1000:
        raise ValueError("plural form expression is too long")
    code = compile(_plural_expression(plural), "<plural>", "eval")

    def func(n):
        if not isinstance(n, int):
            raise TypeError(f"Plural value must be an integer, got {type(n).__name__}")
        return eval(code, {"__builtins__": {}}, {"n": n})
    return func


class NullTranslations:
    """Messages as written, or from a fallback added with add_fallback."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        return self._fallback.pgettext(context, message) if self._fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Puts _ (and the names listed: gettext, ngettext...) in builtins."""
        import builtins
        builtins.__dict__["_"] = self.gettext
        for name in names or ():
            if name in ("gettext", "ngettext", "pgettext", "npgettext"):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """The messages of a GNU .mo catalog."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _parse(self, fp):
        data = fp.read()
        filename = getattr(fp, "name", "")
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        if len(data) < 4:
            raise OSError(0, "Bad magic number", filename)
        magic = struct.unpack("<I", data[:4])[0]
        if magic == self.LE_MAGIC:
            order = "<"
        elif magic == self.BE_MAGIC:
            order = ">"
        else:
            raise OSError(0, "Bad magic number", filename)
        version, count, origins, translations = struct.unpack(order + "4I", data[4:20])
        if version >> 16 not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(version >> 16), filename)
        entries = []
        for i in range(count):
            olen, ooff = struct.unpack(order + "2I", data[origins + 8 * i:origins + 8 * i + 8])
            tlen, toff = struct.unpack(order + "2I", data[translations + 8 * i:translations + 8 * i + 8])
            if ooff + olen > len(data) or toff + tlen > len(data):
                raise OSError(0, "File is corrupt", filename)
            entries.append((data[ooff:ooff + olen], data[toff:toff + tlen]))
        charset = "ascii"
        for original, translated in entries:
            if original == b"":
                charset = self._read_header(translated.decode(charset if charset != "ascii" else "latin-1"))
        for original, translated in entries:
            if original == b"":
                catalog[""] = translated.decode(charset)
                continue
            if b"\x00" in original:
                singular, plural = original.split(b"\x00", 1)
                key = singular.decode(charset)
                for i, form in enumerate(translated.split(b"\x00")):
                    catalog[(key, i)] = form.decode(charset)
            else:
                catalog[original.decode(charset)] = translated.decode(charset)

    def _read_header(self, text):
        last = None
        for line in text.split("\n"):
            line = line.strip()
            if not line:
                continue
            if ":" in line:
                key, _, value = line.partition(":")
                last = key.strip().lower()
                self._info[last] = value.strip()
            elif last:
                self._info[last] += "\n" + line
            if last == "content-type" and "charset=" in self._info[last]:
                self._charset = self._info[last].split("charset=")[1]
            elif last == "plural-forms":
                self.plural = c2py(self._info[last].split(";")[1].split("plural=")[1])
        return self._charset or "ascii"

    def gettext(self, message):
        missing = object()
        found = self._catalog.get(message, missing)
        if found is missing:
            found = self._catalog.get((message, self.plural(1)), missing)
        if found is not missing:
            return found
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        missing = object()
        found = self._catalog.get(key, missing)
        if found is missing:
            found = self._catalog.get((key, self.plural(1)), missing)
        if found is not missing:
            return found
        return self._fallback.pgettext(context, message) if self._fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[(key, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def _expand_language(locale):
    """The forms a locale name may take, most specific first
    (ll_CC.codeset@modifier, ..., ll)."""
    locale = locale.split(":")[0] if locale else locale
    language, _, modifier = locale.partition("@")
    language, _, codeset = language.partition(".")
    language, _, territory = language.partition("_")
    forms = []
    for t in ([territory] if territory else []) + [""]:
        for c in ([codeset] if codeset else []) + [""]:
            for m in ([modifier] if modifier else []) + [""]:
                name = language + ("_" + t if t else "") + ("." + c if c else "") + ("@" + m if m else "")
                forms.append(name)
    return forms


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file(s) for domain in localedir, for the languages asked for
    or those of $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG."""
    if localedir is None:
        localedir = _localedirs.get(domain, _default_localedir)
    if languages is None:
        languages = []
        for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(variable)
            if value:
                languages = value.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    names = []
    for lang in languages:
        for form in _expand_language(lang):
            if form not in names:
                names.append(form)
    found = []
    for name in names:
        if name == "C":
            break
        path = os.path.join(localedir, name, "LC_MESSAGES", f"{domain}.mo")
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


_translations = {}
_localedirs = {}
_current_domain = "messages"


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of domain (GNUTranslations, chained for several
    languages); NullTranslations or FileNotFoundError when none is found."""
    class_ = class_ or GNUTranslations
    files = find(domain, localedir, languages, all=True)
    if not files:
        if fallback:
            return NullTranslations()
        raise FileNotFoundError(2, "No translation file found for domain", domain)
    result = None
    for path in files:
        key = (class_, os.path.abspath(path))
        t = _translations.get(key)
        if t is None:
            with open(path, "rb") as fp:
                t = _translations.setdefault(key, class_(fp))
        t = _copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def _copy(t):
    other = t.__class__.__new__(t.__class__)
    other.__dict__.update(t.__dict__)
    other._fallback = None
    return other


Catalog = translation


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


def textdomain(domain=None):
    """Sets (with an argument) and returns the global domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    return translation(domain, _localedirs.get(domain), fallback=True)


def dgettext(domain, message):
    return _domain_translation(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _domain_translation(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _domain_translation(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _domain_translation(domain).npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)
