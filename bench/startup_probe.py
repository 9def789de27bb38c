"""Start FieldKit's window exactly as `fieldkit --db PATH` does, and quit as soon as
it is interactive: shown, and its first page loaded (the database thread idle).
Used by bench_startup.py; the bare-window baseline is `--bare`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


def fieldkit(database: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import fieldkit.ui.main_window as main_window

    show = main_window.MainWindow.show

    def show_then_quit_when_ready(window: main_window.MainWindow) -> None:
        show(window)

        def check() -> None:
            view = window._views.get(window.current_page())
            if window.runner.pending == 0 and view is not None and not view._stale:
                QApplication.quit()
            else:
                QTimer.singleShot(2, check)

        QTimer.singleShot(0, check)

    main_window.MainWindow.show = show_then_quit_when_ready  # type: ignore[method-assign]
    from fieldkit.__main__ import main

    return main(["--db", database])


if __name__ == "__main__":
    if sys.argv[1:] == ["--bare"]:
        sys.exit(bare())
    sys.exit(fieldkit(sys.argv[2]))
