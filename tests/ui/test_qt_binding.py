"""The Qt binding itself: PySide6 6.12.0 drops a reference to None each time a
Python slot returns, and the interpreter dies after a few hundred signals. The
window connects hundreds of slots, so a binding like that must fail here, loudly,
rather than in a coordinator's meeting."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer

app = QCoreApplication([])


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.slot)

    def slot(self) -> None:
        self.calls += 1


receiver = Receiver()
for _ in range(500):
    receiver.timer.start()
    while receiver.timer.isActive():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
print(receiver.calls)
"""


def test_slots_returning_none_do_not_corrupt_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "500"
