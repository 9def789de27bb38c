"""Qt widgets only: the main window, its views, dialogs and Qt models. No SQL and no
business rules here: every read and write goes through fieldkit.services, run by
ops.Runner on the database thread."""
