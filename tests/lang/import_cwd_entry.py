# Modules found through a relative sys.path entry ('' is the working
# directory, as under -c and at the prompt) have absolute __file__,
# __cached__ and __path__, as CPython 3.11's finder makes them: joined to
# the working directory at the time of the import.
import os
import sys

here = os.getcwd()
sys.path.insert(0, "")
os.chdir("meta_mods")
import cwd_mod
import cwd_pkg
import cwd_ns.part

for m in (cwd_mod, cwd_pkg, cwd_ns.part):
    print(m.__name__, os.path.isabs(m.__file__), os.path.relpath(m.__file__, here),
          os.path.relpath(m.__cached__, here))
for p in (cwd_pkg.__path__, cwd_ns.__path__):
    print([(os.path.isabs(d), os.path.relpath(d, here)) for d in p])

# a relative entry other than '': joined to the working directory, unnormalised
os.chdir(here)
sys.path[0] = "meta_mods/meta_pkg/"
import sub
print(os.path.isabs(sub.__file__), os.path.relpath(sub.__file__, here))
sys.path[0] = "meta_mods/meta_pkg/.."
import meta_mod
print(meta_mod.__file__.replace(here, "HERE"))
