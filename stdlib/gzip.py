"""gzip: reading and writing gzip files (RFC 1952) over the zlib module.

GzipFile reads and writes one gzip stream through a file object; open()
adds text modes; compress() and decompress() work on bytes. A file may hold
several members one after the other, which read as one stream, and zero
bytes between members are skipped, as gzip(1) does."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """The data is not a valid gzip stream."""


def _extra_flags(level):
    # the XFL header byte: 2 for the best compression, 4 for the fastest
    return 2 if level == 9 else 4 if level == 1 else 0


class _Source:
    """The compressed input of a reader: a file plus bytes pushed back (what
    a finished member's decompressor did not use)."""

    def __init__(self, fp):
        self.fp = fp
        self.pending = b""

    def take(self, n):
        """Up to n bytes (fewer only at the end of the file)."""
        got = self.pending[:n]
        self.pending = self.pending[n:]
        while len(got) < n:
            more = self.fp.read(n - len(got))
            if not more:
                break
            got += more
        return got

    def exact(self, n):
        data = self.take(n)
        if len(data) < n:
            raise EOFError(_TRUNCATED)
        return data

    def chunk(self):
        if self.pending:
            data, self.pending = self.pending, b""
            return data
        return self.fp.read(_CHUNK)

    def push(self, data):
        self.pending = data + self.pending

    def skip_zstring(self):
        while True:
            c = self.take(1)
            if c in (b"", b"\x00"):
                return


def _parse_header(src):
    """Reads a member's header; returns its mtime, or None at the end of
    the input."""
    magic = src.take(2)
    if not magic:
        return None
    if magic != _MAGIC:
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags, mtime = struct.unpack("<BBIxx", src.exact(8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        (size,) = struct.unpack("<H", src.exact(2))
        src.exact(size)
    if flags & FNAME:
        src.skip_zstring()
    if flags & FCOMMENT:
        src.skip_zstring()
    if flags & FHCRC:
        src.exact(2)
    return mtime


class _Reader:
    """The uncompressed bytes of a gzip stream, member after member, as
    chunks; checks each member's CRC-32 and length."""

    def __init__(self, fp):
        self.src = _Source(fp)
        self.inflater = None
        self.done = False
        self.mtime = None

    def next_chunk(self):
        """Some more bytes, or b'' at the end."""
        while not self.done:
            if self.inflater is None and not self._start_member():
                self.done = True
                break
            data = self.src.chunk()
            if not data:
                raise EOFError(_TRUNCATED)
            out = self.inflater.decompress(data)
            self.crc = zlib.crc32(out, self.crc)
            self.size += len(out)
            if self.inflater.eof:
                self.src.push(self.inflater.unused_data)
                self._finish_member()
            if out:
                return out
        return b""

    def _start_member(self):
        if self.mtime is not None:
            # zeros may pad the file after a member
            while True:
                c = self.src.take(1)
                if c != b"\x00":
                    self.src.push(c)
                    break
        mtime = _parse_header(self.src)
        if mtime is None:
            return False
        self.mtime = mtime
        self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self.crc = 0
        self.size = 0
        return True

    def _finish_member(self):
        crc, size = struct.unpack("<II", self.src.exact(8))
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if size != self.size & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        self.inflater = None


class GzipFile(io.BufferedIOBase):
    """A file object over gzip data: reading decompresses, writing compresses."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self._buf = b""
            self._offset = 0       # position of _buf[0] in the uncompressed data
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
            self._write_mtime = mtime
            self._level = compresslevel
            self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            self._crc = 0
            self._size = 0
            self._offset = 0
            self.name = filename
            self.fileobj = fileobj
            self._put_header(filename)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj

    @property
    def mtime(self):
        """The modification time of the last member read, or None."""
        return self._reader.mtime

    def __repr__(self):
        return "<gzip " + repr(self.fileobj)[1:-1] + " " + hex(id(self)) + ">"

    def _put_header(self, filename):
        name = os.path.basename(filename)
        if isinstance(name, str):
            try:
                name = name.encode("latin-1")
            except UnicodeEncodeError:
                name = b""
        if name.endswith(b".gz"):
            name = name[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        flags = FNAME if name else 0
        head = _MAGIC + bytes([8, flags]) + struct.pack("<L", int(mtime))
        head += bytes([_extra_flags(self._level), 255])
        if name:
            head += name + b"\x00"
        self.fileobj.write(head)

    # --- state checks ---
    @property
    def closed(self):
        return self.fileobj is None

    def _check_open(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _check_reading(self, what):
        self._check_open()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")

    def readable(self):
        self._check_open()
        return self.mode == READ

    def writable(self):
        self._check_open()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    # --- writing ---
    def write(self, data):
        self._check_open()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).tobytes() if hasattr(data, "tobytes") else bytes(data)
        if data:
            self.fileobj.write(self._deflater.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._size += len(data)
            self._offset += len(data)
        return len(data)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_open()
        if self.mode == WRITE:
            self.fileobj.write(self._deflater.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._deflater.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        finally:
            own = self.myfileobj
            if own is not None:
                self.myfileobj = None
                own.close()

    # --- reading ---
    def _fill(self, want):
        """Reads until _buf holds want bytes (all that remains when want < 0)."""
        while want < 0 or len(self._buf) < want:
            more = self._reader.next_chunk()
            if not more:
                break
            self._buf += more

    def _take(self, n):
        data, self._buf = self._buf[:n], self._buf[n:]
        self._offset += len(data)
        return data

    def read(self, size=-1):
        self._check_reading("read")
        if size is None or size < 0:
            self._fill(-1)
            return self._take(len(self._buf))
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_reading("read1")
        if not self._buf:
            self._fill(1)
        if size is None or size < 0:
            size = len(self._buf)
        return self._take(size)

    def peek(self, n):
        self._check_reading("peek")
        self._fill(max(n, 1))
        return self._buf

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_reading("readline")
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._buf.find(b"\n", start)
            if end >= 0:
                n = end + 1
                break
            if 0 <= size <= len(self._buf):
                n = size
                break
            start = len(self._buf)
            more = self._reader.next_chunk()
            if not more:
                n = len(self._buf)
                break
            self._buf += more
        if 0 <= size < n:
            n = size
        return self._take(n)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    # --- positions ---
    def tell(self):
        self._check_open()
        return self._offset

    def rewind(self):
        """Back to the start of the uncompressed data (reading only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _Reader(self.fileobj)
        self._buf = b""
        self._offset = 0

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_open()
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self._offset
            elif whence != io.SEEK_SET:
                raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            gap = offset - self._offset
            while gap > 0:
                n = min(gap, 1024)
                self.write(bytes(n))
                gap -= n
            return self._offset
        if whence == io.SEEK_CUR:
            offset += self._offset
        elif whence == io.SEEK_END:
            self._fill(-1)
            offset += self._offset + len(self._buf)
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self._buf:
                self._fill(1)
                if not self._buf:
                    break
            self._take(offset - self._offset)
        return self._offset


class _TextFile(io.TextIOBase):
    """Text over a GzipFile: decoding and newline translation (what
    io.TextIOWrapper does over a binary file)."""

    def __init__(self, raw, encoding, errors, newline):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = raw
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self.newlines = None
        self._newline = newline
        self._text = ""
        self._raw_tail = b""
        self._eof = False

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def close(self):
        self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self.buffer.flush()

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline is None:
            text = text.replace("\n", os.linesep)
        elif self._newline in ("\r", "\r\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def _decode_more(self):
        """Decodes one more chunk into _text; False at the end."""
        if self._eof:
            return False
        data = self.buffer.read1(_CHUNK)
        if not data:
            self._eof = True
        data, self._raw_tail = self._raw_tail + data, b""
        if not data:
            return False
        # an encoded character may straddle two chunks: keep its start back
        try:
            text = data.decode(self.encoding, self.errors)
        except UnicodeDecodeError as e:
            if self._eof or e.end != len(data) or e.start < len(data) - 3:
                raise
            text = data[:e.start].decode(self.encoding, self.errors)
            self._raw_tail = data[e.start:]
        if self._newline is None:
            # "\r" at the end may start "\r\n": wait for the next chunk
            if text.endswith("\r") and not self._eof:
                self._raw_tail = "\r".encode(self.encoding) + self._raw_tail
                text = text[:-1]
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._text += text
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            while self._decode_more():
                pass
            text, self._text = self._text, ""
            return text
        while len(self._text) < size and self._decode_more():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def _line_end(self, start):
        """The end of the first line in _text from start, or -1."""
        sep = self._newline
        if sep is None or sep == "\n":
            i = self._text.find("\n", start)
            return i + 1 if i >= 0 else -1
        if sep == "":
            for i in range(start, len(self._text)):
                c = self._text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(self._text):
                        return i + 2 if self._text[i + 1] == "\n" else i + 1
                    if self._eof:
                        return i + 1
                    return -1
            return -1
        i = self._text.find(sep, start)
        return i + len(sep) if i >= 0 else -1

    def readline(self, size=-1):
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._line_end(max(start - 1, 0))
            if end >= 0:
                break
            if 0 <= size <= len(self._text):
                end = size
                break
            start = len(self._text)
            if not self._decode_more():
                end = len(self._text)
                break
        if 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A gzip file, in binary mode (GzipFile) or text mode ("rt", "wt"...)."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for what, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % what)
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary, encoding, errors, newline)
    return binary


def compress(data, compresslevel=9, *, mtime=None):
    """The gzip file (one member) of data, as bytes."""
    if mtime == 0:
        # zlib's own gzip header then has the same fields
        return zlib.compress(data, compresslevel, 31)
    if mtime is None:
        mtime = time.time()
    head = _MAGIC + bytes([8, 0]) + struct.pack("<L", int(mtime))
    head += bytes([_extra_flags(compresslevel), 255])
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    return head + body + struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)


def decompress(data):
    """The uncompressed bytes of gzip data (all its members)."""
    src = _Source(io.BytesIO(data))
    parts = []
    while _parse_header(src) is not None:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        out = inflater.decompress(src.take(len(src.pending)) + src.fp.read())
        rest = inflater.unused_data
        if not inflater.eof or len(rest) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<II", rest[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if size != len(out) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        parts.append(out)
        src = _Source(io.BytesIO(rest[8:].lstrip(b"\x00")))
    return b"".join(parts)
