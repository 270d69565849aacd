import fl_cyc_b
x = 1
