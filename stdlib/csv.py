"""csv: reading and writing comma-separated values, as CPython 3.11's csv
module (whose _csv core is C there; here the reader is the same state
machine in Python, with the same quoting rules and messages).

reader(iterable, dialect='excel', **fmtparams), writer(fileobj, ...),
DictReader, DictWriter, Sniffer, the dialect registry and the QUOTE_*
constants."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = [128 * 1024]


class Error(Exception):
    pass


Error.__module__ = '_csv'


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit[0]
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit[0] = limit
    return old


# --- dialects -------------------------------------------------------------------

_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                  'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _check_char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kinds = 'string or None' if allow_none else 'string'
        raise TypeError('"%s" must be %s, not %s' % (name, kinds, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_UNSET = object()


class _Dialect:
    """The validated parameters of a reader or writer (_csv.Dialect). Each
    parameter is checked as it is taken, in _csv's order, then they are
    checked together."""

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _DIALECT_ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def param(name, default):
            if name in kwargs:
                return kwargs[name]
            return getattr(dialect, name, default) if dialect is not None else default

        self.delimiter = _check_char('delimiter', param('delimiter', ','), False)
        self.doublequote = bool(param('doublequote', True))
        self.escapechar = _check_char('escapechar', param('escapechar', None), True)
        lineterminator = param('lineterminator', '\r\n')
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        self.quotechar = _check_char('quotechar', param('quotechar', '"'), True)
        quoting = param('quoting', QUOTE_MINIMAL)
        if isinstance(quoting, bool) or not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if kwargs.get('quotechar', _UNSET) is None and 'quoting' not in kwargs:
            # quotechar=None alone asks for no quoting
            quoting = QUOTE_NONE
        self.quoting = quoting
        self.skipinitialspace = bool(param('skipinitialspace', False))
        self.strict = bool(param('strict', False))
        if quoting not in range(4):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')


class Dialect:
    """The base of dialect classes: a subclass sets the formatting
    attributes (delimiter, quotechar, escapechar, doublequote,
    skipinitialspace, lineterminator, quoting); they are checked when it
    is instantiated."""
    _name = ""
    _valid = False
    # all unset here: a subclass must give them
    delimiter = quotechar = escapechar = doublequote = None
    skipinitialspace = lineterminator = quoting = None

    def __init__(self):
        # only a subclass describes a usable dialect
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as err:
            # the checks raise TypeError; a dialect class reports Error
            raise Error(str(err))


class excel(Dialect):
    """The format of CSV files that Excel writes."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The format of tab-separated files that Excel writes."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The format of CSV files usual on Unix: '\\n' ends lines and every
    field is quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    """Register under name the dialect (a class, an instance or the name of
    another), changed by the keyword arguments."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Remove the dialect registered under name."""
    if _dialects.pop(name, None) is None:
        raise Error("unknown dialect")


def get_dialect(name):
    """The dialect registered under name."""
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect")


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


for _name, _dialect in (("excel", excel), ("excel-tab", excel_tab),
                        ("unix", unix_dialect)):
    register_dialect(_name, _dialect)
del _name, _dialect


# --- the reader -------------------------------------------------------------------

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL,
 AFTER_ESCAPED_CRNL) = range(9)


