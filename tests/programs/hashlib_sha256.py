# hashlib.sha256 digests (deterministic).
import hashlib
import binascii

h = hashlib.sha256(b"abc")
d = h.digest()
print(binascii.hexlify(d))
print(binascii.hexlify(hashlib.sha256(b"").digest()))
h2 = hashlib.sha256()
h2.update(b"a")
h2.update(b"bc")
print(h2.digest() == hashlib.sha256(b"abc").digest())
print(len(hashlib.sha256(b"x" * 1000).digest()))
for s in [b"frost", b"micropython", b"\x00" * 64]:
    print(s[:12], binascii.hexlify(hashlib.sha256(s).digest())[:16])
chained = b"seed"
for i in range(5):
    chained = hashlib.sha256(chained).digest()
print(binascii.hexlify(chained))
text = "héllo".encode()
print(binascii.hexlify(hashlib.sha256(text).digest())[:20])
print(type(d).__name__)
try:
    h.digest()
except ValueError as e:
    print("second digest():", e)
