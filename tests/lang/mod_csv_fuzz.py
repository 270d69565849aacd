import csv, io, random
R = random.Random(7)
chars = ['a', 'b', ',', '"', "'", ';', ' ', '\n', '\r', '\\', '|', 'x']
def t(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
for i in range(400):
    kw = {}
    if R.random() < 0.3: kw['delimiter'] = R.choice([';', '|', '\t'])
    if R.random() < 0.3: kw['quotechar'] = R.choice(["'", '|'])
    if R.random() < 0.3: kw['escapechar'] = '\\'
    if R.random() < 0.3: kw['doublequote'] = False
    if R.random() < 0.3: kw['quoting'] = R.choice([0, 1, 2, 3])
    if R.random() < 0.2: kw['skipinitialspace'] = True
    if R.random() < 0.2: kw['lineterminator'] = '\n'
    if R.random() < 0.2: kw['strict'] = True
    rows = [[''.join(R.choice(chars) for _ in range(R.randint(0, 4))) for _ in range(R.randint(1, 3))] for _ in range(R.randint(1, 3))]
    def go():
        s = io.StringIO()
        w = csv.writer(s, **kw)
        w.writerows(rows)
        text = s.getvalue()
        return text, list(csv.reader(io.StringIO(text, newline=''), **kw))
    print(kw, t(go))
    line = ''.join(R.choice(chars) for _ in range(R.randint(0, 12)))
    print(t(lambda: list(csv.reader([line], **kw))), t(lambda: list(csv.reader(io.StringIO(line, newline=''), **kw))))