class _reader:
    """CSV reader

    Reader objects are responsible for reading and parsing tabular data
    in CSV format.
    """

    def __init__(self, iterable, dialect, fmtparams):
        self._it = iter(iterable)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        self._field.append(c)

    def _process_char(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is None:
                return      # empty line: no record
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c == '\n' or c == '\r' or c is None:
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
        elif state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
            # after an escaped line end the field goes on as IN_FIELD, but
            # the state stays until something changes it (as in _csv.c,
            # where the case falls through): the end of the line does not
            # end the record then
            if state == AFTER_ESCAPED_CRNL and c is None:
                return
            if c == '\n' or c == '\r' or c is None:
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
        elif state == IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                # a doubled quote
                self._add_char(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c == '\n' or c == '\r' or c is None:
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is None:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                # end of input: a field still open ends the record
                if len(self._field) != 0 or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process_char(c)
            self._process_char(None)   # the end of the line
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(iterable, dialect='excel', **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel']
                           [optional keyword args])"""
    return _reader(iterable, dialect, fmtparams)


# --- the writer -------------------------------------------------------------------

def _is_number(x):
    return isinstance(x, (int, float)) or (
        hasattr(type(x), '__index__') or hasattr(type(x), '__float__'))


class _writer:
    """CSV writer

    Writer objects are responsible for generating tabular data
    in CSV format from sequence input.
    """

    def __init__(self, fileobj, dialect, fmtparams):
        self.dialect = _Dialect(dialect, **fmtparams)
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None

    def _join(self, field, quoted, out, only_field):
        d = self.dialect
        lineterm = d.lineterminator
        chars = []
        for c in field:
            want_escape = False
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar or
                    c in lineterm):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    chars.append(d.escapechar)
            chars.append(c)
        if not field and only_field:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        s = ''.join(chars)
        if quoted:
            s = d.quotechar + s + d.quotechar
        out.append(s)

    def writerow(self, row):
        """writerow(iterable)

        Construct and write a CSV record from an iterable of fields.  Non-string
        elements will be converted to string."""
        d = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        out = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif d.quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            self._join(field, quoted, out, len(fields) == 1)
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

        Construct and write a series of iterables to a csv file.  Non-string
        elements will be converted to string."""
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect='excel', **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel']
                               [optional keyword args])"""
    return _writer(fileobj, dialect, fmtparams)


_reader.__name__ = _reader.__qualname__ = 'reader'
_reader.__module__ = '_csv'
_writer.__name__ = _writer.__qualname__ = 'writer'
_writer.__module__ = '_csv'


# --- dict readers and writers -------------------------------------------------------

class DictReader:
    """Reads the rows of a CSV file as dicts keyed by fieldnames (by
    default the first row): the values of a long row beyond the names go
    to restkey, the names a short row lacks get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # read from the file on first use
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # reads the header row if it is needed
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # a blank line would give a dict of restval only: skip it
        while not row:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        for name in names[len(row):]:
            record[name] = self.restval
        return record


class DictWriter:
    """Writes dicts as CSV rows, their values in the order of fieldnames;
    a missing key writes restval, an unknown key raises ValueError (or is
    ignored with extrasaction='ignore')."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write the row of the field names."""
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, unknown)))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        """Write one dict as a row."""
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        """Write each dict as a row."""
        return self.writer.writerows(self._values(d) for d in rowdicts)


# --- the sniffer ------------------------------------------------------------------

# Quoted text tells both the quote character and the delimiter: these
# patterns look for it between delimiters, at the start of a line, at the
# end of one, and alone on one, in that order of preference. A delimiter
# is any character but a word character, a quote or a newline; a space may
# follow it.
_DELIM = r'(?P<delim>[^\w\n"\'])(?P<space> ?)'
_QUOTED = r'(?P<quote>["\']).*?(?P=quote)'
_QUOTED_TEXT_PATTERNS = (_DELIM + _QUOTED + r'(?P=delim)',
                         r'(?:^|\n)' + _QUOTED + _DELIM,
                         _DELIM + _QUOTED + r'(?:$|\n)',
                         r'(?:^|\n)' + _QUOTED + r'(?:$|\n)')


def _most_common(counts):
    # the first counted of the most frequent keys
    return max(counts, key=counts.get)


def _spaced(line, delimiter):
    """Whether every delimiter on the line is followed by a space."""
    return line.count(delimiter) == line.count(delimiter + ' ')


def _steady_count(histogram):
    """(count, weight) for a character whose histogram maps a count per
    line to the number of lines with it: the most frequent count, weighed
    by its lines less the lines with any other count; None for a character
    never seen."""
    if list(histogram) == [0]:
        return None
    pairs = list(histogram.items())
    best = max(pairs, key=lambda pair: pair[1])
    others = sum(lines for count, lines in pairs) - best[1]
    return best[0], best[1] - others


