"""FieldKit: the meeting notebook of the "Bibliotekos pažangai 2" coordinators."""

__version__ = "0.1.0"
