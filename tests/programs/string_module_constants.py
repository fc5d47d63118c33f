# The string module constants and simple text processing with them.
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(len(string.punctuation), len(string.printable), repr(string.whitespace))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)


def caesar(text, shift):
    low = string.ascii_lowercase
    up = string.ascii_uppercase
    out = []
    for ch in text:
        if ch in low:
            out.append(low[(low.index(ch) + shift) % 26])
        elif ch in up:
            out.append(up[(up.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return "".join(out)


enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))


def to_base(n, b):
    digits = string.digits + string.ascii_lowercase
    if n == 0:
        return "0"
    s = ""
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return s


print([to_base(255, b) for b in (2, 8, 16, 36)])
print(int(to_base(123456789, 36), 36))
print("".join(c for c in "a1!b2?c3" if c in string.ascii_letters))
