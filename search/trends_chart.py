"""Geometry of the trends line chart, drawn as SVG by templates/search/_trends_chart.html.

Pure numbers and labels: the template escapes every text it prints. One line per term,
the share of that year's reports that match; colours from the Okabe–Ito palette (told
apart with colour blindness) and a dash pattern each, so lines differ without colour too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WIDTH, HEIGHT = 560, 300
LEFT, RIGHT, TOP, BOTTOM = 66, 30, 16, 44  # room for the larger labels on a phone
COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B07800", "#4B4B4B")
DASHES = ("", "7 4", "2 4", "9 3 2 3", "4 2", "12 4")
# Upper ends of the share axis (4 steps each).
_TOPS = (0.02, 0.04, 0.08, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0)


@dataclass
class ChartPoint:
    x: float
    y: float
    url: str
    label: str  # the point's tooltip: term · year: M / N (x%)


@dataclass
class Line:
    term: str
    color: str
    dash: str
    points: list[ChartPoint] = field(default_factory=list)

    @property
    def path(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


@dataclass
class Chart:
    width: int
    height: int
    left: int
    right: int  # x of the plot's right edge
    bottom: int  # y of the plot's baseline
    y_ticks: list[tuple[float, str]]  # (y, "25%")
    x_ticks: list[tuple[float, str]]  # (x, "2023")
    lines: list[Line]


def style(index: int) -> tuple[str, str]:
    """(colour, dash pattern) of the index-th term."""
    return COLORS[index % len(COLORS)], DASHES[index % len(DASHES)]


def _top(highest: float) -> float:
    return next((t for t in _TOPS if highest <= t), 1.0)


def percent(share: float) -> str:
    value = share * 100
    return f"{value:.0f}%" if value == int(value) else f"{value:.1f}%"


def line_chart(keys: list[str], series: list[tuple[str, list[tuple[float, str, str]]]]) -> Chart:
    """`series`: (term, [(share, url, label) per key]) → the chart's coordinates."""
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    plot_w, plot_h = right - LEFT, bottom - TOP
    top = _top(max((s for _, pts in series for s, _, _ in pts), default=0.0))

    def x(i: int) -> float:
        return LEFT + (plot_w / 2 if len(keys) == 1 else plot_w * i / (len(keys) - 1))

    def y(share: float) -> float:
        return bottom - plot_h * min(share, top) / top

    lines = []
    for index, (term, points) in enumerate(series):
        color, dash = style(index)
        line = Line(term, color, dash)
        for i, (share, url, label) in enumerate(points):
            line.points.append(ChartPoint(x(i), y(share), url, label))
        lines.append(line)
    y_ticks = [(y(top * k / 4), percent(top * k / 4)) for k in range(5)]
    # Every label while they fit, else every second or third (a long range on a phone).
    step = max(1, -(-len(keys) // 12))
    x_ticks = [(x(i), key) for i, key in enumerate(keys) if i % step == 0]
    return Chart(WIDTH, HEIGHT, LEFT, right, bottom, y_ticks, x_ticks, lines)
