# An exception from a property getter and a __repr__ used by print
class Temperature:
    def __init__(self, kelvin):
        self._k = kelvin

    @property
    def celsius(self):
        if self._k < 0:
            raise ValueError("below absolute zero")
        return self._k - 273.15

    def __repr__(self):
        return f"Temperature({self.celsius:.1f}C)"


print(Temperature(300))
print([Temperature(0), Temperature(-1)])
