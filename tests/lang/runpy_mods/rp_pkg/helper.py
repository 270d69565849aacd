WHAT = "a relative import"
