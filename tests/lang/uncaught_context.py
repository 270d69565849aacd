# Uncaught exception raised while handling another: both tracebacks, "During handling".

def load(config):
    try:
        return config["port"]
    except KeyError:
        raise ValueError("no port configured")

load({"host": "localhost"})
