# TestLoader: test names and their order, prefixes and sort functions,
# name patterns, loading from classes, modules, names; TestSuite's
# counting, nesting and errors; module fixtures and FunctionTestCase.
import io
import re
import sys
import unittest


def setUpModule():
    print('setUpModule')


def tearDownModule():
    print('tearDownModule')


unittest.addModuleCleanup(print, 'module cleanup')


class Beta(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 5

    def test_10(self):
        pass

    def test_9(self):
        pass


class Alpha(unittest.TestCase):
    def runTest(self):
        pass


class Base(unittest.TestCase):
    def test_inherited(self):
        pass


class Derived(Base):
    def test_own(self):
        pass


def make_suite():
    return unittest.TestSuite([Beta('test_a')])


def report(suite):
    print(suite.countTestCases(), [test.id() for test in _flatten(suite)])


def _flatten(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from _flatten(test)
        else:
            yield test


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Beta))
print(loader.getTestCaseNames(Derived))
report(loader.loadTestsFromTestCase(Alpha))
report(loader.loadTestsFromTestCase(Beta))

loader = unittest.TestLoader()
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Beta))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader.getTestCaseNames(Beta))
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Beta)))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*_1*', '*Derived.test_i*']
print(loader.getTestCaseNames(Beta), loader.getTestCaseNames(Derived))

loader = unittest.TestLoader()
report(loader.loadTestsFromModule(sys.modules[__name__]))
report(loader.loadTestsFromName('Beta', sys.modules[__name__]))
report(loader.loadTestsFromName('Beta.test_b', sys.modules[__name__]))
report(loader.loadTestsFromName('make_suite', sys.modules[__name__]))
report(loader.loadTestsFromName('__main__.Derived'))
report(loader.loadTestsFromNames(['Alpha', 'Derived.test_own'],
                                 sys.modules[__name__]))
failed = loader.loadTestsFromName('Beta.test_zzz', sys.modules[__name__])
report(failed)
print(loader.errors[-1].splitlines()[0])
failed = loader.loadTestsFromName('no_such_module_here')
report(failed)
print(loader.errors[-1].splitlines()[0])
try:
    loader.loadTestsFromName('Beta.test_not_callable', sys.modules[__name__])
except TypeError as exc:
    print('TypeError:', exc)
print(unittest.defaultTestLoader.__class__.__name__)

suite = unittest.TestSuite()
suite.addTest(Beta('test_a'))
suite.addTests([Beta('test_b'), unittest.TestSuite([Alpha()])])
print(suite.countTestCases(), suite == unittest.TestSuite(list(suite)))
print(repr(unittest.TestSuite([Alpha()])))
for bad in (5, Beta):
    try:
        suite.addTest(bad)
    except TypeError as exc:
        print('TypeError:', exc)
try:
    suite.addTests('abc')
except TypeError as exc:
    print('TypeError:', exc)
print(Beta('test_a') == Beta('test_a'), Beta('test_a') == Beta('test_b'),
      hash(Beta('test_a')) == hash(Beta('test_a')))


def plain_test():
    """A plain function as a test."""
    print('plain_test runs')


func_test = unittest.FunctionTestCase(plain_test,
                                      setUp=lambda: print('func setUp'))
print(func_test, func_test.id(), func_test.shortDescription())

stream = io.StringIO()
whole = unittest.TestSuite([
    loader.loadTestsFromModule(sys.modules[__name__]),
    unittest.TestSuite([func_test]),
])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(whole)
print(re.sub(r' in \d+\.\d+s', ' in T', stream.getvalue()), end='')
print(whole.countTestCases(), result.testsRun)
