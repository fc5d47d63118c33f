class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("amount must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds("%s has only %d" % (self.owner, self.balance))
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return "Account(%d, %r, %d)" % (self.id, self.owner, self.balance)
a = Account("ann", 100)
b = Account("bob")
a.deposit(50).withdraw(30)
print(a, b, a.history)
for op in [lambda: b.withdraw(1), lambda: a.deposit(-5), lambda: a.withdraw(120)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([a, b], key=lambda x: x.balance))
