"""A module of a namespace package (import_cwd_entry.py)."""
