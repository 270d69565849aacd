# Source that is not UTF-8 without a charset declaration: a SyntaxError without a location.
print("never runs")
s = "café"
