print("bad_syntax starts")
x = = 1
