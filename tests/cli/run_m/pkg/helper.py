VALUE = "helper via a relative import"
