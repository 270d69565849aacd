"""getopt: command-line options parsed the way C's getopt() does, with the
interface of CPython 3.11's getopt.

Short options are letters in a string ("ab:c" - b takes an argument);
long options are names in a list (["help", "output="] - output takes one).
A long option may be given by any prefix that names it alone.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: msg says what is wrong, opt names the option."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse the options at the front of args (e.g. sys.argv[1:]).

    Returns (options, rest): options is a list of (option, value) pairs
    such as ('-b', '3') or ('--help', ''), and rest what follows the last
    option. Parsing stops at the first argument that is not an option, at
    '-' alone, and after '--'."""
    longopts = _long_list(longopts)
    opts = []
    while args:
        first = args[0]
        if first == '--':
            return opts, args[1:]
        if first[:1] != '-' or first == '-':
            break
        args = _one_option(opts, first, args[1:], shortopts, longopts)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and other arguments may be mixed, as
    GNU's getopt allows. A shortopts starting with '+', or the variable
    POSIXLY_CORRECT in the environment, make parsing stop at the first
    argument that is not an option instead."""
    longopts = _long_list(longopts)
    if shortopts[:1] == '+':
        shortopts = shortopts[1:]
        stop_early = True
    else:
        stop_early = bool(os.environ.get("POSIXLY_CORRECT"))
    opts = []
    others = []
    while args:
        first = args[0]
        if first == '--':
            others += args[1:]
            break
        if first[:1] == '-' and first != '-':
            args = _one_option(opts, first, args[1:], shortopts, longopts)
        elif stop_early:
            others += args
            break
        else:
            others.append(first)
            args = args[1:]
    return opts, others


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _one_option(opts, word, rest, shortopts, longopts):
    """Add to opts the option(s) in word, which starts with '-'; an
    option's value may be taken from rest. Returns what is left of rest."""
    if word[:2] == '--':
        return _long_option(opts, word[2:], rest, longopts)
    return _short_options(opts, word[1:], rest, shortopts)


def _short_options(opts, letters, rest, shortopts):
    """letters holds one or more short options run together ('-vx'); the
    first that takes a value takes the remaining letters, or the next
    argument when none remain."""
    i = 0
    while i < len(letters):
        letter = letters[i]
        i += 1
        if not _takes_value(letter, shortopts):
            opts.append(('-' + letter, ''))
            continue
        value = letters[i:]
        if not value:
            if not rest:
                raise GetoptError('option -%s requires argument' % letter,
                                  letter)
            value = rest[0]
            rest = rest[1:]
        opts.append(('-' + letter, value))
        break
    return rest


def _takes_value(letter, shortopts):
    """Whether the short option letter is followed by ':' in shortopts."""
    if letter != ':':
        at = shortopts.find(letter)
        if at >= 0:
            return shortopts[at + 1:at + 2] == ':'
    raise GetoptError('option -%s not recognized' % letter, letter)


def _long_option(opts, text, rest, longopts):
    """text is a long option without its '--', perhaps with '=value'."""
    name, equals, value = text.partition('=')
    if not equals:
        value = None
    name, wants_value = _long_name(name, longopts)
    if wants_value:
        if value is None:
            if not rest:
                raise GetoptError('option --%s requires argument' % name,
                                  name)
            value = rest[0]
            rest = rest[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name,
                          name)
    opts.append(('--' + name, value or ''))
    return rest


def _long_name(given, longopts):
    """The full name of the long option given (an exact name, or a prefix
    of exactly one), and whether it takes a value."""
    candidates = [spec for spec in longopts if spec.startswith(given)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % given, given)
    if given in candidates:
        return given, False
    if given + '=' in candidates:
        return given, True
    if len(candidates) != 1:
        raise GetoptError('option --%s not a unique prefix' % given, given)
    spec = candidates[0]
    if spec.endswith('='):
        return spec[:-1], True
    return spec, False
