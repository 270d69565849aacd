# no __main__ here
