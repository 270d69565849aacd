# An exception raised in __init__ while building an object, inside a nested call
class Config:
    def __init__(self, values):
        self.port = int(values["port"])
        self.host = values["host"]


def load(raw):
    pairs = dict(item.split("=") for item in raw.split(";"))
    return Config(pairs)


print(load("port=80;host=example").host)
load("port=80")
