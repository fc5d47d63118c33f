import errno
print(errno.ENOENT, errno.EINVAL, errno.EEXIST, errno.EAGAIN, errno.ETIMEDOUT)
print(errno.errorcode[errno.ENOENT], errno.errorcode[22])
try:
    raise OSError(errno.ENOENT)
except OSError as e:
    print("OSError", e.args, e.errno if hasattr(e, "errno") else None)
