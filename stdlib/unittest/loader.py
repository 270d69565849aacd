"""unittest.loader: TestLoader, which finds the tests of a TestCase
class, a module or a dotted name and gathers them into suites."""

import sys
import types
import functools
from fnmatch import fnmatchcase

from . import case, suite, util


class _FailedTest(case.TestCase):
    """Stands for a name that could not be loaded: running it raises the
    error met while loading."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def raise_it():
            raise self._exception
        return raise_it


def _make_failed_test(name, exception, suite_class, message):
    test = _FailedTest(name, exception)
    return suite_class((test,)), message


class TestLoader:
    """Builds suites of tests; testMethodPrefix, sortTestMethodsUsing,
    testNamePatterns and suiteClass say how."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        # the messages of the names that failed to load
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of a test per test method of a TestCase class."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of each TestCase class of a module, or
        what the module's load_tests(loader, tests, pattern) returns."""
        tests = [self.loadTestsFromTestCase(value)
                 for value in (getattr(module, name) for name in dir(module))
                 if isinstance(value, type) and
                 issubclass(value, case.TestCase)]
        tests = self.suiteClass(tests)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as exc:
            failed, message = _make_failed_test(
                module.__name__, exc, self.suiteClass,
                f'Failed to call load_tests:\n{_current_traceback()}')
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name (relative to module, if given) names: a
        module, a TestCase class, a test method, a suite, or a callable
        that returns a test or suite."""
        parts = name.split('.')
        if module is None:
            module, parts, failed = self._import_longest(name, parts)
            if failed is not None:
                return failed
        parent, obj = None, module
        for pos, part in enumerate(parts):
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as exc:
                return self._failed_attribute(parts, pos, exc)
        return self._tests_of(name, parent, obj)

    def _import_longest(self, name, parts):
        """(module, remaining parts, None) for the longest importable
        prefix of a dotted name, or (None, None, failed test)."""
        remaining = list(parts)
        while remaining:
            try:
                module_name = '.'.join(remaining)
                module = __import__(module_name)
                for part in remaining[1:]:
                    module = getattr(module, part)
                return module, parts[len(remaining):], None
            except ImportError:
                last = remaining.pop()
                if not remaining:
                    message = ('Failed to import test module: '
                               f'{last}\n{_current_traceback()}')
                    failed, message = _make_failed_test(
                        last, sys.exc_info()[1], self.suiteClass, message)
                    self.errors.append(message)
                    return None, None, failed
        raise ValueError("empty module name")

    def _failed_attribute(self, parts, pos, exc):
        message = f'Failed to access attribute:\n{_current_traceback()}'
        failed, message = _make_failed_test(parts[pos], exc,
                                            self.suiteClass, message)
        self.errors.append(message)
        return failed

    def _tests_of(self, name, parent, obj):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and \
                isinstance(parent, type) and \
                issubclass(parent, case.TestCase):
            return self.suiteClass([parent(name.split('.')[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError(f"don't know how to make test from: {obj}")
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError(f"calling {obj} returned {made}, not a test")

    def loadTestsFromNames(self, names, module=None):
        """A suite of the tests of each name (see loadTestsFromName)."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of a TestCase class."""
        def is_test(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if self.testNamePatterns is None:
                return True
            full = (f'{testCaseClass.__module__}.'
                    f'{testCaseClass.__qualname__}.{attrname}')
            return any(fnmatchcase(full, pattern)
                       for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if is_test(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError("atoll's unittest does not discover "
                                  "tests in directories")


def _current_traceback():
    import traceback
    return traceback.format_exc()


defaultTestLoader = TestLoader()
