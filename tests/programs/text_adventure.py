"""A small text adventure driven by a scripted list of commands.

Rooms, items, locked doors, an inventory with weight limits, a scoring
system and a save/restore of the game state through a dict snapshot."""


class GameError(Exception):
    """A command that cannot be carried out."""


class Item:
    def __init__(self, name, weight, points=0, description=""):
        self.name = name
        self.weight = weight
        self.points = points
        self.description = description or f"a plain {name}"

    def __repr__(self):
        return f"Item({self.name!r}, {self.weight})"


class Key(Item):
    def __init__(self, name, opens):
        super().__init__(name, 1, description=f"a key marked '{opens}'")
        self.opens = opens


class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.locked = {}
        self.items = []
        self.visited = False

    def connect(self, direction, other, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by

    def describe(self, brief=False):
        lines = [f"== {self.name} =="]
        if not brief or not self.visited:
            lines.append(self.description)
        if self.items:
            names = ", ".join(sorted(i.name for i in self.items))
            lines.append(f"You see: {names}.")
        exits = []
        for d in sorted(self.exits):
            exits.append(d + (" (locked)" if d in self.locked else ""))
        lines.append("Exits: " + (", ".join(exits) if exits else "none"))
        return "\n".join(lines)

    def take(self, name):
        for i, item in enumerate(self.items):
            if item.name == name:
                return self.items.pop(i)
        raise GameError(f"There is no {name} here.")


OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east",
            "up": "down", "down": "up"}


def build_world():
    rooms = {
        "hall": Room("Hall", "A draughty hall with a dusty chandelier."),
        "library": Room("Library", "Shelves of mouldering books line the walls."),
        "kitchen": Room("Kitchen", "Pots hang above a cold stove."),
        "cellar": Room("Cellar", "It is damp, and something drips."),
        "vault": Room("Vault", "Gold glitters in the lamplight."),
        "tower": Room("Tower", "Wind howls through the arrow slits."),
    }

    def link(a, direction, b, locked_by=None):
        rooms[a].connect(direction, rooms[b], locked_by)
        rooms[b].connect(OPPOSITE[direction], rooms[a])

    link("hall", "north", "library")
    link("hall", "east", "kitchen")
    link("kitchen", "down", "cellar")
    link("cellar", "east", "vault", locked_by="vault")
    link("library", "up", "tower", locked_by="tower")
    rooms["library"].items += [Item("book", 2, 5, "a book titled 'Keys and Where to Find Them'"),
                               Key("brass key", "tower")]
    rooms["kitchen"].items += [Item("knife", 1), Item("anvil", 50)]
    rooms["tower"].items.append(Key("iron key", "vault"))
    rooms["vault"].items += [Item("gold", 5, 50, "a heap of gold coins"), Item("crown", 3, 100)]
    rooms["cellar"].items.append(Item("lamp", 2, 1))
    return rooms


class Player:
    MAX_WEIGHT = 12

    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.score = 0

    @property
    def load(self):
        return sum(i.weight for i in self.inventory)

    def has_key_for(self, lock):
        return any(isinstance(i, Key) and i.opens == lock for i in self.inventory)


