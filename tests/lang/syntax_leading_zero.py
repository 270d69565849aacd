# Leading zeros in a decimal integer literal are not permitted.
x = 0123
