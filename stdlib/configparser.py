"""configparser: INI-style configuration files, with the interface of
CPython 3.11's configparser.

A parser holds an ordered mapping of sections; each section maps option
names (passed through optionxform, lower-cased by default) to string
values. The DEFAULT section is kept apart: its options show through every
other section. Values are stored raw; an Interpolation object rewrites them
when they are read (before_get), checked when set (before_set), and may
also see them as they are parsed (before_read) and written (before_write).

While a file is read, a multi-line value is kept as a list of its lines;
the lists are joined once the whole source has been read, so continuation
lines, blank lines inside values and trailing blank lines all behave as in
CPython.
"""

import functools
import io
import itertools
import os
import re
import sys
from collections import ChainMap as _ChainMap
from collections import abc as _abc
MutableMapping = _abc.MutableMapping

__all__ = [
    # parsers and the mapping views they hand out
    "RawConfigParser", "ConfigParser", "SafeConfigParser",
    "SectionProxy", "ConverterMapping",
    # interpolation
    "Interpolation", "BasicInterpolation",
    "ExtendedInterpolation", "LegacyInterpolation",
    # errors
    "NoSectionError", "DuplicateOptionError",
    "DuplicateSectionError", "NoOptionError",
    "InterpolationError", "InterpolationDepthError",
    "InterpolationMissingOptionError",
    "InterpolationSyntaxError", "ParsingError",
    "MissingSectionHeaderError",
    # constants
    "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10    # nested references before giving up

# marks an argument nobody passed (None is a meaningful fallback)
_UNSET = object()


# ---------------------------------------------------------------- errors

class Error(Exception):
    """The base of this module's exceptions; str() and repr() give .message."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def _fill(self, text, /, **fields):
        """Sets the message, the named attributes, and args to their values
        in order (as CPython's classes do)."""
        self.message = text
        for name, value in fields.items():
            setattr(self, name, value)
        self.args = tuple(fields.values())

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _dup_message(what, source, lineno):
    """'While reading from SRC [line N]: WHAT already exists', or without
    a source just 'WHAT already exists', capitalised."""
    if source is None:
        return what[0].upper() + what[1:] + " already exists"
    where = "While reading from %r" % (source,)
    if lineno is not None:
        where += " [line %2d]" % (lineno,)
    return where + ": " + what + " already exists"


class NoSectionError(Error):
    """A section named by the caller does not exist."""

    def __init__(self, section):
        self._fill("No section: %r" % (section,), section=section)


class DuplicateSectionError(Error):
    """add_section() or a strict read met a section name a second time."""

    def __init__(self, section, source=None, lineno=None):
        text = _dup_message("section %r" % (section,), source, lineno)
        self._fill(text, section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """A strict read met an option twice in one section."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "option %r in section %r" % (option, section)
        self._fill(_dup_message(what, source, lineno), section=section,
                   option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """The section exists but holds no such option."""

    def __init__(self, option, section):
        text = "No option %r in section: %r" % (option, section)
        self._fill(text, option=option, section=section)


class InterpolationError(Error):
    """The base of the errors raised while expanding a value."""

    def __init__(self, option, section, msg):
        self._fill(msg, option=option, section=section, msg=msg)
        del self.msg


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option %r in section %r contains "
                "an interpolation key %r which is not a valid option "
                "name. Raw value: %r" % (option, section, reference, rawval))
        self._fill(text, option=option, section=section, rawval=rawval,
                   reference=reference)
        del self.rawval


class InterpolationSyntaxError(InterpolationError):
    """A value holds a malformed reference."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (often a cycle)."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option %r "
                "in section %r contains an interpolation key which cannot "
                "be substituted in %d steps. Raw value: %r" % (
                    option, section, MAX_INTERPOLATION_DEPTH, rawval))
        self._fill(text, option=option, section=section, rawval=rawval)
        del self.rawval


class ParsingError(Error):
    """Lines that are neither headers, options nor continuations; every bad
    line of a source is collected in .errors before this is raised."""

    def __init__(self, source=None, filename=None):
        if filename is not None:
            if source is not None:
                raise ValueError("Cannot specify both `filename' and "
                                 "`source'. Use `source'.")
            source = filename
        if source is None:
            raise ValueError("Required argument `source' not given.")
        self._fill("Source contains parsing errors: %r" % (source,),
                   source=source)
        self.errors = []

    filename = property(lambda self: self.source,
                        lambda self, value: setattr(self, 'source', value))

    def append(self, lineno, line):
        self.message += "\n\t[line %2d]: %s" % (lineno, line)
        self.errors += [(lineno, line)]


class MissingSectionHeaderError(ParsingError):
    """An option came before the first section header."""

    def __init__(self, filename, lineno, line):
        text = ("File contains no section headers.\nfile: %r, line: %d\n%r"
                % (filename, lineno, line))
        self._fill(text, source=filename, lineno=lineno, line=line)


# --------------------------------------------------------- interpolation

class Interpolation:
    """No interpolation: every hook hands the value back unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    """What BasicInterpolation and ExtendedInterpolation share: a marker
    character that is doubled to stand for itself, a reference syntax
    (KEYCRE) and a recursive expansion, bounded in depth."""

    MARK = "%"
    OPEN = "("

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._interpolate_some(parser, option, pieces, value, section,
                               defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        mark = self.MARK
        left = self._KEYCRE.sub('', value.replace(mark + mark, ''))
        if mark in left:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, left.find(mark)))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map,
                          depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        mark = self.MARK
        while rest:
            at = rest.find(mark)
            if at < 0:
                accum.append(rest)
                return
            accum.append(rest[:at])
            rest = rest[at:]
            follower = rest[1:2]
            if follower == mark:
                accum.append(mark)
                rest = rest[2:]
                continue
            if follower != self.OPEN:
                raise InterpolationSyntaxError(
                    option, section, "%r must be followed by %r or %r, "
                    "found: %r" % (mark, mark, self.OPEN, rest))
            found = self._KEYCRE.match(rest)
            if found is None:
                raise InterpolationSyntaxError(
                    option, section,
                    "bad interpolation variable reference %r" % (rest,))
            rest = rest[found.end():]
            self._expand(parser, option, accum, section, map, depth, rawval,
                         found.group(1), rest)

    def _expand(self, parser, option, accum, section, map, depth, rawval,
                name, rest):
        raise NotImplementedError


class BasicInterpolation(_MarkerInterpolation):
    """%(name)s refers to another option of the same section (or DEFAULT);
    %% stands for a percent sign."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _expand(self, parser, option, accum, section, map, depth, rawval,
                name, rest):
        key = parser.optionxform(name)
        if key not in map:
            raise InterpolationMissingOptionError(option, section, rawval,
                                                  key)
        found = map[key]
        if self.MARK in found:
            self._interpolate_some(parser, option, accum, found, section,
                                   map, depth + 1)
        else:
            accum.append(found)


class ExtendedInterpolation(_MarkerInterpolation):
    """${name} refers to an option of the same section, ${section:name} to
    one of any section; $$ stands for a dollar sign."""

    MARK = "$"
    OPEN = "{"
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _expand(self, parser, option, accum, section, map, depth, rawval,
                name, rest):
        path = name.split(':')
        where, key = section, option
        try:
            if len(path) == 1:
                key = parser.optionxform(path[0])
                found = map[key]
            elif len(path) == 2:
                where, key = path[0], parser.optionxform(path[1])
                found = parser.get(where, key, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, rawval, ":".join(path)) from None
        if self.MARK in found:
            inner = dict(parser.items(where, raw=True))
            self._interpolate_some(parser, key, accum, found, where, inner,
                                   depth + 1)
        else:
            accum.append(found)


class LegacyInterpolation(Interpolation):
    """The old, deprecated form: %(name)s expanded with the % operator."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value

        def normalise(m):
            if m.group(1) is None:
                return m.group()
            return "%%(%s)s" % parser.optionxform(m.group(1))

        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not value or "%(" not in value:
                return value
            value = self._KEYCRE.sub(normalise, value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, original, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value


# ---------------------------------------------------------------- parser

def _option_regex(delimiters, allow_no_value):
    """The pattern of an 'option <delimiter> value' line. Without a value
    allowed the delimiter is required; the option part is lazy, so the
    first delimiter on the line separates."""
    delim = "|".join(map(re.escape, delimiters))
    tail = r"(?P<vi>%s)\s*(?P<value>.*)" % delim
    if allow_no_value:
        tail = "(?:" + tail + ")?"
    return re.compile(r"(?P<option>.*?)\s*" + tail + "$")


def _typed_getter(name, make_conv):
    """getint/getfloat/getboolean: get() then a conversion; make_conv(parser)
    gives the conversion function."""
    def getter(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, make_conv(self), raw=raw,
                              vars=vars, fallback=fallback, **kwargs)
    getter.__name__ = getter.__qualname__ = name
    return getter


class _Reading:
    """The state of one pass of RawConfigParser._read over a source."""

    def __init__(self, source):
        self.source = source
        self.seen = set()       # section names and (section, option) pairs
        self.values = None      # dict of the section being read
        self.section = None
        self.option = None      # the option continuation lines extend
        self.indent = 0
        self.error = None

    def bad_line(self, lineno, line):
        if self.error is None:
            self.error = ParsingError(self.source)
        self.error.append(lineno, repr(line))


class RawConfigParser(MutableMapping):
    """A configuration parser without interpolation."""

    _DEFAULT_INTERPOLATION = Interpolation()
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = (r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*"
                    r"(?P<value>.*))?$")
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = _option_regex(('=', ':'), False)
    OPTCRE_NV = _option_regex(('=', ':'), True)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False,
                 *, delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._convs = ConverterMapping(self)
        self._views = dict_type()
        self._views[default_section] = SectionProxy(self, default_section)
        self._delims = tuple(delimiters)
        if self._delims != ('=', ':'):
            self._option_re = _option_regex(self._delims, allow_no_value)
        else:
            self._option_re = (self.OPTCRE, self.OPTCRE_NV)[
                bool(allow_no_value)]
        self._line_comments = tuple(comment_prefixes or ())
        self._inline_comments = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._no_value_ok = allow_no_value
        self._blank_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is None:
            interpolation = Interpolation()
        elif interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of "
                            "Interpolation; got an object of type %s"
                            % (type(interpolation),))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._convs.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # ---- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT left out."""
        return [*self._sections]

    def add_section(self, section):
        """Creates an empty section; DEFAULT and existing names are refused."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if self.has_section(section):
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        made = self._sections[name] = self._dict()
        self._views[name] = SectionProxy(self, name)
        return made

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The option names of a section, then those of DEFAULT."""
        names = dict.fromkeys(self._own(section))
        names.update(dict.fromkeys(self._defaults))
        return list(names)

    def _own(self, section):
        """A section's own dict; NoSectionError when there is none."""
        try:
            return self._sections[section]
        except KeyError:
            pass
        raise NoSectionError(section)

    def has_option(self, section, option):
        """Whether the option is in the section or in DEFAULT; an empty
        section name or DEFAULT's asks DEFAULT alone."""
        key = self.optionxform(option)
        if section and section != self.default_section:
            own = self._sections.get(section)
            return own is not None and (key in own or key in self._defaults)
        return key in self._defaults

    def _target(self, section):
        """The dict that set() and remove_option() change for a section."""
        if section and section != self.default_section:
            return self._own(section)
        return self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option,
                                                   value)
        self._target(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Removes an option; returns whether it was there."""
        values = self._target(section)
        return values.pop(self.optionxform(option), _UNSET) is not _UNSET

    def remove_section(self, section):
        """Removes a section; returns whether it was there."""
        if not self.has_section(section):
            return False
        self._sections.pop(section)
        self._views.pop(section)
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    # ---- reading values

    def _unify_values(self, section, vars):
        """A chain of vars, the section and DEFAULT, searched in that order."""
        if section == self.default_section and section not in self._sections:
            own = {}
        else:
            own = self._own(section)
        extra = {}
        if vars:
            for name, value in vars.items():
                extra[self.optionxform(name)] = (
                    value if value is None else str(value))
        return _ChainMap(extra, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """A value, expanded by the interpolation unless raw; vars override
        the section. fallback is returned for a missing section or option."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is not _UNSET:
                return fallback
            raise
        key = self.optionxform(option)
        try:
            value = chain[key]
        except KeyError:
            if fallback is not _UNSET:
                return fallback
            raise NoOptionError(key, section) from None
        if value is None or raw:
            return value
        return self._interpolation.before_get(self, section, key, value,
                                              chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            value = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is not _UNSET:
                return fallback
            raise
        return conv(value)

    getint = _typed_getter('getint', lambda parser: int)
    getfloat = _typed_getter('getfloat', lambda parser: float)
    getboolean = _typed_getter('getboolean',
                               lambda parser: parser._convert_to_boolean)

    def _convert_to_boolean(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            pass
        raise ValueError('Not a boolean: ' + value)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs, DEFAULT first.
        With one: a list of (option, value) pairs, values expanded unless
        raw; vars may override values but adds no names."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        if section != self.default_section or section in self._sections:
            merged.update(self._own(section))
        names = list(merged)
        if vars:
            for name, value in vars.items():
                merged[self.optionxform(name)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged))
                for name in names]

    def popitem(self):
        """Removes and returns the first section (never DEFAULT)."""
        if not self._sections:
            raise KeyError
        name = next(iter(self._sections))
        proxy = self[name]
        del self[name]
        return name, proxy

    # ---- reading sources

    def read(self, filenames, encoding=None):
        """Reads each file that can be opened, skipping the others; returns
        the names of those read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = (filenames,)
        done = []
        for name in filenames:
            try:
                f = open(name, encoding=encoding)
            except OSError:
                continue
            with f:
                self._read(f, name)
            done.append(os.fspath(name))
        return done

    def read_file(self, f, source=None):
        """Reads an iterable of lines; source names it in error messages
        (by default f.name, or '<???>')."""
        self._read(f, getattr(f, 'name', '<???>') if source is None
                   else source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads {section: {option: value}}; keys and values go through str()
        (None values stay None)."""
        seen = set()
        for name, pairs in dictionary.items():
            name = str(name)
            try:
                self.add_section(name)
            except (DuplicateSectionError, ValueError):
                if name in seen and self._strict:
                    raise
            seen.add(name)
            for key, value in pairs.items():
                key = self.optionxform(str(key))
                if (name, key) in seen and self._strict:
                    raise DuplicateOptionError(name, key, source)
                seen.add((name, key))
                self.set(name, key, value if value is None else str(value))

    def readfp(self, fp, filename=None):
        import warnings
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, filename)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _comment_start(self, line):
        """Where the comment of a line begins, or None. A whole-line prefix
        counts after leading blanks; an inline one only at the start or
        after whitespace. Inline prefixes are searched occurrence by
        occurrence, all prefixes in step, and the first round that finds
        a valid one decides."""
        if line.strip().startswith(self._line_comments):
            return 0
        found = None
        pending = {p: -1 for p in self._inline_comments}
        while found is None and pending:
            still = {}
            for prefix, last in pending.items():
                at = line.find(prefix, last + 1)
                if at < 0:
                    continue
                still[prefix] = at
                if at == 0 or line[at - 1].isspace():
                    found = at if found is None else min(found, at)
            pending = still
        return found

    def _read(self, fp, fpname):
        """Parses lines into the sections. Duplicates raise at once (when
        strict), as does an option before any header; other bad lines are
        gathered into one ParsingError raised at the end."""
        st = _Reading(fpname)
        for lineno, line in enumerate(fp, 1):
            cut = self._comment_start(line)
            text = line[:cut].strip() if cut is not None else line.strip()
            if text:
                self._read_line(st, lineno, line, text)
            elif not self._blank_in_values:
                st.indent = sys.maxsize     # a blank line ends a value
            elif cut is None and st.option and st.values is not None:
                lines = st.values[st.option]
                if lines is not None:
                    lines.append('')
        self._join_multiline_values()
        if st.error is not None:
            raise st.error

    def _read_line(self, st, lineno, line, text):
        """One line with content: a continuation, a header or an option."""
        start = self.NONSPACECRE.search(line)
        indent = start.start() if start else 0
        if st.values is not None and st.option and indent > st.indent:
            st.values[st.option].append(text)
            return
        st.indent = indent
        header = self.SECTCRE.match(text)
        if header is not None:
            self._enter_section(st, lineno, header.group('header'))
            return
        if st.values is None:
            raise MissingSectionHeaderError(st.source, lineno, line)
        pair = self._option_re.match(text)
        if pair is None:
            st.bad_line(lineno, line)
            return
        name, value = pair.group('option', 'value')
        if not name:
            st.bad_line(lineno, line)
        name = self.optionxform(name.rstrip())
        if self._strict and (st.section, name) in st.seen:
            raise DuplicateOptionError(st.section, name, st.source, lineno)
        st.seen.add((st.section, name))
        st.option = name
        st.values[name] = None if value is None else [value.strip()]

    def _enter_section(self, st, lineno, name):
        st.section, st.option = name, None
        if name in self._sections:
            if name in st.seen and self._strict:
                raise DuplicateSectionError(name, st.source, lineno)
            st.values = self._sections[name]
        elif name == self.default_section:
            st.values = self._defaults
            return
        else:
            st.values = self._new_section(name)
        st.seen.add(name)

    def _join_multiline_values(self):
        """Makes the line lists of a read into strings, then lets the
        interpolation see them (before_read)."""
        hook = self._interpolation.before_read
        every = [(self.default_section, self._defaults)]
        every += self._sections.items()
        for section, values in every:
            for name in values:
                value = values[name]
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                values[name] = hook(self, section, name, value)

    # ---- writing

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration in a form read() reads back; DEFAULT
        first when it has options."""
        sep = self._delims[0]
        if space_around_delimiters:
            sep = " %s " % sep
        parts = [(self.default_section, self._defaults)] if self._defaults \
            else []
        parts += self._sections.items()
        for name, values in parts:
            self._write_section(fp, name, values.items(), sep)

    def _write_section(self, fp, section_name, section_items, delimiter):
        out = ["[%s]\n" % section_name]
        hook = self._interpolation.before_write
        for key, value in section_items:
            value = hook(self, section_name, key, value)
            if value is None and self._no_value_ok:
                out.append(key + "\n")
            else:
                text = str(value).replace('\n', '\n\t')
                out.append(key + delimiter + text + "\n")
        out.append("\n")
        for piece in out:
            fp.write(piece)

    # ---- the mapping of sections

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._views[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # a section assigned to itself is left alone
        if key in self and value is self[key]:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif self.has_section(key):
            self._own(key).clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections

    # ---- checks of ConfigParser

    def _validate_value_types(self, *, section="", option="", value=""):
        for thing, what in ((section, "section names"),
                            (option, "option keys")):
            if not isinstance(thing, str):
                raise TypeError(what + " must be strings")
        if value and not isinstance(value, str) or (
                not self._no_value_ok and not isinstance(value, str)):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._convs


class ConfigParser(RawConfigParser):
    """A configuration parser with %(name)s interpolation; names and values
    given to set() must be strings."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # defaults are taken as given: no check of their syntax
        kept, self._interpolation = self._interpolation, Interpolation()
        try:
            RawConfigParser._read_defaults(self, defaults)
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):
    """ConfigParser's deprecated former name."""

    def __init__(self, *args, **kwargs):
        ConfigParser.__init__(self, *args, **kwargs)
        import warnings
        warnings.warn("The SafeConfigParser class has been renamed to "
                      "ConfigParser in Python 3.2. This alias will be "
                      "removed in Python 3.12. Use ConfigParser directly "
                      "instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """One section seen as a mapping; reads and writes go to the parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            method = getattr(parser, 'get' + conv)
            setattr(self, 'get' + conv,
                    functools.partial(self.get, _impl=method))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        if key in self:
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        if key not in self or not self._parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        parser = self._parser
        if self._name == parser.default_section:
            return parser.defaults()
        return parser.options(self._name)

    parser = property(lambda self: self._parser)
    name = property(lambda self: self._name)

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """A value of this section, or fallback (None by default)."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars,
                      fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters: name -> function. Adding 'x' gives the parser
    and every section proxy a getx() method; the built-in int, float and
    boolean getters show here with the value None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            m = self.GETTERCRE.match(attr)
            if m and callable(getattr(parser, attr)):
                self._data[m.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError('Incompatible key: %s (type: %s)'
                             % (key, type(key)))
        if key == '':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        method = functools.partial(self._parser._get_conv, conv=value)
        method.converter = value
        attr = 'get' + key
        setattr(self._parser, attr, method)
        for view in self._parser.values():
            setattr(view, attr, functools.partial(view.get, _impl=method))

    def __delitem__(self, key):
        if not key or not isinstance(key, str):
            raise KeyError(key)
        del self._data[key]
        attr = 'get' + key
        for holder in [self._parser, *self._parser.values()]:
            if attr in vars(holder):
                delattr(holder, attr)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
