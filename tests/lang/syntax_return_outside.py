# return at module level is a compile-time error.
print("never runs")
return 5
