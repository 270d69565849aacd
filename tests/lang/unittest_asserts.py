# The messages of unittest's assert methods, failing and passing, with
# msg= and longMessage, and the diffs of sequences, dicts, sets, strings.
import unittest
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def check(name, *args, **kwargs):
    """Call t.name(*args, **kwargs); print how it went."""
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as exc:
        print(f"{name}: {exc}")
    except Exception as exc:
        print(f"{name}: {type(exc).__name__}: {exc}")
    else:
        print(f"{name}: passed")


check('assertEqual', 1, 2)
check('assertEqual', 1, 1)
check('assertEqual', 1, 2, 'numbers')
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertEqual', 'x' * 30 + 'abc' * 30, 'x' * 30 + 'abd' * 30)
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', (1,), (1, 2, 3))
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', "one\ntwo\nthree\n", "one\n2\nthree\n")
check('assertEqual', "spam", "spa")
check('assertEqual', list(range(100)), list(range(99)) + [0])
check('assertNotEqual', 3, 3)
check('assertNotEqual', 3, 3, msg='same')
check('assertTrue', 0)
check('assertTrue', [1])
check('assertFalse', 'x')
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2])
check('assertNotIn', 1, [1, 2])
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.2, delta=0.25)
check('assertAlmostEqual', 1.0, 1.2, places=1, delta=0.25)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.1, delta=0.5)
check('assertNotAlmostEqual', 1.0, 2.0)
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [1]])
check('assertCountEqual', [[1], [2], [2]], [[2], [1], [3]])
check('assertRegex', 'hello', 'h.l+o')
check('assertRegex', 'hello', r'\d+')
check('assertNotRegex', 'abc123def', r'\d+')
check('assertSequenceEqual', [1, 2], [1, 2])
check('assertSequenceEqual', 'abc', 'abd')
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1, 2), (1, 3))
check('assertDictEqual', {'k': [1, 2]}, {'k': [1, 3], 'j': 0})
check('assertDictEqual', [], {})
check('assertSetEqual', {1}, [1])
check('assertSetEqual', set(), {1})
check('assertMultiLineEqual', "a\nb\n", "a\nc\n", "lines")
check('assertMultiLineEqual', 1, "a")
check('fail')
check('fail', 'explicitly')

t.longMessage = False
check('assertEqual', 1, 2, 'only this')
check('assertEqual', 1, 2)
t.longMessage = True

t.maxDiff = 10
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', "one\ntwo\n", "one\nthree\n")
t.maxDiff = None
check('assertEqual', [str(i) * 20 for i in range(10)],
      [str(i) * 20 for i in range(9)])

# assertRaises: callable form, context form, .exception, regex, msg
check('assertRaises', ValueError, int, 'x')
check('assertRaises', ValueError, int, '5')
check('assertRaises', ValueError, lambda: 1)
check('assertRaises', (KeyError, IndexError), [].pop)
check('assertRaises', ValueError, lambda: {}['k'])
check('assertRaises', 5)
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
check('assertRaisesRegex', ValueError, 'invalid literal', int, 'x')
check('assertRaisesRegex', ValueError, r'^\d+$', int, 'x')
try:
    with t.assertRaises(KeyError, msg='want a key error'):
        pass
except AssertionError as exc:
    print('with msg:', exc)
try:
    with t.assertRaises(KeyError, bogus=1):
        pass
except TypeError as exc:
    print('TypeError:', exc)
try:
    with t.assertRaisesRegex(ValueError, 'yes'):
        raise ValueError('no')
except AssertionError as exc:
    print('regex:', exc)


def warn_deprecated():
    warnings.warn('old stuff', DeprecationWarning)


check('assertWarns', DeprecationWarning, warn_deprecated)
check('assertWarns', UserWarning, warn_deprecated)
check('assertWarns', UserWarning, lambda: None)
check('assertWarnsRegex', DeprecationWarning, 'old', warn_deprecated)
check('assertWarnsRegex', DeprecationWarning, 'new', warn_deprecated)
with t.assertWarns(UserWarning) as cm:
    warnings.warn('careful')
print(cm.warning, type(cm.warning).__name__)

print(t.failureException is AssertionError, t.maxDiff, Probe.maxDiff)
print(t.id(), str(t), repr(t))
print(t.shortDescription())
