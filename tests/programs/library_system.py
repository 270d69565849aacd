"""A library management system: books, members and loans with classes and
properties, a catalogue searchable by several keys, due dates counted in
days, fines, reservations queues, JSON export/import of the state, and a
day-by-day simulation of events with a report at the end."""
import json
from collections import defaultdict, deque


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, year, copies=1):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.copies = copies
        self.on_loan = 0
        self.waiting = deque()

    @property
    def available(self):
        return self.copies - self.on_loan

    def __repr__(self):
        return f"<{self.title} ({self.year}) {self.available}/{self.copies}>"

    def to_dict(self):
        return {"isbn": self.isbn, "title": self.title, "author": self.author, "year": self.year, "copies": self.copies}


class Member:
    LIMIT = 3

    def __init__(self, mid, name, kind="adult"):
        self.mid, self.name, self.kind = mid, name, kind
        self.loans = {}
        self.fines = 0.0
        self.history = []

    @property
    def limit(self):
        return 1 if self.kind == "child" else self.LIMIT

    def __repr__(self):
        return f"{self.name}#{self.mid}"


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.today = 0
        self.log = []

    def add_book(self, *args, **kw):
        book = Book(*args, **kw)
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book
        return self.books[book.isbn]

    def join(self, *args):
        member = Member(*args)
        self.members[member.mid] = member
        return member

    def search(self, **criteria):
        def matches(book):
            for key, want in criteria.items():
                value = getattr(book, key)
                if isinstance(want, str) and isinstance(value, str):
                    if want.lower() not in value.lower():
                        return False
                elif callable(want):
                    if not want(value):
                        return False
                elif value != want:
                    return False
            return True
        return sorted((b for b in self.books.values() if matches(b)), key=lambda b: (b.year, b.title))

    def borrow(self, mid, isbn):
        member, book = self.members[mid], self.books[isbn]
        if member.fines > 2:
            raise LibraryError(f"{member} owes {member.fines:.2f}")
        if len(member.loans) >= member.limit:
            raise LimitReached(f"{member} already has {len(member.loans)} book(s)")
        if book.available <= 0:
            if mid not in book.waiting:
                book.waiting.append(mid)
            raise NotAvailable(f"{book.title!r} is out; {member} is number {list(book.waiting).index(mid) + 1} in line")
        if book.waiting and book.waiting[0] != mid:
            raise NotAvailable(f"{book.title!r} is held for {self.members[book.waiting[0]]}")
        if book.waiting:
            book.waiting.popleft()
        book.on_loan += 1
        member.loans[isbn] = self.today + self.LOAN_DAYS
        self.log.append((self.today, "borrow", member.name, book.title))

    def give_back(self, mid, isbn):
        member, book = self.members[mid], self.books[isbn]
        due = member.loans.pop(isbn)
        book.on_loan -= 1
        late = max(0, self.today - due)
        fine = late * self.FINE_PER_DAY
        member.fines += fine
        member.history.append(isbn)
        self.log.append((self.today, "return", member.name, book.title + (f" ({late} days late, fine {fine:.2f})" if late else "")))

    def pay(self, mid, amount):
        member = self.members[mid]
        member.fines = max(0.0, member.fines - amount)

    def overdue(self):
        return sorted((m.name, self.books[isbn].title, self.today - due)
                      for m in self.members.values() for isbn, due in m.loans.items() if due < self.today)

    def export(self):
        return json.dumps({"books": [b.to_dict() for b in self.books.values()],
                           "members": [[m.mid, m.name, m.kind] for m in self.members.values()]}, sort_keys=True)

    @classmethod
    def restore(cls, text):
        data = json.loads(text)
        lib = cls()
        for b in data["books"]:
            lib.add_book(**b)
        for m in data["members"]:
            lib.join(*m)
        return lib


def simulate(lib, events):
    for day, action, *args in events:
        lib.today = day
        try:
            getattr(lib, action)(*args)
        except LibraryError as e:
            lib.log.append((day, "refused", type(e).__name__, str(e)))


if __name__ == "__main__":
    lib = Library()
    lib.add_book("111", "Dune", "Frank Herbert", 1965, copies=2)
    lib.add_book("222", "Neuromancer", "William Gibson", 1984)
    lib.add_book("333", "Foundation", "Isaac Asimov", 1951)
    lib.add_book("444", "Hyperion", "Dan Simmons", 1989)
    lib.add_book("111", "Dune", "Frank Herbert", 1965)
    ann, bob, cy = lib.join(1, "Ann"), lib.join(2, "Bob"), lib.join(3, "Cy", "child")
    print(lib.search(author="asimov"), lib.search(year=lambda y: y < 1970), lib.search(title="o", copies=1))
    events = [
        (0, "borrow", 1, "222"), (0, "borrow", 2, "222"), (1, "borrow", 3, "111"), (1, "borrow", 3, "333"),
        (2, "borrow", 1, "111"), (2, "borrow", 1, "333"), (3, "borrow", 1, "444"), (5, "borrow", 2, "111"),
        (6, "borrow", 2, "111"), (20, "give_back", 1, "222"), (21, "borrow", 3, "222"), (21, "borrow", 2, "222"),
        (30, "give_back", 3, "111"), (35, "borrow", 1, "222"), (36, "pay", 1, 10), (36, "give_back", 1, "111"),
        (40, "give_back", 2, "222"), (41, "borrow", 3, "444"),
    ]
    simulate(lib, events)
    for entry in lib.log:
        print(f"day {entry[0]:>2}: {entry[1]:<8} {' | '.join(map(str, entry[2:]))}")
    lib.today = 45
    print("overdue:", lib.overdue())
    for m in lib.members.values():
        print(f"{m!r:<8} loans={sorted(m.loans)} fines={m.fines:.2f} history={m.history}")
    print({b.title: (b.available, list(b.waiting)) for b in lib.books.values()})
    copy = Library.restore(lib.export())
    print(len(copy.books), copy.books["111"].copies, [repr(m) for m in copy.members.values()], copy.export() == lib.export())
    stats = defaultdict(int)
    for _, kind, *_ in lib.log:
        stats[kind] += 1
    print(dict(sorted(stats.items())))
