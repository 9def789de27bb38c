"""A document (minutes, attendance sheet, report) previewed inside FieldKit before it
is printed or saved.

The PDF is built on the runner's database thread (the documents read the meeting
through the services); its pages are rasterised by pdfium on a thread of their
own, one page at a time, so a long report never freezes the window and a click on
another language stops the pages still being drawn in the old one. pdfium is not
safe to call from two threads at once, so every call into it goes through that one
thread, the printing included; printing paints each page as it arrives, rendered
at the printer's resolution (capped, so that a 1200 dpi printer does not cost half
a gigabyte a page)."""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, QSizeF, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPageSize, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.reports.files import write_pdf
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import user_message
from fieldkit.ui.i18n import chosen_language

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

PRINT_DPI_CAP = 300  # enough for text on paper; a 1200 dpi A4 page would be 550 MB
PAGE_GAP = 12  # pixels between the pages in the column
Build = Callable[[str], bytes]

_pdf_thread: concurrent.futures.ThreadPoolExecutor | None = None
_pdf_thread_lock = threading.Lock()


def _pdf_executor() -> concurrent.futures.ThreadPoolExecutor:
    """The one thread that calls pdfium (created when a preview first opens)."""
    global _pdf_thread
    with _pdf_thread_lock:
        if _pdf_thread is None:
            _pdf_thread = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="fieldkit-pdf"
            )
        return _pdf_thread


# --- on the pdf thread: no widgets here, only QImage (safe off the GUI thread) ------


def _page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return [tuple(document[index].get_size()) for index in range(len(document))]  # type: ignore[misc]
    finally:
        document.close()


def _render(document: Any, index: int, scale: float) -> QImage:
    page = document[index]
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    )
    return image.copy()  # own the pixels: pdfium frees the bitmap's


def _render_pages(
    data: bytes,
    pages: list[int],
    scales: list[float],
    deliver: Callable[[int, QImage], None],
    cancel: threading.Event,
) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        for index, scale in zip(pages, scales, strict=True):
            if cancel.is_set():
                return
            deliver(index, _render(document, index, scale))
    finally:
        document.close()


class _Deliveries(QObject):
    """Carries results from the pdf thread to the GUI thread (a queued signal)."""

    arrived = Signal(object)


