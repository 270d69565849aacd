print("cyc_a start")
import cyc_b
A_NAME = "a"


def use_b():
    return cyc_b.B_NAME + " seen from a"


print("cyc_a end")
