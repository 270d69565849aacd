"""shlex: a lexer for shell-like little languages, with the interface of
CPython 3.11's shlex.

A shlex object reads characters from a stream and hands out tokens. Its
reading is a small state machine; the state survives between tokens, and
one of these values:

  ' '    between tokens (skipping whitespace)
  'a'    inside a word
  'c'    inside a run of punctuation characters
  a quote character           inside a quoted part
  an escape character         just after an escape
  None   the stream has ended

In POSIX mode quotes and escapes are removed from words and quoted parts
join the words around them; in the compatibility (non-POSIX) mode a quoted
part is a token of its own, quotes kept, and there are no escapes.
"""

import os
import re
import sys
import collections
from io import StringIO

__all__ = ["shlex", "split",
           "quote", "join"]

# (the order, with its swapped 'fe', is CPython's: scripts may print it)
_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz' + 'ABCDEFGHIJKLM'
               + 'NOPQRSTUVWXYZ' + '0123456789' + '_')
# letters of Latin-1 that count as word characters in POSIX mode
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ' + 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎ'
                + 'ÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_WHITESPACE = ' \t\r\n'
_DEFAULT_PUNCTUATION = '();<>|&'
# characters that join words when punctuation_chars is on (file names, globs)
_EXTRA_WORD = '~-./*?='

# what happens after one character has been read
_GO_ON = 0      # keep reading
_DONE = 1       # the token is complete


class shlex:
    """A lexical analyzer for shell-like syntax."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        instream = _as_stream(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = _WHITESPACE
        self.whitespace_split = False     # words end at non-word characters
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = collections.deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = collections.deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punct = punctuation_chars
        if punctuation_chars:
            # characters read one too far while collecting punctuation
            self._held_chars = collections.deque()
            kept = self.wordchars + _EXTRA_WORD
            self.wordchars = ''.join(c for c in kept
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punct

    # -- sources ---------------------------------------------------------

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it ends, then go back to the current
        stream."""
        newstream = _as_stream(newstream)
        here = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(here)
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Close the current stream and go back to the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = ' '

    def sourcehook(self, newfile):
        """The (name, open file) to read when the source keyword names
        newfile; a relative name is taken from the current file's folder."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        current = self.infile
        if isinstance(current, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(current), newfile)
        return newfile, open(newfile)

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message, in the style of C compilers."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    # -- tokens ----------------------------------------------------------

    def push_token(self, tok):
        """Make tok the next token get_token returns."""
        self.pushback.appendleft(tok)

    def get_token(self):
        """The next token: a pushed-back one first, then one read, with
        source inclusion and the end of included streams handled."""
        if self.pushback:
            return self.pushback.popleft()
        tok = self.read_token()
        while self.source is not None and tok == self.source:
            # the keyword's argument names the stream to read next
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        return tok

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    def _next_char(self):
        if self._punct and self._held_chars:
            return self._held_chars.pop()
        c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the stream (no pushback, no sources)."""
        self._quoted = False
        self._after_escape = ' '    # the state an escape returns to
        while True:
            c = self._next_char()
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                step = self._between(c)
            elif state == 'a' or state == 'c':
                step = self._in_word(c, state)
            elif state in self.quotes:
                step = self._in_quotes(c, state)
            elif state in self.escape:
                step = self._escaped(c, state)
            else:
                step = _GO_ON
            if step == _DONE:
                break
        tok = self.token
        self.token = ''
        if self.posix and not self._quoted and tok == '':
            return None
        return tok

    def _have_token(self):
        """Whether a token has been read: possibly an empty one, quoted."""
        if self.token or (self.posix and self._quoted):
            return _DONE
        return _GO_ON

    def _between(self, c):
        """c read between tokens."""
        if not c:
            self.state = None
            return _DONE
        if c in self.whitespace:
            return self._have_token()
        if c in self.commenters:
            self._skip_comment()
            return _GO_ON
        if self.posix and c in self.escape:
            self._after_escape = 'a'
            self.state = c
            return _GO_ON
        if c in self.wordchars:
            self.token = c
            self.state = 'a'
            return _GO_ON
        if c in self._punct:
            self.token = c
            self.state = 'c'
            return _GO_ON
        if c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
            return _GO_ON
        if self.whitespace_split:
            self.token = c
            self.state = 'a'
            return _GO_ON
        # any other character is a token by itself
        self.token = c
        return self._have_token()

    def _in_word(self, c, state):
        """c read inside a word ('a') or a run of punctuation ('c')."""
        if not c:
            self.state = None
            return _DONE
        if c in self.whitespace:
            self.state = ' '
            return self._have_token()
        if c in self.commenters:
            self._skip_comment()
            if not self.posix:
                # the comment is cut out: the word goes on after it
                return _GO_ON
            self.state = ' '
            return self._have_token()
        if state == 'c':
            if c in self._punct:
                self.token += c
                return _GO_ON
            if c not in self.whitespace:
                self._held_chars.append(c)
            self.state = ' '
            return _DONE
        if self.posix and c in self.quotes:
            self.state = c
            return _GO_ON
        if self.posix and c in self.escape:
            self._after_escape = 'a'
            self.state = c
            return _GO_ON
        if (c in self.wordchars or c in self.quotes
                or (self.whitespace_split
                    and c not in self._punct)):
            self.token += c
            return _GO_ON
        # c ends the word and starts the next token
        if self._punct:
            self._held_chars.append(c)
        else:
            self.pushback.appendleft(c)
        self.state = ' '
        return self._have_token()

    def _in_quotes(self, c, quote):
        """c read inside a part quoted with quote."""
        self._quoted = True
        if not c:
            raise ValueError("No closing quotation")
        if c == quote:
            if self.posix:
                self.state = 'a'
                return _GO_ON
            self.token += c
            self.state = ' '
            return _DONE
        if (self.posix and c in self.escape
                and quote in self.escapedquotes):
            self._after_escape = quote
            self.state = c
            return _GO_ON
        self.token += c
        return _GO_ON

    def _escaped(self, c, esc):
        """c read just after the escape character esc (POSIX mode only)."""
        if not c:
            raise ValueError("No escaped character")
        back = self._after_escape
        # inside quotes, an escape only escapes the quote and itself
        if back in self.quotes and c != back and c != esc:
            self.token += esc
        self.token += c
        self.state = back
        return _GO_ON


def split(s, comments=False, posix=True):
    """The words of s, split as a POSIX shell would (without expansions)."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The words of split_command, quoted as needed and joined by spaces."""
    return ' '.join([quote(word) for word in split_command])


_needs_quotes = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """s, quoted so that a POSIX shell reads it back as one word."""
    if not s:
        return "''"
    if _needs_quotes(s) is None:
        return s
    # a single quote cannot appear inside single quotes: close, add it
    # double-quoted, reopen
    return "'%s'" % s.replace("'", "'\"'\"'")


def _as_stream(source):
    """source, or a stream over it when it is a string."""
    if isinstance(source, str):
        return StringIO(source)
    return source