class PdfPreviewDialog(QDialog):
    """`build(language)` makes the PDF; it runs on the runner's database thread."""

    # the pages of the current document are all shown
    pages_shown = Signal()
    # a print job has been handed to the printer (or its file)
    printed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        build: Build,
        suggested_file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build = build
        self.suggested_file_name = suggested_file_name
        self.pdf: bytes | None = None
        self._sizes: list[tuple[float, float]] = []
        self._generation = 0
        self._cancel = threading.Event()
        self._jobs: list[concurrent.futures.Future[Any]] = []
        self._build_future: concurrent.futures.Future[bytes] | None = None
        self._rendered_width = 0
        self._closed = False
        self._print_job: _PrintJob | None = None
        self._deliveries = _Deliveries(self)
        self._deliveries.arrived.connect(self._arrived)

        self.setWindowTitle(title)
        self.setObjectName("pdf-preview")
        self.resize(760, 900)

        self.language = QComboBox(objectName="pdf-language")
        # Each language is named in itself, as in the Language menu.
        for code, name in (("lt", "Lietuvių"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.setToolTip(self.tr("The language of the document"))
        self.language.currentIndexChanged.connect(lambda _index: self.rebuild())
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.save_button = QPushButton(self.tr("Save as…"), objectName="pdf-save")
        self.save_button.setToolTip(self.tr("Save the document as a PDF file"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("Print…"), objectName="pdf-print")
        self.print_button.clicked.connect(self.print_document)
        close_button = QPushButton(self.tr("Close"), objectName="pdf-close")
        close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(language_label)
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close_button)

        self.message = QLabel(objectName="pdf-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pages_column = QWidget(objectName="pdf-pages")
        self.pages_layout = QVBoxLayout(self.pages_column)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        self.scroll = QScrollArea(objectName="pdf-scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll.setWidget(self.pages_column)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.scroll)
        self.status = QLabel(objectName="pdf-status")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

        self._resize_timer = QTimer(self, singleShot=True, interval=150)
        self._resize_timer.timeout.connect(self._rerender_if_wider)
        self.ctx.runner.crashed.connect(self._runner_crashed)
        self.rebuild()

    # --- building ------------------------------------------------------------------

    def current_language(self) -> str:
        return str(self.language.currentData())

    def rebuild(self) -> None:
        """Build the document afresh (in the language chosen now)."""
        self._stop_rendering()
        self.pdf = None
        self._clear_pages()
        self._set_ready(False)
        self._show_message(self.tr("Preparing the document…"))
        build, language = self._build, self.current_language()
        generation = self._generation
        self._build_future = self.ctx.runner.run(
            lambda: build(language),
            on_success=lambda data: self._built(generation, data),
            on_failure=lambda error: self._build_failed(generation, error),
        )

    def _built(self, generation: int, data: bytes) -> None:
        if self._closed or generation != self._generation:
            return  # another language was chosen meanwhile, or the dialog is gone
        self.pdf = data
        self._submit(lambda: ("sizes", _page_sizes(data)))

    def _build_failed(self, generation: int, error: FieldKitError) -> None:
        if not self._closed and generation == self._generation:
            self._show_message(user_message(error))

    def _runner_crashed(self, error: object) -> None:
        """A bug while building: the crash dialog reports it; this says it here."""
        future = self._build_future
        if self._closed or future is None or not future.done() or future.cancelled():
            return
        if future.exception() is error:
            self._show_message(self.tr("The document could not be made."))

    # --- rendering -----------------------------------------------------------------

    def _submit(self, work: Callable[[], tuple[Any, ...]]) -> None:
        """Run `work` on the pdf thread; its result comes to `_arrived`."""
        generation, deliveries = self._generation, self._deliveries

        def run() -> None:
            try:
                result = work()
            except Exception as error:  # a damaged PDF: said here, not a crash
                log.exception("cannot render the document")
                result = ("error", error)
            deliveries.arrived.emit((generation, *result))

        self._jobs.append(_pdf_executor().submit(run))

    def _arrived(self, delivery: tuple[Any, ...]) -> None:
        generation, kind, *payload = delivery
        if self._closed or generation != self._generation:
            return
        if kind == "sizes":
            self._show_pages(payload[0])
        elif kind == "page":
            index, image = payload
            self._show_page(index, image)
        elif kind == "printed":
            index, image = payload
            job = self._print_job
            if job is not None:
                job.paint(index, image)
                if job.complete:
                    self._finish_printing(failed=False)
        elif kind == "error":
            self._show_message(self.tr("The document could not be shown."))
            self._finish_printing(failed=True)

    def _show_pages(self, sizes: list[tuple[float, float]]) -> None:
        self._clear_pages()
        self._sizes = sizes
        width = self._page_width()
        for index, (page_width, page_height) in enumerate(sizes):
            label = QLabel(objectName="pdf-page")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAutoFillBackground(True)
            label.setBackgroundRole(QPalette.ColorRole.Base)
            label.setFixedSize(width, round(width * page_height / page_width))
            label.setAccessibleName(self.tr("Page {number}").format(number=index + 1))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.stack.setCurrentWidget(self.scroll)
        self.status.setText(self.tr("%n page(s)", "", len(sizes)))
        self._set_ready(True)
        self._render_at(width)

    def _clear_pages(self) -> None:
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        self._sizes = []

    def _page_width(self) -> int:
        margins = 2 * PAGE_GAP + self.scroll.verticalScrollBar().sizeHint().width()
        return max(200, self.scroll.viewport().width() - margins)

    def _render_at(self, width: int) -> None:
        data = self.pdf
        if data is None or not self._sizes:
            return
        self._rendered_width = width
        ratio = self.devicePixelRatioF()
        scales = [width * ratio / page_width for page_width, _ in self._sizes]
        pages = list(range(len(self._sizes)))
        cancel = self._cancel
        deliveries, generation = self._deliveries, self._generation

        def deliver(index: int, image: QImage) -> None:
            deliveries.arrived.emit((generation, "page", index, image))

        self._submit(lambda: ("done", _render_pages(data, pages, scales, deliver, cancel)))

    def _show_page(self, index: int, image: QImage) -> None:
        if index >= len(self.page_labels):
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        label = self.page_labels[index]
        width = round(pixmap.width() / pixmap.devicePixelRatio())
        label.setFixedSize(width, round(pixmap.height() / pixmap.devicePixelRatio()))
        label.setPixmap(pixmap)
        if index == len(self.page_labels) - 1:
            self.pages_shown.emit()

    def shown_pages(self) -> int:
        """How many page images are on screen (for tests and the status line)."""
        return sum(1 for label in self.page_labels if not label.pixmap().isNull())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.page_labels:
            self._resize_timer.start()

    def _rerender_if_wider(self) -> None:
        width = self._page_width()
        if self._rendered_width and abs(width - self._rendered_width) > 4:
            self._stop_rendering(new_generation=False)
            for label, (page_width, page_height) in zip(self.page_labels, self._sizes, strict=True):
                label.setFixedSize(width, round(width * page_height / page_width))
            self._render_at(width)

    def _stop_rendering(self, *, new_generation: bool = True) -> None:
        """The pages being drawn are no longer wanted (the pdf thread stops between
        pages)."""
        self._cancel.set()
        self._cancel = threading.Event()
        if new_generation:
            self._generation += 1
            self._finish_printing(failed=True)
        self._jobs = [job for job in self._jobs if not job.done()]

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.status.clear()

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(ready and self._print_job is None)

    # --- saving --------------------------------------------------------------------

    def save_as(self) -> None:
        data = self.pdf
        if data is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the document"),
            str(Path(folder) / self.suggested_file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.status.setText(self.tr("Saving…"))
        self.ctx.runner.run(
            lambda: write_pdf(target, data),
            on_success=lambda _none: self._saved(target),
            on_failure=self._save_failed,
        )

    def _saved(self, target: Path) -> None:
        if not self._closed:
            self.status.setText(self.tr("Saved as {path}").format(path=str(target)))

    def _save_failed(self, error: FieldKitError) -> None:
        if not self._closed:
            self.status.clear()
            self.ctx.window.show_error(user_message(error))

    # --- printing ------------------------------------------------------------------

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        data = self.pdf
        if data is None or not self._sizes or self._print_job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested_file_name).stem)
        width, height = self._sizes[0]
        printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
        printer.setFullPage(True)  # the document has its own margins
        printer.setFromTo(1, len(self._sizes))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the document"))
        dialog.setMinMax(1, len(self._sizes))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        last = len(self._sizes)
        if printer.printRange() == QAbstractPrintDialog.PrintRange.PageRange:
            first, last = max(1, printer.fromPage()), min(last, printer.toPage() or last)
            pages = list(range(first - 1, last))
        else:
            pages = list(range(last))
        if not pages:
            return
        job = _PrintJob(printer, pages, self._sizes)
        if not job.begin():
            self.ctx.window.show_error(self.tr("The printer could not be started."))
            return
        self._print_job = job
        self._set_ready(False)
        self.language.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        scale = min(printer.resolution(), PRINT_DPI_CAP) / 72
        cancel, deliveries, generation = job.cancel, self._deliveries, self._generation

        def deliver(index: int, image: QImage) -> None:
            deliveries.arrived.emit((generation, "printed", index, image))

        scales = [scale] * len(pages)
        self._submit(lambda: ("done", _render_pages(data, pages, scales, deliver, cancel)))

    def _finish_printing(self, *, failed: bool) -> None:
        job = self._print_job
        if job is None:
            return
        self._print_job = None
        job.cancel.set()
        job.end(abort=failed)
        self.language.setEnabled(True)
        self._set_ready(self.pdf is not None)
        if not failed and not self._closed:
            self.status.setText(self.tr("Sent to the printer."))
            self.printed.emit()

    # --- closing -------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._close_down()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_down()
        super().closeEvent(event)

    def _close_down(self) -> None:
        """Stop drawing and wait for the pdf thread to let go (a page at most), so
        that nothing arrives for a dialog that is gone."""
        if self._closed:
            return
        self._stop_rendering()
        self._closed = True
        self.ctx.runner.crashed.disconnect(self._runner_crashed)
        concurrent.futures.wait(self._jobs, timeout=10)
        self._jobs = []


class _PrintJob:
    """Pages painted onto a printer as the pdf thread renders them."""

    def __init__(self, printer: QPrinter, pages: list[int], sizes: list[tuple[float, float]]):
        self.printer = printer
        self.pages = pages
        self.sizes = sizes
        self.painter = QPainter()
        self.painted = 0
        self.cancel = threading.Event()

    def begin(self) -> bool:
        return self.painter.begin(self.printer)

    def paint(self, index: int, image: QImage) -> None:
        from PySide6.QtPrintSupport import QPrinter

        if self.painted:
            self.printer.newPage()
        paper = self.printer.paperRect(QPrinter.Unit.DevicePixel)
        width, height = self.sizes[index]
        fit = min(paper.width() / width, paper.height() / height)
        target = QRectF(0, 0, width * fit, height * fit)
        target.moveCenter(QRectF(0, 0, paper.width(), paper.height()).center())
        self.painter.drawImage(target, image)
        self.painted += 1

    @property
    def complete(self) -> bool:
        return self.painted == len(self.pages)

    def end(self, *, abort: bool) -> None:
        if self.painter.isActive():
            if abort:
                self.printer.abort()
            self.painter.end()


_NOT_IN_FILE_NAMES = str.maketrans({char: " " for char in '<>:"/\\|?*\t\n\r'})


def file_name(*parts: str) -> str:
    """A file name from words (a municipality, a date): letters such as ė are kept,
    characters that some system forbids in names become spaces."""
    words = " ".join(part.translate(_NOT_IN_FILE_NAMES) for part in parts if part).split()
    return (" ".join(words).strip(". ") or "document") + ".pdf"


def open_pdf_preview(
    ctx: AppContext, title: str, build: Build, suggested_file_name: str, parent: QWidget
) -> PdfPreviewDialog:
    """Show a preview beside the window (it goes away with its pages when closed)."""
    dialog = PdfPreviewDialog(ctx, title, build, suggested_file_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
