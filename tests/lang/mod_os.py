# os and os.path: path algebra, files and directories, errors with errno and file names, environ
import os, os.path
from os.path import join, exists, isfile, isdir, basename, dirname, splitext, split, abspath, normpath, getsize, expanduser
print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull, os.path is os.path, os.path.__name__)
print(join("a", "b", "c"), join("/a", "/b"), join("a/", "b"), join("a", ""), join(b"x", b"y"), split("/a/b/c.txt"), split("c"), split("/"), splitext("a/b.tar.gz"), splitext(".bashrc"), splitext("a.b/c"))
print(basename("/a/b/"), basename("/a/b"), dirname("/a/b"), dirname("a"), dirname("//a"), normpath("a//b/./c/../d"), normpath("/../x"), normpath(""), normpath("//a/b"), normpath("///a"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"), os.path.splitdrive("/x"))
base = "/tmp/atoll_mod_os_%d" % os.getpid()
if exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files: os.remove(join(root, f))
        for d in dirs: os.rmdir(join(root, d))
    os.rmdir(base)
os.makedirs(join(base, "sub", "deep"))
os.makedirs(join(base, "sub"), exist_ok=True)
with open(join(base, "f.txt"), "w") as fh: fh.write("hello")
with open(join(base, "sub", "g.txt"), "w") as fh: fh.write("x" * 10)
print(sorted(os.listdir(base)), exists(base), isdir(base), isfile(join(base, "f.txt")), isdir(join(base, "f.txt")), getsize(join(base, "f.txt")), exists(join(base, "nope")))
st = os.stat(join(base, "f.txt")); print(st.st_size, st[6], type(st.st_mtime).__name__, len(st), oct(st.st_mode & 0o777) != "")
os.rename(join(base, "f.txt"), join(base, "h.txt")); print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    print(root.replace(base, "BASE"), sorted(dirs), sorted(files))
for bad in ["os.remove(join(base, 'nope'))", "os.rmdir(join(base, 'sub'))", "os.mkdir(base)", "os.listdir('/nonexistent_dir_x')", "os.rename(join(base, 'zz'), join(base, 'yy'))", "os.stat(5.5)", "os.makedirs(join(base, 'sub'))", "os.chdir('/nonexistent_dir_x')"]:
    try: print(bad, eval(bad))
    except OSError as e: print(type(e).__name__, e.errno, e.strerror, str(e).replace(base, "BASE"))
    except Exception as e: print(type(e).__name__, str(e).replace(base, "BASE"))
os.remove(join(base, "h.txt")); os.unlink(join(base, "sub", "g.txt")); os.removedirs(join(base, "sub", "deep")) if False else None
os.rmdir(join(base, "sub", "deep")); os.rmdir(join(base, "sub")); os.rmdir(base); print(exists(base))
old = os.getcwd(); os.chdir("/tmp"); print(os.getcwd()); os.chdir(old); print(os.getcwd() == old)
os.environ["MW_TEST_VAR"] = "v1"; print(os.getenv("MW_TEST_VAR"), os.environ.get("MW_TEST_VAR"), os.getenv("MW_NOPE"), os.getenv("MW_NOPE", "dflt"), "MW_TEST_VAR" in os.environ)
del os.environ["MW_TEST_VAR"]; print(os.getenv("MW_TEST_VAR"))
print(type(os.getpid()), os.cpu_count() >= 1, len(os.urandom(8)), type(os.urandom(4)), os.fspath("a"), os.fsencode("é"), os.fsdecode(b"x"))
print(expanduser("~/x") == os.environ["HOME"] + "/x", expanduser("x~"), os.path.expandvars("$HOME/a") == os.environ["HOME"] + "/a", os.path.expandvars("$NOPE_MW_X/${NOPE}"))
print(abspath("x") == join(os.getcwd(), "x"), os.path.realpath("/tmp/../tmp/.") , os.path.getsize.__name__, os.sep.join(["a", "b"]))
class P:
    def __fspath__(self): return "/tmp"
print(os.fspath(P()), exists(P()), join(P(), "x"))
try: os.fspath(3)
except TypeError as e: print(e)
