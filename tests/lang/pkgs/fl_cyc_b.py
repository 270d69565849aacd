from fl_cyc_a import x
