"""unittest.case: TestCase (running one test method with its fixtures, the
assert methods), subtests, SkipTest and the skip decorators."""

import sys
import pprint
import re
import warnings
import contextlib
import functools
import types

from .util import (safe_repr, strclass, call_if_present,
                   _common_shorten_repr, _count_diff_hashable,
                   _count_diff_all_purpose)

# shown instead of a diff longer than maxDiff
DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

# subTest() called without a message
_NO_MESSAGE = object()


class SkipTest(Exception):
    """Raise it in a test or fixture to skip the test; its argument is
    the reason reported."""


class _StopRun(Exception):
    """Unwinds a test out of a subTest block when the run must stop."""


# --- skip decorators ---------------------------------------------------------------

def skip(reason):
    """Decorator: the test (method or class) is always skipped."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        # used bare, as @skip: the function came as the reason
        item, reason = reason, ''
        return mark(item)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Decorator: skip the test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail; a pass is reported as an
    unexpected success."""
    test_item.__unittest_expecting__ = True
    return test_item


# --- outcome of a running test ---------------------------------------------------------

def _report_error(result, test, exc_info):
    """Report an exception as a failure (the test's failureException) or
    an error."""
    failure = getattr(test, 'failureException', None)
    if failure is not None and issubclass(exc_info[0], failure):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


def _report_skip(result, test, reason):
    adder = getattr(result, 'addSkip', None)
    if adder is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        adder(test, reason)


class _Outcome:
    """What happened so far while one test runs: each part (setUp, the
    method, tearDown, a cleanup, a subtest) runs under part() which
    reports its exception and keeps the test going."""

    def __init__(self, result=None):
        self.result = result
        self.success = True
        self.expecting = False
        self.expected_exc_info = None
        self.result_supports_subtests = hasattr(result, 'addSubTest')

    @contextlib.contextmanager
    def part(self, test, is_subtest=False):
        before = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as exc:
            self.success = False
            _report_skip(self.result, test, str(exc))
        except _StopRun:
            pass
        except BaseException:
            self._caught(test, is_subtest, sys.exc_info())
        else:
            if is_subtest and self.success:
                self.result.addSubTest(test.test_case, test, None)
        finally:
            self.success = self.success and before

    def _caught(self, test, is_subtest, exc_info):
        if self.expecting:
            self.expected_exc_info = exc_info
            return
        self.success = False
        if is_subtest:
            self.result.addSubTest(test.test_case, test, exc_info)
        else:
            _report_error(self.result, test, exc_info)


# --- assertRaises / assertWarns as context managers --------------------------------------

class _ExpectationContext:
    """What assertRaises and assertWarns share: the call or with-block
    form, the check of the expected type, the optional regex."""

    def __init__(self, expected, test_case, expected_regex=None):
        self._wanted = expected
        self._test = test_case
        if expected_regex is not None and not hasattr(expected_regex,
                                                      'search'):
            expected_regex = re.compile(expected_regex)
        self._regex = expected_regex
        self._callee = None
        self._msg = None

    def run_or_enter(self, name, args, kwargs):
        """Run args[0](*args[1:], **kwargs) under this context, or return
        the context for a with statement when args is empty."""
        if not _is_subtype(self._wanted, self._kind):
            raise TypeError('%s() arg 1 must be %s' %
                            (name, self._kind_text))
        if not args:
            self._msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        function, *args = args
        self._callee = getattr(function, '__name__', None) or str(function)
        with self:
            function(*args, **kwargs)
        return None

    def _fail_missing(self, what):
        name = getattr(self._wanted, '__name__', str(self._wanted))
        if self._callee:
            text = f"{name} {what} by {self._callee}"
        else:
            text = f"{name} {what}"
        self._fail(text)

    def _fail(self, standard):
        self._test.fail(self._test._formatMessage(self._msg, standard))

    def _check_regex(self, text):
        if self._regex is not None and \
                not self._regex.search(text):
            self._fail('"{}" does not match "{}"'.format(
                self._regex.pattern, text))


