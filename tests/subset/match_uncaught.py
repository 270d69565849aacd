# A script using match stops before running anything, with a SyntaxError naming the statement.
print("never printed")
command = "go"
match command:
    case "go":
        print("going")
