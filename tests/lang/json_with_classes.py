# json with classes: default= to encode objects, object_hook to decode them, indent and sort_keys, errors
import json


class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


class Order:
    def __init__(self, oid, items, total, tags=()):
        self.oid, self.items, self.total, self.tags = oid, items, total, list(tags)


def encode(obj):
    if isinstance(obj, Money):
        return {"__money__": True, "amount": obj.amount, "currency": obj.currency}
    if isinstance(obj, Order):
        return {"__order__": obj.oid, "items": obj.items, "total": obj.total, "tags": obj.tags}
    raise TypeError(f"cannot encode {type(obj).__name__}")


def decode(d):
    if "__money__" in d:
        return Money(d["amount"], d["currency"])
    if "__order__" in d:
        return Order(d["__order__"], d["items"], d["total"], d["tags"])
    return d


order = Order(7, [{"sku": "A1", "qty": 2}, {"sku": "B2", "qty": 1}], Money(12.5, "EUR"), ("gift",))
text = json.dumps(order, default=encode)
print(text)
back = json.loads(text, object_hook=decode)
print(type(back).__name__, back.oid, back.items, back.total, back.tags)
print(json.dumps({"b": [1, 2.5, None, True], "a": {"x": "é"}}, indent=2, sort_keys=True))
print(json.dumps({"a": "é"}, ensure_ascii=False), json.dumps([1, "x"], separators=(",", ":")))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"m": Money(1, "X")}, default=lambda o: (_ for _ in ()).throw(TypeError("nope")))
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)
print(json.loads("[1, 2.0, -3e2, true, null]"), json.loads('"\\u00e9\\n"'))
