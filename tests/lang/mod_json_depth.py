# json nests as deep as the recursion limit allows, encoding and decoding,
# then raises RecursionError with CPython's messages.
import json
x = []
for i in range(2000):
    x = [x]
try:
    json.dumps(x)
    print("no error")
except RecursionError as e:
    print(e)
y = {}
for i in range(2000):
    y = {"a": y}
try:
    json.dumps(y)
    print("no error")
except RecursionError as e:
    print(e)
for s in ['[' * 3000 + ']' * 3000, '{"a":' * 3000 + '1' + '}' * 3000, '[' * 500 + ']' * 500]:
    try:
        print(len(str(json.loads(s))))
    except RecursionError as e:
        print(e)
