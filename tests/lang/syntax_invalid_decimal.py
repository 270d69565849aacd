# A number immediately followed by a name.
x = 12abc
