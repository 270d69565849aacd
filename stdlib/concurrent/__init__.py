# concurrent: the futures and interpreters packages (SPEC §6).
