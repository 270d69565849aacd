"""textwrap: paragraphs wrapped to a width, and margins removed or added.

Behaves as CPython 3.11's textwrap: text is cut into chunks (words, pieces
of hyphenated words, em-dashes, runs of whitespace), and lines are filled
greedily with them."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words: a no-break space, say, does not.
_whitespace = '\t\n\x0b\x0c\r '

# Characters after which a run of two or more hyphens is a dash of its own.
_BEFORE_DASH = frozenset('!"\'&.,?')

_is_digit = re.compile(r'\d').match
_is_word_char = re.compile(r'\w').match


def _is_letter(c):
    """A word character that is not a digit (so '_' counts, as in \\w)."""
    return _is_word_char(c) is not None and _is_digit(c) is None


def _dash_end(run, i):
    """If an em-dash (two or more hyphens between words) starts at run[i], its end."""
    if i == 0 or not _ends_word(run[i - 1]):
        return None
    end = i
    while end < len(run) and run[end] == '-':
        end += 1
    if end - i >= 2 and end < len(run) and _is_word_char(run[end]):
        return end
    return None


def _ends_word(c):
    """Whether an em-dash may follow c."""
    return c in _BEFORE_DASH or _is_word_char(c) is not None


def _letters_at(run, i, count):
    return i >= 0 and i + count <= len(run) and all(
        _is_letter(c) for c in run[i:i + count])


def _hyphen_breaks(run, i):
    """Whether a line may break after the hyphen run[i].

    Only between letters: the hyphen must close two letters (or a
    one-letter part after another hyphen) and open a part of two letters,
    which may hold a hyphen of its own between them."""
    before = _letters_at(run, i - 2, 2) or (
        _letters_at(run, i - 3, 1) and run[i - 2] == '-' and _letters_at(run, i - 1, 1))
    if not before or not _letters_at(run, i + 1, 1):
        return False
    return _letters_at(run, i + 2, 1) or (
        i + 3 < len(run) and run[i + 2] == '-' and _letters_at(run, i + 3, 1))


def _word_end(run, start):
    """The end of the shortest piece of run from start that may stand alone.

    A piece ends after a hyphen a line may break at, before an em-dash, or
    at the end of the run."""
    for end in range(start + 1, len(run)):
        if run[end] == '-' and _hyphen_breaks(run, end):
            return end + 1
        if _dash_end(run, end) is not None:
            return end
    return len(run)


def _word_pieces(run):
    """Cut a run of non-whitespace at its hyphens and em-dashes."""
    if '-' not in run:                  # the common case: nothing to cut
        return [run]
    pieces = []
    start = 0
    while start < len(run):
        end = _dash_end(run, start) or _word_end(run, start)
        pieces.append(run[start:end])
        start = end
    return pieces


class TextWrapper:
    """Wraps text to lines of at most width characters; the options of
    wrap() and fill() are its attributes. Subclasses may replace the
    _munge_whitespace, _split, _fix_sentence_endings, _handle_long_word and
    _wrap_chunks steps."""

    # Every whitespace character becomes a space (with replace_whitespace).
    unicode_whitespace_trans = {ord(c): ' ' for c in _whitespace}

    # Cuts text into runs of whitespace and the words between them.
    wordsep_simple_re = re.compile('([%s]+)' % re.escape(_whitespace))

    # A chunk that ends a sentence: a lowercase letter, then '.', '!' or '?',
    # perhaps closed by a quote.
    sentence_end_re = re.compile(r'[a-z][.!?][\'"]?\Z')

    def __init__(
        self, width=70, initial_indent="", subsequent_indent="",
        expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
        break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
        tabsize=8, *, max_lines=None, placeholder=' [...]',
    ):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- the steps of wrap() ------------------------------------------------

    def _munge_whitespace(self, text):
        """Tabs expanded and other whitespace made spaces, as the options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks of text: whitespace runs, words, and (with
        break_on_hyphens) the pieces of words cut after hyphens and around
        em-dashes."""
        parts = [part for part in self.wordsep_simple_re.split(text) if part]
        # CPython cuts at hyphens only when break_on_hyphens is True itself.
        if self.break_on_hyphens is not True:
            return parts
        chunks = []
        for part in parts:
            if part[0] in _whitespace:
                chunks.append(part)
            else:
                chunks.extend(_word_pieces(part))
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Widen the single space after each sentence end to two, in place."""
        ends_sentence = self.sentence_end_re.search
        i = 0
        while i + 1 < len(chunks):
            if chunks[i + 1] == ' ' and ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """The next chunk (reversed_chunks[-1]) fits on no line.

        With break_long_words, the head that fits ends cur_line (cut after
        a hyphen when there is a good one); otherwise the chunk gets a line
        to itself, overflowing it."""
        room = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                hyphen = word.rfind('-', 0, room)
                # a hyphen after something other than hyphens
                if hyphen > 0 and word[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fill lines greedily with chunks (the list is consumed)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            self._check_placeholder()
        pending = chunks
        pending.reverse()           # next chunk at the end: cheap pops
        lines = []
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            line = self._take_line(pending, room, first=not lines)
            if not line:
                continue
            if self._may_add_line(lines, pending, line, room):
                lines.append(prefix + ''.join(line))
            else:
                self._close_with_placeholder(lines, line, prefix, room)
                break
        return lines

    def _check_placeholder(self):
        last_prefix = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
        if len(last_prefix) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _take_line(self, pending, room, first):
        """Pop the chunks of the next line from pending (reversed)."""
        # Whitespace is dropped where a line would start with it, except
        # at the very start of the text.
        if self.drop_whitespace and not first and not pending[-1].strip():
            pending.pop()
        line = []
        used = 0
        while pending and used + len(pending[-1]) <= room:
            used += len(pending[-1])
            line.append(pending.pop())
        if pending and len(pending[-1]) > room:
            self._handle_long_word(pending, line, used, room)
        if self.drop_whitespace and line and not line[-1].strip():
            line.pop()
        return line

    def _may_add_line(self, lines, pending, line, room):
        """Whether line may be added whole, under max_lines."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        # The last line allowed: whole only if it ends the text (bar a
        # whitespace chunk that would be dropped anyway) and fits.
        rest_is_blank = not pending or (
            self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
        return rest_is_blank and sum(map(len, line)) <= room

    def _close_with_placeholder(self, lines, line, prefix, room):
        """End the text with the placeholder, on this line or the one before."""
        used = sum(map(len, line))
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= room:
                lines.append(prefix + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(prefix + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface -----------------------------------------------

    def wrap(self, text):
        """The lines of text wrapped to self.width, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of one paragraph wrapped to width (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """One paragraph wrapped to width, as a single string (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to one line of width with a placeholder."""
    collapsed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """text without the margin of spaces and tabs common to all its lines.

    Lines holding only spaces and tabs are emptied and do not count; a tab
    and a space are different characters here."""
    lines = text.split('\n')
    lines = ['' if not line.strip(' \t') else line for line in lines]
    margins = [_leading_blanks(line) for line in lines if line]
    if not margins:
        return '\n'.join(lines)
    margin = min(margins)
    # The common prefix of all margins lies between the smallest and the largest.
    widest = max(margins)
    shared = 0
    while shared < len(margin) and margin[shared] == widest[shared]:
        shared += 1
    return '\n'.join(line[shared:] for line in lines)


def indent(text, prefix, predicate=None):
    """text with prefix before each line that predicate accepts (by default,
    the lines that are not only whitespace)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
