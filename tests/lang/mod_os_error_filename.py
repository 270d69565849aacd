# OSError.filename of an os call: an os.PathLike shows as its __fspath__() value
import os, pathlib
class P:
    def __init__(self, s): self.s = s
    def __fspath__(self): return self.s
for call in (lambda: os.stat(pathlib.Path('no_such_file_x')), lambda: os.listdir(P('no_such_dir_y')),
             lambda: os.rename(pathlib.Path('no_such_a'), P('no_such_b')), lambda: os.stat(b'no_such_bytes'),
             lambda: os.remove(P(b'no_such_c'))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, repr(e.filename), repr(e.filename2), e)
