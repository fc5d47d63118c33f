# Graph traversal: BFS shortest paths, DFS, topological sort, components.
from collections import deque

edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for k in graph:
    graph[k].sort()


def bfs(start):
    dist = {start: 0}
    q = deque((), 100)
    q.append(start)
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in dist:
                dist[m] = dist[n] + 1
                q.append(m)
    return order, sorted(dist.items())


print(bfs("a"))


def dfs(n, seen=None):
    if seen is None:
        seen = []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen


print(dfs("a"), dfs("g"))
components = []
visited = set()
for node in sorted(graph):
    if node not in visited:
        comp = dfs(node)
        visited.update(comp)
        components.append(sorted(comp))
print(components)

deps = {"app": ["lib", "util"], "lib": ["core"], "util": ["core"], "core": []}


def topo(deps):
    order, state = [], {}

    def visit(n):
        if state.get(n) == "done":
            return
        state[n] = "busy"
        for d in sorted(deps[n]):
            visit(d)
        state[n] = "done"
        order.append(n)

    for n in sorted(deps):
        visit(n)
    return order


print(topo(deps))
