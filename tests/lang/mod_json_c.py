# json through the C scanner/encoder: non-ASCII positions, hooks, dict subclasses, number edge cases
import json
from json.decoder import scanstring
print(scanstring('"abc\\n" tail', 1), json.decoder.JSONDecoder().scan_once('[1, 2]', 0))
print(json.loads('"é\\u00e9 ☃ \\ud83d\\ude00"'), json.dumps("é☃😀\x7f\x00"), json.dumps("é☃😀\x7f\x00", ensure_ascii=False))
print(json.loads('{"ü": [1, "ß", {"€": null}]}'), json.loads(' "x" ', strict=False), json.loads('"a\tb"', strict=False))
try: json.loads('{"ü": [1, "ß", {"€": nul}]}')
except json.JSONDecodeError as e: print(e)
try: json.loads('["é",\n "\\x"]')
except json.JSONDecodeError as e: print(e, e.pos, e.lineno, e.colno)
print(json.loads("123456789012345678901234567890"), json.loads("-9223372036854775809"), json.loads("[1e5, -1.5e-3, 0.1]"))
print(json.loads('1.0', parse_float=float), json.loads('[NaN, -Infinity]', parse_constant=str), json.loads('{"a": 1}', object_hook=dict.items))
class D(dict):
    def items(self): return [("z", 1), ("a", 2)]
print(json.dumps(D(), sort_keys=True), json.dumps({1.5: 1, 2: 2, None: 0, False: 1}), json.dumps([(), [], {}]), json.dumps({"a": [1, {"b": ()}]}, indent=3))
import collections
print(json.dumps(collections.OrderedDict(b=1, a=2)), json.dumps(collections.Counter("aab")), json.dumps(collections.namedtuple("P", "x y")(1, 2)))
class E(float): pass
class F(int): pass
print(json.dumps([E(1.5), F(7), True, 2**64, -0.0, 1e300 * 10 if False else 1e300]))
print(json.encoder.encode_basestring_ascii("a\u1234"), json.encoder.encode_basestring("a\u1234\n"))
deep = [[[[[[[[[[[]]]]]]]]]]]
print(json.dumps(deep), json.loads(json.dumps(deep)) == deep)
