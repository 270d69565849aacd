# An uncaught exception raised deep inside methods: the traceback names each frame
class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.item(part) for part in self.text.split(",")]

    def item(self, part):
        return self.convert(part.strip())

    @staticmethod
    def convert(s):
        return int(s)


print(Parser("1, 2").parse())
Parser("1, x, 3").parse()
