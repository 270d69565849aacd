# A keyword argument given twice in one call.
print(sep="", sep=" ")
