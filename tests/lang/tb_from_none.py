# raise ... from None in a method hides the context in the uncaught traceback
class Registry:
    def __init__(self):
        self.items = {}

    def get(self, key):
        try:
            return self.items[key]
        except KeyError:
            raise LookupError(f"no item {key!r} registered") from None


Registry().get("widget")
