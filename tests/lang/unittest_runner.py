# TextTestRunner's report: dots and verbose lines, the ERROR/FAIL blocks
# with their tracebacks (unittest's own entries left out), subtests,
# fixtures, cleanups, expected failures and the summary line. The time of
# the "Ran" line varies: it is replaced before printing.
import io
import re
import unittest


def helper(value):
    return value["missing"]


class Arith(unittest.TestCase):
    def setUp(self):
        self.log = ['setUp']

    def tearDown(self):
        print('tearDown after', self._testMethodName)

    def test_ok(self):
        """Adds numbers.

        More text that is not shown."""
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        helper({})

    def test_chained(self):
        try:
            helper({})
        except KeyError as exc:
            raise ValueError('bad value') from exc

    def test_fail_msg(self):
        self.assertTrue(False, 'it was false')

    def test_explicit_fail(self):
        self.fail('told to')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest('named', kind='x'):
            raise RuntimeError('in a subtest')

    def test_cleanup(self):
        self.addCleanup(print, 'cleanup', 1)
        self.addCleanup(print, 'cleanup', 2)

    def test_cleanup_error(self):
        def broken():
            raise OSError('cleanup broke')
        self.addCleanup(broken)


class SetupFails(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('setUp failed')

    def tearDown(self):
        print('never printed')

    def test_one(self):
        pass


class ClassFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass', cls.__name__)
        cls.shared = [1]

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass', cls.__name__)

    def test_a(self):
        self.shared.append(2)

    def test_b(self):
        self.assertEqual(self.shared, [1, 2])


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('no class for you')

    @classmethod
    def tearDownClass(cls):
        print('not called')

    def test_never(self):
        print('not run')


def run(verbosity, *classes, **kwargs):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(cls)
                               for cls in classes)
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     **kwargs)
    result = runner.run(suite)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in T',
                  stream.getvalue())
    print(text, end='')
    print(result, result.wasSuccessful(), result.testsRun)
    print('errors', [str(test) for test, _ in result.errors])
    print('failures', [str(test) for test, _ in result.failures])
    print('skipped', result.skipped)
    print('expected', [str(test) for test, _ in result.expectedFailures])
    print('unexpected', [str(test) for test in result.unexpectedSuccesses])
    print('-' * 20)
    return result


run(1, Arith)
run(2, Arith, SetupFails)
run(2, ClassFixtures, BrokenClass)
run(0, ClassFixtures)
run(1, Arith, failfast=True)
run(2, ClassFixtures, descriptions=False)

# the result of TestCase.run() without a result of its own
result = Arith('test_fail').run()
print(type(result).__name__, result.testsRun, len(result.failures))
print(result.failures[0][1], end='')
print(Arith('test_ok').shortDescription())
try:
    Arith('test_nothing')
except ValueError as exc:
    print(exc)
