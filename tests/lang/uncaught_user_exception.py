# A user-defined exception escapes: the traceback names the class without __main__.

class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__("balance %d, requested %d" % (balance, amount))

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

acct = Account(100)
print(acct.withdraw(30))
acct.withdraw(500)
