# A pystone-style (Dhrystone-style) workload of our own: records (objects with fields),
# procedure calls, integer arithmetic, string comparison and array updates, repeated often.
class Record:
    def __init__(self, next_rec=None, kind=0, value=0, name=""):
        self.next_rec = next_rec
        self.kind = kind
        self.value = value
        self.name = name

    def copy_from(self, other):
        self.kind = other.kind
        self.value = other.value
        self.name = other.name


GLOBAL_ARRAY = [0] * 51
GRID = [[0] * 51 for _ in range(51)]


def choose(kind):
    if kind == 1:
        return 2
    if kind == 2:
        return 3
    return 1


def proc_a(rec, n):
    rec.next_rec.copy_from(rec)
    rec.value = n + 5
    rec.next_rec.value = rec.value
    rec.next_rec.next_rec = rec.next_rec
    if rec.next_rec.kind == 1:
        rec.next_rec.value = 6
        rec.next_rec.kind = choose(rec.kind)
    else:
        rec.copy_from(rec.next_rec)
    return rec


def proc_b(a, b):
    GLOBAL_ARRAY[a] = b
    GLOBAL_ARRAY[a + 1] = GLOBAL_ARRAY[a]
    GLOBAL_ARRAY[a + 30] = a
    for i in range(a, a + 2):
        GRID[a][i] = a
    GRID[a][a - 1] += 1
    GRID[a + 20][a] = GLOBAL_ARRAY[a]
    return a + b


def compare(s1, s2):
    if s1[2] == s2[3]:
        return 1
    return 2 if s1 > s2 else 3


def run(loops):
    glob = Record(Record(), 1, 40, "SOME STRING")
    s1 = "DHRYSTONE 1'ST STRING"
    s2 = "DHRYSTONE 2'ND STRING"
    total = 0
    for i in range(loops):
        a = 2
        b = 3
        c = 5 * a - b
        if compare(s1, s2) == 3:
            total += proc_b(8, c)
        proc_a(glob, i % 7)
        a = c * b // 3 + i % 11
        total += a + glob.value + glob.next_rec.kind
    return total, GLOBAL_ARRAY[8], GRID[8][7]


print(run(60000))
