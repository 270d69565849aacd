"""A module with PEP 562's __getattr__ and __dir__."""
eager = "eager"
_calls = []


def __getattr__(name):
    if name == "lazy_value":
        return "computed lazily"
    if name == "computed_twice":
        _calls.append(name)
        return len(_calls)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["eager", "lazy_value", "computed_twice"]


def run_main_guard():
    return "guarded code ran" if __name__ == "__main__" else f"imported as {__name__}"


if __name__ == "__main__":
    print("this only runs as a script")
