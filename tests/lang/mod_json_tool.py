# json.tool.main(): the options of `python -m json.tool`, run with sys.argv
# set, on files in a temporary folder; errors end in SystemExit.
import json.tool
import os
import sys
import tempfile

folder = tempfile.mkdtemp()


def path(name):
    return os.path.join(folder, name)


def write(name, text):
    with open(path(name), 'w', encoding='utf-8') as f:
        f.write(text)


def show(name):
    with open(path(name), encoding='utf-8') as f:
        print(repr(f.read()))


class Sink:
    """Stands for sys.stdout during main(), which may close it."""
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


def run(*args):
    sys.argv = ['json.tool'] + [path(a) if a.endswith('.json') else a for a in args]
    real, sink = sys.stdout, Sink()
    sys.stdout = sink
    try:
        json.tool.main()
        outcome = '-> ok'
    except SystemExit as e:
        outcome = '-> SystemExit %s %s' % (type(e.code).__name__, e.code)
    finally:
        sys.stdout = real
    print(''.join(sink.parts), end='')
    print(outcome)
    sys.stderr.flush()


write('a.json', '{"b": 1, "a": [1, 2.5, "\u00e9", null, true], "c": {"z": {}, "y": []}}')
run('a.json')
run('--sort-keys', 'a.json')
run('--compact', 'a.json')
run('--no-indent', '--no-ensure-ascii', 'a.json')
run('--indent', '1', '--sort-keys', 'a.json')
run('--indent', '0', 'a.json')
run('--tab', 'a.json')
run('a.json', 'out.json')
show('out.json')
# the output may be the input itself: it is read first
write('same.json', '[1,   2]')
run('--compact', 'same.json', 'same.json')
show('same.json')

write('lines.json', '1\n{"k": [2, 3]}\n"x"\n')
run('--json-lines', '--compact', 'lines.json')
run('--json-lines', 'lines.json')
# a bad line stops the output after the values before it
write('badlines.json', '1\n{"k": 2}\n\n[3]\n')
run('--json-lines', '--no-indent', 'badlines.json')

for text in ['', '{"a": }', '[1, 2', '{"a" 1}', 'nul', '[1] x', '"\\x"']:
    write('bad.json', text)
    run('bad.json')

# argparse's errors: exit status 2, the usage on stderr
run('--tab', '--compact', 'a.json')
run('--indent', 'x', 'a.json')
run('no_such_input.txt')
run('a.json', 'b.json', 'extra')
run('--help')
