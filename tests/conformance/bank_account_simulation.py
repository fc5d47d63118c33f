# Object-oriented simulation: accounts, transfers and custom errors.

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %d (balance %d)" % (account.owner, amount, account.balance))


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.log = []

    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.log.append(("dep", amt))

    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.log.append(("wd", amt))

    def __repr__(self):
        return "Account#%d(%s, %d)" % (self.id, self.owner, self.balance)


class Savings(Account):
    rate_percent = 3

    def add_interest(self):
        interest = self.balance * self.rate_percent // 100
        self.deposit(interest)
        return interest


def transfer(src, dst, amt):
    src.withdraw(amt)
    dst.deposit(amt)


a = Account("ann", 100)
b = Savings("bob", 1000)
transfer(a, b, 40)
print(a, b)
print(b.add_interest(), b)
for amt in (100, 0, -5):
    try:
        if amt > 0:
            transfer(a, b, amt)
        else:
            a.deposit(amt)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e)
    except ValueError as e:
        print("ValueError:", e)
print(a.log, b.log)
print(sorted([a, b], key=lambda acc: -acc.balance))
