"""Writes of the clerk's side. Every one checks the caller's roles and leaves a line in the audit log."""
