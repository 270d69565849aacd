"""A plain module for import_metadata.py."""
