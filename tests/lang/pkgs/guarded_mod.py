"""Runs its demo only as a script."""
CALLS = []


def main(argv):
    CALLS.append(argv)
    return f"main({argv})"


if __name__ == "__main__":
    print("guarded_mod as a script")
    main(["script"])
else:
    print("guarded_mod imported as", __name__)
