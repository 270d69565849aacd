"""threading is out of atoll's subset (SPEC §2): code runs in tasks, which
the scheduler spreads over every core (SPEC §5). Importing it fails as a
missing module does, so `try: import threading` fallbacks keep working, with
a message that says what to use instead."""
raise ModuleNotFoundError(
    "No module named 'threading': atoll has no threads; run functions as tasks "
    "with subinterpreters (Subinterpreter.run, Channel) or concurrent.futures",
    name="threading")
