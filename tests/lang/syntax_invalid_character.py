# An invalid character in the source.
x = 5 $ 3
