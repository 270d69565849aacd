"""string: constants naming sets of ASCII characters, capwords, and the
Template ($-substitution) and Formatter (str.format, step by step) classes."""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
    "digits", "hexdigits", "octdigits", "printable", "punctuation",
    "whitespace", "Formatter", "Template",
]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s with each word capitalized: the words are s.split(sep), joined
    again by sep (by one space when sep is None, so whitespace runs and the
    ends' whitespace collapse)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# Template's default mapping: only keyword arguments are used when it is given.
_NO_MAPPING = {}


def _lookup(mapping, kws):
    """name -> value: from kws first, then mapping (as a ChainMap would look)."""
    if kws and mapping is not _NO_MAPPING:
        def both(name):
            if name in kws:
                return kws[name]
            try:
                return mapping[name]
            except KeyError:
                raise KeyError(name) from None
        return both
    # Indexed only when a placeholder needs it, so any object will do until then.
    source = kws if kws else mapping
    return lambda name: source[name]


_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits


class Template:
    """A text with $name, ${name} and $$ placeholders, filled from a mapping.

    Subclasses may change delimiter, idpattern, braceidpattern, flags, or the
    whole pattern, as in CPython."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None              # re.IGNORECASE, once re is imported
    # A subclass that sets pattern, idpattern, braceidpattern or flags gets
    # CPython's regular expression (in cls.pattern); the others, and this
    # class, scan the template directly, which spares importing re.
    _custom = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        if not (cls._custom or any(k in cls.__dict__ for k in
                                   ('pattern', 'idpattern', 'braceidpattern', 'flags'))):
            return
        import re
        cls._custom = True
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delimiter = re.escape(cls.delimiter)
            # After the delimiter: another one, a name, a name in braces, or
            # (the empty group 'invalid') anything else.
            choices = (
                '(?P<escaped>%s)' % delimiter,
                '(?P<named>%s)' % cls.idpattern,
                '{(?P<braced>%s)}' % (cls.braceidpattern or cls.idpattern),
                '(?P<invalid>)',
            )
            # One choice a line, laid out as CPython's verbose pattern is
            # (its text is visible as cls.pattern.pattern).
            margin = '\n' + ' ' * 14
            pattern = '%s(?:%s%s\n%s)' % (
                delimiter, margin, (' |' + margin).join(choices), ' ' * 12)
        flags = re.IGNORECASE if cls.flags is None else cls.flags
        cls.pattern = re.compile(pattern, flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        """Raise the error for a bad placeholder whose delimiter ends at i."""
        lines = self.template[:i].splitlines(True)
        where = (len(lines), len(lines[-1])) if lines else (1, 1)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % where)

    # The template as (text, kind, name, original, start) pieces: kind is
    # None for a last piece of plain text, else 'escaped' ($$), 'named'
    # ($id or ${id}) or 'invalid' (a delimiter followed by anything else).
    def _scan(self):
        if self._custom:
            yield from self._scan_re()
            return
        s = self.template
        d = self.delimiter
        n = len(s)
        i = text_start = 0
        while True:
            j = s.find(d, i)
            if j < 0:
                yield s[text_start:], None, None, '', n
                return
            k = j + len(d)
            text = s[text_start:j]
            if s.startswith(d, k):
                yield text, 'escaped', None, d + d, j
                i = text_start = k + len(d)
            elif k < n and s[k] == '{':
                e = k + 1
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                name = s[k + 1:e]
                if name and name[0] in _ID_START and e < n and s[e] == '}':
                    yield text, 'named', name, s[j:e + 1], j
                    i = text_start = e + 1
                else:
                    yield text, 'invalid', None, d, j
                    i = text_start = k
            elif k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                yield text, 'named', s[k:e], s[j:e], j
                i = text_start = e
            else:
                yield text, 'invalid', None, d, j
                i = text_start = k

    def _scan_re(self):
        s = self.template
        last = 0
        for mo in self.pattern.finditer(s):
            text = s[last:mo.start()]
            last = mo.end()
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                yield text, 'named', named, mo.group(), mo.start()
            elif mo.group('escaped') is not None:
                yield text, 'escaped', None, mo.group(), mo.start()
            elif mo.group('invalid') is not None:
                yield text, 'invalid', None, mo.group(), mo.start('invalid') - len(self.delimiter)
            else:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        yield s[last:], None, None, '', len(s)

    def _fill(self, lookup, safe):
        """The template with placeholders replaced by str(lookup(name)).

        safe: unknown names and bad placeholders stay as written, instead
        of raising KeyError and ValueError."""
        out = []
        for text, kind, name, original, start in self._scan():
            out.append(text)
            if kind == 'named':
                try:
                    out.append(str(lookup(name)))
                except KeyError:
                    if not safe:
                        raise
                    out.append(original)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(start + len(self.delimiter))
                out.append(original)
        return ''.join(out)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template filled from mapping and keywords; KeyError for a
        missing name, ValueError for a bad placeholder."""
        return self._fill(_lookup(mapping, kws), False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template filled where it can be; the rest is left as written."""
        return self._fill(_lookup(mapping, kws), True)

    def is_valid(self):
        """Whether every delimiter starts a well-formed placeholder."""
        return all(kind != 'invalid' for _, kind, _, _, _ in self._scan())

    def get_identifiers(self):
        """The placeholder names, once each, in order of appearance."""
        names = {}
        for _, kind, name, _, _ in self._scan():
            if kind == 'named':
                names.setdefault(name)
        return list(names)


class Formatter:
    """str.format as a class whose steps can be overridden: parse,
    get_field (get_value for the first part of a field name),
    convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        """format_string with its fields replaced, as str.format does."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format, with the arguments given as a sequence and a mapping."""
        used = set()
        # A spec may hold fields, but those fields' specs may not: two levels.
        text, _ = self._render(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _render(self, format_string, args, kwargs, used, levels, auto):
        """(text, auto) for format_string; auto is the next automatic field
        number, None once a field was numbered by hand (the two styles do
        not mix)."""
        if levels < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            name, auto = _number_field(name, auto)
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, auto = self._render(spec, args, kwargs, used, levels - 1, auto)
            out.append(self.format_field(value, spec))
        return ''.join(out), auto

    def get_value(self, key, args, kwargs):
        """The argument a field names: args[key] for an int, else kwargs[key]."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys of the arguments used; may raise. Accepts all."""

    def format_field(self, value, format_spec):
        """value formatted by its spec, through format()."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """value after a !s, !r or !a conversion (None: unchanged)."""
        convert = _CONVERSIONS.get(conversion)
        if convert is None:
            if conversion is None:
                return value
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        return convert(value)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each
        piece of format_string: field_name None after literal text alone
        (a doubled brace ends such a piece with the brace itself)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(the value field_name designates, the key of the argument it starts from)."""
        first, accesses = _field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, part in accesses:
            value = getattr(value, part) if is_attribute else value[part]
        return value, first


_CONVERSIONS = {'s': str, 'r': repr, 'a': ascii}

_MIXED_NUMBERING = ('cannot switch from manual field specification to '
                    'automatic field numbering')


def _number_field(name, auto):
    """(name, auto) after a field: an empty name takes the next automatic
    number; an all-digit one switches automatic numbering off."""
    if name == '':
        if auto is None:
            raise ValueError(_MIXED_NUMBERING)
        return str(auto), auto + 1
    if name.isdigit():
        if auto:
            raise ValueError(_MIXED_NUMBERING)
        return name, None
    return name, auto


def _parse_format(s):
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{' or c == '}':
            if i + 1 < n and s[i + 1] == c:
                literal.append(c)
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            # a field: up to the matching '}'
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                if j >= n and i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            yield (''.join(literal),) + _split_field(field)
            literal = []
            i = j
            continue
        literal.append(c)
        i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    """(field_name, format_spec, conversion) of the text inside braces."""
    # the name ends at '!' or ':' outside brackets
    k = 0
    n = len(field)
    while k < n and field[k] not in '!:':
        if field[k] == '[':
            while k < n and field[k] != ']':
                k += 1
        k += 1
    name = field[:k]
    conversion = None
    spec = ''
    if k < n and field[k] == '!':
        if k + 1 >= n:
            raise ValueError("unmatched '{' in format spec")
        conversion = field[k + 1]
        k += 2
        if k < n and field[k] != ':':
            raise ValueError("expected ':' after conversion specifier")
    if k < n and field[k] == ':':
        spec = field[k + 1:]
    return name, spec, conversion


def _field_name_split(name):
    """The first part of a field name (an int when all digits) and its
    attribute and index accesses: (True, attribute) or (False, key)."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
