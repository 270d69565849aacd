"""A module found through the empty sys.path entry (import_cwd_entry.py)."""
