class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return "%s x%d @%.2f" % (self.name, self.qty, self.price)
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
    def __getitem__(self, name):
        return self.items[name]
    def __contains__(self, name):
        return name in self.items
    def value(self):
        return sum(i.total for i in self.items.values())
    def report(self):
        for name in sorted(self.items):
            print(" ", self.items[name])
inv = Inventory()
inv.add(Item("bolt", 0.25, 100))
inv.add(Item("nut", 0.1, 250))
inv.add(Item("bolt", 0.25, 20))
inv.report()
print("%.2f" % inv.value(), "nut" in inv, "gear" in inv, inv["bolt"].qty)
try:
    inv["gear"]
except KeyError as e:
    print("missing", e)
