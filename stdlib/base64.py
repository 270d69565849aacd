"""base64: the Base16, Base32 and Base64 encodings of RFC 4648, Ascii85 and
Base85, with CPython's interface. Base64 and hexadecimal are binascii's
(C); Base32 and the base-85 codes are done here."""

import binascii

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'a85encode', 'a85decode', 'b85encode', 'b85decode',
           'encodebytes', 'decodebytes', 'encode', 'decode']

bytes_types = (bytes, bytearray)


def _encoded_input(s):
    """Data to decode as bytes: bytes-like objects as they are, str when
    it is ASCII."""
    if isinstance(s, (bytes, bytearray)):
        return s
    if not isinstance(s, str):
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % type(s).__name__)
    if not s.isascii():
        raise ValueError('string argument should contain only ASCII characters')
    return s.encode('ascii')


def _plain_input(s):
    """Data to encode: a bytes-like object (CPython reads it through a
    memoryview, whence the message)."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("memoryview: a bytes-like object is required, not %r"
                        % type(s).__name__)
    return s


# --- Base64 ----------------------------------------------------------------------

def _checked_altchars(altchars):
    assert len(altchars) == 2, repr(altchars)
    return altchars


def b64encode(s, altchars=None):
    """s in Base64, as bytes; altchars (2 bytes) stand in for '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    return encoded.translate(bytes.maketrans(b'+/', _checked_altchars(altchars)))


def b64decode(s, altchars=None, validate=False):
    """The bytes that the Base64 text s encodes. Characters outside the
    alphabet are skipped, or a binascii.Error with validate."""
    s = _encoded_input(s)
    if altchars is not None:
        altchars = _checked_altchars(_encoded_input(altchars))
        s = s.translate(bytes.maketrans(altchars, b'+/'))  # to the standard alphabet
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """s in Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """The bytes that s, in standard Base64, encodes."""
    return b64decode(s)


# the URL- and file-name-safe alphabet has '-' and '_' for '+' and '/'
_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """s in Base64 with the URL-safe alphabet."""
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    """The bytes that s, in URL-safe Base64, encodes."""
    return b64decode(_encoded_input(s).translate(_FROM_URLSAFE))


# --- Base32: 5 bytes are 8 digits of 5 bits ----------------------------------------

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'

# bytes in a last, short group -> the '=' that complete its 8 digits
_B32_PADS = {1: 6, 2: 4, 3: 3, 4: 1}
# and back: '=' at the end -> bytes in the last group
_B32_KEPT = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _base32_encode(digits, data):
    data = _plain_input(data)
    short = len(data) % 5
    padded = data + bytes(5 - short) if short else data
    out = bytearray()
    for start in range(0, len(padded), 5):
        group = int.from_bytes(padded[start:start + 5], 'big')
        out += bytes(digits[(group >> (35 - 5 * k)) & 0x1F] for k in range(8))
    if short:
        pads = _B32_PADS[short]
        out[-pads:] = b'=' * pads
    return bytes(out)


def _base32_decode(digits, text, casefold=False, map01=None):
    text = _encoded_input(text)
    if len(text) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # RFC 4648 3.4: a 0 read as the letter O, a 1 as I or L (map01)
        map01 = _encoded_input(map01)
        assert len(map01) == 1, repr(map01)
        text = text.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        text = text.upper()
    body = text.rstrip(b'=')
    pads = len(text) - len(body)
    value_of = {digit: value for value, digit in enumerate(digits)}
    out = bytearray()
    for start in range(0, len(body), 8):
        group = 0
        chunk = body[start:start + 8]
        for digit in chunk:
            if digit not in value_of:
                raise binascii.Error('Non-base32 digit found')
            group = group << 5 | value_of[digit]
        group <<= 5 * (8 - len(chunk))  # the '=' stand for zero bits
        out += group.to_bytes(5, 'big')
    if pads not in _B32_KEPT:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        del out[len(out) - 5 + _B32_KEPT[pads]:]
    return bytes(out)


def b32encode(s):
    """s in Base32, as bytes."""
    return _base32_encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes that the Base32 text s encodes; casefold accepts lower
    case, map01 says which letter a '1' stands for."""
    return _base32_decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """s in Base32 with the extended hex alphabet."""
    return _base32_encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """The bytes that s, in Base32 with the extended hex alphabet, encodes."""
    return _base32_decode(_B32HEX, s, casefold)


# --- Base16 ------------------------------------------------------------------------

_B16_DIGITS = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """s in Base16 (upper case hexadecimal), as bytes."""
    return binascii.b2a_hex(s).upper()


