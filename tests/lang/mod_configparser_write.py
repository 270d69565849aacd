# configparser: write() output, round trips, no-value options, delimiters
import configparser
import io

def dump(cp, **kw):
    out = io.StringIO()
    cp.write(out, **kw)
    print(repr(out.getvalue()))
    return out.getvalue()

cp = configparser.ConfigParser()
dump(cp)
cp['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes'}
cp['forge'] = {}
cp['forge']['User'] = 'hg'
cp['top'] = {'Port': '50022', 'multi': 'line one\nline two\n\nline four'}
cp.set('top', 'pct', '100%%')
text = dump(cp)
dump(cp, space_around_delimiters=False)
back = configparser.ConfigParser()
back.read_string(text)
print(back.get('top', 'multi').splitlines(), back.get('top', 'pct'))
print({s: dict(back[s]) for s in back})

nv = configparser.ConfigParser(allow_no_value=True, delimiters=(':', '='))
nv.read_string("[mysqld]\nskip-bdb\nport: 3306\nkey_buffer = 16M\n[empty]\n")
nv.set('mysqld', 'quick', None)
nv['empty']['flag'] = None
dump(nv)
print(nv.get('mysqld', 'skip-bdb'), nv.items('mysqld'))
plain = configparser.RawConfigParser()
plain.add_section('s')
plain.set('s', 'none', None)
plain.set('s', 'num', 3)
dump(plain)
wr = configparser.ConfigParser(default_section='base')
wr.read_string("[base]\nk = v\n[DEFAULT]\nd = 1\n")
dump(wr)
print(wr.sections())
# empty_lines_in_values and trailing blank lines
for flag in (True, False):
    e = configparser.ConfigParser(empty_lines_in_values=flag)
    try:
        e.read_string("[s]\nk = a\n  b\n\n  c\n\n\nnext = 1\n")
        print(flag, repr(e['s']['k']), dict(e['s']))
    except Exception as ex:
        print(flag, type(ex).__name__, ex)
# comments inside values are dropped, blank lines from comments are not kept
c = configparser.ConfigParser(inline_comment_prefixes=(';', '#'))
c.read_string("[s]\nk = one ; first\n  two# not a comment\n  # comment line\n  three  ;third\nurl = http://x;y\n")
print(repr(c['s']['k']), repr(c['s']['url']))
dump(c)
# indented section headers and option names with spaces
s = configparser.ConfigParser()
s.read_string("  [indented]\n  key with spaces  =  value with spaces  \n\tother:1\n")
print(dict(s['indented']))
dump(s)
