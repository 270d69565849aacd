# unittest.main: the command line (-v, -q, -f, -k, -b, test names, -h and
# bad options), the report and the exit status (SystemExit, 0 or 1). The
# runner writes to a buffer whose "Ran" time is replaced before printing.
import io
import os
import re
import sys
import unittest

os.environ['COLUMNS'] = '80'    # argparse wraps the help to the terminal
buffer = io.StringIO()


class Runner(unittest.TextTestRunner):
    def __init__(self, **options):
        super().__init__(stream=buffer, **options)


def show_report():
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    print(re.sub(r' in \d+\.\d+s', ' in T', text), end='')


class Greeting(unittest.TestCase):
    def test_hello(self):
        print('  (hello runs)')
        self.assertIn('ell', 'hello')

    def test_bye(self):
        print('  (bye runs)')
        self.assertEqual('bye'.upper(), 'BYE!')

    def test_spam(self):
        print('  (spam runs)')


class Other(unittest.TestCase):
    def test_other(self):
        pass

    @unittest.skip('not today')
    def test_skipped(self):
        pass


def main(*args, **kwargs):
    print('$ prog', *args)
    try:
        unittest.main(argv=['prog', *args], testRunner=Runner,
                      testLoader=unittest.TestLoader(), **kwargs)
    except SystemExit as exc:
        print('SystemExit', repr(exc.code))
    finally:
        show_report()


main()
main('-v')
main('-q')
main('-f')
main('-k', 'spam', '-v')
main('-k', '*Other*', '-k', 'hello')
main('Other')
main('Greeting.test_hello', 'Other.test_other')
main('Greeting.test_missing')
main('-b', 'Greeting')
main('--locals', 'Other')
main('-h')
main('--bogus')
print('$ exit=False')
program = unittest.main(argv=['prog'], exit=False, testRunner=Runner,
                        defaultTest='Other')
show_report()
print(program.result)
print('$ the last one ends the script')
sys.stdout.flush()
try:
    unittest.main(argv=['prog', 'Greeting'], testRunner=Runner)
finally:
    show_report()