def b16decode(s, casefold=False):
    """The bytes that the Base16 text s encodes; lower case digits only
    with casefold."""
    s = _encoded_input(s)
    if casefold:
        s = s.upper()
    if not _B16_DIGITS.issuperset(s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.a2b_hex(s)


# --- Ascii85 and Base85: 4 bytes are 5 digits of base 85 --------------------------------

_A85START = b"<~"
_A85END = b"~>"
_A85_DIGITS = bytes(range(33, 118))  # '!' to 'u'
_B85_DIGITS = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
               b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _base85_words(data, digits, pad, zero_letter=None, spaces_letter=None):
    """data in base 85: each 4 bytes, read as a big-endian number, become 5
    digits, or one letter for the words folded. Without pad, the digits
    of the zero bytes that completed the last word are left out (so that
    word is never folded)."""
    data = _plain_input(data)
    missing = -len(data) % 4
    padded = data + bytes(missing)
    cut_last = missing and not pad
    out = bytearray()
    for start in range(0, len(padded), 4):
        word = int.from_bytes(padded[start:start + 4], 'big')
        if zero_letter and word == 0 and not (cut_last and start + 4 == len(padded)):
            out += zero_letter
        elif spaces_letter and word == 0x20202020:
            out += spaces_letter
        else:
            five = bytearray(5)
            for k in range(4, -1, -1):
                word, five[k] = divmod(word, 85)
            out += bytes(digits[d] for d in five)
    if cut_last:
        del out[len(out) - missing:]
    return bytes(out)


def _wrap_lines(text, width, room_at_end):
    """text cut into lines of width; an empty last line when the last one
    lacks room_at_end more characters."""
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    if room_at_end and len(lines[-1]) + room_at_end > width:
        lines.append(b'')
    return b'\n'.join(lines)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """b in Ascii85, as bytes: a zero word is 'z', four spaces 'y' with
    foldspaces; lines of wrapcol characters; adobe adds the <~ ~> frame."""
    encoded = _base85_words(b, _A85_DIGITS, pad, b'z', b'y' if foldspaces else None)
    if adobe:
        encoded = _A85START + encoded
    if wrapcol:
        # each line holds at least one character, the first two with adobe
        width = max(wrapcol, 2 if adobe else 1)
        encoded = _wrap_lines(encoded, width, 2 if adobe else 0)
    if adobe:
        encoded += _A85END
    return encoded


def _a85_word(five, overflow_message):
    value = 0
    for digit in five:
        value = value * 85 + digit - 33
    if value > 0xFFFFFFFF:
        raise ValueError(overflow_message)
    return value.to_bytes(4, 'big')


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """The bytes that the Ascii85 text b encodes; adobe expects the <~ ~>
    frame; the ignorechars are skipped."""
    b = _encoded_input(b)
    if adobe and not b.endswith(_A85END):
        raise ValueError("Ascii85 encoded byte sequences must end "
                         "with {!r}".format(_A85END))
    if adobe:
        # the opening <~ is optional
        b = b[len(_A85START) if b.startswith(_A85START) else 0:-len(_A85END)]
    out = bytearray()
    group = bytearray()
    for c in b:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                out += _a85_word(group, 'Ascii85 overflow')
                group = bytearray()
        elif c == 0x7A or (foldspaces and c == 0x79):  # 'z', 'y'
            if group:
                raise ValueError('%c inside Ascii85 5-tuple' % c)
            out += b'\0\0\0\0' if c == 0x7A else b'    '
        elif c not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        # a short last group: completed with the highest digit, then cut
        kept = len(group) - 1
        out += _a85_word(group + b'u' * (5 - len(group)), 'Ascii85 overflow')[:kept]
    return bytes(out)


def b85encode(b, pad=False):
    """b in Base85 (the alphabet of git and Mercurial), as bytes."""
    return _base85_words(b, _B85_DIGITS, pad)


_B85_VALUE = {digit: value for value, digit in enumerate(_B85_DIGITS)}


def b85decode(b):
    """The bytes that the Base85 text b encodes."""
    b = _encoded_input(b)
    missing = -len(b) % 5
    padded = b + b'~' * missing  # the highest digit
    out = bytearray()
    for start in range(0, len(padded), 5):
        value = 0
        for offset in range(5):
            digit = _B85_VALUE.get(padded[start + offset])
            if digit is None:
                raise ValueError('bad base85 character at position %d'
                                 % (start + offset))
            value = value * 85 + digit
        if value > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += value.to_bytes(4, 'big')
    if missing:
        del out[len(out) - missing:]
    return bytes(out)


# --- MIME (RFC 2045): lines of at most 76 characters -------------------------------------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3  # the bytes that fill one line


def _require_bytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)


def encodebytes(s):
    """s in Base64 as lines of 76 characters, each ending with a newline."""
    _require_bytes(s)
    return b''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                     for i in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    """The bytes that the Base64 lines of s encode."""
    _require_bytes(s)
    return binascii.a2b_base64(s)


def _read_full(stream, size):
    # a pipe may return less than asked before its end
    data = b''
    while len(data) < size:
        more = stream.read(size - len(data))
        if not more:
            break
        data += more
    return data


def encode(input, output):
    """Write the Base64 lines of binary file input to binary file output."""
    block = _read_full(input, MAXBINSIZE)
    while block:
        output.write(binascii.b2a_base64(block))
        block = _read_full(input, MAXBINSIZE)


def decode(input, output):
    """Write the bytes that the Base64 lines of binary file input encode
    to binary file output."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))
