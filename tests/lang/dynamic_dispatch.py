# Dispatch by name with getattr: command handlers "do_*", fallbacks, and introspection of a class's methods
class Shell:
    prompt = "> "

    def __init__(self):
        self.out = []
        self.vars = {}

    def do_set(self, arg):
        name, _, value = arg.partition("=")
        self.vars[name.strip()] = value.strip()
        return f"{name.strip()} set"

    def do_get(self, arg):
        return self.vars.get(arg, f"{arg} is not set")

    def do_list(self, arg):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.vars.items())) or "(empty)"

    def do_help(self, arg):
        return "commands: " + " ".join(sorted(n[3:] for n in dir(self) if n.startswith("do_")))

    def default(self, line):
        return f"unknown command: {line.split()[0]!r}"

    def onecmd(self, line):
        cmd, _, arg = line.strip().partition(" ")
        handler = getattr(self, "do_" + cmd, None)
        result = handler(arg) if handler else self.default(line)
        self.out.append(self.prompt + line)
        self.out.append(str(result))
        return result


sh = Shell()
for line in ["help", "set a = 1", "set b=two", "get a", "get c", "list", "frobnicate now", "set"]:
    sh.onecmd(line)
print("\n".join(sh.out))
print(callable(getattr(sh, "do_get")), hasattr(Shell, "do_set"), getattr(sh, "prompt"))
methods = sorted(name for name, value in vars(Shell).items() if callable(value) and not name.startswith("__"))
print(methods)
setattr(Shell, "do_echo", lambda self, arg: arg.upper())
print(sh.onecmd("echo dynamic"), "echo" in sh.do_help(""))
