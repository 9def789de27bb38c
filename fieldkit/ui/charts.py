"""A horizontal bar chart drawn with QPainter.

PySide6-Essentials ships without QtCharts, and the overview needs only bars with
their labels and values. Horizontal bars keep long category names readable in
either language. The figures are also given as the widget's accessible
description and as tooltips, so a screen reader or a hover says what the bars show.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fieldkit.model import ProblemCategory, Sector
from fieldkit.ui.labels import category_label, sector_label

MARGIN = 8
BAR_GAP = 4
MIN_BAR_HEIGHT = 14


def nice_step(maximum: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5 × 10ⁿ) giving about `ticks` gridlines up to `maximum`."""
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)  # pragma: no cover - the loop always returns


class BarChart(QWidget):
    """Labelled horizontal bars with a value axis. `set_bars` replaces the data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._bars: list[tuple[str, int]] = []
        self._empty_text = ""
        self._bar_rects: list[QRect] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by a screen reader

    def set_bars(self, title: str, bars: Sequence[tuple[str, int]], empty_text: str = "") -> None:
        self._title = title
        self._bars = list(bars)
        self._empty_text = empty_text
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.description())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def description(self) -> str:
        """The figures in words: "Transport: 3; Emigration: 5"."""
        locale = QLocale()
        return "; ".join(f"{label}: {locale.toString(value)}" for label, value in self._bars)

    # --- geometry --------------------------------------------------------------

    def _row_height(self) -> int:
        return max(MIN_BAR_HEIGHT, self.fontMetrics().height() + 2)

    def _title_height(self) -> int:
        return self._title_font_metrics().height() + MARGIN if self._title else 0

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _title_font_metrics(self) -> QFontMetrics:
        return QFontMetrics(self._title_font())

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        height = (
            self._title_height()
            + rows * (self._row_height() + BAR_GAP)
            + self.fontMetrics().height()
            + 2 * MARGIN
        )
        return QSize(420, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    # --- painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        area = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        top = area.top()
        if self._title:
            painter.setFont(self._title_font())
            painter.setPen(text_color)
            title_rect = QRect(area.left(), top, area.width(), self._title_height() - MARGIN)
            painter.drawText(
                title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title
            )
            top += self._title_height()
            painter.setFont(self.font())
        self._bar_rects = []
        maximum = max((value for _, value in self._bars), default=0)
        if not self._bars or maximum == 0:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            body = QRect(area.left(), top, area.width(), max(area.bottom() - top, 0))
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return

        metrics = self.fontMetrics()
        locale = QLocale()
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 2 * MARGIN,
            area.width() // 2,
        )
        value_width = metrics.horizontalAdvance(locale.toString(maximum)) + MARGIN
        x0 = area.left() + label_width
        plot_width = max(area.right() - x0 - value_width, 10)
        step = nice_step(maximum)
        axis_max = math.ceil(maximum / step) * step
        row = self._row_height()
        axis_y = top + len(self._bars) * (row + BAR_GAP)

        grid = QColor(text_color)
        grid.setAlpha(40)
        painter.setPen(grid)
        for tick in range(0, axis_max + 1, step):
            x = x0 + round(plot_width * tick / axis_max)
            painter.drawLine(x, top, x, axis_y)
        painter.setPen(text_color)
        for tick in range(0, axis_max + 1, step):
            x = x0 + round(plot_width * tick / axis_max)
            text = locale.toString(tick)
            width = metrics.horizontalAdvance(text)
            painter.drawLine(x, axis_y, x, axis_y + 3)
            painter.drawText(QPoint(x - width // 2, axis_y + 3 + metrics.ascent()), text)
        painter.drawLine(x0, top, x0, axis_y)
        painter.drawLine(x0, axis_y, x0 + plot_width, axis_y)

        bar_color = palette.color(QPalette.ColorRole.Highlight)
        for index, (label, value) in enumerate(self._bars):
            y = top + index * (row + BAR_GAP)
            label_rect = QRect(area.left(), y, label_width - MARGIN, row)
            painter.setPen(text_color)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown
            )
            length = round(plot_width * value / axis_max)
            bar = QRect(x0 + 1, y + 1, length, row - 2)
            self._bar_rects.append(QRect(area.left(), y, area.width(), row))
            if length:
                painter.fillRect(bar, bar_color)
            value_rect = QRect(x0 + length + 4, y, value_width, row)
            painter.drawText(
                value_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                locale.toString(value),
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, (label, value) in zip(self._bar_rects, self._bars, strict=False):
                if rect.contains(event.pos()):
                    QToolTip.showText(
                        event.globalPos(), f"{label}: {QLocale().toString(value)}", self
                    )
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


def category_bars(counts: dict[ProblemCategory, int]) -> list[tuple[str, int]]:
    """Every category in the vocabulary's order (so municipalities compare at a
    glance), with its translated name."""
    return [(category_label(c), counts.get(c, 0)) for c in ProblemCategory]


def sector_bars(counts: dict[Sector, int]) -> list[tuple[str, int]]:
    return [(sector_label(s), counts.get(s, 0)) for s in Sector]
