# Stack-based algorithms: bracket matching, RPN evaluation, queue via two stacks.

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return "mismatch at %d" % i
    return "ok" if not stack else "unclosed %d" % len(stack)


for s in ["([]{()})", "([)]", "((", "", "a(b)c]"]:
    print(repr(s), balanced(s))


def rpn(expr):
    st = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a // b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(int(tok))
    return st.pop()


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 100 *  7 /"))


class Queue:
    def __init__(self):
        self.inbox, self.outbox = [], []

    def put(self, v):
        self.inbox.append(v)

    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self):
        return len(self.inbox) + len(self.outbox)


q = Queue()
for i in range(4):
    q.put(i)
print(q.get(), q.get(), len(q))
q.put(10)
print([q.get() for _ in range(len(q))])
try:
    q.get()
except IndexError:
    print("IndexError: empty queue")
