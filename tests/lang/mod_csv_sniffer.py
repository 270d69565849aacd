# csv: the sniffer on many samples, has_header, dialect classes, DictReader/DictWriter corner cases
import csv, io, random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
samples = ['a;b;c\n1;2;3\n4;5;6\n', '"a","b"\n"c","d"\n', 'abc', '', 'x y z\n1 2 3\n', 'a,b\n"x, y",2\n3,4\n', "'a';'b'\n'c';'d'\n",
           'a, b, c\n1, 2, 3\n', 'a\tb\n1\t2\n3\t4\n', 'a:b:c\n1:2\n3:4:5\n', 'name|age\nann|3\nbob|4\n', '"a ""q"" b",c\n"d",e\n', '1,2;3\n4,5;6\n',
           '"x"\n"y"\n', 'a;b,c\n1;2,3\n', 'k=v&k=v\nk=v&k=v\n', '"a"\t"b"\n"c"\t"d"', 'a b\n"c d" e\n', '"only one"', 'x,y\n' * 30 + 'x;y\n' * 5]
R = random.Random(5)
for i in range(40):
    rows = [[R.choice(['ab', '12', '3.5', 'x y', '"q"', '', 'z']) for _ in range(R.randrange(1, 5))] for _ in range(R.randrange(1, 15))]
    s = io.StringIO(); csv.writer(s, delimiter=R.choice(',;\t|: '), quoting=R.choice([0, 1, 2])).writerows(rows)
    samples.append(s.getvalue())
sn = csv.Sniffer()
for s in samples:
    def go(s=s):
        d = sn.sniff(s)
        return (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.lineterminator, d.quoting, d._name)
    t(go); t(lambda: sn.sniff(s, delimiters=';,')); t(lambda: sn.has_header(s))
t(lambda: csv.Dialect())
class D(csv.Dialect):
    delimiter = ';'
t(lambda: D())
class E(csv.excel):
    quoting = 7
t(lambda: E()); print(csv.excel()._valid, csv.Dialect._valid, csv.excel_tab.delimiter, csv.unix_dialect.quoting, sorted(csv.list_dialects()))
t(lambda: csv.register_dialect(5)); t(lambda: csv.get_dialect([])); t(lambda: csv.get_dialect('nope')); t(lambda: csv.unregister_dialect('nope'))
csv.register_dialect('semi', csv.excel, delimiter=';'); print(csv.get_dialect('semi').delimiter, csv.get_dialect('semi').lineterminator == '\r\n'); csv.unregister_dialect('semi')
r = csv.DictReader(io.StringIO('a,b\n\n1,2\n\n\n3\n'), restval='R')
print(r.fieldnames, r.line_num, [(row, r.line_num) for row in r])
r = csv.DictReader(['x,y,z'], fieldnames=['p', 'q'], restkey='K'); print(list(r), r.fieldnames)
r = csv.DictReader([]); print(r.fieldnames, list(r))
s = io.StringIO(); w = csv.DictWriter(s, fieldnames='ab', extrasaction='IGNORE', restval='-')
print(w.writeheader(), w.writerow({'a': 1, 'zz': 2}), w.writerows([{'b': 3}]), repr(s.getvalue()), w.fieldnames)
s = io.StringIO(); w = csv.DictWriter(s, ['a'], extrasaction='Raise'); w.writerow({'a': 1, 'b': 2}); print(repr(s.getvalue()))
t(lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'c': 1}))
t(lambda: csv.DictReader[int])
for kw in [dict(delimiter=None, quoting=7), dict(quotechar=None, quoting=7), dict(quoting=None, quotechar=5), dict(quoting="x"), dict(escapechar=5, quoting=7), dict(lineterminator=5, quoting=7), dict(quotechar=None), dict(quotechar=None, quoting=3), dict(delimiter="ab", quoting=None), dict(quotechar=None, quoting=0), dict(quotechar='', quoting=3), dict(escapechar=''), dict(quoting=True), dict(quoting=3.0), dict(lineterminator=None), dict(bogus=1)]:
    try: r = csv.reader([], **kw); print(kw, "ok", r.dialect.quoting, repr(r.dialect.quotechar))
    except Exception as e: print(kw, type(e).__name__, e)
class Q(csv.excel):
    quotechar = None
t(lambda: csv.reader([], Q)); t(lambda: Q())
