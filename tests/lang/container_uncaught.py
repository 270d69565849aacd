# An uncaught KeyError from a dict lookup inside a function: traceback and exit status.

def lookup(table, key):
    return table[key]

inventory = {"apples": 3, ("pears", 2): 5}
print(lookup(inventory, "apples"), lookup(inventory, ("pears", 2)))
print(lookup(inventory, ("plums", 1)))
print("not reached")