def _is_subtype(expected, base):
    if isinstance(expected, tuple):
        return all(_is_subtype(item, base) for item in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _AssertRaisesContext(_ExpectationContext):
    _kind = BaseException
    _kind_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._fail_missing("not raised")
        if not issubclass(exc_type, self._wanted):
            return False    # an unexpected exception goes on
        self.exception = exc_value
        self._check_regex(str(exc_value))
        return True


class _AssertWarnsContext(_ExpectationContext):
    _kind = Warning
    _kind_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self._wanted)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False    # the block raised: let it go on
        for caught in self.warnings:
            if not isinstance(caught.message, self._wanted):
                continue
            if self._regex is not None and \
                    not self._regex.search(str(caught.message)):
                continue
            self.warning = caught.message
            self.filename, self.lineno = caught.filename, caught.lineno
            return None
        if self._regex is not None and self.warnings:
            self._fail('"{}" does not match "{}"'.format(
                self._regex.pattern, str(self.warnings[0].message)))
        self._fail_missing("not triggered")
        return None


# --- subtests ------------------------------------------------------------------------

class _SubTest:
    """One subTest() block of a test, reported as a test of its own."""

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append(f"[{self._message}]")
        if self.params:
            shown = ', '.join(f"{key}={value!r}"
                              for key, value in self.params.items())
            parts.append(f"({shown})")
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def countTestCases(self):
        return 1

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"


# --- TestCase --------------------------------------------------------------------------

