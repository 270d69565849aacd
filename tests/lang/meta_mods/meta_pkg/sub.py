"""A submodule for import_metadata.py."""
