"""What every document shares: the bundled font, the paragraph styles, escaping of
user text, and a page template whose footer says "page N of M" and, on drafts,
carries the DRAFT mark.

Imported only by the document builders, which load lazily, so reportlab's import
cost is paid when the first document is built, never at start-up."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from fieldkit.paths import resource
from fieldkit.reports.labels import PROGRAMME, Labels

FONT = "FieldKitSans"
FONT_BOLD = "FieldKitSans-Bold"
FONT_ITALIC = "FieldKitSans-Oblique"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e7eb")
ACCENT = colors.HexColor("#1f5f8b")
DRAFT_RED = colors.HexColor("#b42318")

MARGIN = 18 * mm
FOOTER_Y = 10 * mm


@cache
def register_fonts() -> None:
    """DejaVu Sans (resources/fonts, with its licence) under our own names, once per
    process: it has every Lithuanian letter and „quotes", and reportlab embeds the
    subset a document uses, so the PDF prints the same on any machine."""
    for name, file_name in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


def text(value: str | None) -> str:
    """User text made safe for a Paragraph: markup characters print as themselves
    (`<b>` stays `<b>`), and line breaks the user typed stay line breaks."""
    escaped = escape(value or "")
    return "<br/>".join(escaped.splitlines()) if "\n" in escaped or "\r" in escaped else escaped


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    programme: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    muted: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, spaceAfter=3
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=0),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        programme=ParagraphStyle(
            "programme", parent=body, fontName=FONT_BOLD, fontSize=9, textColor=ACCENT
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11.5, leading=15, spaceAfter=6),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        muted=ParagraphStyle("muted", parent=body, textColor=MUTED),
    )


def para(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of markup we wrote; user text inside it went through `text()`."""
    return Paragraph(markup, style or styles().body)


class Cell(str):
    """A table cell's user text, laid out by `data_table`: drawn as a plain string
    when it fits its column (no markup is parsed, so nothing to escape, and it costs
    a tenth of a Paragraph), else as an escaped, wrapping Paragraph."""

    bold: bool = False


def cell(value: str | None, bold: bool = False) -> Cell:
    result = Cell(value or "")
    result.bold = bold
    return result


CELL_SIZE = 8.5
CELL_PADDING = 4


def _laid_out(value: Any, width: float) -> tuple[Any, bool]:
    """The cell's content and whether it is a plain string in bold."""
    if not isinstance(value, str):
        return value, False
    bold = getattr(value, "bold", False)
    font = FONT_BOLD if bold else FONT
    plain = str(value)
    if (
        "\n" not in plain
        and "\r" not in plain
        and (pdfmetrics.stringWidth(plain, font, CELL_SIZE) <= width - 2 * CELL_PADDING)
    ):
        return plain, bold
    s = styles()
    return Paragraph(text(plain), s.cell_bold if bold else s.cell), False


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    row_height: float | None = None,
) -> Table:
    """A table whose header repeats on every page and which splits between rows, so
    200 participants flow over pages without a row cut in half."""
    bold_cells: list[tuple[int, int]] = []
    laid_out = []
    for r, row in enumerate([[cell(h, bold=True) for h in header], *rows]):
        out = []
        for c, value in enumerate(row):
            content, bold = _laid_out(value, widths[c])
            out.append(content)
            if bold:
                bold_cells.append((c, r))
        laid_out.append(out)
    table = Table(
        laid_out,
        colWidths=list(widths),
        repeatRows=1,
        splitByRow=1,
        rowHeights=None if row_height is None else [None] + [row_height] * len(rows),
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_SIZE * 1.2),
        *[("FONT", at, at, FONT_BOLD, CELL_SIZE, CELL_SIZE * 1.2) for at in bold_cells],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in numeric]
    table.setStyle(TableStyle(commands))
    return table


