# An error inside an expression that spans several lines: CPython shows the
# first line of the failing expression and marks it to the end of that line.

def total(prices, quantities):
    return sum(
        prices[name] * quantities[name]
        for name in quantities
    )

prices = {"apple": 2, "pear": 3}
print(total(prices, {"apple": 1}))
result = total(prices,
               {"pear": 2,
                "plum": 5})
