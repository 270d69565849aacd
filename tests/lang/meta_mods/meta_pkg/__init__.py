"""A regular package for import_metadata.py."""