class TestCase:
    """A test: one method of a subclass, whose name starts with "test",
    run between setUp and tearDown and judged by the assert methods."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # assertMultiLineEqual diffs nothing longer than this
    _diffThreshold = 2 ** 16

    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        # assertEqual's helper for each type whose values it diffs
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual',
            tuple: 'assertTupleEqual', set: 'assertSetEqual',
            frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual call function(first, second, msg=None) when
        both values are exactly of type typeobj."""
        self._type_equality_funcs[typeobj] = function

    # --- fixtures and cleanups ---

    def setUp(self):
        "Runs before each test method."

    def tearDown(self):
        "Runs after each test method whose setUp succeeded."

    @classmethod
    def setUpClass(cls):
        "Runs once before the tests of the class."

    @classmethod
    def tearDownClass(cls):
        "Runs once after the tests of the class."

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (or after a
        failed setUp); cleanups run last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter a context manager, exit it as a cleanup; its value."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def doCleanups(self):
        """Run the cleanups added so far; False if one raised."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.part(self):
                function(*args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; the exc_info of each one that raised is
        kept in tearDown_exceptions."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    # --- identity ---

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return (f"{self._testMethodName} "
                f"({strclass(self.__class__)}.{self._testMethodName})")

    def __repr__(self):
        return (f"<{strclass(self.__class__)} "
                f"testMethod={self._testMethodName}>")

    # --- running ---

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        """Run the test, reporting to result (a fresh TestResult, with
        startTestRun/stopTestRun around it, when None); the result."""
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            call_if_present(result, 'startTestRun')
        result.startTest(self)
        try:
            self._run_reported(result)
            return result
        finally:
            result.stopTest(self)
            if own_result:
                call_if_present(result, 'stopTestRun')

    def _run_reported(self, result):
        method = getattr(self, self._testMethodName)
        if getattr(self.__class__, "__unittest_skip__", False) or \
                getattr(method, "__unittest_skip__", False):
            why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                   getattr(method, '__unittest_skip_why__', ''))
            _report_skip(result, self, why)
            return
        expecting = (getattr(self, "__unittest_expecting__", False)
                     or getattr(method, "__unittest_expecting__",
                                False))
        outcome = self._outcome = _Outcome(result)
        try:
            self._run_parts(outcome, method, expecting)
        finally:
            self._outcome = None
        if not outcome.success:
            return
        if not expecting:
            result.addSuccess(self)
        elif outcome.expected_exc_info:
            _call_or(result, 'addExpectedFailure', self,
                     outcome.expected_exc_info)
        else:
            _call_or(result, 'addUnexpectedSuccess', self)

    def _run_parts(self, outcome, method, expecting):
        with outcome.part(self):
            self.setUp()
        if outcome.success:
            outcome.expecting = expecting
            with outcome.part(self):
                self._callTestMethod(method)
            outcome.expecting = False
            with outcome.part(self):
                self.tearDown()
        self.doCleanups()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not '
                          f'None from a test case ({method})',
                          DeprecationWarning, stacklevel=3)

    def debug(self):
        """Run the test without a result: exceptions propagate."""
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop(-1)
            function(*args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A with-block reported as a subtest of its own: a failure inside
        is reported with msg and params, and the test goes on."""
        if self._outcome is None or \
                not self._outcome.result_supports_subtests:
            yield
            return
        parent = self._subtest
        merged = dict(parent.params) if parent is not None else {}
        merged.update(params)
        self._subtest = _SubTest(self, msg, merged)
        try:
            with self._outcome.part(self._subtest, is_subtest=True):
                yield
            if not self._outcome.success:
                result = self._outcome.result
                if result is not None and result.failfast:
                    raise _StopRun
            elif self._outcome.expected_exc_info:
                raise _StopRun
        finally:
            self._subtest = parent

    # --- failure messages ---

    def fail(self, msg=None):
        """Fail the test with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The message to fail with: the user's msg alone, or (with
        longMessage) after the standard one."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return f'{standardMsg} : {msg}'

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def _fail_with(self, msg, standard):
        self.fail(self._formatMessage(msg, standard))

    # --- assert methods ---

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_with(msg, f"{safe_repr(expr)} is not true")

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_with(msg, f"{safe_repr(expr)} is not false")

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second; lists, tuples, dicts, sets and
        strings of the same type are reported with a diff."""
        self._equality_checker(first, second)(first, second, msg=msg)

    def _equality_checker(self, first, second):
        if type(first) is type(second):
            checker = self._type_equality_funcs.get(type(first))
            if isinstance(checker, str):
                return getattr(self, checker)
            if checker is not None:
                return checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_with(msg, '%s != %s' %
                            _common_shorten_repr(first, second))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_with(msg, f'{safe_repr(first)} == {safe_repr(second)}')

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_with(msg, f'{safe_repr(expr1)} is not '
                                 f'{safe_repr(expr2)}')

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_with(msg, f'unexpectedly identical: {safe_repr(expr1)}')

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_with(msg, f'{safe_repr(obj)} is not None')

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_with(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_with(msg, f'{safe_repr(member)} not found in '
                                 f'{safe_repr(container)}')

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_with(msg, f'{safe_repr(member)} unexpectedly found '
                                 f'in {safe_repr(container)}')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_with(msg, f'{safe_repr(obj)} is not an instance '
                                 f'of {cls!r}')

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_with(msg, f'{safe_repr(obj)} is an instance of {cls!r}')

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_with(msg, f'{safe_repr(a)} not greater than '
                                 f'{safe_repr(b)}')

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_with(msg, f'{safe_repr(a)} not greater than or '
                                 f'equal to {safe_repr(b)}')

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_with(msg, f'{safe_repr(a)} not less than '
                                 f'{safe_repr(b)}')

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_with(msg, f'{safe_repr(a)} not less than or equal '
                                 f'to {safe_repr(b)}')

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        """Fail unless first and second differ by at most delta, or by
        less than half a unit of the places-th decimal (7 by default)."""
        if first == second:
            return
        _check_places_or_delta(places, delta)
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            how = f'{safe_repr(delta)} delta'
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            how = f'{places!r} places'
        self._fail_with(msg, f'{safe_repr(first)} != {safe_repr(second)} '
                             f'within {how} ({safe_repr(diff)} difference)')

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """Fail if first and second are equal as assertAlmostEqual
        judges."""
        _check_places_or_delta(places, delta)
        diff = abs(first - second)
        if delta is not None:
            if not first == second and diff > delta:
                return
            standard = (f'{safe_repr(first)} == {safe_repr(second)} within '
                        f'{safe_repr(delta)} delta ({safe_repr(diff)} '
                        f'difference)')
        else:
            places = 7 if places is None else places
            if not first == second and round(diff, places) != 0:
                return
            standard = (f'{safe_repr(first)} == {safe_repr(second)} within '
                        f'{places!r} places')
        self._fail_with(msg, standard)

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the call args[0](*args[1:], **kwargs), or the
        with-block when no call is given, raises expected_exception."""
        context = _AssertRaisesContext(expected_exception, self)
        return context.run_or_enter('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        """assertRaises, and the exception's text must match the regex."""
        context = _AssertRaisesContext(expected_exception, self,
                                       expected_regex)
        return context.run_or_enter('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the call (or the with-block) warns with
        expected_warning."""
        context = _AssertWarnsContext(expected_warning, self)
        return context.run_or_enter('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.run_or_enter('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless the regex is found in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._fail_with(msg, "Regex didn't match: %r not found in %r" %
                            (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if the regex is found in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._fail_with(msg, 'Regex matched: %r matches %r in %r' %
                            (text[found.start():found.end()],
                             unexpected_regex.pattern, text))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless first and second hold the same elements, each the
        same number of times, in any order."""
        mine, theirs = list(first), list(second)
        try:
            differences = _count_diff_hashable(mine, theirs)
        except TypeError:
            differences = _count_diff_all_purpose(mine, theirs)
        if differences:
            lines = ['First has %d, Second has %d:  %r' % found
                     for found in differences]
            standard = self._truncateMessage(
                'Element counts were not equal:\n', '\n'.join(lines))
            self._fail_with(msg, standard)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences are equal item by item; the message
        names the first difference and shows a diff."""
        from ._diffs import sequence_difference
        text = sequence_difference(seq1, seq2, seq_type,
                                   self.failureException)
        if text is not None:
            headline, diff = text
            self._fail_with(msg, self._truncateMessage(headline, diff))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless two sets are equal; lists what each lacks."""
        from ._diffs import set_difference
        text = set_difference(set1, set2, self.failureException)
        if text is not None:
            self._fail_with(msg, text)

    def assertDictEqual(self, d1, d2, msg=None):
        """Fail unless two dicts are equal; shows a diff of their
        pretty-printed forms."""
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict,
                              'Second argument is not a dictionary')
        if d1 != d2:
            from ._diffs import lines_diff
            headline = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = lines_diff(pprint.pformat(d1), pprint.pformat(d2))
            self._fail_with(msg, self._truncateMessage(headline, diff))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless two strings are equal; shows a diff of their
        lines."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        from ._diffs import text_diff
        headline = '%s != %s' % _common_shorten_repr(first, second)
        if max(len(first), len(second)) > self._diffThreshold:
            self._fail_with(msg, headline)
        self._fail_with(msg, self._truncateMessage(
            headline, text_diff(first, second)))


def _check_places_or_delta(places, delta):
    if delta is not None and places is not None:
        raise TypeError("specify delta or places not both")


def _enter_context(cm, add_cleanup):
    """Enter cm and register its exit with add_cleanup."""
    kind = type(cm)
    try:
        enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object "
                        f"does not support the context manager "
                        f"protocol") from None
    value = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return value



