# A state machine with classes per state, transitions as a dict of methods, history and undo
class Transition(Exception):
    pass


class State:
    name = "state"
    allowed = {}

    def on_enter(self, machine):
        machine.log.append(f"enter {self.name}")

    def on_exit(self, machine):
        machine.log.append(f"exit {self.name}")

    def handle(self, machine, event):
        target = self.allowed.get(event)
        if target is None:
            raise Transition(f"{self.name} cannot handle {event!r}")
        return target

    def __repr__(self):
        return f"<{self.name}>"


class Idle(State):
    name = "idle"
    allowed = {"coin": "ready"}


class Ready(State):
    name = "ready"
    allowed = {"push": "vending", "refund": "idle"}


class Vending(State):
    name = "vending"
    allowed = {"done": "idle"}

    def on_enter(self, machine):
        super().on_enter(machine)
        machine.sold += 1


STATES = {cls.name: cls() for cls in (Idle, Ready, Vending)}


class Machine:
    def __init__(self):
        self.state = STATES["idle"]
        self.history = []
        self.log = []
        self.sold = 0

    def fire(self, event):
        target = STATES[self.state.handle(self, event)]
        self.state.on_exit(self)
        self.history.append(self.state)
        self.state = target
        self.state.on_enter(self)
        return self

    def undo(self):
        if not self.history:
            raise Transition("nothing to undo")
        self.state = self.history.pop()
        self.log.append(f"undo to {self.state.name}")


m = Machine()
for event in ["coin", "push", "done", "coin", "refund", "push", "coin", "push"]:
    try:
        m.fire(event)
        print(f"{event:>7} -> {m.state}")
    except Transition as e:
        print(f"{event:>7} !! {e}")
m.undo()
m.undo()
print(m.state, m.sold, m.history)
print("\n".join(m.log))
try:
    Machine().undo()
except Transition as e:
    print("error:", e)
