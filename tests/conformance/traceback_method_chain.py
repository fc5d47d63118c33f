class Parser:
    def parse(self, text):
        return [self.token(t) for t in text.split()]
    def token(self, t):
        return int(t)
p = Parser()
print(p.parse("1 2 3"))
p.parse("4 five 6")
