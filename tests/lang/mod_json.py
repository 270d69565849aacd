# json: dumps formatting (indent, separators, sort_keys, ensure_ascii, default), loads and its error positions
import json
from json import JSONDecodeError
tests = ['', ' ', '[1,', '{"a" 1}', '{"a":1,}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '{1:2}', '[1,]', 'tru', '"a\nb"', '1 2', '\ufeff1', '{"a":1', '["\\ud83d\\ude00"]', '-', '-x', '01', '1.', '1e', '1.5e+', '[-Infinity, NaN, Infinity]', '"\\u00e9\\n"', '  {"x": [1, 2.50, -0.0, 1E3, 2e-2]}  ', '[1e400]', '"\\u1234', '123abc', '{"a": {"b": [true, false, null]}, "c": "d"}', '\n\n  [1,\n  2,\n  x]', '[]', '{}', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '12345678901234567890', '-0', '1.5E-3', '{"a":1,"a":2}']
for t in tests:
    try: print(repr(t), repr(json.loads(t)))
    except JSONDecodeError as e: print(repr(t), "JDE", e, e.pos, e.lineno, e.colno, e.msg)
    except Exception as e: print(repr(t), type(e).__name__, e)
data = {"name": "Ünïcode ☃ 😀", "list": [1, 2.5, -3e-7, 1e22, 1.0, True, False, None], "nested": {"a": [], "b": {}, "c": [{}]}, "esc": "quote\" back\\ tab\t nl\n ctl\x01 del\x7f", 5: "int key", 2.5: "float", True: "t", None: "n"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps({"b": 1, "a": [3, {"z": 0, "y": 1}]}, sort_keys=True, indent=4))
print(json.dumps([1, [2, [3, []]]], indent=0), json.dumps("x"), json.dumps(3), json.dumps(None), json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps((1, 2)), json.dumps({"a": (1,)}), json.dumps(12345678901234567890), json.dumps(0.1), json.dumps(1/3), json.dumps(-0.0))
print(json.dumps({"a": 1}, separators=(",", ":")), json.dumps([1, 2], separators=(";", "=")))
class Pt:
    def __init__(self, x): self.x = x
print(json.dumps([Pt(1)], default=lambda o: {"x": o.x}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))
for bad in ["json.dumps(object())", "json.dumps({(1, 2): 3})", "json.dumps(float('nan'), allow_nan=False)", "json.dumps({(1,): 2, 'k': 1}, skipkeys=True)", "json.loads(5)", "json.dumps({'b': 1, 2: 3}, sort_keys=True)"]:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
d = {}; d["d"] = d
try: json.dumps(d)
except ValueError as e: print(e)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": [1, {"b": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads(b'{"x": "\\u00e9"}'), json.loads(bytearray(b'[1]')), json.loads('"\\ud83d\\ude00"') == "😀")
import os
_tmp = "mod_json_tmp_%d.json" % os.getpid()   # two test runs may share this folder
with open(_tmp, "w") as f:
    json.dump({"k": [1, 2, "v"]}, f, indent=1)
with open(_tmp) as f:
    print(repr(f.read()))
with open(_tmp) as f:
    print(json.load(f))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.decode(' {"x": null} '))
e = JSONDecodeError("msg", "ab\ncd", 4); print(e, e.lineno, e.colno, isinstance(e, ValueError))
print(json.dumps("\u2028\ud7ff\ue000"), json.dumps(["a" * 3, {"k": "v"}], indent=None))
os.remove(_tmp)
