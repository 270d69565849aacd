# User-defined exception classes: hierarchies, custom __init__/__str__, attributes.

class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "config key %r: %s" % (self.key, self.reason)

class NetworkError(AppError):
    code = 500

class Timeout(NetworkError, TimeoutError):
    code = 504

def load(what):
    if what == "config":
        raise ConfigError("port")
    if what == "net":
        raise NetworkError("connection refused")
    if what == "timeout":
        raise Timeout("slow", 30)
    if what == "plain":
        raise AppError()
    return "loaded " + what

for what in ("config", "net", "timeout", "plain", "data"):
    try:
        print(load(what))
    except ConfigError as e:
        print("ConfigError:", e, "| args:", e.args, "| key:", e.key)
    except NetworkError as e:
        print(type(e).__name__ + ":", e, "| code:", e.code, "| args:", e.args,
              "| is TimeoutError:", isinstance(e, TimeoutError), "| is OSError:", isinstance(e, OSError))
    except AppError as e:
        print("AppError:", repr(e), repr(str(e)))

print([c.__name__ for c in Timeout.__mro__])
print(repr(ConfigError("host", "bad")), str(ConfigError("host")))

# an exception class with extra state and a __repr__
class Detailed(ValueError):
    def __init__(self, value, limit):
        self.value = value
        self.limit = limit
        super().__init__("value %d over limit %d" % (value, limit))
    def __repr__(self):
        return "Detailed(value=%d)" % self.value
try:
    raise Detailed(12, 10)
except ValueError as e:
    print(e, repr(e), e.value, e.limit, e.args)

# an exception class without calling super().__init__: args come from the call
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, e.total, str(e))

# raising the class itself instantiates it with no arguments
class Simple(Exception):
    pass
try:
    raise Simple
except Simple as e:
    print(type(e).__name__, e.args, repr(e))
# exceptions are ordinary objects: attributes can be added
e = AppError("tagged")
e.tag = "t1"
try:
    raise e
except AppError as caught:
    print(caught.tag, caught)
# deriving from BaseException directly escapes "except Exception"
class Fatal(BaseException):
    pass
try:
    try:
        raise Fatal("fatal")
    except Exception:
        print("not reached")
except BaseException as e:
    print("escaped Exception handler:", repr(e))
print(issubclass(Timeout, (ConfigError, OSError)), Timeout.__name__, Timeout.__qualname__)
