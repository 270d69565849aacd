# String literal forms and escape sequences.

print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab:\t|", "newline:\n|", "backslash:\\|", "cr:\r|".replace("\r", "<CR>"))
print("bell\a|form\f|vt\v|bs\b|nul\0|".encode() if False else repr("bell\a|form\f|vt\v|bs\b|nul\0|"))
print("\x41\x42\x43", "\101\102\103", "\7", repr("\0\01\012\123\1234"))
print("\u00e9\u4e2d\U0001F600", "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{SNOWMAN}")
print(len("\U0001F600"), len("\u00e9"), len("\N{LATIN SMALL LETTER E WITH ACUTE}"), ord("\u20ac"))
print("adjacent " "literals " 'are ' """joined""")
print("unknown escape keeps the backslash: \\d \\w".replace("\\\\", "/"))
print(repr(""), repr(''), repr(""""""), len(""), "" == '')
# repr picks quotes as CPython does
for s in ["plain", "it's", 'say "x"', "both ' and \"", "\n\t\\", "\x00\x7f\x80\xff", "é中😀",
          "\u200b\u2028", "\ud800" if False else "ok", "'", '"', "\x1b[0m"]:
    print(repr(s))
# line continuation inside a string literal
s = "first part \
second part"
print(s)
print("a\
b")
# escapes in a long literal
print("col1\tcol2\tcol3\nval1\tval2\tval3")
print("%s|%5s|%-5s|" % ("x", "y", "z"))
print("{}-{}".format("a", "b"), "{0}{1}{0}".format("x", "y"))
# a very long literal
long = "abcdefghij" * 100
print(len(long), long[:12], long[-3:])
