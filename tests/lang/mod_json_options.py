# json: detect_encoding and bytes in each UTF, JSONDecodeError fields, decoder/encoder options, a custom decoder class
import json
from json import detect_encoding
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for doc in ['[1, "\u00e9"]', '7', '{}']:
        b = doc.encode(enc)
        print(enc, repr(doc), detect_encoding(b), json.loads(b))
print(detect_encoding(b''), detect_encoding(b'1'), detect_encoding(b'\x00'), detect_encoding(b'12'), detect_encoding(b'123'))
e = json.JSONDecodeError("boom", "ab\ncd\nef", 7)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
e2 = json.JSONDecodeError("x", "abc", 0); print(e2, e2.colno, e2.lineno)
d = json.JSONDecoder(strict=False)
print(d.strict, d.parse_float, d.parse_int, d.object_hook, d.object_pairs_hook)
print(json.loads('[1.5]', parse_float=float), json.loads('"a\\u0041"'))
enc = json.JSONEncoder(indent=2)
print(repr(enc.item_separator), repr(enc.key_separator), "".join(enc.iterencode({"a": [1]})))
enc.indent = 1; print(enc.encode([1, 2]))
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        print("Dec got", sorted(kw))
        super().__init__(**kw)
print(json.loads('{"a": 1}', cls=Dec), json.loads('1', cls=Dec, parse_int=str))
try: json.loads('[1] x')
except ValueError as ex: print(type(ex).__name__, ex)
try: json.JSONDecoder().decode('  ')
except ValueError as ex: print(type(ex).__name__, ex)
print(json.dumps(1, cls=json.JSONEncoder), json.dumps([1], indent=True))
try: json.dumps([1], indent=1.5)
except TypeError as ex: print('TypeError', ex)
