"""unittest.main: TestProgram (exported as main), the command line that
loads a module's tests, runs them and exits with their outcome."""

import argparse
import os
import sys

from . import loader, runner

_EXAMPLES = """Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

_MODULE_EXAMPLES = """Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""


def _as_pattern(text):
    """-k's argument: a substring of test names unless it has a *."""
    return text if '*' in text else f'*{text}*'


def _as_name(text):
    """A test name given as a file path (foo/test_x.py) becomes a dotted
    module name; other names stay as they are."""
    if not (os.path.isfile(text) and text.lower().endswith('.py')):
        return text
    relative = os.path.relpath(os.path.normpath(text))
    if os.path.isabs(relative) or relative.startswith(os.pardir):
        return text
    return relative[:-3].replace('\\', '.').replace('/', '.')


class TestProgram:
    """Loads tests (of module, or those named on the command line), runs
    them with testRunner and, with exit, ends the program: status 0 when
    all passed, 1 otherwise."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = None
    testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        self.module = _find_module(module)
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast, self.catchbreak, self.buffer = (failfast, catchbreak,
                                                       buffer)
        self.verbosity = verbosity
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            warnings = 'default'    # show warnings once each, as CPython
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        """The options, then the examples, each after a blank line."""
        print(self._parser().format_help())
        examples = _EXAMPLES if self.module is not None else _MODULE_EXAMPLES
        print(examples % {'prog': self.progName})

    def parseArgs(self, argv):
        self.tests = []
        self._parser().parse_args(argv[1:], self)
        if self.tests:
            self.testNames = [_as_name(name) if self.module is None else name
                              for name in self.tests]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None and self.module is None:
            raise NotImplementedError("atoll's unittest does not discover "
                                      "tests: name them")
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _parser(self):
        parser = argparse.ArgumentParser(prog=self.progName)
        parser.print_help = self._print_help
        parser.add_argument('-v', '--verbose', dest='verbosity',
                            action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity',
                            action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals',
                            action='store_true',
                            help='Show local variables in tracebacks')
        # an option fixed by the caller of main() is not offered
        for flag, dest, text in (
                ('-f', 'failfast', 'Stop on first fail or error'),
                ('-c', 'catchbreak',
                 'Catch Ctrl-C and display results so far'),
                ('-b', 'buffer', 'Buffer stdout and stderr during tests')):
            if getattr(self, dest) is None:
                long_flag = '--' + {'failfast': 'failfast',
                                    'catchbreak': 'catch',
                                    'buffer': 'buffer'}[dest]
                parser.add_argument(flag, long_flag, dest=dest,
                                    action='store_true', help=text)
        parser.add_argument('-k', dest='testNamePatterns', action='append',
                            type=_as_pattern,
                            help='Only run tests which match the given '
                                 'substring')
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, '
                                 'classes and test methods.')
        return parser

    def runTests(self):
        if self.catchbreak:
            raise NotImplementedError("unittest: -c (catch Ctrl-C) needs "
                                      "the signal module, which atoll lacks")
        chosen = self.testRunner or runner.TextTestRunner
        if isinstance(chosen, type):
            try:
                chosen = chosen(verbosity=self.verbosity,
                                failfast=self.failfast, buffer=self.buffer,
                                warnings=self.warnings,
                                tb_locals=self.tb_locals)
            except TypeError:
                # a runner class of before tb_locals
                chosen = chosen(verbosity=self.verbosity,
                                failfast=self.failfast, buffer=self.buffer,
                                warnings=self.warnings)
        self.result = chosen.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


def _find_module(module):
    """The module main() was given, or the one its dotted name names."""
    if not isinstance(module, str):
        return module
    found = __import__(module)
    for part in module.split('.')[1:]:
        found = getattr(found, part)
    return found


main = TestProgram
