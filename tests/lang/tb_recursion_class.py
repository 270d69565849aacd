# Unbounded recursion through __getattr__ ends in RecursionError, caught; then an uncaught one in a method
class Broken:
    def __getattr__(self, name):
        return self.missing_attribute


try:
    Broken().anything
except RecursionError as e:
    print("RecursionError:", e)


class Node:
    def __init__(self):
        self.next = self

    def depth(self):
        return 1 + self.next.depth()


Node().depth()
