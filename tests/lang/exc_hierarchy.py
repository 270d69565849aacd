# The built-in exception hierarchy: bases, isinstance/issubclass, catching by base.

names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
         "StopIteration", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "AssertionError", "AttributeError", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError",
         "UnboundLocalError", "OSError", "FileNotFoundError", "RuntimeError",
         "RecursionError", "NotImplementedError", "SyntaxError", "IndentationError",
         "TabError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
         "StopAsyncIteration", "EOFError", "FloatingPointError", "PermissionError",
         "TimeoutError", "ConnectionError", "BrokenPipeError", "IsADirectoryError",
         "UnicodeEncodeError", "BufferError", "ReferenceError", "SystemError",
         "ProcessLookupError", "InterruptedError", "ChildProcessError", "FileExistsError",
         "NotADirectoryError", "BlockingIOError"]
b = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
for n in names:
    cls = b[n]
    print(n, "->", cls.__base__.__name__, [c.__name__ for c in cls.__mro__[1:]])

print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(KeyError, IndexError))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(bool, int), issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
print(isinstance(KeyError("x"), LookupError), isinstance(ValueError(), (TypeError, KeyError)))
print(IOError is OSError, EnvironmentError is OSError)

def catch(exc, by):
    try:
        raise exc
    except by:
        return "caught by " + (by.__name__ if isinstance(by, type) else str([c.__name__ for c in by]))
    except BaseException as e:
        return "escaped " + type(e).__name__

print(catch(ZeroDivisionError, ArithmeticError))
print(catch(RecursionError, RuntimeError))
print(catch(ModuleNotFoundError, ImportError))
print(catch(UnboundLocalError, NameError))
print(catch(FileNotFoundError, OSError))
print(catch(KeyboardInterrupt, Exception))
print(catch(TabError, SyntaxError))
print(catch(NotImplementedError, (KeyError, RuntimeError)))
print(catch(StopIteration, Exception))
# exception instances are not classes
try:
    issubclass(KeyError(), Exception)
except TypeError as e:
    print("TypeError", e)
print(NotImplemented, type(NotImplemented).__name__, bool(Ellipsis))
