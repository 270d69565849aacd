# pass in every kind of block, and empty-looking bodies that are not empty.

def nothing():
    pass

class Empty:
    pass

for i in range(3):
    pass
print(i, nothing(), Empty.__name__)

while False:
    pass
else:
    pass

if True:
    pass
elif False:
    pass
else:
    pass

try:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass

with open(__file__) as f:
    pass
print(f.closed)

def only_docstring():
    """A docstring is a body too."""
print(only_docstring(), only_docstring.__doc__)

def ellipsis_body():
    ...
print(ellipsis_body())

# pass does nothing, even several times in a row
def many():
    pass; pass
    pass
    return "after passes"
print(many())
lam = lambda: None
print(lam())
class WithPass:
    x = 1
    pass
    def m(self):
        pass
print(WithPass.x, WithPass().m())
