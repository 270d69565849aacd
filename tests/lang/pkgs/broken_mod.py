print("broken_mod starts")
partial = True
raise ValueError("broken_mod fails while importing")
