# configparser: reading, the mapping protocol, typed getters, options
import configparser
import io

SRC = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
Path: /usr/local
  continued here

  and after a blank line
Empty =
; another comment

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio = 0.25
"""

cp = configparser.ConfigParser()
cp.read_string(SRC)
print(cp.sections())
print(cp.defaults())
print(list(cp), len(cp))
print('forge.example' in cp, 'nope' in cp, 'DEFAULT' in cp)
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'))
print(cp.options('forge.example'))
print(cp.has_option('forge.example', 'USER'), cp.has_option('forge.example', 'compression'),
      cp.has_option('nope', 'user'), cp.has_option('DEFAULT', 'compression'), cp.has_option('', 'x'))
print(repr(cp.get('forge.example', 'path')))
print(repr(cp['forge.example']['empty']))
print(cp['forge.example']['User'], cp['forge.example']['compressionlevel'])
top = cp['topsecret.server.example']
print(top, top.name, top.parser is cp)
print(top.getint('port'), top.getfloat('ratio'), top.getboolean('forwardx11'), top.getboolean('compression'))
print(top.getint('missing'), top.getint('missing', 7), top.get('missing', 'dflt'))
print(cp.getint('topsecret.server.example', 'Port'), cp.getfloat('topsecret.server.example', 'ratio'))
print(cp.getboolean('forge.example', 'forwardx11'))
print(cp.get('nope', 'x', fallback='fb'), cp.get('forge.example', 'x', fallback=None))
print(cp.getint('nope', 'x', fallback=3), cp.getboolean('forge.example', 'zz', fallback=False))
print(list(top), len(top), 'port' in top, 'PORT' in top, 'zz' in top)
print(dict(top))
print(cp.items('topsecret.server.example'))
print(cp.items('DEFAULT'))
print([(k, v.name) for k, v in cp.items()])
print(list(cp.keys()), [s.name for s in cp.values()])
for b in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'off', 'maybe']:
    cp['forge.example']['flag'] = b
    try:
        print(b, cp.getboolean('forge.example', 'flag'))
    except ValueError as e:
        print(b, 'ValueError', e)
print(sorted(configparser.ConfigParser.BOOLEAN_STATES.items()))

# vars and raw
cp2 = configparser.ConfigParser()
cp2.read_string("[s]\na = %(b)s!\nb = bee\n")
print(cp2.get('s', 'a'), cp2.get('s', 'a', raw=True), cp2.get('s', 'a', vars={'B': 'vee'}))
print(cp2.items('s', vars={'b': 'x'}), cp2.items('s', raw=True))

# set, add/remove
cp2.add_section('new')
cp2.set('new', 'Key', 'value')
cp2['new']['other'] = '2'
print(cp2.items('new'))
print(cp2.remove_option('new', 'KEY'), cp2.remove_option('new', 'key'))
print(cp2.remove_section('new'), cp2.remove_section('new'), cp2.sections())
cp2['third'] = {'x': 1, 'Y': 2.5}
print(cp2.sections(), dict(cp2['third']))
cp2['third'] = {'only': 'one'}
print(dict(cp2['third']))
del cp2['third']
print(cp2.sections())
del cp2['s']['b']
print(cp2.options('s'))
cp2.read_dict({'d1': {'k': 'v'}, 'd2': {'n': 5}})
print(cp2.sections(), cp2['d2']['n'])
print(cp2.popitem()[0], cp2.sections())

# read_file with a list of lines, custom options
cp3 = configparser.RawConfigParser(allow_no_value=True, delimiters=(':=', '->'),
                                   comment_prefixes=('//',), inline_comment_prefixes=('#',),
                                   empty_lines_in_values=False, default_section='common')
cp3.read_file(["[common]\n", "base -> 1\n", "[a]\n", "flag\n", "x := 10 # inline\n",
               "y -> a#b # c\n", "// full\n", "z := first\n", "\n", "  not continued\n"])
print(cp3.sections(), cp3.defaults(), dict(cp3['a']))
print(cp3.get('a', 'flag'), list(cp3['common']))
cp4 = configparser.ConfigParser(defaults={'Def': '%(x)s'}, interpolation=None)
cp4.read_string('[s]\nx=1\n')
print(cp4.get('s', 'def'), cp4['s']['x'])

# optionxform override and dict_type
class Keep(configparser.ConfigParser):
    def optionxform(self, s):
        return s
k = Keep()
k.read_string('[S]\nMixedCase = 1\nmixedcase = 2\n')
print(dict(k['S']))
# converters
conv = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
conv.read_string('[s]\nitems = a,b,c\n')
print(conv.getlist('s', 'items'), conv['s'].getlist('items'), sorted(conv.converters))
conv.converters['upper'] = str.upper
print(conv.getupper('s', 'items'), conv['s'].getupper('items'))
del conv.converters['upper']
print(hasattr(conv, 'getupper'), sorted(conv.converters))
# strict=False tolerates duplicates; the last one wins
loose = configparser.ConfigParser(strict=False)
loose.read_string('[a]\nx=1\nx=2\n[a]\ny=3\n')
print(dict(loose['a']))
# reading files
import os, tempfile
d = tempfile.mkdtemp()
p1 = os.path.join(d, 'one.ini')
with open(p1, 'w') as f:
    f.write('[file]\nk = v\n')
r = configparser.ConfigParser()
print([os.path.basename(x) for x in r.read([p1, os.path.join(d, 'missing.ini')])])
print(r['file']['k'])
with open(p1) as f:
    r2 = configparser.ConfigParser()
    r2.read_file(f)
print(r2.sections())
os.remove(p1)
os.rmdir(d)
