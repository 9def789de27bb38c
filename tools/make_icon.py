"""Draw FieldKit's application icon: a notebook page with a tick on a green tile.

One geometry, written twice: as SVG (the master, for anyone who wants to redraw it)
and rasterised with Pillow into the PNG the window uses and the ICO the Windows
executable and installer use. Run `python tools/make_icon.py` after changing it;
the outputs are committed under resources/icons/.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"

# Colours of the Lithuanian flag: green tile, yellow badge; a white page.
GREEN = "#006a44"
YELLOW = "#fdb913"
WHITE = "#ffffff"
INK = "#9cc7b5"  # the ruled lines, a pale green
DARK = "#123d2c"

# Geometry on a 100 x 100 canvas.
TILE = (4, 4, 96, 96, 20)  # x0, y0, x1, y1, corner radius
PAGE = (24, 15, 72, 83, 5)
LINES = [(32, y, 64, y) for y in (30, 41, 52)]
LINE_WIDTH = 4.5
BADGE = (70, 70, 20)  # centre x, centre y, radius
TICK = [(60, 70.5), (67.5, 78), (80.5, 63)]
TICK_WIDTH = 6


def svg() -> str:
    x0, y0, x1, y1, r = TILE
    px0, py0, px1, py1, pr = PAGE
    cx, cy, br = BADGE
    lines = "\n".join(
        f'  <line x1="{a}" y1="{b}" x2="{c}" y2="{d}" stroke="{INK}" '
        f'stroke-width="{LINE_WIDTH}" stroke-linecap="round"/>'
        for a, b, c, d in LINES
    )
    tick = " ".join(f"{x},{y}" for x, y in TICK)
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" \
width="256" height="256">
  <title>FieldKit</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{GREEN}"/>
  <rect x="{px0}" y="{py0}" width="{px1 - px0}" height="{py1 - py0}" rx="{pr}" fill="{WHITE}"/>
{lines}
  <circle cx="{cx}" cy="{cy}" r="{br}" fill="{YELLOW}" stroke="{GREEN}" stroke-width="3"/>
  <polyline points="{tick}" fill="none" stroke="{DARK}" stroke-width="{TICK_WIDTH}"
    stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def raster(size: int) -> Image.Image:
    """Drawn four times larger and scaled down, for smooth edges."""
    scale = size * 4 / 100

    def s(*values: float) -> list[float]:
        return [v * scale for v in values]

    image = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1, r = TILE
    draw.rounded_rectangle(s(x0, y0, x1, y1), radius=r * scale, fill=GREEN)
    px0, py0, px1, py1, pr = PAGE
    draw.rounded_rectangle(s(px0, py0, px1, py1), radius=pr * scale, fill=WHITE)
    for a, b, c, d in LINES:
        width = LINE_WIDTH * scale
        draw.line(s(a, b, c, d), fill=INK, width=round(width))
        for x, y in ((a, b), (c, d)):  # round caps
            x, y = x * scale, y * scale
            draw.ellipse([x - width / 2, y - width / 2, x + width / 2, y + width / 2], fill=INK)
    cx, cy, br = BADGE
    ring = 1.5
    draw.ellipse(s(cx - br - ring, cy - br - ring, cx + br + ring, cy + br + ring), fill=GREEN)
    draw.ellipse(s(cx - br + ring, cy - br + ring, cx + br - ring, cy + br - ring), fill=YELLOW)
    points = [(x * scale, y * scale) for x, y in TICK]
    width = TICK_WIDTH * scale
    draw.line(points, fill=DARK, width=round(width), joint="curve")
    for x, y in points:
        draw.ellipse([x - width / 2, y - width / 2, x + width / 2, y + width / 2], fill=DARK)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "fieldkit.svg").write_text(svg(), encoding="utf-8")
    big = raster(512)
    big.save(OUT / "fieldkit-512.png", optimize=True)
    raster(256).save(OUT / "fieldkit.png", optimize=True)
    sizes = [16, 24, 32, 48, 64, 128, 256]
    raster(256).save(OUT / "fieldkit.ico", sizes=[(n, n) for n in sizes])
    for name in ("fieldkit.svg", "fieldkit.png", "fieldkit-512.png", "fieldkit.ico"):
        print(OUT / name)


if __name__ == "__main__":
    main()
