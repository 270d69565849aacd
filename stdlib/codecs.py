"""codecs - the codec registry, codec base classes and stream wrappers.

atoll's codecs are written in C (runtime/codecs.c, reached through the
_atoll_codecs module; _codecs is the small module pickle names): utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16 and utf-32
with their -le/-be forms. lookup() finds them under CPython's names and
aliases; any other name is a LookupError unless a search function given to
register() knows it. The registry and the error handlers belong to the
interpreter that imported this module (module-level state, one per island).

Written for atoll from the documentation of CPython's codecs module."""

import builtins as _builtins
import sys as _sys
import _atoll_codecs as _native

__all__ = [
    'register', 'unregister', 'lookup', 'open', 'EncodedFile',
    'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE',
    'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE',
    'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE',
    'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
    'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'StreamRecoder',
    'getencoder', 'getdecoder', 'getincrementalencoder', 'getincrementaldecoder',
    'getreader', 'getwriter', 'encode', 'decode', 'iterencode', 'iterdecode',
    'strict_errors', 'ignore_errors', 'replace_errors', 'xmlcharrefreplace_errors',
    'backslashreplace_errors', 'namereplace_errors', 'register_error', 'lookup_error',
]

# --- byte order marks -----------------------------------------------------------

BOM_UTF8 = bytes([0xEF, 0xBB, 0xBF])
BOM_UTF16_LE = BOM_LE = bytes([0xFF, 0xFE])
BOM_UTF16_BE = BOM_BE = bytes([0xFE, 0xFF])
BOM_UTF32_LE = BOM_UTF16_LE + bytes(2)
BOM_UTF32_BE = bytes(2) + BOM_UTF16_BE
if _sys.byteorder == 'big':
    BOM_UTF16, BOM_UTF32 = BOM_UTF16_BE, BOM_UTF32_BE
else:
    BOM_UTF16, BOM_UTF32 = BOM_UTF16_LE, BOM_UTF32_LE
BOM = BOM_UTF16
# the old names
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# --- CodecInfo and the base classes -------------------------------------------------

