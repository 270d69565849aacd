"""io: in-memory streams (StringIO, BytesIO) and the names of the io
module; files themselves come from the built-in open()."""

__all__ = ["StringIO", "BytesIO", "open", "IOBase", "RawIOBase", "BufferedIOBase",
           "TextIOBase", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "TextIOWrapper"]

import builtins

open = builtins.open
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, '_closed', False)

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryIO:
    # The shared logic of StringIO and BytesIO. Writes at the end append
    # chunks (cheap); anything else joins them first.

    def _init_buffer(self, initial):
        self._chunks = [initial]
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    def _flat(self):
        chunks = self._chunks
        if len(chunks) != 1:
            chunks[:] = [chunks[0][:0].join(chunks)]
        return chunks[0]

    def _check_closed(self):
        if self._closed:
            # CPython's StringIO says it without the period, BytesIO with
            raise ValueError("I/O operation on closed file" + ("" if self._text else "."))

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check_closed()
        return self._flat()

    def tell(self):
        """Tell the current file position."""
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        """Read at most size characters, returned as a string or bytes."""
        self._check_closed()
        buf = self._flat()
        if size is None or size < 0:
            size = len(buf)
        start = self._pos
        end = min(len(buf), start + size)
        if start >= end:
            return buf[:0]
        self._pos = end
        return buf[start:end]

    def readline(self, size=-1):
        """Read until newline or EOF."""
        self._check_closed()
        if size is None:
            size = -1
        buf, start = self._flat(), self._pos
        nl = buf.find(self._newline, start)
        end = len(buf) if nl < 0 else nl + 1
        if 0 <= size < end - start:
            end = start + size
        self._pos = max(start, end)
        return buf[start:end]

    def write(self, s):
        """Write string or bytes to the stream; returns its length."""
        self._check_closed()
        if self._text:
            if not isinstance(s, str):
                raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        else:
            if isinstance(s, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            s = bytes(s)
        n = len(s)
        if not n:
            return 0
        pos, size = self._pos, self._size
        if pos == size:
            self._chunks.append(s)
        else:
            buf = self._flat()
            if pos > size:
                buf = buf + self._pad(pos - size)
            self._chunks[:] = [buf[:pos] + s + buf[pos + n:]]
        self._pos = pos + n
        self._size = max(size, pos + n)
        return n

    def truncate(self, size=None):
        """Truncate size to pos (or the given size); returns the new size."""
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._chunks[:] = [self._flat()[:size]]
        self._size = min(self._size, size)
        return size

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed


class StringIO(_MemoryIO, TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline
    argument is like the one of TextIOWrapper's constructor.
    """

    _text = True
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._translate = newline is None
        if self._translate:
            initial_value = initial_value.replace('\r\n', '\n').replace('\r', '\n')
        elif newline not in ('', '\n'):
            initial_value = initial_value.replace('\n', newline)
            self._newline = newline[-1]
        self._write_newline = newline
        self._init_buffer(initial_value)

    def write(self, s):
        if isinstance(s, str):
            if self._translate:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif self._write_newline not in ('', '\n'):
                s = s.replace('\n', self._write_newline)
        return _MemoryIO.write(self, s)

    def readline(self, size=-1):
        """Read until newline or EOF."""
        if self._write_newline != '':
            return _MemoryIO.readline(self, size)
        # newline='': lines end at \n, \r or \r\n, kept as they are
        self._check_closed()
        if size is None:
            size = -1
        buf, start = self._flat(), self._pos
        n = buf.find('\n', start)
        r = buf.find('\r', start, n if n >= 0 else len(buf))
        if r >= 0:
            end = r + 2 if r + 1 == n else r + 1
        elif n >= 0:
            end = n + 1
        else:
            end = len(buf)
        if 0 <= size < end - start:
            end = start + size
        self._pos = max(start, end)
        return buf[start:end]

    def _pad(self, n):
        return '\0' * n

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(_MemoryIO, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _text = False
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._init_buffer(bytes(initial_bytes))

    def _pad(self, n):
        return b'\0' * n

    def getbuffer(self):
        raise UnsupportedOperation("getbuffer")

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


import sys as _sys
TextIOWrapper = type(_sys.stdout)   # atoll's one file type
del _sys
