"""argparse: command lines parsed into a namespace, with usage and help text.

Behaves as CPython 3.11's argparse for what it covers: a parser holds
actions (one per argument, optional or positional), arranged in groups for
the help text and in mutually exclusive groups for parsing. Parsing first
classifies every command-line word as an option ('O'), an argument ('A')
or the '--' marker ('-'); the string of those letters is then matched with
regular expressions built from each action's nargs, so that positionals
share out the arguments between options as CPython does.

Left out: parse_intermixed_args and parse_known_intermixed_args."""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_LEFTOVERS = '_unrecognized_args'

# A word that reads as a negative number is an argument, unless the
# parser has options that look like one.
_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')

# How a usage line is cut when it must wrap: a bracketed or parenthesized
# run (closing at a space or the end), else a word.
_USAGE_PIECE = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')

_RUNS_OF_SPACE = _re.compile(r'\s+', _re.ASCII)
_BLANK_LINES = _re.compile(r'\n\n\n+')


def _argument_name(argument):
    """How error messages name an argument: its option strings, else its
    metavar or dest, else its choices."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for name in (argument.metavar, argument.dest):
        if name is not None and name != SUPPRESS:
            return name
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class _Settings:
    """Objects whose repr lists their settings: Kind(a=1, b='x')."""

    def __repr__(self):
        shown = [repr(value) for value in self._leading()]
        unnamed = {}
        for name, value in self._fields():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                unnamed[name] = value
        if unnamed:
            shown.append('**%r' % (unnamed,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _fields(self):
        return list(self.__dict__.items())

    def _leading(self):
        return []


class Namespace(_Settings):
    """The attributes parse_args sets, one per destination."""

    def __init__(self, **settings):
        for name, value in settings.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, name):
        return name in self.__dict__


class ArgumentError(Exception):
    """A command line that does not fit an argument."""

    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function; its text becomes the error message."""


