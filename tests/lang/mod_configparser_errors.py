# configparser: the exceptions, their messages, args and attributes
import configparser

def show(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)
        return e

cp = configparser.ConfigParser()
cp.read_string("[a]\nx = 1\n")
show(lambda: cp.get('nope', 'x'))
show(lambda: cp.get('a', 'Y'))
show(lambda: cp.getint('a', 'nope'))
show(lambda: cp.options('nope'))
show(lambda: cp.items('nope'))
show(lambda: cp.set('nope', 'x', '1'))
show(lambda: cp.remove_option('nope', 'x'))
show(lambda: cp.add_section('a'))
show(lambda: cp.add_section('DEFAULT'))
show(lambda: cp['nope'])
show(lambda: cp['a']['zz'])
show(lambda: cp.__delitem__('DEFAULT'))
show(lambda: cp.__delitem__('zz'))
show(lambda: cp['a'].__delitem__('zz'))
show(lambda: cp.getint('a', 'x', fallback=0))
cp['a']['w'] = 'word'
show(lambda: cp.getint('a', 'w'))
show(lambda: cp.getfloat('a', 'w'))
show(lambda: cp.getboolean('a', 'w'))
show(lambda: cp.read_string("[b]\ny=1\n[b]\n"))
show(lambda: configparser.ConfigParser().read_string("[b]\ny=1\nY=2\n", source='cfg.ini'))
show(lambda: configparser.ConfigParser().read_string("no header = 1\n"))
e = show(lambda: configparser.ConfigParser().read_string("\n\n# c\nkey\n", source='x.ini'))
print(e.source, e.lineno, repr(e.line))
e = show(lambda: configparser.ConfigParser().read_string(
    "[s]\nok = 1\njunk line\n  cont\n= no name\n[s2\n", source='bad.cfg'))
print(e.source, e.errors)
e = show(lambda: configparser.ConfigParser().read_dict({'s': {'k': 1, 'K': 2}}))
e = show(lambda: configparser.ConfigParser().read_dict({'s': {}, 5: {}}))
show(lambda: configparser.ConfigParser(strict=False).read_dict({'s': {'k': 1, 'K': 2}}))
# errors raised directly
for exc in [configparser.NoSectionError('s'),
            configparser.NoOptionError('o', 's'),
            configparser.DuplicateSectionError('s'),
            configparser.DuplicateSectionError('s', 'src'),
            configparser.DuplicateSectionError('s', 'src', 7),
            configparser.DuplicateOptionError('s', 'o'),
            configparser.DuplicateOptionError('s', 'o', 'src', 12),
            configparser.InterpolationError('o', 's', 'msg'),
            configparser.InterpolationSyntaxError('o', 's', 'syn'),
            configparser.InterpolationDepthError('o', 's', 'raw'),
            configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref'),
            configparser.ParsingError('src'),
            configparser.MissingSectionHeaderError('f', 3, 'line\n'),
            configparser.Error('plain'), configparser.Error()]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args, exc.message == str(exc))
pe = configparser.ParsingError('src')
pe.append(1, "'a'")
pe.append(100, "'b'")
print(str(pe))
print(pe.errors)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      issubclass(configparser.NoSectionError, configparser.Error),
      issubclass(configparser.Error, Exception))
try:
    raise configparser.NoOptionError('opt', 'sec')
except configparser.Error as err:
    print(err.option, err.section, err.message)
