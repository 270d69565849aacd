# A runtime error three calls deep: each frame in the traceback, with markers.

def parse(record):
    return int(record["value"]) * 2

def process(records):
    results = []
    for r in records:
        results.append(parse(r))
    return results

def main():
    data = [{"value": "1"}, {"value": "2"}, {"val": "3"}]
    print(process(data[:2]))
    return process(data)

main()
