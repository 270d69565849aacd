# Uncaught KeyError: the key is shown with repr; a string key with quotes.

prices = {"apple": 1.25, "pear": 0.5}
basket = ["apple", "pear", "kiwi"]
total = 0
for item in basket:
    total += prices[item]
    print(item, total)
