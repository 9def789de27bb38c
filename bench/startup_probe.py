"""Start FieldKit's window exactly as `fieldkit --db PATH` does, and quit as soon as
it is interactive (shown, its event loop answering), or once its first page is
filled with data. Used by bench_startup.py; the bare-window baseline is `--bare`."""

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
    QTimer.singleShot(0, lambda: print("shown", flush=True))
    QTimer.singleShot(0, app.quit)
    return app.exec()


def fieldkit(database: str, until: str) -> int:
    """`until` is "shown" (the window is on screen and its event loop answers
    input) or "filled" (the database is open and the first page holds its data)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import fieldkit.ui.main_window as main_window

    show = main_window.MainWindow.show

    def show_then_quit(window: main_window.MainWindow) -> None:
        show(window)

        def check() -> None:
            if until == "shown":
                # the bench times this line's arrival and ends the process itself
                print("shown", flush=True)
                return
            view = window._views.get(window.current_page())
            if window.store and not window.runner.pending and view and not view._stale:
                print("filled", flush=True)
                QApplication.quit()
            else:
                QTimer.singleShot(2, check)

        QTimer.singleShot(0, check)

    main_window.MainWindow.show = show_then_quit  # type: ignore[method-assign]
    from fieldkit.__main__ import main

    return main(["--db", database])


if __name__ == "__main__":
    if sys.argv[1:] == ["--bare"]:
        sys.exit(bare())
    # startup_probe.py --db PATH [shown|filled]
    sys.exit(fieldkit(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "filled"))
