# __exit__ raising while another exception propagates: both appear, chained
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("closing after", exc_type.__name__)
        raise RuntimeError("close failed")


with Resource():
    {}["missing"]