class Sniffer:
    """Guesses the format of a sample of CSV: sniff() makes a dialect of
    it, has_header() tells whether its first row names the columns."""

    def __init__(self):
        # when several delimiters fit the sample as well, the first of these
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing sample; delimiters limits the
        delimiters considered. Error when none fits."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) read from
        the quoted fields of data; the delimiter is '' when they do not
        tell it, None when there is no quoted field."""
        for pattern in _QUOTED_TEXT_PATTERNS:
            found = list(re.finditer(pattern, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        else:
            return ('', False, None, 0)
        quotes, delims, spaced = {}, {}, 0
        for match in found:
            groups = match.groupdict()
            quote = groups['quote']
            if quote:
                quotes[quote] = quotes.get(quote, 0) + 1
            if 'delim' not in groups:
                continue
            delim = groups['delim']
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if groups['space']:
                spaced += 1
        quotechar = _most_common(quotes)
        delim, skipinitialspace = '', 0
        if delims:
            delim = _most_common(delims)
            skipinitialspace = delims[delim] == spaced
            if delim == '\n':
                delim = ''  # a single column
        return (quotechar, self._doubled_quotes(data, quotechar, delim),
                delim, skipinitialspace)

    @staticmethod
    def _doubled_quotes(data, quotechar, delim):
        """Whether a field of data holds a third quote between two others
        (a doubled quote)."""
        d = re.escape(delim)
        q = quotechar
        field = r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)' % (d, q, d, q, d, q, d)
        return re.search(field, data, re.MULTILINE) is not None

    def _guess_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace) for data without quotes: the
        character found the same number of times on (nearly) every line.
        Lines are read 10 at a time until one character stands out; the
        share of steady lines asked goes from 100% down to 90%."""
        lines = [line for line in data.split('\n') if line]
        if not lines:
            return ('', 0)
        chunk = min(10, len(lines))
        histograms = {chr(code): {} for code in range(127)}
        steady = {}  # character -> (count, weight), in order of appearance
        found = {}
        for start in range(0, len(lines), chunk):
            for line in lines[start:start + chunk]:
                for char, histogram in histograms.items():
                    n = line.count(char)
                    histogram[n] = histogram.get(n, 0) + 1
            for char, histogram in histograms.items():
                stats = _steady_count(histogram)
                if stats is not None:
                    steady[char] = stats
            read = min(start + chunk, len(lines))
            # (the threshold steps as float arithmetic does: 11 steps)
            threshold = 1.0
            while not found and threshold >= 0.9:
                for char, (count, weight) in steady.items():
                    if (count > 0 and weight > 0 and weight / read >= threshold
                            and (delimiters is None or char in delimiters)):
                        found[char] = (count, weight)
                threshold -= 0.01
            if len(found) == 1:
                delim = next(iter(found))
                return (delim, _spaced(lines[0], delim))
        if not found:
            return ('', 0)
        for delim in self.preferred:
            if delim in found:
                return (delim, _spaced(lines[0], delim))
        delim = max((stats, char) for char, stats in found.items())[1]
        return (delim, _spaced(lines[0], delim))

    def has_header(self, sample):
        """Whether the first row of sample looks like a header. Each column
        whose next rows (up to 21) all hold one type (int, float), or text
        of one length, votes: for a header when its first row differs."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))  # column -> type or length
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != len(header):
                continue
            for column in list(kinds):
                kind = _value_kind(row[column])
                if kind == kinds[column]:
                    continue
                if kinds[column] is None:
                    kinds[column] = kind
                else:
                    del kinds[column]  # no single kind: no vote
        votes = sum(_header_vote(header[column], kind) for column, kind in kinds.items())
        return votes > 0


def _value_kind(text):
    """int or float when text reads as one, else its length."""
    for number in (int, float):
        try:
            number(text)
        except (ValueError, OverflowError):
            continue
        return number
    return len(text)


def _header_vote(name, kind):
    """+1 when the header cell name does not fit the column's kind, else -1.
    A column that no row typed (kind None) counts as not fitting."""
    if isinstance(kind, int):
        return 1 if len(name) != kind else -1
    try:
        kind(name)
    except (ValueError, TypeError):
        return 1
    return -1
