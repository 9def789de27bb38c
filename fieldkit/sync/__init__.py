"""Sync: the recording half (hybrid logical clock, change log) under the store,
and the shipping half (bundles, remotes, merge) above it."""
