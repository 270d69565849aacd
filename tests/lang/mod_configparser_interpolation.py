# configparser: BasicInterpolation, ExtendedInterpolation, none, and their errors
import configparser

def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)

basic = configparser.ConfigParser()
basic.read_string("""
[DEFAULT]
home = /home/%(user)s
user = nobody
[paths]
user = alice
docs = %(home)s/docs
pct = 100%%
chain = %(docs)s/a
self = %(self)s
missing = %(nothere)s
bad = 5%x
unclosed = %(abc
cyc1 = %(cyc2)s
cyc2 = %(cyc1)s
Upper = %(USER)s
""")
for opt in ['home', 'docs', 'pct', 'chain', 'self', 'missing', 'bad', 'unclosed', 'cyc1', 'upper']:
    show(lambda: basic.get('paths', opt))
show(lambda: basic.get('DEFAULT', 'home'))
show(lambda: basic.get('paths', 'docs', vars={'home': '/v'}))
show(lambda: basic.get('paths', 'pct', raw=True))
show(lambda: basic.items('paths')[:3])
show(lambda: basic.set('paths', 'new', '50%'))
show(lambda: basic.set('paths', 'new', '%(ok)s and 50%% and %(x'))
show(lambda: basic.set('paths', 'new', '%(ok)s and 50%%'))
show(lambda: basic.get('paths', 'new', raw=True))
show(lambda: basic.set('paths', 'num', 5))
show(lambda: basic.add_section(3))
show(lambda: basic.set('paths', 7, 'v'))
e = None
try:
    basic.get('paths', 'missing')
except configparser.InterpolationMissingOptionError as exc:
    e = exc
print(e.option, e.section, e.reference, isinstance(e, configparser.InterpolationError),
      isinstance(e, configparser.Error), repr(e))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[DEFAULT]
base = /srv
[common]
name = app
dir = ${base}/${name}
dollar = cost $$5
[other]
path = ${common:dir}/bin
deep = ${common:dir}
bad = $x
miss = ${common:nope}
nosect = ${zz:top}
colons = ${a:b:c} tail
unclosed = ${abc
""")
for opt in ['path', 'deep', 'bad', 'miss', 'nosect', 'colons', 'unclosed']:
    show(lambda: ext.get('other', opt))
show(lambda: ext.get('common', 'dir'))
show(lambda: ext.get('common', 'dollar'))
show(lambda: ext['common']['dir'])
show(lambda: ext.set('common', 'x', '$ bad'))
show(lambda: ext.set('common', 'x', '${ok} $$'))

raw = configparser.RawConfigParser()
raw.read_string("[s]\na = %(b)s\nb = 1\n")
show(lambda: raw.get('s', 'a'))
raw.set('s', 'n', 5)
show(lambda: raw.get('s', 'n'))
show(lambda: raw.items('s'))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\na = %(b)s $x %\n")
show(lambda: none.get('s', 'a'))
show(lambda: configparser.ConfigParser(interpolation=3))

class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
    def before_write(self, parser, section, option, value):
        return '<' + value + '>'
u = configparser.ConfigParser(interpolation=Upper())
u.read_string("[s]\nk = hello\n")
show(lambda: u['s']['k'])
import io
out = io.StringIO()
u.write(out)
print(out.getvalue(), end='')
print(configparser.MAX_INTERPOLATION_DEPTH, configparser.DEFAULTSECT)
