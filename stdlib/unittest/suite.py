"""unittest.suite: TestSuite, a list of tests run in order, which also
runs the class and module fixtures (setUpClass, setUpModule...) as the
tests pass from one class or module to the next."""

import sys

from . import case
from .util import strclass


class BaseTestSuite:
    """Tests (cases or suites) run one after the other, without
    fixtures."""

    # drop each test once it has run, so that its memory can go
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases()
                                         for test in self if test)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase,
                                                        TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a "
                            "string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for pos, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            self._forget(pos)
        return result

    def _forget(self, pos):
        """Replace the test at pos, which has run, by None."""
        if not self._cleanup:
            return
        test = self._tests[pos]
        try:
            self._removed_tests += test.countTestCases()
        except AttributeError:
            pass    # not a test: its count is unknown
        self._tests[pos] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result: exceptions propagate."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures: setUpModule and
    setUpClass before the first test of a module or class, their
    tearDowns after its last test."""

    def run(self, result, debug=False):
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True
        for pos, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_case(test):
                self._enter_fixtures(test, result)
                if getattr(test.__class__, '_classSetupFailed', False) or \
                        getattr(result, '_moduleSetUpFailed', False):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            self._forget(pos)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests and fixtures without reporting: exceptions
        propagate."""
        self.run(_DebugResult(), True)

    def _enter_fixtures(self, test, result):
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        result._previousTestClass = test.__class__

    # --- class fixtures ---

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, '__unittest_skip__',
                                                False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass    # a class that refuses attributes
        setup = getattr(cls, 'setUpClass', None)
        if setup is None:
            return
        if not _run_fixture(setup, result, 'setUpClass', strclass(cls)):
            cls._classSetupFailed = True
            self._class_cleanups(cls, result)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or previous == test.__class__:
            return
        if getattr(previous, '_classSetupFailed', False) or \
                getattr(result, '_moduleSetUpFailed', False) or \
                getattr(previous, '__unittest_skip__', False):
            return
        teardown = getattr(previous, 'tearDownClass', None)
        if teardown is not None:
            _run_fixture(teardown, result, 'tearDownClass',
                         strclass(previous))
        self._class_cleanups(previous, result)

    @staticmethod
    def _class_cleanups(cls, result):
        doer = getattr(cls, 'doClassCleanups', None)
        if doer is None:
            return
        doer()
        for exc_info in cls.tearDown_exceptions:
            if isinstance(result, _DebugResult):
                raise exc_info[1]
            _report_fixture_error(result, exc_info[1], 'tearDownClass',
                                  strclass(cls), info=exc_info)

    # --- module fixtures ---

    @staticmethod
    def _previous_module(result):
        previous = getattr(result, '_previousTestClass', None)
        return None if previous is None else previous.__module__

    def _handleModuleFixture(self, test, result):
        previous = self._previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        setup = getattr(sys.modules.get(current), 'setUpModule', None)
        if setup is None:
            return
        if not _run_fixture(setup, result, 'setUpModule', current):
            result._moduleSetUpFailed = True
            _run_fixture(case.doModuleCleanups, result, 'tearDownModule',
                         current)

    def _handleModuleTearDown(self, result):
        previous = self._previous_module(result)
        if previous is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is not None:
            _run_fixture(teardown, result, 'tearDownModule', previous)
        _run_fixture(case.doModuleCleanups, result, 'tearDownModule',
                     previous)


def _run_fixture(fixture, result, name, owner):
    """Call a class or module fixture; False when it raised, which is
    reported (or, under debug(), propagates)."""
    try:
        fixture()
    except Exception as exc:
        if isinstance(result, _DebugResult):
            raise
        _report_fixture_error(result, exc, name, owner)
        return False
    return True


def _is_case(test):
    """True for a test that is not a suite (it has fixtures)."""
    try:
        iter(test)
    except TypeError:
        return True
    return False



def _report_fixture_error(result, exc, fixture, owner, info=None):
    """Report an exception of a class or module fixture as the error (or
    skip) of a pseudo-test named after the fixture."""
    holder = _ErrorHolder(f"{fixture} ({owner})")
    if isinstance(exc, case.SkipTest):
        case._report_skip(result, holder, str(exc))
    else:
        result.addError(holder, info or (type(exc), exc, exc.__traceback__))


class _ErrorHolder:
    """Stands for a fixture in reports: a test of no tests whose name is
    its description."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.id()

    def run(self, result):
        pass    # nothing to run: it only carries a name

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class _DebugResult:
    """The result of TestSuite.debug: fixtures raise instead of being
    reported."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