def _copied_list(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ---------------------------------------------------------------- actions

class Action(_Settings):
    """What one argument stores when it is met; subclasses define __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _fields(self):
        fields = ('option_strings', 'dest', 'nargs', 'const', 'default',
                  'type', 'choices', 'required', 'help', 'metavar')
        return [(name, getattr(self, name)) for name in fields]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, ns, values, opt=None):
        setattr(ns, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help)

    def __call__(self, parser, ns, values, opt=None):
        setattr(ns, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True,
                                   default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False,
                                   default, required, help)


class _AppendAction(_StoreAction):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, ns, values, opt=None):
        items = _copied_list(getattr(ns, self.dest, None))
        items.append(values)
        setattr(ns, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, ns, values, opt=None):
        items = _copied_list(getattr(ns, self.dest, None))
        items.append(self.const)
        setattr(ns, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0,
                        default=default, required=required, help=help)

    def __call__(self, parser, ns, values, opt=None):
        count = getattr(ns, self.dest, None)
        setattr(ns, self.dest, 1 if count is None else count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0,
                        default=default, help=help)

    def __call__(self, parser, ns, values, opt=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0,
                        default=default, help=help)
        self.version = version

    def __call__(self, parser, ns, values, opt=None):
        version = self.version
        if version is None:
            version = parser.version
        fmt = parser._get_formatter()
        fmt.add_text(version)
        parser._emit(fmt.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, ns, values, opt=None):
        items = _copied_list(getattr(ns, self.dest, None))
        items.extend(values)
        setattr(ns, self.dest, items)


class BooleanOptionalAction(Action):
    """--foo sets True, --no-foo sets False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        Action.__init__(self, strings, dest, nargs=0, default=default,
                        type=type, choices=choices, required=required,
                        help=help, metavar=metavar)

    def __call__(self, parser, ns, values, opt=None):
        if opt in self.option_strings:
            setattr(ns, self.dest, not opt.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the rest."""

    class _ChoicesPseudoAction(Action):
        # one line per sub-command in the help, under the subparsers action
        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown += ' (%s)' % ', '.join(aliases)
            Action.__init__(self, option_strings=[], dest=name, help=help,
                            metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._sub_prog = prog
        self._new_parser = parser_class
        self._parsers_by_name = {}
        self._choice_rows = []
        Action.__init__(self, option_strings, dest, nargs=PARSER,
                        choices=self._parsers_by_name, required=required,
                        help=help, metavar=metavar)

    def add_parser(self, name, **settings):
        if settings.get('prog') is None:
            settings['prog'] = '%s %s' % (self._sub_prog, name)
        aliases = settings.pop('aliases', ())
        if name in self._parsers_by_name:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._parsers_by_name:
                raise ArgumentError(
                    self, 'conflicting subparser alias: %s' % alias)
        if 'help' in settings:
            self._choice_rows.append(
                self._ChoicesPseudoAction(name, aliases, settings.pop('help')))
        parser = self._new_parser(**settings)
        self._parsers_by_name[name] = parser
        for alias in aliases:
            self._parsers_by_name[alias] = parser
        return parser

    def _subcommand_rows(self):
        return self._choice_rows

    def __call__(self, parser, ns, values, opt=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(ns, self.dest, name)
        if name not in self._parsers_by_name:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (
                name, ', '.join(self._parsers_by_name)))
        sub = self._parsers_by_name[name]
        subspace, rest = sub.parse_known_args(rest, None)
        for key, value in vars(subspace).items():
            setattr(ns, key, value)
        if rest:
            vars(ns).setdefault(_LEFTOVERS, [])
            getattr(ns, _LEFTOVERS).extend(rest)


class FileType:
    """A type= factory that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif 'w' in mode or 'a' in mode or 'x' in mode:
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize,
                        self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(self._mode)] if self._bufsize == -1 else [
            repr(self._mode), repr(self._bufsize)]
        for name, value in (('encoding', self._encoding),
                            ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# -------------------------------------------------------------- formatting

class HelpFormatter:
    """Lays out usage and help text. The parser adds sections, texts and
    actions; format_help renders them once every action is known, since the
    column where help starts depends on the widest one."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._step = indent_increment
        # help may start at column max_help_position, less when narrow
        self._help_cap = min(max_help_position,
                             max(width - 20, indent_increment * 2))
        self._width = width
        self._margin = 0
        self._level = 0
        self._widest = 0
        self._root = self._Block(self, None)
        self._open_block = self._root

    class _Block:
        """A heading and what it holds; items render lazily, in order."""

        def __init__(self, fmt, parent, heading=None):
            self.fmt = fmt
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            owner = self.fmt
            if self.parent is not None:
                owner._deeper()
            body = ''.join(text for text in
                           (render(*args) for render, args in self.items)
                           if text and text is not SUPPRESS)
            if self.parent is not None:
                owner._shallower()
            if not body:
                return ''
            title = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                title = ' ' * owner._margin + self.heading + ':\n'
            return '\n' + title + body + '\n'

    def _deeper(self):
        self._margin += self._step
        self._level += 1

    def _shallower(self):
        self._margin -= self._step
        assert self._margin >= 0, 'Indent decreased below 0.'
        self._level -= 1

    def _defer(self, func, args):
        self._open_block.items.append((func, args))

    # what the parser calls
    def start_section(self, heading):
        self._deeper()
        section = self._Block(self, self._open_block, heading)
        self._defer(section.format_help, [])
        self._open_block = section

    def end_section(self):
        self._open_block = self._open_block.parent
        self._shallower()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._defer(self._text_block, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._defer(self._usage_text, [usage, actions, groups, prefix])

    def add_argument(self, act):
        if act.help is SUPPRESS:
            return
        # rows under an action (sub-commands) count without their extra
        # indentation, as in CPython
        widest = max(len(self._format_action_invocation(a))
                     for a in [act] + list(self._indented_rows(act)))
        self._widest = max(self._widest, widest + self._margin)
        self._defer(self._format_action, [act])

    def add_arguments(self, actions):
        for act in actions:
            self.add_argument(act)

    def format_help(self):
        text = self._root.format_help()
        if text:
            text = _BLANK_LINES.sub('\n\n', text).strip('\n') + '\n'
        return text

    def _concat(self, part_strings):
        return ''.join(p for p in part_strings if p and p is not SUPPRESS)

    # usage
    def _usage_text(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = self._prog
        else:
            usage = self._built_usage(prefix, actions, groups)
        return prefix + usage + '\n\n'

    def _built_usage(self, prefix, actions, groups):
        prog = self._prog
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._actions_usage(optionals + positionals, groups)
        usage = prog + ' ' + whole if whole else prog
        width = self._width - self._margin
        if len(prefix) + len(usage) <= width:
            return usage

        opt_pieces = _USAGE_PIECE.findall(
            self._actions_usage(optionals, groups))
        pos_pieces = _USAGE_PIECE.findall(
            self._actions_usage(positionals, groups))

        def fill(pieces, margin, first_taken=None):
            # Lines of pieces, each line starting with margin; the first
            # line's room is shortened by first_taken instead.
            lines, line = [], []
            used = (len(margin) if first_taken is None else first_taken) - 1
            for piece in pieces:
                if line and used + 1 + len(piece) > width:
                    lines.append(margin + ' '.join(line))
                    line, used = [], len(margin) - 1
                line.append(piece)
                used += len(piece) + 1
            if line:
                lines.append(margin + ' '.join(line))
            if first_taken is not None:
                lines[0] = lines[0][len(margin):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if opt_pieces:
                lines = fill([prog] + opt_pieces, margin, len(prefix))
                lines += fill(pos_pieces, margin)
            elif pos_pieces:
                lines = fill([prog] + pos_pieces, margin, len(prefix))
            else:
                lines = [prog]
        else:
            # a long prog stands alone, the arguments wrap under the prefix
            margin = ' ' * len(prefix)
            lines = fill(opt_pieces + pos_pieces, margin)
            if len(lines) > 1:
                lines = fill(opt_pieces, margin) + fill(pos_pieces, margin)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _action_usage(self, act, grouped):
        """One action's part of the usage line, or None when hidden."""
        if act.help is SUPPRESS:
            return None
        if not act.option_strings:
            part = self._format_args(
                act, self._get_default_metavar_for_positional(act))
            if grouped and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        if act.nargs == 0:
            part = act.format_usage()
        else:
            part = act.option_strings[0] + ' ' + self._format_args(
                act, self._get_default_metavar_for_optional(act))
        if not act.required and not grouped:
            part = '[' + part + ']'
        return part

    def _actions_usage(self, actions, groups):
        # a mutually exclusive group shows as one bracketed run when its
        # actions stand together, in the group's order
        runs = {}
        for grp in groups:
            members = grp._members
            if not members:
                raise ValueError('empty group %s' % (grp,))
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            if actions[start:start + len(members)] == members:
                runs[start] = grp
        pieces = []
        i = 0
        while i < len(actions):
            grp = runs.get(i)
            if grp is None:
                piece = self._action_usage(actions[i], False)
                if piece is not None:
                    pieces.append(piece)
                i += 1
                continue
            count = len(grp._members)
            inner = [self._action_usage(a, True) for a in actions[i:i + count]]
            inner = ' | '.join(p for p in inner if p is not None)
            if not inner:
                pieces.append('')           # CPython leaves a double space
            elif grp.required and '|' not in inner:
                pieces.append(inner)
            elif grp.required:
                pieces.append('(' + inner + ')')
            else:
                pieces.append('[' + inner + ']')
            i += count
        return ' '.join(pieces).strip()

    # texts
    def _text_block(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._margin, 11)
        indent = ' ' * self._margin
        return self._fill_text(text, width, indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _RUNS_OF_SPACE.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        text = _RUNS_OF_SPACE.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    # actions
    def _format_action(self, act):
        help_position = min(self._widest + 2,
                            self._help_cap)
        help_width = max(self._width - help_position, 11)
        name_width = help_position - self._margin - 2
        name = self._format_action_invocation(act)
        margin = ' ' * self._margin
        if not act.help:
            parts = [margin + name + '\n']
        elif len(name) <= name_width:
            parts = [margin + name.ljust(name_width) + '  ']
            first_indent = 0
        else:
            parts = [margin + name + '\n']
            first_indent = help_position
        if act.help and act.help.strip():
            text = self._expanded_help(act)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(' ' * first_indent + lines[0] + '\n')
                for line in lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not parts[0].endswith('\n'):
            parts.append('\n')
        for sub in self._indented_rows(act):
            parts.append(self._format_action(sub))
        return self._concat(parts)

    def _format_action_invocation(self, act):
        if not act.option_strings:
            default = self._get_default_metavar_for_positional(act)
            metavar, = self._metavar_formatter(act, default)(1)
            return metavar
        if act.nargs == 0:
            return ', '.join(act.option_strings)
        args = self._format_args(
            act, self._get_default_metavar_for_optional(act))
        return ', '.join(s + ' ' + args for s in act.option_strings)

    def _metavar_formatter(self, act, fallback):
        if act.metavar is not None:
            shown = act.metavar
        elif act.choices is not None:
            shown = '{%s}' % ','.join(str(c) for c in act.choices)
        else:
            shown = fallback

        def repeat(count):
            if isinstance(shown, tuple):
                return shown
            return (shown,) * count
        return repeat

    def _format_args(self, act, fallback):
        metavars = self._metavar_formatter(act, fallback)
        nargs = act.nargs
        if nargs is None:
            return '%s' % metavars(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavars(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavars(1)
        if nargs == SUPPRESS:
            return ''
        try:
            template = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return template % metavars(nargs)

    def _expanded_help(self, act):
        params = dict(vars(act), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name, value in list(params.items()):
            if hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(act) % params

    def _indented_rows(self, act):
        subactions = getattr(act, '_subcommand_rows', None)
        if subactions is None:
            return
        self._deeper()
        yield from subactions()
        self._shallower()

    def _get_help_string(self, act):
        return act.help

    def _get_default_metavar_for_optional(self, act):
        return act.dest.upper()

    def _get_default_metavar_for_positional(self, act):
        return act.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text's lines as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have one."""

    def _get_help_string(self, act):
        text = act.help
        if text is None:
            text = ''
        if '%(default)' not in text and act.default is not SUPPRESS:
            if act.option_strings or act.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments by their type's name instead of their dest."""

    def _get_default_metavar_for_optional(self, act):
        return act.type.__name__

    def _get_default_metavar_for_positional(self, act):
        return act.type.__name__


# -------------------------------------------------------------- containers

class _ActionsContainer:
    """What parsers and argument groups share: adding arguments and groups,
    the registry of action and type names, option-string conflicts."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._tables = {}
        actions = {
            None: _StoreAction, 'store': _StoreAction,
            'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
            'store_false': _StoreFalseAction, 'append': _AppendAction,
            'append_const': _AppendConstAction, 'count': _CountAction,
            'help': _HelpAction, 'version': _VersionAction,
            'parsers': _SubParsersAction, 'extend': _ExtendAction,
        }
        for name, cls in actions.items():
            self.register('action', name, cls)
        self._get_handler()
        self._actions = []
        self._option_index = {}
        self._action_groups = []
        self._exclusive_groups = []
        self._preset = {}
        self._numeric_options = []

    def register(self, table, value, object):
        self._tables.setdefault(table, {})[value] = object

    def _lookup(self, table, value, default=None):
        return self._tables.get(table, {}).get(value, default)

    def set_defaults(self, **settings):
        self._preset.update(settings)
        for act in self._actions:
            if act.dest in settings:
                act.default = settings[act.dest]

    def get_default(self, dest):
        for act in self._actions:
            if act.dest == dest and act.default is not None:
                return act.default
        return self._preset.get(dest, None)

    def add_argument(self, *args, **settings):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in settings:
                raise ValueError('dest supplied twice for positional argument')
            settings = self._positional_settings(*args, **settings)
        else:
            settings = self._optional_settings(*args, **settings)
        if 'default' not in settings:
            dest = settings['dest']
            if dest in self._preset:
                settings['default'] = self._preset[dest]
            elif self.argument_default is not None:
                settings['default'] = self.argument_default
        action_class = self._action_class_of(settings)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        act = action_class(**settings)
        type_func = self._lookup('type', act.type, act.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(act, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(act)

    def add_argument_group(self, *args, **settings):
        grp = _ArgumentGroup(self, *args, **settings)
        self._action_groups.append(grp)
        return grp

    def add_mutually_exclusive_group(self, **settings):
        grp = _MutuallyExclusiveGroup(self, **settings)
        self._exclusive_groups.append(grp)
        return grp

    def _add_action(self, act):
        self._settle_clashes(act)
        self._actions.append(act)
        act.container = self
        for opt in act.option_strings:
            self._option_index[opt] = act
            if _NEGATIVE_NUMBER.match(opt):
                if not self._numeric_options:
                    self._numeric_options.append(True)
        return act

    def _remove_action(self, act):
        self._actions.remove(act)

    def _adopt(self, owner):
        """Copies a parent parser's arguments, groups and defaults."""
        by_title = {}
        for grp in self._action_groups:
            if grp.title in by_title:
                raise ValueError('cannot merge actions - two groups are '
                                 'named %r' % (grp.title,))
            by_title[grp.title] = grp
        destination = {}
        for grp in owner._action_groups:
            if grp.title not in by_title:
                by_title[grp.title] = self.add_argument_group(
                    title=grp.title, description=grp.description,
                    conflict_handler=grp.conflict_handler)
            for act in grp._members:
                destination[act] = by_title[grp.title]
        for grp in owner._exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=grp.required)
            for act in grp._members:
                destination[act] = twin
        for act in owner._actions:
            destination.get(act, self)._add_action(act)

    def _positional_settings(self, dest, **settings):
        if 'required' in settings:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = settings.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            settings['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in settings:
            settings['required'] = True
        return dict(settings, dest=dest, option_strings=[])

    def _optional_settings(self, *args, **settings):
        option_strings = []
        long_strings = []
        for option in args:
            if not option or option[0] not in self.prefix_chars:
                raise ValueError(
                    'invalid option string %r: must start with a character %r'
                    % (option, self.prefix_chars))
            option_strings.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_strings.append(option)
        dest = settings.pop('dest', None)
        if dest is None:
            source = long_strings[0] if long_strings else option_strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % (source,))
            dest = dest.replace('-', '_')
        return dict(settings, dest=dest, option_strings=option_strings)

    def _action_class_of(self, settings, default=None):
        act = settings.pop('action', default)
        return self._lookup('action', act, act)

    def _get_handler(self):
        name = '_on_conflict_%s' % self.conflict_handler
        if not hasattr(self, name):
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)
        return getattr(self, name)

    def _settle_clashes(self, act):
        clashes = [(s, self._option_index[s])
                   for s in act.option_strings
                   if s in self._option_index]
        if clashes:
            self._get_handler()(act, clashes)

    def _on_conflict_error(self, act, clashes):
        names = ', '.join(s for s, _ in clashes)
        plural = 's' if len(clashes) > 1 else ''
        raise ArgumentError(act, 'conflicting option string%s: %s'
                            % (plural, names))

    def _on_conflict_resolve(self, act, clashes):
        # the newer action wins: the older loses those option strings, and
        # disappears when it has none left
        for opt, older in clashes:
            older.option_strings.remove(opt)
            self._option_index.pop(opt, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled set of arguments in the help; parsing ignores it."""

    def __init__(self, owner, title=None, description=None, **settings):
        settings.setdefault('conflict_handler', owner.conflict_handler)
        settings.setdefault('prefix_chars', owner.prefix_chars)
        settings.setdefault('argument_default', owner.argument_default)
        _ActionsContainer.__init__(self, description=description, **settings)
        self.title = title
        self._members = []
        # everything but the help layout is the container's
        self._tables = owner._tables
        self._actions = owner._actions
        self._option_index = owner._option_index
        self._preset = owner._preset
        self._numeric_options =\
            owner._numeric_options
        self._exclusive_groups = owner._exclusive_groups

    def _add_action(self, act):
        act = _ActionsContainer._add_action(self, act)
        self._members.append(act)
        return act

    def _remove_action(self, act):
        _ActionsContainer._remove_action(self, act)
        self._members.remove(act)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which a command line may give at most one."""

    def __init__(self, owner, required=False):
        _ArgumentGroup.__init__(self, owner)
        self.required = required
        self._owner = owner

    def _add_action(self, act):
        if act.required:
            raise ValueError('mutually exclusive arguments must be optional')
        act = self._owner._add_action(act)
        self._members.append(act)
        return act

    def _remove_action(self, act):
        self._owner._remove_action(act)
        self._members.remove(act)


# ----------------------------------------------------------------- parsing

def _nargs_pattern(act):
    """The regular expression over 'O'/'A'/'-' letters that the words of
    one action match; '-' (the '--' marker) may sit among a positional's."""
    nargs = act.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if act.option_strings:
        # an option's arguments stop at '--'
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class _Run:
    """The state of one parse_known_args call: the words, their letters,
    the namespace being filled, what has been seen."""

    def __init__(self, parser, words, ns):
        self.parser = parser
        self.words = words
        self.ns = ns
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.conflicts = {}
        for grp in parser._exclusive_groups:
            members = grp._members
            for i, act in enumerate(members):
                self.conflicts.setdefault(act, []).extend(
                    members[:i] + members[i + 1:])
        # letters: 'O' option, 'A' argument, '-' the first '--'
        self.options = {}
        letters = []
        ended = False
        for i, word in enumerate(words):
            if ended:
                letters.append('A')
            elif word == '--':
                letters.append('-')
                ended = True
            else:
                found = parser._classify(word)
                if found is None:
                    letters.append('A')
                else:
                    self.options[i] = found
                    letters.append('O')
        self.letters = ''.join(letters)
        self.positionals = parser._get_positional_actions()

    def take(self, act, words, opt=None):
        self.seen.add(act)
        values = self.parser._convert_words(act, words)
        if values is not act.default:
            self.seen_non_default.add(act)
            for rival in self.conflicts.get(act, ()):
                if rival in self.seen_non_default:
                    raise ArgumentError(act, 'not allowed with argument %s'
                                        % _argument_name(rival))
        if values is not SUPPRESS:
            act(self.parser, self.ns, values, opt)

    def positionals_from(self, start):
        """Gives the words from start to as many positionals as match."""
        counts = self.parser._counts_for(
            self.positionals, self.letters[start:])
        for act, count in zip(self.positionals, counts):
            self.take(act, self.words[start:start + count])
            start += count
        del self.positionals[:len(counts)]
        return start

    def option_at(self, index):
        """Applies the option at words[index] (and flags joined to it, as
        in -xyz); returns the index after its arguments."""
        act, opt, explicit = self.options[index]
        parser = self.parser
        pending = []
        while True:
            if act is None:
                self.extras.append(self.words[index])
                return index + 1
            if explicit is None:
                start = index + 1
                count = parser._count_for(act, self.letters[start:])
                stop = start + count
                pending.append((act, self.words[start:stop], opt))
                break
            count = parser._count_for(act, 'A')
            if count == 0 and opt[1] not in parser.prefix_chars:
                # -xyz: -x takes nothing, so y starts another short option
                pending.append((act, [], opt))
                opt = opt[0] + explicit[0]
                rest = explicit[1:] or None
                if opt not in parser._option_index:
                    raise ArgumentError(act, 'ignored explicit argument %r'
                                        % explicit)
                act = parser._option_index[opt]
                explicit = rest
            elif count == 1:
                stop = index + 1
                pending.append((act, [explicit], opt))
                break
            else:
                raise ArgumentError(act, 'ignored explicit argument %r'
                                    % explicit)
        for act, words, opt in pending:
            self.take(act, words, opt)
        return stop

    def run(self):
        last_option = max(self.options) if self.options else -1
        index = 0
        while index <= last_option:
            next_option = min(i for i in self.options if i >= index)
            if index != next_option:
                after = self.positionals_from(index)
                if after > index:
                    index = after
                    continue
            if index not in self.options:
                # words no positional wants, before the next option
                self.extras.extend(self.words[index:next_option])
                index = next_option
            index = self.option_at(index)
        index = self.positionals_from(index)
        self.extras.extend(self.words[index:])
        return self.extras


class ArgumentParser(_Settings, _ActionsContainer):
    """Turns a list of command-line words into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description=description,
                                   prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, lambda string: string)

        first = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(first + 'h', first * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._adopt(parent)
            self._preset.update(parent._preset)

    def _fields(self):
        fields = ('prog', 'usage', 'description', 'formatter_class',
                  'conflict_handler', 'add_help')
        return [(name, getattr(self, name)) for name in fields]

    def add_subparsers(self, **settings):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        settings.setdefault('parser_class', type(self))
        if 'title' in settings or 'description' in settings:
            title = settings.pop('title', 'subcommands')
            description = settings.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if settings.get('prog') is None:
            # sub-commands are named after the usage of what precedes them
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._exclusive_groups, '')
            settings['prog'] = fmt.format_help().strip()
        action_class = self._action_class_of(settings, 'parsers')
        act = action_class(option_strings=[], **settings)
        self._subparsers._add_action(act)
        return act

    def _add_action(self, act):
        if act.option_strings:
            self._optionals._add_action(act)
        else:
            self._positionals._add_action(act)
        return act

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # parsing
    def parse_args(self, args=None, namespace=None):
        ns = namespace
        ns, rest = self.parse_known_args(args, ns)
        if rest:
            self.error('unrecognized arguments: %s' % ' '.join(rest))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        ns = namespace
        args = _sys.argv[1:] if args is None else list(args)
        if ns is None:
            ns = Namespace()
        for act in self._actions:
            if (act.dest is not SUPPRESS and act.default is not SUPPRESS
                    and not hasattr(ns, act.dest)):
                setattr(ns, act.dest, act.default)
        for dest, value in self._preset.items():
            if not hasattr(ns, dest):
                setattr(ns, dest, value)
        if self.exit_on_error:
            try:
                ns, args = self._parse_into(args, ns)
            except ArgumentError as err:
                self.error(str(err))
        else:
            ns, args = self._parse_into(args, ns)
        if hasattr(ns, _LEFTOVERS):
            args.extend(getattr(ns, _LEFTOVERS))
            delattr(ns, _LEFTOVERS)
        return ns, args

    def _parse_into(self, words, ns):
        if self.fromfile_prefix_chars is not None:
            words = self._expand_file_args(words)
        run = _Run(self, words, ns)
        extras = run.run()
        missing = []
        for act in self._actions:
            if act in run.seen:
                continue
            if act.required:
                missing.append(_argument_name(act))
            elif (isinstance(act.default, str)
                  and hasattr(ns, act.dest)
                  and act.default is getattr(ns, act.dest)):
                # a string default goes through type= as a word would
                setattr(ns, act.dest,
                        self._convert(act, act.default))
        if missing:
            self.error('the following arguments are required: %s'
                       % ', '.join(missing))
        for grp in self._exclusive_groups:
            if grp.required and not any(
                    a in run.seen_non_default for a in grp._members):
                names = [_argument_name(a) for a in grp._members
                         if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required'
                           % ' '.join(names))
        return ns, extras

    def _expand_file_args(self, words):
        result = []
        for word in words:
            if not word or word[0] not in self.fromfile_prefix_chars:
                result.append(word)
                continue
            try:
                with open(word[1:]) as f:
                    lines = f.read().splitlines()
            except OSError as err:
                self.error(str(err))
            words = []
            for line in lines:
                words.extend(self.convert_arg_line_to_args(line))
            result.extend(self._expand_file_args(words))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _classify(self, word):
        """(action or None, option string, explicit argument or None) when
        word is an option, None when it is an argument."""
        if not word or word[0] not in self.prefix_chars:
            return None
        known = self._option_index
        if word in known:
            return known[word], word, None
        if len(word) == 1:
            return None
        if '=' in word:
            name, value = word.split('=', 1)
            if name in known:
                return known[name], name, value
        matches = self._option_candidates(word)
        if len(matches) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (word, ', '.join(m[1] for m in matches)))
        if matches:
            return matches[0]
        if _NEGATIVE_NUMBER.match(word) and not self._numeric_options:
            return None
        if ' ' in word:
            return None
        return None, word, None

    def _option_candidates(self, opt):
        """The options a word may abbreviate, or start (-xVALUE)."""
        chars = self.prefix_chars
        found = []
        if opt[0] in chars and opt[1] in chars:
            if self.allow_abbrev:
                head, value = opt, None
                if '=' in opt:
                    head, value = opt.split('=', 1)
                for name, act in self._option_index.items():
                    if name.startswith(head):
                        found.append((act, name, value))
        elif opt[0] in chars:
            short, rest = opt[:2], opt[2:]
            for name, act in self._option_index.items():
                if name == short:
                    found.append((act, name, rest))
                elif name.startswith(opt):
                    found.append((act, name, None))
        else:
            self.error('unexpected option string: %s' % opt)
        return found

    def _count_for(self, act, letters):
        found = _re.match(_nargs_pattern(act), letters)
        if found is not None:
            return len(found.group(1))
        nargs = act.nargs
        if nargs is None:
            message = 'expected one argument'
        elif nargs == OPTIONAL:
            message = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            message = 'expected at least one argument'
        elif nargs == 1:
            message = 'expected %s argument' % nargs
        else:
            message = 'expected %s arguments' % nargs
        raise ArgumentError(act, message)

    def _counts_for(self, actions, letters):
        for count in range(len(actions), 0, -1):
            pattern = ''.join(_nargs_pattern(a) for a in actions[:count])
            found = _re.match(pattern, letters)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _convert_words(self, act, words):
        nargs = act.nargs
        if nargs != PARSER and nargs != REMAINDER and '--' in words:
            words = list(words)
            words.remove('--')
        if not words and nargs == OPTIONAL:
            value = act.const if act.option_strings else act.default
            if isinstance(value, str):
                value = self._convert(act, value)
                self._check_choice(act, value)
        elif (not words and nargs == ZERO_OR_MORE
              and not act.option_strings):
            value = words if act.default is None else act.default
            self._check_choice(act, value)
        elif len(words) == 1 and (nargs is None or nargs == OPTIONAL):
            value = self._convert(act, words[0])
            self._check_choice(act, value)
        elif nargs == REMAINDER:
            value = [self._convert(act, w) for w in words]
        elif nargs == PARSER:
            value = [self._convert(act, w) for w in words]
            self._check_choice(act, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._convert(act, w) for w in words]
            for item in value:
                self._check_choice(act, item)
        return value

    def _convert(self, act, word):
        convert = self._lookup('type', act.type, act.type)
        if not callable(convert):
            raise ArgumentError(act, '%r is not callable' % (convert,))
        try:
            return convert(word)
        except ArgumentTypeError as err:
            raise ArgumentError(act, str(err))
        except (TypeError, ValueError):
            name = getattr(act.type, '__name__', repr(act.type))
            raise ArgumentError(act, 'invalid %s value: %r'
                                % (name, word))

    def _check_choice(self, act, value):
        if act.choices is not None and value not in act.choices:
            raise ArgumentError(act, 'invalid choice: %r (choose from %s)' % (
                value, ', '.join(repr(c) for c in act.choices)))

    def parse_intermixed_args(self, args=None, namespace=None):
        ns = namespace
        raise NotImplementedError('argparse: parse_intermixed_args is not '
                                  'supported by atoll')

    def parse_known_intermixed_args(self, args=None, namespace=None):
        ns = namespace
        raise NotImplementedError('argparse: parse_known_intermixed_args is '
                                  'not supported by atoll')

    # help
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._exclusive_groups)
        fmt.add_text(self.description)
        for grp in self._action_groups:
            fmt.start_section(grp.title)
            fmt.add_text(grp.description)
            fmt.add_arguments(grp._members)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_usage(self, file=None):
        self._emit(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._emit(self.format_help(), _sys.stdout if file is None else file)

    def _emit(self, message, file=None):
        if not message:
            return
        if file is None:
            file = _sys.stderr
        try:
            file.write(message)
        except (AttributeError, OSError):
            pass

    # leaving
    def exit(self, status=0, message=None):
        if message:
            self._emit(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and message to stderr, then exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
