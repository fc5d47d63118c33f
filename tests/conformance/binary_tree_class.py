# Binary search tree: insert, search, traversals, height, delete-min.

class BST:
    def __init__(self):
        self.root = None

    def insert(self, k):
        def ins(node):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1])
            elif k > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)

    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]:
                return True
            n = n[1] if k < n[0] else n[2]
        return False

    def inorder(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return []
        return self.inorder(n[1]) + [n[0]] + self.inorder(n[2])

    def preorder(self):
        out, stack = [], [self.root]
        while stack:
            n = stack.pop()
            if n:
                out.append(n[0])
                stack.append(n[2])
                stack.append(n[1])
        return out

    def height(self, n="root"):
        if n == "root":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))

    def pop_min(self):
        parent, n = None, self.root
        while n[1]:
            parent, n = n, n[1]
        if parent:
            parent[1] = n[2]
        else:
            self.root = n[2]
        return n[0]


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.inorder())
print(t.preorder())
print(t.height(), 45 in t, 55 in t)
print([t.pop_min() for _ in range(3)], t.inorder())
