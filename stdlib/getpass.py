"""getpass: ask for a password, and the name of the user, with the interface
of CPython 3.11's getpass.

atoll has no termios module, so it cannot turn the terminal's echo off:
getpass() is CPython's fallback for such systems. It warns (GetPassWarning),
tells the user on the stream that the input may be echoed, shows the prompt
and reads one line from standard input, without its line end.

getuser() looks at the environment (LOGNAME, USER, LNAME, USERNAME), then,
as atoll has no pwd module either, finds the process's user id in
/etc/passwd itself.
"""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    """Warns that a password cannot be read without echoing it."""


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password from standard input, where it may well be echoed."""
    warnings.warn('Can not control echo on the terminal.', GetPassWarning,
                  stacklevel=2)
    if stream is None:
        stream = sys.stderr
    stream.write('Warning: Password input may be echoed.\n')
    return _read_line(prompt, stream)


getpass = fallback_getpass


def _read_line(prompt, stream):
    """One line of sys.stdin after showing prompt on stream: EOFError at the
    end of the input, the line end dropped."""
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def _passwd_name(uid):
    """The name /etc/passwd gives the user id uid, or None."""
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for entry in f:
                fields = entry.rstrip('\n').split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    return None


def getuser():
    """The login name of the user: from the environment variables LOGNAME,
    USER, LNAME and USERNAME (the first set and not empty), else from the
    password database. KeyError when the user id is unknown there."""
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = os.environ.get(variable)
        if name:
            return name
    uid = os.getuid()
    name = _passwd_name(uid)
    if name is None:
        raise KeyError('getpwuid(): uid not found: %d' % uid)
    return name
