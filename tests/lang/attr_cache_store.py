# A function whose only attribute instruction stores attributes on instances
# of many classes: every way of its inline cache gets used, first through
# the slow path (a write past the cache array used to corrupt the next heap
# object here).
classes = [type('C%d' % i, (), {}) for i in range(24)]
def setx(o, v):
    o.x = v
objs = []
for rounds in range(3):
    for i, cls in enumerate(classes):
        o = cls()
        setx(o, i * rounds)
        objs.append(o)
names = ('a', 'b', 'c')
print(sum(o.x for o in objs), len(objs), names, [type(o).__name__ for o in objs[:3]])
def both(o, v):
    o.y = v
    o.z = v + 1
for cls in classes:
    o = cls()
    both(o, 1)
    both(o, 2)
print(o.y, o.z, names)
