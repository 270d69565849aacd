# locale in the C locale: setlocale's names and errors, the conventions, the
# number functions. The environment is set first: setlocale('') reads it.
import locale
import os

for name in list(os.environ):
    if name == 'LANG' or name.startswith('LC_'):
        del os.environ[name]

print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.Error.__mro__[1].__name__)

print(repr(locale.setlocale(locale.LC_ALL, 'C')))
for category in range(7):
    print(category, repr(locale.setlocale(category)), locale.getlocale(category)
          if category != locale.LC_ALL else '-')
for value in ['POSIX', 'C', 'C.UTF-8', 'C.utf8', ('C', None), ('POSIX', None)]:
    print(repr(value), repr(locale.setlocale(locale.LC_NUMERIC, value)),
          locale.getlocale(locale.LC_NUMERIC))
print(repr(locale.setlocale(locale.LC_ALL)))
print(repr(locale.setlocale(locale.LC_ALL, 'C.UTF-8')), locale.getlocale())
print(repr(locale.setlocale(locale.LC_ALL, 'POSIX')), locale.getlocale())
print(repr(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')))
whole = locale.setlocale(locale.LC_ALL)
print(repr(whole))
locale.setlocale(locale.LC_ALL, 'C')
print(repr(locale.setlocale(locale.LC_ALL, whole)), repr(locale.setlocale(locale.LC_CTYPE)))

# '' takes the names from the environment: LC_ALL, LC_<category>, LANG
print(repr(locale.setlocale(locale.LC_ALL, '')))
os.environ['LANG'] = 'C.UTF-8'
print(repr(locale.setlocale(locale.LC_ALL, '')))
os.environ['LC_TIME'] = 'POSIX'
print(repr(locale.setlocale(locale.LC_ALL, '')))
print(repr(locale.setlocale(locale.LC_TIME, '')))
os.environ['LC_ALL'] = 'C'
print(repr(locale.setlocale(locale.LC_ALL, '')))
os.environ['LC_ALL'] = 'xx_YY.UTF-8'
for category in (locale.LC_ALL, locale.LC_NUMERIC):
    try:
        locale.setlocale(category, '')
    except locale.Error as e:
        print('Error', e)
del os.environ['LC_ALL'], os.environ['LC_TIME'], os.environ['LANG']
print(repr(locale.setlocale(locale.LC_ALL)))

for category, value in [(locale.LC_ALL, 'en_US.UTF-8'), (locale.LC_CTYPE, 'de_DE'),
                        (locale.LC_NUMERIC, ('en_US', 'UTF-8')), (99, None), (99, 'C'),
                        ('x', None), (locale.LC_ALL, 5), (locale.LC_ALL, ['a'])]:
    try:
        print(repr(locale.setlocale(category, value)))
    except Exception as e:
        print(type(e).__name__, e)
print(locale.getlocale(locale.LC_ALL))
locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
locale.setlocale(locale.LC_ALL, 'C')

# (the encodings depend on how the interpreter started: only their type)
print(type(locale.getpreferredencoding()).__name__, type(locale.getencoding()).__name__)

conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.str(1.5), locale.str(0.1 + 0.2), locale.str(1e20), locale.str(3),
      locale.str(-2.0), locale.str(1 / 3))
print(locale.atof('1.5'), locale.atof(' 2.5e3 '), locale.atof('7', int), locale.atoi('42'),
      locale.atoi(' -3 '))
for bad in [lambda: locale.atoi('1.5'), lambda: locale.atof('1,5'), lambda: locale.atoi('')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(locale.delocalize('1,234.5'), locale.localize('1234.5'), locale.localize('1234.5', True))
print(locale.format_string('%d|%.2f|%s', (1234567, 1234.5, 'x')))
print(locale.format_string('%d', 1234567, grouping=True), locale.format_string('%.3f', 1e6, True))
print(locale.format_string('%5.1f%%', 3.14159), locale.format_string('%(a)s-%(b)05d', {'a': 1, 'b': 2}))
print(locale.format_string('%s', 'x'), locale.format_string('%x', 255, monetary=True))
for args in [(1.5,), (1.5, False), (-3, True, True, True)]:
    try:
        locale.currency(*args)
    except ValueError as e:
        print('ValueError', e)

words = ['b', 'a', 'B', '\u00e9', 'e', 'z', 'A', '']
print(sorted(words, key=locale.strxfrm))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'),
      locale.strcoll('\u00e9', 'z') > 0, locale.strxfrm('abc'))
for bad in [lambda: locale.strcoll(1, 'a'), lambda: locale.strcoll('a', None),
            lambda: locale.strxfrm(None), lambda: locale.strxfrm(b'x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
