"""Sync tests: remotes on real servers (tests/sync/conftest.py), bundles, merge."""
