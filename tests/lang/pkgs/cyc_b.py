print("cyc_b start")
import cyc_a
B_NAME = "b"


def use_a():
    return cyc_a.A_NAME + " seen from b"


print("cyc_b end, cyc_a has A_NAME:", hasattr(cyc_a, "A_NAME"))
