# getpass: the fallback that reads standard input (atoll has no termios),
# and getuser()'s order of sources. The user's name is never printed.
import getpass
import io
import os
import sys
import warnings

print(getpass.GetPassWarning.__mro__[1:3])
print(getpass.fallback_getpass.__defaults__)

for text in ['secret\n', 'abc', 'two\nlines\n', '\n', 'x\r\n', 'caf\u00e9 \t\n']:
    sys.stdin = io.StringIO(text)
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        answer = getpass.fallback_getpass('P: ', out)
    print(repr(answer), repr(out.getvalue()),
          [(w.category.__name__, str(w.message)) for w in caught])

# the default stream is sys.stderr, the default prompt 'Password: '
sys.stdin, saved, sys.stderr = io.StringIO('pw\n'), sys.stderr, io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    answer = getpass.fallback_getpass()
shown, sys.stderr = sys.stderr.getvalue(), saved
print(repr(answer), repr(shown))

sys.stdin = io.StringIO('')
with warnings.catch_warnings():
    warnings.simplefilter('error', getpass.GetPassWarning)
    try:
        getpass.fallback_getpass('Q: ', io.StringIO())
    except getpass.GetPassWarning as w:
        print('raised', type(w).__name__, w)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    try:
        getpass.fallback_getpass('Q: ', io.StringIO())
    except EOFError as e:
        print('EOFError', repr(str(e)))

# getuser: the first non-empty of LOGNAME, USER, LNAME, USERNAME
names = ['LOGNAME', 'USER', 'LNAME', 'USERNAME']
for name in names:
    os.environ.pop(name, None)
for name in reversed(names):
    os.environ[name] = 'from_' + name
    print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
for name in names:
    del os.environ[name]


def passwd_name(uid):
    with open('/etc/passwd') as f:
        for entry in f:
            fields = entry.split(':')
            if fields[2] == str(uid):
                return fields[0]


try:
    user = getpass.getuser()
    print(type(user).__name__, user == passwd_name(os.getuid()))
except KeyError as e:
    print('KeyError', passwd_name(os.getuid()) is None)
