"""What every view needs, handed down from the main window in one object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldkit.ui.ops import Runner

if TYPE_CHECKING:
    from fieldkit.store import Store
    from fieldkit.ui.main_window import MainWindow


@dataclass(frozen=True)
class AppContext:
    """`store` is for the runner's jobs and for the lazy models' page reads (a page
    of rows is a millisecond's query, and a view cannot paint a row it does not
    have); everything else goes through `runner`."""

    store: Store
    runner: Runner
    window: MainWindow
