# * and ** with user objects: iterables and mappings at call sites and in displays, with their errors
class Triple:
    def __iter__(self):
        return iter((1, 2, 3))


class Config:
    def __init__(self):
        self.data = {"host": "h", "port": 80}

    def keys(self):
        return self.data.keys()

    def __getitem__(self, k):
        return self.data[k]


def connect(host, port, *extra, **opts):
    return f"{host}:{port} extra={extra} opts={opts}"


print(connect(**Config()), connect("x", *Triple()), connect(*"ab", **{"retry": 2}))
print([*Triple(), *Triple()], (*Triple(),), {*Triple()}, {**Config(), "port": 443})
print(max(*Triple()), sum(Triple()), dict(**Config()))


class NotMapping:
    def keys(self):
        return ["k"]


try:
    connect(**NotMapping())
except TypeError as e:
    print("TypeError:", e)
try:
    connect(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    connect(**{"host": 1}, **{"host": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    [*None]
except TypeError as e:
    print("TypeError:", e)
