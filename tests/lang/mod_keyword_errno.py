import keyword, errno, os
print(keyword.kwlist, keyword.softkwlist, keyword.iskeyword('if'), keyword.iskeyword('print'), keyword.issoftkeyword('match'), keyword.__all__)
print(errno.ENOENT, errno.EACCES, errno.errorcode[errno.ENOENT], errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[11], len(errno.errorcode), sorted(k for k in dir(errno) if k.startswith('E'))[:10])
try: os.remove('/nonexistent/zz')
except OSError as e: print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
