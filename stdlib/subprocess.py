"""subprocess: start programs, feed them input and collect their output.

run() is the usual entry point; Popen gives control of a running child.
Programs start with posix_spawn (the C module _subprocess): the child's
standard streams, working directory and environment are set up before its
program runs, and a program that cannot start raises OSError (such as
FileNotFoundError) here, in the parent.

Waiting: wait() without a timeout and communicate() block the worker thread
that runs the task (the scheduler cannot park a task on a process or a pipe
yet); wait(timeout) polls and sleeps between polls, and time.sleep parks
the task, so other tasks run meanwhile."""

import os
import time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output",
           "getoutput", "getstatusoutput", "run", "CalledProcessError", "CompletedProcess",
           "SubprocessError", "TimeoutExpired"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SHELL = '/bin/sh'
_CHUNK = 32768          # bytes read from a pipe at a time
_WRITE_CHUNK = 4096     # PIPE_BUF: a pipe ready for writing takes this many without blocking


# --- exceptions and results ---------------------------------------------------------

class SubprocessError(Exception):
    """The base class of this module's exceptions."""


def _death(code):
    import signal
    try:
        return repr(signal.Signals(code))
    except ValueError:
        return 'unknown signal %d' % code


class CalledProcessError(SubprocessError):
    """A child checked by check_call(), check_output() or run(check=True)
    ended with a non-zero status: returncode, cmd, output (also stdout) and
    stderr tell what happened."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            return "Command '%s' died with %s." % (self.cmd, _death(-code))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    @property
    def stdout(self):
        """The same as output."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """A wait for a child lasted longer than its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: the args, the returncode, and the captured stdout
    and stderr (None when not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        parts = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                parts.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def check_returncode(self):
        """Raises CalledProcessError when returncode is not 0."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# --- Popen -------------------------------------------------------------------------

def _unsupported(name):
    raise NotImplementedError("subprocess.Popen: %s is not supported by atoll" % name)


def _decode_output(data, encoding, errors):
    # text mode reads with universal newlines
    text = data.decode(encoding, errors)
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text


class Popen:
    """A child process running args (a program and its arguments, or with
    shell=True a command line for /bin/sh). stdin, stdout and stderr may be
    PIPE (the parent gets a file object for the other end), DEVNULL, a file
    object, a file descriptor, or None (inherit); stderr may be STDOUT."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.encoding = encoding
        self.errors = errors
        self._chunks = None
        self._input = None
        self._input_done = 0
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if (text is not None and universal_newlines is not None
                and bool(text) != bool(universal_newlines)):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        if preexec_fn:
            _unsupported('preexec_fn')
        if pass_fds:
            _unsupported('pass_fds')
        if startupinfo is not None or creationflags != 0:
            raise ValueError("startupinfo and creationflags are only supported on Windows platforms")
        for name, value, default in (('user', user, None), ('group', group, None),
                                     ('extra_groups', extra_groups, None), ('umask', umask, -1),
                                     ('process_group', process_group, None)):
            if value != default:
                _unsupported(name)
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = self.text_mode
        if encoding is None and self.text_mode:
            self.encoding = 'utf-8'

        argv, program = self._command(args, executable, shell)
        programs = self._candidates(program, env)
        envp = None
        if env is not None:
            envp = []
            for key, value in env.items():
                key = os.fsencode(key)
                if b'=' in key:
                    raise ValueError("illegal environment variable name")
                envp.append(key + b'=' + os.fsencode(value))
        if cwd is not None:
            cwd = os.fspath(cwd)

        parent_ends = []      # ours: become self.stdin/stdout/stderr
        child_ends = []       # the child's copies, closed here once it runs
        try:
            fds = [self._child_fd(stdin, True, parent_ends, child_ends),
                   self._child_fd(stdout, False, parent_ends, child_ends), None]
            if stderr == STDOUT:
                fds[2] = 1 if fds[1] == -1 else fds[1]
                parent_ends.append(None)
            else:
                fds[2] = self._child_fd(stderr, False, parent_ends, child_ends)
            self.pid = _subprocess.spawn(programs, argv, envp, cwd, fds[0], fds[1], fds[2],
                                         bool(start_new_session), program)
        except BaseException:
            for fd in parent_ends + child_ends:
                if fd is not None:
                    os.close(fd)
            raise
        for fd in child_ends:
            os.close(fd)
        self.stdin, self.stdout, self.stderr = [self._wrap(fd, i == 0) for i, fd in
                                                enumerate(parent_ends)]

    @staticmethod
    def _command(args, executable, shell):
        """(argv as a list of bytes, the program to run as given)."""
        if isinstance(args, str) or isinstance(args, bytes):
            words = [args]
        elif hasattr(type(args), '__fspath__'):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            words = [args]
        else:
            words = list(args)
        if shell:
            words = [executable or _SHELL, '-c'] + words
            executable = None
        program = words[0] if executable is None else executable
        argv = [os.fsencode(word) for word in words]
        name = os.fsdecode(program) if isinstance(program, bytes) else os.fspath(program)
        return argv, name

    @staticmethod
    def _candidates(program, env):
        """The paths to try for program: itself when it has a slash,
        else the directories of PATH (env's, or ours)."""
        prog = os.fsencode(program)
        if b'/' in prog:
            return [prog]
        return [os.path.join(os.fsencode(d), prog) for d in os.get_exec_path(env)]

    @staticmethod
    def _child_fd(spec, reading, parent_ends, child_ends):
        """The descriptor the child gets for spec (-1: ours, inherited);
        appends our end of a pipe (or None) to parent_ends."""
        ours = None
        if spec is None:
            fd = -1
        elif spec == PIPE:
            r, w = os.pipe()
            fd, ours = (r, w) if reading else (w, r)
            child_ends.append(fd)
        elif spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDWR)
            child_ends.append(fd)
        elif isinstance(spec, int):
            if spec < 0:
                raise ValueError("bad file descriptor %d for a standard stream" % spec)
            fd = spec
        else:
            fd = spec.fileno()
        parent_ends.append(ours)
        return fd

    def _wrap(self, fd, writing):
        if fd is None:
            return None
        if self.text_mode:
            return open(fd, 'w' if writing else 'r', encoding=self.encoding, errors=self.errors)
        return open(fd, 'wb' if writing else 'rb')

    def __repr__(self):
        text = '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode, self.args)
        return text if len(text) <= 80 else text[:76] + '...>'

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            self.wait()

    # --- waiting

    def _reap(self, options):
        """One waitpid: True once the child has ended (returncode set)."""
        if self.returncode is not None:      # already reaped
            return True
        try:
            pid, status = os.waitpid(self.pid, options)
        except ChildProcessError:
            self.returncode = 0      # reaped by someone else: its status is lost
            return True
        if pid == 0:
            return False
        self.returncode = os.waitstatus_to_exitcode(status)
        return True

    def poll(self):
        """The returncode if the child has ended, else None."""
        self._reap(os.WNOHANG)
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the child to end and returns its returncode;
        TimeoutExpired after timeout seconds."""
        if timeout is None:
            self._reap(0)
            return self.returncode
        deadline = time.monotonic() + timeout
        pause = 0.0005
        while not self._reap(os.WNOHANG):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(pause, left, 0.05))
            pause *= 2
        return self.returncode

    # --- signals

    def send_signal(self, sig):
        """Sends signal sig to the child, unless it has ended."""
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:      # ended meanwhile
                pass

    def terminate(self):
        """Sends SIGTERM."""
        self.send_signal(15)

    def kill(self):
        """Sends SIGKILL."""
        self.send_signal(9)

    # --- communicate

    def communicate(self, input=None, timeout=None):
        """Sends input (if any) to the child's stdin, then closes it; reads
        stdout and stderr until they end, and waits for the child. Returns
        (stdout data, stderr data), None for a stream that is not a pipe.
        After TimeoutExpired, calling it again carries on where it stopped."""
        if self._chunks is not None and input:
            raise ValueError("Cannot send input after starting communication")
        deadline = None if timeout is None else time.monotonic() + timeout
        if self._chunks is None:
            unpiped = [self.stdin, self.stdout, self.stderr].count(None)
            self._start(input, timeout is None and unpiped >= 2)
        while True:
            readers = {}
            for f in (self.stdout, self.stderr):
                if f is not None and not f.closed:
                    readers[f.fileno()] = f
            writing = self.stdin is not None and not self.stdin.closed
            if not readers and not writing:
                break
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._timed_out(timeout)
            ready_r, ready_w = _subprocess.poll(list(readers), [self.stdin.fileno()] if writing else [],
                                                left)
            if ready_w:
                self._feed()
            for fd in ready_r:
                data = os.read(fd, _CHUNK)
                if data:
                    self._chunks[fd].append(data)
                else:
                    readers[fd].close()
        # once the pipes have ended, a timeout names the time that was left
        self.wait(None if deadline is None else deadline - time.monotonic())
        return self._collected(self.stdout_fd), self._collected(self.stderr_fd)

    def _start(self, input, direct):
        self.stdout_fd = self.stdout.fileno() if self.stdout is not None else None
        self.stderr_fd = self.stderr.fileno() if self.stderr is not None else None
        self._chunks = {fd: [] for fd in (self.stdout_fd, self.stderr_fd) if fd is not None}
        if self.stdin is None:
            return
        try:
            self.stdin.flush()
        except BrokenPipeError:
            pass
        if input is not None and direct:
            # one pipe and no timeout: CPython writes through the file
            # object, whose checks these are
            if self.text_mode and not isinstance(input, str):
                raise TypeError("write() argument must be str, not %s" % type(input).__name__)
            if not self.text_mode and not isinstance(input, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)
        if self.text_mode and input is not None:
            input = input.encode(self.encoding, self.errors or 'strict')
        if input is not None:
            if not isinstance(input, (bytes, bytearray)):
                raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                                % type(input).__name__)
            self._input = bytes(input)
        if not self._input:
            self._close_stdin()

    def _feed(self):
        start = self._input_done
        try:
            self._input_done += os.write(self.stdin.fileno(), self._input[start:start + _WRITE_CHUNK])
        except BrokenPipeError:
            self._input_done = len(self._input)
        if self._input_done >= len(self._input):
            self._close_stdin()

    def _close_stdin(self):
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _collected(self, fd):
        if fd is None:
            return None
        data = b''.join(self._chunks[fd])
        if self.text_mode:
            return _decode_output(data, self.encoding, self.errors or 'strict')
        return data

    def _timed_out(self, timeout):
        def so_far(fd):
            chunks = self._chunks.get(fd)
            return b''.join(chunks) if chunks else None
        raise TimeoutExpired(self.args, timeout, output=so_far(self.stdout_fd),
                             stderr=so_far(self.stderr_fd))


# --- the functions ------------------------------------------------------------------

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command and waits for it: a CompletedProcess. input goes to
    its stdin; capture_output=True captures stdout and stderr; check=True
    raises CalledProcessError for a non-zero returncode; after timeout
    seconds the child is killed and TimeoutExpired raised."""
    if input is not None:
        if kwargs.get('stdin', None) is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except BaseException:
            child.kill()
            child.wait()
            raise
        code = child.poll()
    if check and code:
        raise CalledProcessError(code, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command, waits for it and returns its returncode."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero returncode."""
    code = call(*popenargs, **kwargs)
    if code:
        command = kwargs.get('args')
        raise CalledProcessError(code, popenargs[0] if command is None else command)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its output; CalledProcessError for a
    non-zero returncode."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if kwargs.get('input', 0) is None:
        textual = (kwargs.get('universal_newlines') or kwargs.get('text')
                   or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command, stderr included, without its
    final newline."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        code = 0
    except CalledProcessError as failure:
        text, code = failure.output, failure.returncode
    if text.endswith('\n'):
        text = text[:-1]
    return code, text


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (stderr included), without its final newline."""
    code, text = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return text
