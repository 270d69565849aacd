"""A bank-account simulation: account classes with inheritance, a custom
exception hierarchy, transactions that roll back on failure (context
managers), interest by month, an audit log, and a deterministic stream of
operations from a seeded random generator."""
import random
from collections import defaultdict


class BankError(Exception):
    """Base of the bank's errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.number}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f"no account {self.args[0]!r}"


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        Account._next_number += 1
        self.number = f"AC{Account._next_number}"
        self.owner = owner
        self._balance = round(balance, 2)
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"{self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance = round(self._balance + amount, 2)
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance = round(self._balance - amount, 2)
        self.history.append(("withdraw", amount))

    def available(self):
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner}: {self._balance:,.2f}>"


class Savings(Account):
    kind = "savings"
    rate = 0.02

    def __init__(self, owner, balance=0.0, rate=None):
        super().__init__(owner, balance)
        if rate is not None:
            self.rate = rate
        self.withdrawals_this_month = 0

    def withdraw(self, amount):
        if self.withdrawals_this_month >= 3:
            raise BankError(f"{self.number}: too many withdrawals this month")
        super().withdraw(amount)
        self.withdrawals_this_month += 1

    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        if interest:
            self.deposit(interest)
        self.withdrawals_this_month = 0


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            fee = 15.0
            self._balance = round(self._balance - fee, 2)
            self.history.append(("fee", fee))


class Transaction:
    """Applies operations atomically: on an exception every account touched
    gets its balance and history back."""

    def __init__(self, bank, label):
        self.bank = bank
        self.label = label
        self.saved = {}

    def touch(self, account):
        if account.number not in self.saved:
            self.saved[account.number] = (account._balance, list(account.history))
        return account

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.bank.log(f"{self.label}: ok")
            return False
        for number, (balance, history) in self.saved.items():
            acct = self.bank.accounts[number]
            acct._balance = balance
            acct.history = history
        self.bank.log(f"{self.label}: rolled back ({type(exc).__name__}: {exc})")
        return issubclass(exc_type, BankError)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.audit = []

    def log(self, text):
        self.audit.append(text)

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        self.log(f"open {acct.kind} {acct.number} for {owner}")
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, src, dst, amount):
        with Transaction(self, f"transfer {amount:.2f} {src}->{dst}") as tx:
            a = tx.touch(self.get(src))
            b = tx.touch(self.get(dst))
            a.withdraw(amount)
            b.deposit(amount)

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def report(self):
        by_owner = defaultdict(list)
        for acct in self.accounts.values():
            by_owner[acct.owner].append(acct)
        lines = [f"{self.name} — {len(self.accounts)} accounts"]
        for owner in sorted(by_owner):
            total = sum(a.balance for a in by_owner[owner])
            lines.append(f"  {owner:<8} {total:>12,.2f}")
            for a in sorted(by_owner[owner], key=lambda a: a.number):
                lines.append(f"    {a.number} {a.kind:<9} {a.balance:>12,.2f}")
        grand = sum(a.balance for a in self.accounts.values())
        lines.append(f"  {'TOTAL':<8} {grand:>12,.2f}")
        return "\n".join(lines)


def simulate(bank, months, rng):
    numbers = sorted(bank.accounts)
    stats = defaultdict(int)
    for month in range(1, months + 1):
        for _ in range(12):
            op = rng.choice(["deposit", "withdraw", "transfer", "transfer", "bad"])
            acct = bank.accounts[rng.choice(numbers)]
            amount = round(rng.uniform(5, 400), 2)
            try:
                if op == "deposit":
                    acct.deposit(amount)
                elif op == "withdraw":
                    acct.withdraw(amount)
                elif op == "transfer":
                    other = rng.choice(numbers)
                    bank.transfer(acct.number, other, amount)
                else:
                    bank.transfer(acct.number, "AC0000", amount)
                stats[op] += 1
            except InsufficientFunds as e:
                stats["insufficient"] += 1
                bank.log(f"refused: {e}")
            except BankError as e:
                stats["refused"] += 1
                bank.log(f"refused: {e}")
        bank.month_end()
        print(f"month {month}: " + ", ".join(f"{k}={v}" for k, v in sorted(stats.items())))
    return stats


if __name__ == "__main__":
    bank = Bank("Atoll Savings & Loan")
    alice = bank.open(Savings, "alice", 1000.0)
    bob = bank.open(Checking, "bob", 250.0, overdraft=200.0)
    carol = bank.open(Account, "carol", 40.0)
    bank.open(Savings, "alice", 5000.0, rate=0.05)
    print(alice, bob, carol, sep="\n")
    bob.withdraw(400)
    print("bob after overdraft:", bob.balance, "available", bob.available())
    try:
        carol.withdraw(100)
    except InsufficientFunds as e:
        print("error:", e, "| amount", e.amount)
    try:
        carol.deposit(-5)
    except ValueError as e:
        print("error:", e)
    bank.transfer(alice.number, carol.number, 60)
    bank.transfer(carol.number, bob.number, 1000)
    try:
        bank.get("AC9999")
    except KeyError as e:
        print("KeyError caught:", e, isinstance(e, BankError))
    carol.frozen = True
    bank.transfer(alice.number, carol.number, 10)
    carol.frozen = False
    print(alice.balance, carol.balance)
    stats = simulate(bank, 4, random.Random(2024))
    print(bank.report())
    print("audit entries:", len(bank.audit))
    for line in bank.audit[:8]:
        print("  ", line)
    print("bob history:", bob.history[:4])
    print(sorted(stats.items()))
