"""Use cases that the window and the command line both call.

Services are plain functions: they take the open `Store`, return frozen
dataclasses (never ORM objects), and raise the typed errors of fieldkit.errors.
"""
