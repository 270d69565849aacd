# Assigning to a literal or a call is rejected by the parser.
x = 1
f() = x