def key_values(pairs: Sequence[tuple[str, str]], width: float, key_width: float = 38 * mm) -> Table:
    """The title block's "Savivaldybė: …" lines, values wrapped."""
    s = styles()
    table = Table(
        [[Paragraph(text(k), s.cell_bold), Paragraph(text(v), s.cell)] for k, v in pairs],
        colWidths=[key_width, width - key_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # else reportlab's Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


class BarChart(Flowable):
    """Horizontal bars with their labels and counts, drawn in our font (reportlab's
    chart widgets default their labels to Helvetica, which would not be embedded)."""

    def __init__(self, items: Sequence[tuple[str, int]], width: float, bar_height: float = 11):
        super().__init__()
        self.items = list(items)
        self.width = width
        self.bar_height = bar_height
        self.height = bar_height * 1.35 * max(len(self.items), 1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        label_width = self.width * 0.38
        bar_space = self.width - label_width - 30
        top = max((n for _, n in self.items), default=0) or 1
        step = self.bar_height * 1.35
        for index, (label, count) in enumerate(self.items):
            y = self.height - (index + 1) * step + (step - self.bar_height) / 2
            c.setFont(FONT, 8)
            c.setFillColor(INK)
            c.drawRightString(label_width - 6, y + 2.5, label)
            length = bar_space * count / top
            c.setFillColor(ACCENT)
            if length:
                c.rect(label_width, y, length, self.bar_height, stroke=0, fill=1)
            c.setFillColor(INK)
            c.drawString(label_width + length + 4, y + 2.5, str(count))


def _numbered_canvas(
    labels: Labels, footer_text: str, draft_mark: str | None
) -> Callable[..., Canvas]:
    """A canvas that holds its pages until the end, when the page count is known,
    then draws each footer ("page N of M", the programme, the DRAFT mark). Its first
    font is ours, so no page refers to reportlab's default Helvetica."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", FONT)
            kwargs.setdefault("initialFontSize", 10)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(count)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, count: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            if draft_mark:
                self.setFillColor(DRAFT_RED, alpha=0.06)
                self.setFont(FONT_BOLD, 90)
                self.translate(width / 2, self._pagesize[1] / 2)
                self.rotate(45)
                self.drawCentredString(0, -30, draft_mark)
                self.rotate(-45)
                self.translate(-width / 2, -self._pagesize[1] / 2)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, FOOTER_Y + 10, width - MARGIN, FOOTER_Y + 10)
            self.setFillColor(MUTED)
            self.setFont(FONT, 8)
            self.drawString(MARGIN, FOOTER_Y, footer_text)
            self.drawCentredString(
                width / 2, FOOTER_Y, labels.format("page", page=self._pageNumber, pages=count)
            )
            if draft_mark:
                self.setFillColor(DRAFT_RED)
                self.setFont(FONT_BOLD, 9)
                self.drawRightString(width - MARGIN, FOOTER_Y, draft_mark)
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    labels: Labels,
    *,
    title: str,
    footer_text: str = PROGRAMME,
    draft: bool = False,
    pagesize: tuple[float, float] = A4,
) -> bytes:
    """The story laid out on A4 pages with the common footer, as PDF bytes."""
    register_fonts()
    story = _headings_kept_with_content(story)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=PROGRAMME,
        creator="FieldKit",
        lang=labels.language,
        initialFontName=FONT,
    )
    document.build(
        story,
        canvasmaker=_numbered_canvas(labels, footer_text, labels["draft_mark"] if draft else None),
    )
    return buffer.getvalue()


def _headings_kept_with_content(story: list[Flowable]) -> list[Flowable]:
    """A section heading never ends a page alone: less than a few lines left, and
    it starts the next page (keepWithNext cannot hold it to a list that splits)."""
    from reportlab.platypus import CondPageBreak

    h2 = styles().h2
    result: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Paragraph) and flowable.style is h2:
            result.append(CondPageBreak(28 * mm))
        result.append(flowable)
    return result


def content_width(pagesize: tuple[float, float] = A4) -> float:
    return pagesize[0] - 2 * MARGIN


CENTRED = TA_CENTER
