print("rp_pkg imported as", __name__)
