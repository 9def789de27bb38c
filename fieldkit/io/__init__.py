"""Import and export: files other programs write and read."""
