# Comments and indentation: tabs, spaces, and comments in odd places.
# A comment line.
    # An indented comment line does not start a block.

x = 1  # trailing comment
if x:  # comment after a colon
	# a tab-indented comment
	y = 2	# tab-indented statement with a tab before the comment
	if y:
		z = 3  # two tabs
	else:
		z = 4
print(x, y, z)

def spaces():
  a = 1       # two-space indentation
  if a:
        b = 2   # a deeper block with eight spaces
        return b
  return a
print(spaces())

def mixed_levels():
    result = []
    for i in range(3):
            # comment with odd indentation inside a block
            result.append(i)
    return result
print(mixed_levels())

# blank lines and comment-only lines inside blocks
def blanks():

    a = 1

    # comment

    b = 2


    return a + b
print(blanks())

# a block that is a single line after the colon
if x: print("one-liner"); print("two statements")
for i in range(2): print("loop", i)
while False: pass
class C: pass
def one(): return "one"
print(one(), C.__name__)
# a hash inside a string is not a comment
print("# not a comment", '#', "a#b")
s = """
# inside a triple-quoted string
"""
print(repr(s))
# dedent several levels at once
def deep():
    if True:
        if True:
            if True:
                v = "deep"
    return v
print(deep())
# form feed at the start of a line resets the indentation column
print("after form feed")
