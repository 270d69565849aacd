# Plain invalid syntax: two names in a row.
print("never runs")
result = value other
