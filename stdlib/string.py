"""string: character-class constants, capwords, and Template substitution."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

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
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits


class Template:
    """A string class for supporting $-substitutions."""

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
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        flags = re.IGNORECASE if cls.flags is None else cls.flags
        cls.pattern = re.compile(pattern, flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

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

    def _substitute(self, mapping, safe):
        out = []
        for text, kind, name, original, start in self._scan():
            out.append(text)
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(original)
                else:
                    out.append(str(mapping[name]))
            elif kind == 'invalid':
                if not safe:
                    self._invalid(start + len(self.delimiter))
                out.append(original)
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws
        return self._substitute(mapping, True)

    def is_valid(self):
        for text, kind, name, original, start in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for text, kind, name, original, start in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    """str.format as a class whose steps can be overridden: parse,
    get_field (get_value for the first part of a field name),
    convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '{}' takes the next positional argument; mixing with '{0}' is
            # an error either way round
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # the spec may hold fields of its own
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each
        piece of format_string: field_name None after literal text alone
        (a doubled brace ends such a piece with the brace itself)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


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
