# operator and functools with user classes: attrgetter/itemgetter/methodcaller, total_ordering, partial, reduce, cached_property
import functools
import operator


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f"v{self.text}"


vs = [Version(v) for v in ("1.10", "1.2", "1.2.1", "0.9")]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.99"), Version("1.0") >= Version("1.1"))


class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def title(self, prefix):
        return f"{prefix} {self.name}"


staff = [Employee("ann", "ops", 50), Employee("bob", "dev", 70), Employee("cy", "dev", 60)]
print([e.name for e in sorted(staff, key=operator.attrgetter("dept", "salary"))])
print(list(map(operator.methodcaller("title", "Dr."), staff)))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), operator.itemgetter(0, 1)(rows[0]), operator.attrgetter("name")(staff[0]))
print(functools.reduce(operator.add, [e.salary for e in staff]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
raise_by = functools.partial(pow, exp=2) if False else functools.partial(pow, 2)
print(raise_by(10), functools.partial(Employee.title, staff[1])("Ms."), functools.partial(int, base=2)("101"))


class Report:
    def __init__(self, data):
        self.data = data
        self.computed = 0

    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(self.data)


r = Report([1, 2, 3])
print(r.total, r.total, r.computed, "total" in vars(r))
del r.total
print(r.total, r.computed)


@functools.lru_cache(maxsize=2)
def slow_square(n):
    print("  computing", n)
    return n * n


print(slow_square(3), slow_square(3), slow_square(4), slow_square(5), slow_square(3))
print(slow_square.cache_info())
print(operator.add(1, 2), operator.neg(5), operator.not_(0), operator.contains([1], 1), operator.getitem({"k": 9}, "k"))
