"""unittest: writing tests as TestCase methods, gathering them into
suites, running them and reporting, with the API and the output of
CPython 3.11's module. atoll leaves out unittest.mock, test discovery in
directories and the Ctrl-C handling of -c (there is no signal module)."""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader',
           'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult', 'addModuleCleanup', 'doModuleCleanups',
           'enterModuleContext']

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest,
                   skip, skipIf, skipUnless, expectedFailure,
                   doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import main, TestProgram
from .runner import TextTestRunner, TextTestResult
