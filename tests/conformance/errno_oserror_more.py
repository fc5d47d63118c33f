# errno constants and OSError's args/errno.
import errno
print(errno.ENOENT, errno.EIO, errno.EAGAIN, errno.EINVAL, errno.EEXIST, errno.ENOMEM)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST])
e = OSError(errno.ENOENT)
print(e.args, e.errno, str(e) != "", type(e).__name__)
try:
    raise OSError(errno.EAGAIN, "try again")
except OSError as x:
    print(x.errno, x.args, x)
print(issubclass(OSError, Exception), isinstance(OSError(1), OSError))
