# a package without __main__
