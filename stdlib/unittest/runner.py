"""unittest.runner: TextTestRunner, which runs a test and prints its
progress and a summary, and TextTestResult, the result that prints."""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .util import call_if_present


class _WritelnDecorator:
    """A stream with a writeln method added."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A result that prints each outcome as it comes: a letter per test
    (verbosity 1) or a line per test (verbosity 2 and more)."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        # whether the output stands at the start of a line
        self._newline = True

    def getDescription(self, test):
        first_line = test.shortDescription()
        if self.descriptions and first_line:
            return f"{test}\n{first_line}"
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _end_line(self, test, status):
        """The status word of a test (or of a subtest, on a line of its
        own, indented) ending the line."""
        subtest = isinstance(test, _SubTest)
        if subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _show(self, test, word, letter):
        if self.showAll:
            self._end_line(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._show(subtest, "FAIL", 'F')
            else:
                self._show(subtest, "ERROR", 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, "ok", '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, f"skipped {reason!r}", 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show(test, "expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show(test, "unexpected success", 'u')

    def printErrors(self):
        """The reports of the errors and failures, after the run."""
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln(
                    f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln(f"{flavour}: {self.getDescription(test)}")
            self.stream.writeln(self.separator2)
            self.stream.writeln(f"{err}")
            self.stream.flush()


class TextTestRunner:
    """Runs a test with a TextTestResult printing to stream (sys.stderr
    by default), then prints the errors and a summary."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None
                                        else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions,
                                self.verbosity)

    def run(self, test):
        """Run test (a case or a suite); the result."""
        outcome = self._makeResult()
        outcome.failfast = self.failfast
        outcome.buffer = self.buffer
        outcome.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            started = time.perf_counter()
            call_if_present(outcome, 'startTestRun')
            try:
                test(outcome)
            finally:
                call_if_present(outcome, 'stopTestRun')
            taken = time.perf_counter() - started
        outcome.printErrors()
        if hasattr(outcome, 'separator2'):
            self.stream.writeln(outcome.separator2)
        run = outcome.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" %
                            (run, "s" if run != 1 else "", taken))
        self.stream.writeln()
        self._write_summary(outcome)
        return outcome

    def _write_summary(self, outcome):
        """The closing line: OK or FAILED, and the counts in brackets."""
        counts = []
        if outcome.wasSuccessful():
            self.stream.write("OK")
        else:
            self.stream.write("FAILED")
            counts += [("failures", len(outcome.failures)),
                       ("errors", len(outcome.errors))]
        counts += [(name, len(getattr(outcome, attr, ())))
                   for name, attr in (("skipped", "skipped"),
                                      ("expected failures",
                                       "expectedFailures"),
                                      ("unexpected successes",
                                       "unexpectedSuccesses"))]
        shown = [f"{name}={count}" for name, count in counts if count]
        if shown:
            self.stream.writeln(" (%s)" % ", ".join(shown))
        else:
            self.stream.write("\n")
        self.stream.flush()

