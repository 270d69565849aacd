print("pp_mod imported from", __file__.rsplit("/", 2)[-2])
