# errno constants and OSError.
import errno

print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.ENOMEM)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINVAL])
print(sorted(k for k in errno.errorcode)[:5])
e = OSError(errno.ENOENT)
print(e.errno, e.args, e.errno == errno.ENOENT)
try:
    raise OSError(errno.EEXIST, "exists")
except OSError as err:
    print("caught", err.errno, err.args[1])
    if err.errno == errno.EEXIST:
        print("EEXIST branch")


def classify(code):
    try:
        raise OSError(code)
    except OSError as x:
        return errno.errorcode.get(x.errno, "UNKNOWN")


print([classify(c) for c in (errno.EPERM, errno.EIO, errno.EBADF, 9999)])
print(isinstance(OSError(1), Exception), issubclass(OSError, Exception))
print(OSError("just text").args, OSError().args)
try:
    raise OSError(errno.ETIMEDOUT, "timeout")
except Exception as err:
    print(type(err).__name__, err.args)