class Game:
    def __init__(self):
        self.rooms = build_world()
        self.player = Player(self.rooms["hall"])
        self.log = []
        self.over = False
        self.commands = {
            "look": self.do_look, "go": self.do_go, "take": self.do_take,
            "drop": self.do_drop, "inventory": self.do_inventory, "unlock": self.do_unlock,
            "examine": self.do_examine, "score": self.do_score, "save": self.do_save,
            "restore": self.do_restore, "quit": self.do_quit,
        }
        self.snapshot = None

    def say(self, text):
        for line in text.split("\n"):
            print("   " + line)

    def run(self, script):
        for line in script:
            if self.over:
                break
            print(f"> {line}")
            words = line.lower().split()
            if not words:
                continue
            verb, *rest = words
            if verb in ("n", "s", "e", "w", "u", "d"):
                verb, rest = "go", [{"n": "north", "s": "south", "e": "east", "w": "west",
                                     "u": "up", "d": "down"}[verb]]
            handler = self.commands.get(verb)
            try:
                if handler is None:
                    raise GameError(f"I don't know how to '{verb}'.")
                handler(" ".join(rest))
                self.player.moves += 1
            except GameError as e:
                self.say(str(e))

    def do_look(self, _):
        self.say(self.player.room.describe())

    def do_go(self, direction):
        room = self.player.room
        if direction not in room.exits:
            raise GameError(f"You can't go {direction or 'nowhere'}.")
        if direction in room.locked:
            raise GameError(f"The way {direction} is locked.")
        self.player.room = room.exits[direction]
        new = self.player.room
        self.say(new.describe(brief=True))
        new.visited = True

    def do_take(self, name):
        if name == "all":
            taken = []
            for item in list(self.player.room.items):
                try:
                    self.do_take(item.name)
                    taken.append(item.name)
                except GameError as e:
                    self.say(str(e))
            if not taken:
                raise GameError("Nothing to take.")
            return
        item = self.player.room.take(name)
        if self.player.load + item.weight > Player.MAX_WEIGHT:
            self.player.room.items.append(item)
            raise GameError(f"The {name} is too heavy ({self.player.load}+{item.weight} > {Player.MAX_WEIGHT}).")
        self.player.inventory.append(item)
        self.player.score += item.points
        item.points = 0
        self.say(f"Taken: {name}.")

    def do_drop(self, name):
        for i, item in enumerate(self.player.inventory):
            if item.name == name:
                self.player.room.items.append(self.player.inventory.pop(i))
                self.say(f"Dropped: {name}.")
                return
        raise GameError(f"You have no {name}.")

    def do_inventory(self, _):
        inv = self.player.inventory
        if not inv:
            self.say("You carry nothing.")
            return
        for item in sorted(inv, key=lambda i: i.name):
            self.say(f"{item.name:<12}{item.weight:>3} kg")
        self.say(f"{'total':<12}{self.player.load:>3} kg of {Player.MAX_WEIGHT}")

    def do_unlock(self, direction):
        room = self.player.room
        lock = room.locked.get(direction)
        if lock is None:
            raise GameError("There is nothing locked that way.")
        if not self.player.has_key_for(lock):
            raise GameError(f"You need the key to the {lock}.")
        del room.locked[direction]
        self.player.score += 10
        self.say(f"You unlock the way {direction}.")

    def do_examine(self, name):
        for item in self.player.inventory + self.player.room.items:
            if item.name == name:
                self.say(f"It is {item.description}.")
                return
        raise GameError(f"You see no {name}.")

    def do_score(self, _):
        p = self.player
        self.say(f"Score {p.score} in {p.moves} moves.")

    def do_save(self, _):
        self.snapshot = {
            "room": self.player.room.name,
            "inventory": [i.name for i in self.player.inventory],
            "score": self.player.score,
        }
        self.say(f"Saved: {self.snapshot}")

    def do_restore(self, _):
        if self.snapshot is None:
            raise GameError("Nothing saved.")
        by_name = {r.name: r for r in self.rooms.values()}
        self.player.room = by_name[self.snapshot["room"]]
        self.say(f"Restored to {self.player.room.name} (score {self.snapshot['score']}).")

    def do_quit(self, _):
        self.over = True
        self.do_score("")
        treasures = [i.name for i in self.player.inventory if i.name in ("gold", "crown")]
        self.say("You leave with " + (" and ".join(treasures) if treasures else "nothing") + ".")


SCRIPT = """
look
take knife
dance
n
take all
examine book
u
unlock up
u
take iron key
inventory
d
s
e
take anvil
d
e
unlock east
save
e
take gold
take crown
take lamp
inventory
score
w
restore
drop knife
quit
look
""".strip().split("\n")

if __name__ == "__main__":
    Game().run(SCRIPT)
