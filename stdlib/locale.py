"""locale: the C locale only, with the interface of CPython 3.11's locale.

atoll never switches the C library's locale: numbers are always read and
written with '.' and no grouping, strings compare by code point and text is
UTF-8. This module says so honestly. setlocale() accepts the C locale under
its names ('C', 'POSIX', 'C.UTF-8', 'C.utf8', '' when the environment names
one of them) and raises Error('unsupported locale setting') for any other.
As CPython does on Linux (PEP 538), LC_CTYPE starts as 'C.UTF-8' and the
other categories as 'C'. getlocale() reports what CPython 3.11 reports for
these names, whose alias table maps 'C.UTF-8' to ('en_US', 'UTF-8').
setlocale(category, '') reads the environment as it is (CPython, on the
contrary, has written LC_CTYPE=C.UTF-8 into it at startup when the locale
was C), so with LANG and LC_* unset it gives 'C' for LC_CTYPE too.
normalize() knows only these names; nl_langinfo() is left out.

What each category is set to is remembered per interpreter, in this module.
"""

import os
import sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof',
           'atoi', 'format_string', 'currency', 'normalize', 'LC_CTYPE',
           'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL',
           'LC_MESSAGES', 'CHAR_MAX', 'getencoding', 'localize', 'delocalize']

_builtin_str = str

# glibc's numbers for the categories
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE = 0, 1, 2, 3
LC_MONETARY, LC_MESSAGES, LC_ALL = 4, 5, 6
CHAR_MAX = 127


class Error(Exception):
    """A locale that cannot be set, or a query the system cannot answer."""


# --- setlocale ----------------------------------------------------------------------

# the categories glibc names in a composite LC_ALL, in its order; those
# without a constant here are always 'C'
_COMPOSITE = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
              'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
              'LC_MEASUREMENT', 'LC_IDENTIFICATION')
_NUMBERED = _COMPOSITE[:6]      # category n is _NUMBERED[n]
_C_NAMES = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.utf8'}

_current = dict.fromkeys(_COMPOSITE, 'C')
_current['LC_CTYPE'] = 'C.UTF-8'


def _from_environment(category_name):
    """The name the environment gives a category, as glibc looks for it."""
    for variable in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value
    return 'C'


def _supported(name):
    """The name setlocale() reports for name, or Error when it is no name of
    the C locale."""
    try:
        return _C_NAMES[name]
    except KeyError:
        raise Error('unsupported locale setting') from None


def _whole():
    """What setlocale(LC_ALL) reports: one name, or glibc's composite."""
    names = set(_current.values())
    if len(names) == 1:
        return names.pop()
    return ';'.join('%s=%s' % (key, _current[key]) for key in _COMPOSITE)


def _as_name(locale):
    if isinstance(locale, _builtin_str):
        return locale
    try:
        language, encoding = locale
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two '
                        'strings -- language code, encoding.') from None
    if encoding is None and language in ('C', 'POSIX'):
        return language
    raise Error('unsupported locale setting')


def _wanted(locale):
    """{category name: new name} for setlocale(LC_ALL, locale)."""
    if locale == '':
        return {key: _supported(_from_environment(key)) for key in _COMPOSITE}
    if '=' in locale:
        wanted = dict(_current)
        for part in locale.split(';'):
            key, _, value = part.partition('=')
            if key not in wanted:
                raise Error('unsupported locale setting')
            wanted[key] = _supported(value)
        return wanted
    return dict.fromkeys(_COMPOSITE, _supported(locale))


def setlocale(category, locale=None):
    """Set the category (LC_ALL: all of them) to locale and return the name
    it now has; with locale None, just return that name."""
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    known = 0 <= category <= LC_ALL
    if locale is None:
        if not known:
            raise Error('locale query failed')
        return _whole() if category == LC_ALL else _current[_NUMBERED[category]]
    name = _as_name(locale)
    if not known:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        _current.update(_wanted(name))
        return _whole()
    key = _NUMBERED[category]
    value = _from_environment(key) if name == '' else name
    _current[key] = _supported(value)
    return _current[key]


# what CPython 3.11's alias table makes of the C locale's names
_PARSED = {'C': (None, None), 'C.UTF-8': ('en_US', 'UTF-8'),
           'C.utf8': ('en_US', 'UTF-8')}


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's locale: (None, None) for
    the plain C locale."""
    name = setlocale(category)
    if ';' in name:     # LC_ALL, its categories differing
        raise TypeError('category LC_ALL is not supported')
    return _PARSED[name]


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) the environment asks for, when it names the
    C locale: deprecated, as in CPython."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for "
                  "removal in Python 3.15. Use setlocale(), getencoding() and "
                  "getlocale() instead.", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        value = os.environ.get(variable)
        if value:
            return _PARSED.get(_C_NAMES.get(value.split(':')[0]), (None, None))
    return None, None


def getencoding():
    """The locale's encoding: UTF-8, atoll's encoding of all text."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding text files get by default: UTF-8."""
    return 'UTF-8'


def normalize(localename):
    """The full name of a C locale name ('POSIX' is 'C'); other names are
    returned unchanged, as this module knows no other locale."""
    return _C_NAMES.get(localename, localename)


# --- conventions ----------------------------------------------------------------------

def localeconv():
    """The C locale's conventions for numbers and money: '.' and nothing
    else; CHAR_MAX where a value is unspecified."""
    unspecified = CHAR_MAX
    return {
        'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
        'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
        'negative_sign': '', 'int_frac_digits': unspecified,
        'frac_digits': unspecified, 'p_cs_precedes': unspecified,
        'p_sep_by_space': unspecified, 'n_cs_precedes': unspecified,
        'n_sep_by_space': unspecified, 'p_sign_posn': unspecified,
        'n_sign_posn': unspecified, 'decimal_point': '.',
        'thousands_sep': '', 'grouping': [],
    }


def _type_name(value):
    # as CPython's argument checks name types: None is 'None'
    return 'None' if value is None else type(value).__name__


def strcoll(a, b):
    """Compare two str as the C locale does: by code point (-1, 0 or 1)."""
    for position, value in enumerate((a, b), 1):
        if not isinstance(value, _builtin_str):
            raise TypeError('strcoll() argument %d must be str, not %s'
                            % (position, _type_name(value)))
    return (a > b) - (a < b)


def strxfrm(string):
    """The key under which str sort as strcoll() orders them: themselves."""
    if not isinstance(string, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s'
                        % _type_name(string))
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val under the locale's conventions, which in the C locale (no
    thousands separator, '.' as the decimal point) change nothing."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """A sum of money: impossible without a locale that defines money."""
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as str() would write it, to 12 significant digits."""
    return '%.12g' % val


def localize(string, grouping=False, monetary=False):
    """A number written with '.' rewritten for the locale: unchanged."""
    return string


def delocalize(string):
    """A number written for the locale rewritten with '.': unchanged."""
    return string


def atof(string, func=float):
    """The number string writes, in the locale's way, as func reads it."""
    return func(delocalize(string))


def atoi(string):
    """The integer string writes, in the locale's way."""
    return int(delocalize(string))
