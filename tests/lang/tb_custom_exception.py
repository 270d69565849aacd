# A user exception with __str__, raised from another: "The above exception was the direct cause"
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return f"{self.key}: {self.problem}"


def read_setting(settings, key):
    try:
        return int(settings[key])
    except (KeyError, ValueError) as e:
        raise ConfigError(key, "missing or not a number") from e


print(read_setting({"workers": "4"}, "workers"))
read_setting({"workers": "four"}, "workers")
