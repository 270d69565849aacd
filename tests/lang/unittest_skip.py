# Skipping: skip/skipIf/skipUnless on methods and classes, skipTest,
# SkipTest in setUp and setUpClass, expectedFailure, and their report.
import io
import re
import unittest


class Methods(unittest.TestCase):
    @unittest.skip('always')
    def test_skip(self):
        print('not run')

    @unittest.skipIf(True, 'condition held')
    def test_skip_if(self):
        print('not run')

    @unittest.skipIf(False, 'condition failed')
    def test_not_skipped_if(self):
        print('test_not_skipped_if runs')

    @unittest.skipUnless(False, 'needs it')
    def test_skip_unless(self):
        print('not run')

    @unittest.skipUnless(True, 'has it')
    def test_not_skipped_unless(self):
        print('test_not_skipped_unless runs')

    @unittest.skip
    def test_bare_skip(self):
        print('not run')

    def test_skip_test(self):
        self.skipTest('decided inside')
        print('not run')

    def test_raise_skip(self):
        raise unittest.SkipTest('raised directly')

    def test_subtest_skip(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest(f'skip {i}')

    @unittest.expectedFailure
    def test_expected_error(self):
        raise KeyError('x')


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('not called')

    def test_a(self):
        print('not run')


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('setUp said so')

    def test_a(self):
        print('not run')


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('setUpClass said so')

    def test_a(self):
        print('not run')


def run(verbosity, *classes):
    suite = unittest.TestSuite(
        unittest.defaultTestLoader.loadTestsFromTestCase(cls)
        for cls in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream,
                                     verbosity=verbosity).run(suite)
    print(re.sub(r' in \d+\.\d+s', ' in T', stream.getvalue()), end='')
    for test, reason in result.skipped:
        print(f'  skipped {test.id()}: {reason}')
    print(len(result.expectedFailures), result.wasSuccessful())


run(2, Methods, SkippedClass, SkipInSetUp, SkipInSetUpClass)
run(1, Methods, SkippedClass, SkipInSetUp, SkipInSetUpClass)
print(Methods.test_skip.__unittest_skip__, Methods.test_skip.__name__,
      Methods.test_bare_skip.__unittest_skip_why__ == '',
      SkippedClass.__unittest_skip_why__)
print(issubclass(unittest.SkipTest, Exception))
