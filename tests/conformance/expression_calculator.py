# A recursive-descent parser and evaluator for arithmetic expressions.

class Parser:
    def __init__(self, text):
        self.toks = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                self.toks.append(int(text[i:j]))
                i = j
                continue
            if c in "+-*/%()^":
                self.toks.append(c)
            elif c != " ":
                raise SyntaxError("bad char %r" % c)
            i += 1
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v

    def term(self):
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op, r = self.take(), self.power()
            v = v * r if op == "*" else v // r if op == "/" else v % r
        return v

    def power(self):
        b = self.atom()
        if self.peek() == "^":
            self.take()
            return b ** self.power()
        return b

    def atom(self):
        t = self.take()
        if t == "-":
            return -self.atom()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if isinstance(t, int):
            return t
        raise SyntaxError("unexpected %r" % (t,))


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 3", "17 % 5 * 2", "2 ^ 100", "(1", "3 $ 4"]:
    try:
        print(src, "=", Parser(src).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
