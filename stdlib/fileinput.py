"""fileinput: iterate over the lines of several files (or standard input)
as one stream, with the interface of CPython 3.11's fileinput.

    import fileinput
    for line in fileinput.input():
        print(fileinput.filename(), fileinput.lineno(), line, end='')

A FileInput opens its files one at a time, when the previous one is used
up. It counts lines overall (lineno) and within the current file
(filelineno). With inplace=True each file is first renamed to a backup,
read from there, and standard output is sent to a new file of the old name
while it is read, so print() rewrites the file; the backup is removed at
the end unless a backup extension was asked for.

The module-level functions act on the one FileInput that input() made.
"""

import os
import sys

__all__ = [
    "input", "close", "nextfile",       # the module-level sequence
    "filename", "lineno", "filelineno", "fileno",
    "isfirstline", "isstdin",
    "FileInput",
    "hook_compressed", "hook_encoded",  # openhooks
]

_state = None       # the FileInput of input(), for the module functions


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Makes the FileInput that the module's functions act on, and
    returns it."""
    global _state
    if _state is not None and _state._current is not None:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode,
                       openhook=openhook, encoding=encoding, errors=errors)
    return _state


def close():
    """Closes the sequence input() made."""
    global _state
    current, _state = _state, None
    if current is not None:
        current.close()


def _active():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """Skips the rest of the current file."""
    return _active().nextfile()


def filename():
    """The name of the file being read; None before the first line."""
    return _active().filename()


def lineno():
    """The number of lines read so far, over all files."""
    return _active().lineno()


def filelineno():
    """The number of lines read so far from the current file."""
    return _active().filelineno()


def fileno():
    """The descriptor of the current file, or -1."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from standard input."""
    return _active().isstdin()


class FileInput:
    """FileInput(files=None, inplace=False, backup='', *, mode='r',
    openhook=None, encoding=None, errors=None): the lines of files in
    turn; files defaults to sys.argv[1:], or '-' (standard input)."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        if isinstance(files, (str, os.PathLike)):
            names = (os.fspath(files),)
        else:
            names = tuple(sys.argv[1:] if files is None else files)
            if files is None and not names:
                names = ('-',)
        self._files = names
        self._inplace = inplace
        self._backup = backup
        self._text_encoding = encoding
        self._errors = errors
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._out_mode = mode.replace('r', 'w')
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in "
                                 "inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook
        # the file being read and what was set up around it
        self._current = None
        self._name = None
        self._from_stdin = False
        self._output = None
        self._saved_stdout = None
        self._backup_path = None
        self._lines_before = 0
        self._file_lines = 0

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readline(self):
        """The next line, moving on to the next file as needed; an empty
        string (bytes in 'rb' mode) once every file is used up."""
        while True:
            if self._current is None:
                if not self._files:
                    return b'' if 'b' in self._mode else ''
                self._open_next()
            line = self._current.readline()
            if line:
                self._file_lines += 1
                return line
            self.nextfile()

    def _open_next(self):
        """Opens the next name of the list (renaming it first when rewriting
        in place)."""
        name, self._files = self._files[0], self._files[1:]
        self._lines_before += self._file_lines
        self._file_lines = 0
        self._name = name
        self._from_stdin = False
        self._backup_path = None
        if name == '-':
            self._name = '<stdin>'
            self._from_stdin = True
            stream = sys.stdin
            if 'b' in self._mode:
                stream = getattr(stream, 'buffer', stream)
            self._current = stream
        elif self._inplace:
            self._open_inplace(name)
        elif self._openhook is not None:
            if self._text_encoding is None:
                self._current = self._openhook(name, self._mode)
            else:
                self._current = self._openhook(name, self._mode,
                                            encoding=self._text_encoding,
                                            errors=self._errors)
        else:
            self._current = open(name, self._mode, **self._text_args())

    def _text_args(self):
        if 'b' in self._mode:
            return {}
        return {'encoding': self._text_encoding, 'errors': self._errors}

    def _open_inplace(self, name):
        backup = os.fspath(name) + (self._backup or ".bak")
        self._backup_path = backup
        try:
            os.unlink(backup)
        except OSError:
            pass
        os.rename(name, backup)
        self._current = open(backup, self._mode, **self._text_args())
        self._output = open(name, self._out_mode, **self._text_args())
        try:
            os.chmod(name, os.stat(backup).st_mode)
        except OSError:
            pass
        self._saved_stdout = sys.stdout
        sys.stdout = self._output

    def nextfile(self):
        """Closes the current file (restoring stdout and removing the
        backup of an in-place rewrite); the next read opens the next one."""
        if self._saved_stdout is not None:
            sys.stdout = self._saved_stdout
            self._saved_stdout = None
        output, self._output = self._output, None
        current, self._current = self._current, None
        backup, self._backup_path = self._backup_path, None
        try:
            if output is not None:
                output.close()
        finally:
            try:
                if current is not None and not self._from_stdin:
                    current.close()
            finally:
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._from_stdin = False

    def filename(self):
        return self._name

    def lineno(self):
        return self._lines_before + self._file_lines

    def filelineno(self):
        return self._file_lines

    def fileno(self):
        if self._current is None:
            return -1
        try:
            return self._current.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._file_lines == 1

    def isstdin(self):
        return self._from_stdin

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads .gz and .bz2 files through gzip and bz2."""
    kind = os.path.splitext(filename)[1]
    if kind not in ('.gz', '.bz2'):
        return open(filename, mode, encoding=encoding, errors=errors)
    if kind == '.gz':
        import gzip as codec
    else:
        import bz2 as codec
    stream = codec.open(filename, mode)
    if "b" not in mode:
        import io
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with this encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
