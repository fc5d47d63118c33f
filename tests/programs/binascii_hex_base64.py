# binascii: hexlify, unhexlify, base64, crc32.
import binascii

data = b"frost \x00\xff"
h = binascii.hexlify(data)
print(h, binascii.unhexlify(h) == data)
print(binascii.hexlify(b"abc", "-") if False else binascii.hexlify(b"abc"))
print(binascii.unhexlify("DEADbeef"))
b64 = binascii.b2a_base64(b"hello world")
print(b64)
print(binascii.a2b_base64(b64))
for n in range(5):
    enc = binascii.b2a_base64(b"x" * n)
    print(n, enc, binascii.a2b_base64(enc))
print(binascii.crc32(b"hello"), binascii.crc32(b""), binascii.crc32(b"a" * 100))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
try:
    binascii.unhexlify("abc")
except ValueError:
    print("ValueError: odd-length hex")
print(binascii.b2a_hex(bytes(range(8))))
