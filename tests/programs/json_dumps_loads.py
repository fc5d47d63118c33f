# json: dumps and loads of nested data (single-key dicts or sorted output).
import json

print(json.dumps(1), json.dumps(1.5), json.dumps("s"), json.dumps(None), json.dumps(True))
print(json.dumps([1, "two", None, False, [3.0]]))
print(json.dumps({"only": [1, 2]}))
print(json.dumps((1, 2)))
print(json.dumps("quote\" backslash\\ newline\n tab\t"))
print(json.dumps("é"))
obj = json.loads('{"a": [1, 2, {"b": null}], "c": true, "d": "x\\ny", "e": -1.5e2}')
print(sorted(obj.keys()))
print(obj["a"], obj["c"], repr(obj["d"]), obj["e"])
print(json.loads("[]"), json.loads("{}"), json.loads(" 42 "), json.loads('"\\u00e9"'))
print(json.loads("[1, [2, [3, [4]]]]"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__)
for bad in ["[1,", "{'a': 1}", "tru", ""]:
    try:
        json.loads(bad)
    except ValueError:
        print("ValueError for", repr(bad))
data = [{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(3)]
text = json.dumps([sorted(d.items()) for d in data])
print(text)
back = json.loads(text)
print(back == [[list(p) for p in sorted(d.items())] for d in data])
print(json.dumps(2 ** 70), json.loads("123456789012345678901234567890"))
print(json.dumps({"k": {"nested": {"deep": []}}}))