class CodecInfo(tuple):
    """What lookup() returns: a 4-tuple (encode, decode, streamreader,
    streamwriter) that also carries the incremental classes and the name."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode = encode
        info.decode = decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamreader = streamreader
        info.streamwriter = streamwriter
        if not (_is_text_encoding is None):
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return '<%s.%s object for encoding %s at %#x>' % (
            cls.__module__, cls.__qualname__, self.name, id(self))


class Codec:
    """Stateless encoding and decoding: encode(input, errors) returns
    (bytes, characters consumed), decode(input, errors) (str, bytes consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes a text given in pieces; subclasses define encode()."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the input its _buffer_encode() did
    not consume for the next call."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def reset(self):
        super().reset()
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    """Decodes bytes given in pieces; subclasses define decode()."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes its _buffer_decode() did
    not consume (an incomplete sequence) for the next call."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        text, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return text

    def reset(self):
        super().reset()
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# --- streams ---------------------------------------------------------------------------

class _Wrapper:
    """What every stream wrapper does: attributes it lacks come from the
    stream it wraps, and leaving a with block closes that stream."""

    def __getattr__(self, name):
        if name == 'stream' or name.startswith('__'):
            raise AttributeError(name)
        stream = self.__dict__['stream'] if 'stream' in self.__dict__ else None
        if stream is None:
            raise AttributeError(name)
        return getattr(stream, name)

    def _seek_stream(self, offset, whence):
        self.stream.seek(offset, whence)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


class _StreamBase(Codec, _Wrapper):
    """Readers and writers: a codec over a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors


class StreamWriter(_StreamBase):
    """Writes text to a byte stream through the codec's encode()."""

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self._seek_stream(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()


class StreamReader(_StreamBase):
    """Reads text from a byte stream through the codec's decode(), keeping
    undecoded bytes and unread characters between calls."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        _StreamBase.__init__(self, stream, errors)
        self.bytebuffer = b''
        self._empty = self.charbuffertype()
        self.charbuffer = self._empty
        self.linebuffer = None   # whole lines decoded ahead, when several

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _decode_more(self, size, firstline):
        """Reads size bytes (all: -1) and decodes what it can; False at the
        end of the stream."""
        fresh = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + fresh
        if not data:
            return False
        try:
            text, used = self.decode(data, self.errors)
        except UnicodeDecodeError as err:
            if not firstline:
                raise
            # give the lines before the bad bytes, if there is more than one
            text, used = self.decode(data[:err.start], self.errors)
            if len(text.splitlines(True)) <= 1:
                raise
        self.bytebuffer = data[used:]
        self.charbuffer += text
        return bool(fresh)

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size   # read(n): n characters
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._decode_more(size, firstline):
                break
        if chars < 0:
            text, self.charbuffer = self.charbuffer, self._empty
        else:
            text, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return text

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            # whole lines an earlier call decoded: given as they are
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else line.splitlines(False)[0]
        chunk = size or 72
        line = self._empty
        while True:
            data = self.read(chunk, firstline=True)
            # a '\r' at the end may be the first half of '\r\n'
            if data and data[-1:] in ('\r', b'\r'):
                data += self.read(1, 1)
            line += data
            pieces = line.splitlines(True)
            if pieces:
                first = pieces[0]
                bare = first.splitlines(False)[0]
                if len(pieces) > 2:
                    # the whole lines after it wait in linebuffer
                    pieces[-1] += self.charbuffer
                    self.linebuffer = pieces[1:]
                    self.charbuffer = self._empty
                    return first if keepends else bare
                if len(pieces) > 1 or first != bare:
                    # a whole line: the rest goes back for the next call
                    self.charbuffer = self._empty.join(pieces[1:]) + self.charbuffer
                    return first if keepends else bare
            if size is not None or not data:
                if line and not keepends:
                    line = line.splitlines(False)[0]
                return line
            if chunk < 8000:
                chunk *= 2

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = self._empty
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self._seek_stream(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class _Duplex(_Wrapper):
    """A reader and a writer over one stream. _out converts what the
    reader gives before the caller sees it, _in what the caller writes."""

    def _setup(self, stream, Reader, Writer, errors):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def _out(self, value):
        return value

    def _in(self, value):
        return value

    def read(self, size=-1):
        return self._out(self.reader.read(size))

    def readline(self, size=None):
        return self._out(self.reader.readline(size))

    def __iter__(self):
        return self

    def __next__(self):
        return self._out(next(self.reader))

    def write(self, data):
        return self.writer.write(self._in(data))

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()


class StreamReaderWriter(_Duplex):
    """A stream open for reading and writing through one codec (what
    codecs.open() returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self._setup(stream, Reader, Writer, errors)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def writelines(self, list):
        return self.write(''.join(list))

    def seek(self, offset, whence=0):
        self._seek_stream(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()


class StreamRecoder(_Duplex):
    """Reads and writes bytes in one encoding over a stream holding
    another: encode/decode convert between the caller's bytes and text,
    Reader/Writer between text and the stream."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self._setup(stream, Reader, Writer, errors)
        self.encode, self.decode = encode, decode

    def _out(self, text):
        return self.encode(text, self.errors)[0]

    def _in(self, data):
        return self.decode(data, self.errors)[0]

    def readlines(self, sizehint=None):
        return self.read().splitlines(True)

    def writelines(self, list):
        return self.write(b''.join(list))

    def seek(self, offset, whence=0):
        for side in (self.reader, self.writer):
            side.seek(offset, whence)


# --- error handlers ----------------------------------------------------------------------

_UNICODE_ERRORS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def _cannot_handle(exc):
    if not isinstance(exc, BaseException):
        return TypeError('codec must pass exception instance')
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    """Raises the exception it is given."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    """Drops the characters or bytes that cannot be converted."""
    if isinstance(exc, _UNICODE_ERRORS):
        return ('', exc.end)
    raise _cannot_handle(exc)


def replace_errors(exc):
    """'?' for each character that cannot be encoded, U+FFFD for bytes that
    cannot be decoded."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _cannot_handle(exc)


def _escape(cp):
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def backslashreplace_errors(exc):
    """Python backslash escapes for what cannot be converted."""
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        return (''.join('\\x%02x' % b for b in bad), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        bad = exc.object[exc.start:exc.end]
        return (''.join(_escape(ord(c)) for c in bad), exc.end)
    raise _cannot_handle(exc)


def xmlcharrefreplace_errors(exc):
    """XML character references (&#NNN;) for characters that cannot be encoded."""
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        return (''.join('&#%d;' % ord(c) for c in bad), exc.end)
    raise _cannot_handle(exc)


def namereplace_errors(exc):
    """\\N{NAME} escapes for characters that cannot be encoded."""
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        parts = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            parts.append(_escape(ord(c)) if name is None else '\\N{%s}' % name)
        return (''.join(parts), exc.end)
    raise _cannot_handle(exc)


def _surrogateescape_errors(exc):
    # bytes 0x80..0xFF <-> the lone surrogates U+DC80..U+DCFF
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        taken = []
        for b in bad[:4]:
            if b < 0x80:
                break
            taken.append(chr(0xDC00 + b))
        if not taken:
            raise exc
        return (''.join(taken), exc.start + len(taken))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            cp = ord(c)
            if not 0xDC80 <= cp <= 0xDCFF:
                raise exc
            out.append(cp - 0xDC00)
        return (bytes(out), exc.end)
    raise _cannot_handle(exc)


def _surrogatepass_errors(exc):
    # lone surrogates written and read as the UTF codecs would encode them
    enc = _canonical_or_none(getattr(exc, 'encoding', '') or '')
    if enc is None or not enc.startswith('utf'):
        if isinstance(exc, _UNICODE_ERRORS):
            raise exc
        raise _cannot_handle(exc)
    plain = {'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le', 'utf-8-sig': 'utf-8'}.get(enc, enc)
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            if not 0xD800 <= ord(c) <= 0xDFFF:
                raise exc
            out.append(_native.encode('encode', c, plain, 'surrogatepass'))
        return (b''.join(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        width = 4 if plain.startswith('utf-32') else 3 if plain == 'utf-8' else 2
        piece = exc.object[exc.start:exc.start + width]
        try:
            text = _native.decode(piece, plain, 'surrogatepass')[0]
        except UnicodeDecodeError:
            raise exc from None
        if len(piece) < width or len(text) != 1 or not 0xD800 <= ord(text) <= 0xDFFF:
            raise exc
        return (text, exc.start + width)
    raise _cannot_handle(exc)


_BUILTIN_HANDLERS = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                     'namereplace', 'surrogateescape', 'surrogatepass')

_surrogateescape_errors.__name__ = 'surrogateescape'
_surrogatepass_errors.__name__ = 'surrogatepass'

_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape_errors,
    'surrogatepass': _surrogatepass_errors,
}


def register_error(name, handler):
    """Makes handler the error handler called name: it takes a
    UnicodeEncodeError or UnicodeDecodeError and returns (replacement,
    position to resume at), or raises."""
    if not isinstance(name, str):
        raise TypeError('register_error() argument 1 must be str, not %s' % _type_name(name))
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    """The error handler registered as name."""
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument must be str, not %s' % _type_name(name))
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


def _custom_handler(errors):
    """The handler of a name that the C codecs do not know themselves, or
    None when they do (or when nobody registered it: C then says so)."""
    if errors is None or errors in _BUILTIN_HANDLERS:
        return None
    if not isinstance(errors, str):
        return None
    return _error_handlers.get(errors)


# --- the codecs atoll has --------------------------------------------------------------

def _canonical_or_none(name):
    try:
        return _native.canonical(name)
    except (TypeError, ValueError):
        return None


# The codecs whose bytes start with a BOM, and the codec used after it.
_AFTER_BOM = {'utf-8-sig': 'utf-8', 'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le'}
_BOM_OF = {'utf-8-sig': BOM_UTF8, 'utf-16': BOM_UTF16_LE, 'utf-32': BOM_UTF32_LE}
# The names of the C functions, for their TypeErrors.
_FUNC_PREFIX = {'iso8859-1': 'latin_1', 'cp1252': 'charmap'}


def _encode_with(fname, text, enc, errors):
    """text encoded by the C codec enc, calling a registered Python error
    handler for the spans it cannot encode."""
    handler = _custom_handler(errors)
    if handler is None:
        return _native.encode(fname, text, enc, errors)
    if not isinstance(text, str):
        return _native.encode(fname, text, enc, 'strict')
    display = 'latin-1' if enc == 'iso8859-1' else enc
    out = []
    if enc in _AFTER_BOM:
        out.append(_BOM_OF[enc])
        enc = _AFTER_BOM[enc]
    pos = 0
    while True:
        try:
            out.append(_native.encode(fname, text[pos:], enc, 'strict'))
            return b''.join(out)
        except UnicodeEncodeError as exc:
            start, end, reason = pos + exc.start, pos + exc.end, exc.reason
        out.append(_native.encode(fname, text[pos:start], enc, 'strict'))
        result = handler(UnicodeEncodeError(display, text, start, end, reason))
        if (not isinstance(result, tuple) or len(result) != 2 or
                not isinstance(result[0], (str, bytes)) or not isinstance(result[1], int)):
            raise TypeError('encoding error handler must return (str/bytes, int) tuple')
        replacement, pos = result
        if pos < 0:
            pos += len(text)
        if not 0 <= pos <= len(text):
            raise IndexError('position %d from error handler out of bounds' % result[1])
        if isinstance(replacement, str):
            replacement = _native.encode(fname, replacement, enc, 'strict')
        out.append(replacement)


def _decode_with(data, enc, errors, final):
    """(text, consumed, byteorder) from the C codec enc, calling a
    registered Python error handler for the bytes it cannot decode."""
    handler = _custom_handler(errors)
    if handler is None:
        return _native.decode(data, enc, errors, final)
    if not isinstance(data, bytes):
        data = bytes(data)
    parts, pos, order = [], 0, 0
    while True:
        try:
            text, used, found = _native.decode(data[pos:], enc, 'strict', final)
            parts.append(text)
            if pos == 0:
                order = found
            return ''.join(parts), pos + used, order
        except UnicodeDecodeError as exc:
            start, end, reason, name = pos + exc.start, pos + exc.end, exc.reason, exc.encoding
        text, _, found = _native.decode(data[pos:start], enc, 'strict', True)
        parts.append(text)
        if pos == 0:
            order = found
        if enc in _AFTER_BOM and start > 0:
            enc = name   # past the BOM: the codec it chose
        result = handler(UnicodeDecodeError(name, data, start, end, reason))
        if (not isinstance(result, tuple) or len(result) != 2 or
                not isinstance(result[0], str) or not isinstance(result[1], int)):
            raise TypeError('decoding error handler must return (str, int) tuple')
        parts.append(result[0])
        pos = result[1]
        if pos < 0:
            pos += len(data)
        if not 0 <= pos <= len(data):
            raise IndexError('position %d from error handler out of bounds' % result[1])


def _make_codec(enc):
    """The CodecInfo of the C codec enc, with its classes."""
    prefix = _FUNC_PREFIX.get(enc, enc.replace('-', '_'))
    fname = prefix + '_encode'
    after_bom = _AFTER_BOM.get(enc)

    def encode(input, errors='strict'):
        return _encode_with(fname, input, enc, errors), len(input)

    def decode(input, errors='strict'):
        text, used, _ = _decode_with(input, enc, errors, True)
        return text, used

    def decode_piece(input, errors, final):
        text, used, _ = _decode_with(input, enc, errors, final)
        return text, used

    class IncEncoder(IncrementalEncoder):
        first = True

        def encode(self, input, final=False):
            # a BOM only before the first piece
            use = enc if self.first or after_bom is None else after_bom
            self.first = False
            return _encode_with(fname, input, use, self.errors)

        def reset(self):
            self.first = True

        def getstate(self):
            # utf-16/utf-32: 2 until the BOM is written; utf-8-sig: 1
            if not self.first or after_bom is None:
                return 0
            return 1 if enc == 'utf-8-sig' else 2

        def setstate(self, state):
            self.first = bool(state) if after_bom else True

    class IncDecoder(BufferedIncrementalDecoder):
        codec = None   # after the BOM: the codec of the rest

        def _buffer_decode(self, input, errors, final):
            if self.codec is not None or after_bom is None:
                text, used, _ = _decode_with(input, self.codec or enc, errors, final)
                return text, used
            if enc == 'utf-8-sig' and len(input) < 3 and BOM_UTF8.startswith(input):
                return '', 0   # even when final, as CPython's
            text, used, order = _decode_with(input, enc, errors, final)
            _choose_after_bom(self, input, used, order, final)
            return text, used

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.codec = None

        def getstate(self):
            # with the BOM state: utf-8-sig 1 before the BOM; utf-16/32 2
            # before it, then 0 for the native byte order and 1 for the other
            if after_bom is None:
                return (self.buffer, 0)
            if self.codec is None:
                return (self.buffer, 1 if enc == 'utf-8-sig' else 2)
            if enc == 'utf-8-sig':
                return (self.buffer, 0)
            return (self.buffer, int(self.codec.endswith('-be') != (_sys.byteorder == 'big')))

        def setstate(self, state):
            self.buffer, flag = state
            if after_bom is None:
                return
            if enc == 'utf-8-sig':
                self.codec = None if flag else 'utf-8'
            elif flag == 2:
                self.codec = None
            else:
                native = '-be' if _sys.byteorder == 'big' else '-le'
                other = '-le' if native == '-be' else '-be'
                self.codec = enc + (other if flag else native)

    class Writer(StreamWriter):
        first = True

        def encode(self, input, errors='strict'):
            use = enc if self.first or after_bom is None else after_bom
            self.first = False
            return _encode_with(fname, input, use, errors), len(input)

        def reset(self):
            self.first = True

    class Reader(StreamReader):
        codec = None

        def decode(self, input, errors='strict'):
            if self.codec is not None or after_bom is None:
                text, used, _ = _decode_with(input, self.codec or enc, errors, False)
                return text, used
            text, used, order = _decode_with(input, enc, errors, False)
            _choose_after_bom(self, input, used, order, False)
            return text, used

        def reset(self):
            StreamReader.reset(self)
            self.codec = None

    class StatelessCodec(Codec):
        pass

    StatelessCodec.encode = staticmethod(encode)
    StatelessCodec.decode = staticmethod(decode)
    module = 'encodings.' + enc.replace('-', '_').replace('iso8859_1', 'latin_1')
    for cls, name in ((StatelessCodec, 'Codec'), (IncEncoder, 'IncrementalEncoder'),
                      (IncDecoder, 'IncrementalDecoder'), (Writer, 'StreamWriter'),
                      (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = module
    IncDecoder.codec_name = Reader.codec_name = enc
    encode.__name__ = encode.__qualname__ = 'encode'
    decode.__name__ = decode.__qualname__ = 'decode'
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name=enc)


def _choose_after_bom(state, input, used, order, final):
    """After the first piece of utf-8-sig, utf-16 or utf-32: the codec that
    decodes the rest. utf-16/utf-32 pieces must begin with a BOM."""
    enc = state.codec_name
    if enc == 'utf-8-sig':
        if final or len(input) >= 3 or not BOM_UTF8.startswith(input):
            state.codec = 'utf-8'
    elif order:
        state.codec = enc + ('-le' if order < 0 else '-be')
    elif used >= (2 if enc == 'utf-16' else 4):
        raise UnicodeError('%s stream does not start with BOM' % enc.upper())


def _builtin_search(name):
    enc = _canonical_or_none(name)
    if enc is None:
        return None
    return _make_codec(enc)


# --- the registry ------------------------------------------------------------------------

_search_functions = [_builtin_search]
_lookup_cache = {}


def _normalize(encoding):
    # lower case; runs of characters other than letters, digits and '.'
    # become one '_' (what search functions are given)
    out, gap = [], False
    for c in encoding:
        if c.isalnum() or c == '.':
            if gap and out:
                out.append('_')
            out.append(c.lower())
            gap = False
        else:
            gap = True
    return ''.join(out)


def register(search_function):
    """Adds a search function: it takes a normalised encoding name and
    returns a CodecInfo, or None when it does not know the name."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Removes a search function (and forgets what lookup() found)."""
    if search_function in _search_functions and search_function is not _builtin_search:
        _search_functions.remove(search_function)
    _lookup_cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding, or LookupError."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % _type_name(encoding))
    key = _normalize(encoding)
    info = _lookup_cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _lookup_cache[key] = info
        return info
    raise LookupError('unknown encoding: %s' % encoding)


def _type_name(value):
    return 'None' if value is None else type(value).__name__


def _check_errors(fname, errors):
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str, not %s" % (fname, _type_name(errors)))


def _wrap_failure(exc, what, encoding):
    # an exception with a single message says which codec failed, as CPython does
    if isinstance(exc, UnicodeError) or len(exc.args) > 1:
        return None
    if exc.args and not isinstance(exc.args[0], str):
        return None
    try:
        wrapped = type(exc)('%s with %r codec failed (%s: %s)' % (what, encoding, type(exc).__name__, exc))
    except Exception:
        return None
    return wrapped


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded by the codec registered for encoding."""
    _check_errors('encode', errors)
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except Exception as exc:
        wrapped = _wrap_failure(exc, 'encoding', encoding)
        if wrapped is None:
            raise
        raise wrapped from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded by the codec registered for encoding."""
    _check_errors('decode', errors)
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except Exception as exc:
        wrapped = _wrap_failure(exc, 'decoding', encoding)
        if wrapped is None:
            raise
        raise wrapped from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def getencoder(encoding):
    """The stateless encode function of encoding."""
    return lookup(encoding)[0]


def getdecoder(encoding):
    """The stateless decode function of encoding."""
    return lookup(encoding)[1]


def _incremental(encoding, which):
    cls = getattr(lookup(encoding), which)
    if cls is None:   # a codec registered without one
        raise LookupError(encoding)
    return cls


def getincrementalencoder(encoding):
    """The IncrementalEncoder class of encoding."""
    return _incremental(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    """The IncrementalDecoder class of encoding."""
    return _incremental(encoding, 'incrementaldecoder')


def getreader(encoding):
    """The StreamReader class of encoding."""
    return lookup(encoding)[2]


def getwriter(encoding):
    """The StreamWriter class of encoding."""
    return lookup(encoding)[3]


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes the strings of iterator one by one with an incremental encoder."""
    inc = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        out = inc.encode(text)
        if out:
            yield out
    out = inc.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes the byte strings of iterator one by one with an incremental decoder."""
    inc = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        out = inc.decode(data)
        if out:
            yield out
    out = inc.decode(b'', True)
    if out:
        yield out


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens a file in binary mode and reads and writes it through the codec
    of encoding (a plain file object when encoding is None)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    if buffering == -1:
        file = _builtins.open(filename, mode)
    else:
        file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        both = StreamReaderWriter(file, info[2], info[3], errors)
        both.encoding = encoding
        return both
    except BaseException:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder: callers read and write bytes in data_encoding, the
    file holds file_encoding."""
    on_file = data_encoding if file_encoding is None else file_encoding
    outside, inside = lookup(data_encoding), lookup(on_file)
    recoder = StreamRecoder(file, outside[0], outside[1], inside[2], inside[3], errors)
    recoder.data_encoding, recoder.file_encoding = data_encoding, on_file
    return recoder


# --- the functions of CPython's _codecs that code calls directly -------------------------

def utf_8_encode(str, errors=None):
    return _encode_with('utf_8_encode', str, 'utf-8', errors), len(str)


def utf_8_decode(data, errors=None, final=False):
    return _decode_with(data, 'utf-8', errors, final)[:2]


def ascii_encode(str, errors=None):
    return _encode_with('ascii_encode', str, 'ascii', errors), len(str)


def ascii_decode(data, errors=None):
    return _decode_with(data, 'ascii', errors, True)[:2]


def latin_1_encode(str, errors=None):
    return _encode_with('latin_1_encode', str, 'iso8859-1', errors), len(str)


def latin_1_decode(data, errors=None):
    return _decode_with(data, 'iso8859-1', errors, True)[:2]


def _utf_16_32(width):
    name = 'utf-%d' % (8 * width)
    prefix = 'utf_%d' % (8 * width)

    def encode_fn(str, errors=None, byteorder=0):
        enc = name if byteorder == 0 else name + ('-le' if byteorder < 0 else '-be')
        return _encode_with(prefix + '_encode', str, enc, errors), len(str)

    def decode_fn(data, errors=None, final=False):
        return _decode_with(data, name, errors, final)[:2]

    def ex_decode_fn(data, errors=None, byteorder=0, final=False):
        if byteorder:
            enc = name + ('-le' if byteorder < 0 else '-be')
            return _decode_with(data, enc, errors, final)[:2] + (byteorder,)
        return _decode_with(data, name, errors, final)

    def fixed(suffix):
        enc = name + suffix

        def enc_fn(str, errors=None):
            return _encode_with(prefix + suffix.replace('-', '_') + '_encode', str, enc, errors), len(str)

        def dec_fn(data, errors=None, final=False):
            return _decode_with(data, enc, errors, final)[:2]
        return enc_fn, dec_fn

    return (encode_fn, decode_fn, ex_decode_fn) + fixed('-le') + fixed('-be')


(utf_16_encode, utf_16_decode, utf_16_ex_decode, utf_16_le_encode, utf_16_le_decode,
 utf_16_be_encode, utf_16_be_decode) = _utf_16_32(2)
(utf_32_encode, utf_32_decode, utf_32_ex_decode, utf_32_le_encode, utf_32_le_decode,
 utf_32_be_encode, utf_32_be_decode) = _utf_16_32(4)
del _utf_16_32


_SIMPLE_ESCAPES = {ord('\n'): None, ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"',
                   ord('a'): b'\a', ord('b'): b'\b', ord('f'): b'\f', ord('n'): b'\n',
                   ord('r'): b'\r', ord('t'): b'\t', ord('v'): b'\v'}


def escape_decode(data, errors=None):
    """Bytes with Python's backslash escapes resolved (as in a bytes
    literal): (bytes, bytes consumed)."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = bytes(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5C:
            out.append(c)
            continue
        if i == n:
            raise ValueError('Trailing \\ in string')
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            rep = _SIMPLE_ESCAPES[c]
            if rep is not None:
                out += rep
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xFF)
        elif c == ord('x'):
            digits = data[i:i + 2]
            try:
                if len(digits) < 2:
                    raise ValueError
                value = int(digits, 16)
            except ValueError:
                if errors == 'ignore':
                    i += len(digits)
                    continue
                if errors == 'replace':
                    out.append(ord('?'))
                    i += len(digits)
                    continue
                if errors not in (None, 'strict'):
                    raise ValueError("decoding error; unknown error handling code: %s" % errors)
                raise ValueError('invalid \\x escape at position %d' % (i - 2))
            out.append(value)
            i += 2
        else:
            out.append(0x5C)
            out.append(c)
    return bytes(out), n


_ESCAPE_OUT = {ord('\\'): b'\\\\', ord("'"): b"\\'", ord('\t'): b'\\t', ord('\n'): b'\\n',
               ord('\r'): b'\\r'}


def escape_encode(data, errors=None):
    """Bytes with non-printable bytes written as Python escapes:
    (bytes, bytes consumed)."""
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s" % _type_name(data))
    out = bytearray()
    for b in data:
        if b in _ESCAPE_OUT:
            out += _ESCAPE_OUT[b]
        elif b < 0x20 or b >= 0x7F:
            out += b'\\x%02x' % b
        else:
            out.append(b)
    return bytes(out), len(data)