def _call_or(result, name, test, *args):
    """Report with result.name, or as a success (with a warning) when the
    result does not know that kind of outcome."""
    method = getattr(result, name, None)
    if method is not None:
        method(test, *args)
        return
    warnings.warn(f"TestResult has no {name} method, reporting as passes",
                  RuntimeWarning)
    result.addSuccess(test)


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional setUp and tearDown
    functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None,
                 description=None):
        super().__init__()
        self._set_up, self._tear_down = setUp, tearDown
        self._function = testFunc
        self._description = description

    def setUp(self):
        if self._set_up is not None:
            self._set_up()

    def tearDown(self):
        if self._tear_down is not None:
            self._tear_down()

    def runTest(self):
        self._function()

    def id(self):
        return self._function.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._set_up, self._tear_down, self._function,
                self._description) == (other._set_up, other._tear_down,
                                       other._function, other._description)

    def __hash__(self):
        return hash((type(self), self._set_up, self._tear_down,
                     self._function, self._description))

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._function.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._function}>"

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._function.__doc__
        return doc and doc.split("\n")[0].strip() or None


# --- module cleanups -------------------------------------------------------------------

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Call function(*args, **kwargs) after tearDownModule."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager, exit it as a module cleanup."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, then raise the first exception one of
    them raised."""
    raised = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            raised.append(exc)
    if raised:
        raise raised[0]
