def explode():
    raise KeyError("inside the module")


explode()
