# A table-driven state machine parsing a tiny token stream.

TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("idle", "push"): "idle",
}


class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.history = []

    def feed(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            self.history.append("!" + event)
            return False
        new = TRANSITIONS[key]
        if event == "coin":
            self.credit += 1
        if new == "vending":
            self.credit -= 1
        self.history.append("%s-%s->%s" % (self.state, event, new))
        self.state = new
        return True


m = Machine()
for ev in "push coin coin push done push done coin".split():
    ok = m.feed(ev)
    print("%-5s %-5s state=%-7s credit=%d" % (ev, ok, m.state, m.credit))
print(m.history)


def tokenize(s):
    tokens, num, state = [], "", "start"
    for ch in s + " ":
        if state == "num":
            if ch.isdigit():
                num += ch
                continue
            tokens.append(("NUM", int(num)))
            num, state = "", "start"
        if ch.isdigit():
            num, state = ch, "num"
        elif ch in "+-*/()":
            tokens.append(("OP", ch))
        elif ch != " ":
            tokens.append(("ERR", ch))
    return tokens


print(tokenize("12+ 3*(45-6) x"))
