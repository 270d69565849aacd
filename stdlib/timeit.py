"""timeit: measures how long small pieces of code take, with the interface
of CPython 3.11's timeit (and its command line, python -m timeit).

A Timer turns its statement and setup into one function, compiled once:

    def inner(_it, _timer[, _stmt][, _setup]):
        <setup, or _setup() when it is a callable>
        _t0 = _timer()
        for _i in _it:
            <statement, or _stmt() when it is a callable>
            pass
        _t1 = _timer()
        return _t1 - _t0

so the setup's names are locals the statement sees, and the loop costs as
little as it can. The code runs with the globals passed in (this module's
when there are none). Garbage collection is off while it runs.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat",
           "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_BODY_INDENT = 4
_LOOP_INDENT = 8


def _indented(code, width):
    # every line of the piece, shifted right (as CPython, even the lines
    # inside a multi-line string literal)
    return code.replace("\n", "\n" + " " * width)


def _check_syntax(stmt, setup):
    """Compile the pieces given as code on their own, the statement after
    the setup when both are, as a module: errors (return or break outside
    a function or loop too) are reported at the lines as written."""
    pieces = [code for code in (setup, stmt) if isinstance(code, str)]
    if pieces:
        compile("\n".join(pieces), dummy_src_name, "exec")


class Timer:
    """Times a statement (a string of code or a callable), after a setup
    (likewise), with timer (default_timer), in the namespace globals."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = {}   # where the def statement puts inner()
        if globals is None:
            globals = _module_globals()
        params = ["_it", "_timer"]
        _check_syntax(stmt, setup)
        if isinstance(stmt, str):
            loop_body = _indented(stmt, _LOOP_INDENT)
        elif callable(stmt):
            params.append("_stmt=_stmt")
            namespace["_stmt"] = stmt
            loop_body = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        if callable(setup):
            params.append("_setup=_setup")
            namespace["_setup"] = setup
            prelude = "_setup()"
        elif isinstance(setup, str):
            prelude = _indented(setup, _BODY_INDENT)
        else:
            raise ValueError("setup is neither a string nor callable")
        lines = ["",
                 "def inner(" + ", ".join(params) + "):",
                 "    " + prelude,
                 "    _t0 = _timer()",
                 "    for _i in _it:",
                 "        " + loop_body,
                 "        pass",
                 "    _t1 = _timer()",
                 "    return _t1 - _t0",
                 ""]
        source = "\n".join(lines)
        self.src = source if isinstance(stmt, str) else None
        exec(compile(source, dummy_src_name, "exec"), globals, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the exception being handled, as traceback.print_exc()
        does, with the lines of the timed code shown in the traceback."""
        import linecache
        import traceback
        if self.src is not None:
            # (lines without their newlines, as CPython stores them)
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (len(self.src), None, lines,
                                               dummy_src_name)
        traceback.print_exc(None, file)

    def timeit(self, number=default_number):
        """Run the setup once and the statement number times; the seconds
        that took (as a float, by the timer)."""
        loop = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loop, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Call timeit() with 1, 2, 5, 10, 20, 50, ... as number until a
        run takes 0.2 seconds or more; return (number, time taken).
        callback(number, time_taken), when given, follows every run."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    timer = Timer(stmt, setup, timer, globals)
    return timer.timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    timer = Timer(stmt, setup, timer, globals)
    return timer.repeat(repeat, number)


def _module_globals():
    return globals()


# --- the command line ------------------------------------------------------

_USAGE = """\
usage: python -m timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [-h]
                        [statement ...]

Times the statement (the arguments joined by newlines; pass by default)
and prints the best time per loop.

  -n N, --number=N   how many times to run the statement (by default, the
                     first of 1, 2, 5, 10, 20, ... taking 0.2 s or more)
  -r N, --repeat=N   how many times to repeat the timing (default 5)
  -s S, --setup=S    a statement run once before the timing (may be given
                     several times; default pass)
  -p, --process      measure process time, not wall-clock time
  -u U, --unit=U     the unit of the output: nsec, usec, msec or sec
  -v, --verbose      print the raw results too; repeat it for more digits
  -h, --help         print this text and exit
"""

_UNITS = (("sec", 1.0), ("msec", 1e-3), ("usec", 1e-6), ("nsec", 1e-9))


def main(args=None, *, _wrap_timer=None):
    """The command line: python -m timeit [options] [statement ...].
    Returns the exit status (None on success)."""
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        # (-t and -c, obsolete, are accepted and ignored)
        opts, args = getopt.getopt(args, "hn:pr:s:u:vtc",
                                   ["number=", "setup=", "repeat=", "time",
                                    "clock", "process", "verbose", "unit=",
                                    "help"])
    except getopt.GetoptError as err:
        print(err, file=sys.stderr)
        print("use -h/--help for command line help", file=sys.stderr)
        return 2

    timer = default_timer
    stmt = "\n".join(args) if args else "pass"
    number = 0          # 0: find it with autorange()
    setup = []
    repeat = default_repeat
    verbose = 0
    unit = None
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-s", "--setup"):
            setup.append(value)
        elif opt in ("-u", "--unit"):
            if value not in dict(_UNITS):
                print("Unrecognized unit. Please select nsec, usec, msec, "
                      "or sec.", file=sys.stderr)
                return 2
            unit = value
        elif opt in ("-r", "--repeat"):
            repeat = max(1, int(value))
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            verbose += 1
        elif opt in ("-h", "--help"):
            print(_USAGE, end="")
            return 0
    digits = 3 + max(0, verbose - 1)
    setup = "\n".join(setup) if setup else "pass"

    # the statement may import modules from the current folder
    sys.path[:0] = [os.curdir]
    if _wrap_timer:
        timer = _wrap_timer(timer)

    def plural(n):
        return "%d loop%s" % (n, "" if n == 1 else "s")

    def show(seconds):
        name, scale = _UNITS[-1]
        for name, scale in _UNITS:
            if unit == name or (unit is None and seconds >= scale):
                break
        return "%.*g %s" % (digits, seconds / scale, name)

    timing = Timer(stmt, setup, timer)
    try:
        if number == 0:
            def report(n, taken):
                if verbose:
                    print("%s -> %.*g secs" % (plural(n), digits, taken))
            number = timing.autorange(report)[0]
            if verbose:
                print()
        raw = timing.repeat(repeat, number)
    except BaseException:
        timing.print_exc()
        return 1

    if verbose:
        print("raw times: " + ", ".join(show(dt) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    print("%s, best of %d: %s per loop" % (plural(number), repeat, show(best)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) "
            "was more than four times slower than the best time (%s)."
            % (show(worst), show(best)), UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
