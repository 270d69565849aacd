# Uncaught exception with an explicit cause: "The above exception was the direct cause".

class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port: %r" % text) from e

print(read_port("80"))
read_port("eighty")
