"""json.tool: the command `python -m json.tool`, which checks that its
input is JSON and writes it again, pretty-printed (CPython 3.11's options).

    atoll -m json.tool [--sort-keys] [--no-ensure-ascii] [--json-lines]
                       [--indent N | --tab | --no-indent | --compact]
                       [infile] [outfile]

The input is read whole before the output file is opened, so the output
may be the input file itself (not so with --json-lines, which decodes a
line at a time).
A decoding error is reported as its message alone, with exit status 1.
"""

import argparse
import json
import sys

__all__ = ['main']

_DESCRIPTION = ("A simple command line interface for json module to "
                "validate and pretty-print JSON objects.")

# The help texts are what `--help` shows, word for word as CPython's.
_HELP = {
    'infile': "a JSON file to be validated or pretty-printed",
    'outfile': "write the output of infile to outfile",
    '--sort-keys': "sort the output of dictionaries alphabetically by key",
    '--no-ensure-ascii': "disable escaping of non-ASCII characters",
    '--json-lines': ("parse input using the JSON Lines format. Use with "
                     "--no-indent or --compact to produce valid JSON Lines output."),
    '--indent': ("separate items with newlines and use this number of "
                 "spaces for indentation"),
    '--tab': "separate items with newlines and use tabs for indentation",
    '--no-indent': "separate items with spaces rather than newlines",
    '--compact': "suppress all whitespace separation (most compact)",
}


def _build_parser():
    parser = argparse.ArgumentParser(prog='python -m json.tool',
                                     description=_DESCRIPTION)
    add = parser.add_argument
    add('infile', nargs='?', default=sys.stdin, help=_HELP['infile'],
        type=argparse.FileType(encoding='utf-8'))
    add('outfile', nargs='?', default=None, help=_HELP['outfile'])
    add('--sort-keys', action='store_true', help=_HELP['--sort-keys'])
    add('--no-ensure-ascii', action='store_false', dest='ensure_ascii',
        help=_HELP['--no-ensure-ascii'])
    add('--json-lines', action='store_true', help=_HELP['--json-lines'])
    # the four layouts exclude one another; all but --compact set the indent
    layout = parser.add_mutually_exclusive_group().add_argument
    layout('--indent', type=int, default=4, help=_HELP['--indent'])
    for flag, const in (('--tab', '\t'), ('--no-indent', None)):
        layout(flag, dest='indent', action='store_const', const=const,
               help=_HELP[flag])
    layout('--compact', action='store_true', help=_HELP['--compact'])
    return parser


def _values(source, by_line):
    """The JSON values of the open file source: a list of one, read now, or
    (--json-lines) an iterator decoding a line at a time as the output is
    written, so the values before a bad line are still written."""
    if not by_line:
        return [json.load(source)]
    return (json.loads(line) for line in source)


def _write_all(values, sink, dump_options):
    for value in values:
        json.dump(value, sink, **dump_options)
        sink.write('\n')


def main():
    options = _build_parser().parse_args()
    dump_options = {'sort_keys': options.sort_keys,
                    'indent': options.indent,
                    'ensure_ascii': options.ensure_ascii}
    if options.compact:
        dump_options['indent'] = None
        dump_options['separators'] = (',', ':')
    source = options.infile
    try:
        with source:
            values = _values(source, options.json_lines)
            if options.outfile:
                with open(options.outfile, 'w', encoding='utf-8') as sink:
                    _write_all(values, sink, dump_options)
            else:
                _write_all(values, sys.stdout, dump_options)
    except ValueError as exc:
        raise SystemExit(exc)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as broken:    # the reader went away: quietly
        sys.exit(broken.errno)
