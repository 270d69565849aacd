"""unittest.result: TestResult, which collects what happened to each test
of a run, with the tracebacks of failures and errors as text."""

import io
import sys
import traceback
import functools

from .util import strclass

# embedded library modules carry file names under this prefix: entries of
# these files are the machinery, which failure reports leave out
_OWN_FILES = '<atoll>/unittest/'


def failfast(method):
    """Make a reporting method stop the run when failfast is set."""
    @functools.wraps(method)
    def reporting(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kwargs)
    return reporting


class TestResult:
    """The record of a test run: testsRun, and lists of (test, traceback
    text) for errors, failures and expected failures, of (test, reason)
    for skips, of tests for unexpected successes."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._captured_out = None
        self._captured_err = None
        self._real_stdout = sys.stdout
        self._real_stderr = sys.stderr
        self._show_captured = False

    def printErrors(self):
        "Called by the runner after the tests have run."

    def startTest(self, test):
        "Called when test is about to run."
        self.testsRun += 1
        self._show_captured = False
        if self.buffer:
            self._capture_output()

    def _capture_output(self):
        if self._captured_out is None:
            self._captured_out = io.StringIO()
            self._captured_err = io.StringIO()
        sys.stdout = self._captured_out
        sys.stderr = self._captured_err

    def startTestRun(self):
        "Called once before any test runs."

    def stopTest(self, test):
        "Called when test has run."
        self._restore_output()
        self._show_captured = False

    def _restore_output(self):
        if not self.buffer:
            return
        if self._show_captured:
            self._mirror(self._captured_out, self._real_stdout,
                         '\nStdout:\n')
            self._mirror(self._captured_err, self._real_stderr,
                         '\nStderr:\n')
        sys.stdout = self._real_stdout
        sys.stderr = self._real_stderr
        for captured in (self._captured_out, self._captured_err):
            captured.seek(0)
            captured.truncate()

    @staticmethod
    def _mirror(captured, stream, heading):
        text = captured.getvalue()
        if text:
            if not text.endswith('\n'):
                text += '\n'
            stream.write(heading + text)

    def stopTestRun(self):
        "Called once after all tests have run."

    @failfast
    def addError(self, test, err):
        """test raised an unexpected exception; err is its exc_info."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._show_captured = True

    @failfast
    def addFailure(self, test, err):
        """test failed an assertion; err is the exc_info."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._show_captured = True

    def addSubTest(self, test, subtest, err):
        """A subtest of test ended, failing when err is an exc_info."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        if issubclass(err[0], test.failureException):
            self.failures.append((subtest,
                                  self._exc_info_to_string(err, test)))
        else:
            self.errors.append((subtest, self._exc_info_to_string(err, test)))
        self._show_captured = True

    def addSuccess(self, test):
        "test passed."

    def addSkip(self, test, reason):
        """test was skipped for reason."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """test failed, as it was expected to."""
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """test passed though it was expected to fail."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when nothing failed, raised or passed unexpectedly."""
        return (len(self.failures) == len(self.errors) == 0 and
                not getattr(self, 'unexpectedSuccesses', ()))

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of an exception: its traceback without the entries
        of unittest itself, then (with buffer) what the test printed."""
        exc_type, value, tb = err
        report = traceback.TracebackException(
            exc_type, value, tb, capture_locals=self.tb_locals, compact=True)
        _trim_chain(report, getattr(test, 'failureException', None))
        lines = list(report.format())
        if self.buffer:
            lines += self._captured_lines()
        return ''.join(lines)

    def _captured_lines(self):
        lines = []
        for captured, heading in ((sys.stdout, '\nStdout:\n%s'),
                                  (sys.stderr, '\nStderr:\n%s')):
            text = captured.getvalue() if hasattr(captured, 'getvalue') \
                else ''
            if text:
                if not text.endswith('\n'):
                    text += '\n'
                lines.append(heading % text)
        return lines

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


def _is_own(entry):
    return entry.filename.startswith(_OWN_FILES)


def _trim_chain(report, failure_type):
    """Leave unittest's own entries out of the report of an exception and
    of those chained to it: the leading ones (the runner), and for an
    assertion failure everything from the assert method on."""
    seen = set()
    pending = [report]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        stack = list(current.stack)
        while stack and _is_own(stack[0]):
            del stack[0]
        if failure_type is not None and current.exc_type is not None and \
                current.exc_type is failure_type:
            kept = 0
            while kept < len(stack) and not _is_own(stack[kept]):
                kept += 1
            del stack[kept:]
        current.stack[:] = stack
        pending += [current.__cause__, current.__context__]
