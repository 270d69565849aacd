# Traceback markers under a line with wide (CJK, emoji, fullwidth) and combining characters:
# CPython 3.11 lines them up by display columns.
价格 = {"苹果": 3}
print(价格["苹果"], "é" + "😀")
print("😀ｘｙﾊﾝé" + str(价格["苹果"]) + 价格["香蕉"])
