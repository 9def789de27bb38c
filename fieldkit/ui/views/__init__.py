"""The main window's views, one per entry of the navigation bar."""
