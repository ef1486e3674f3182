"""Plots: the charts the notebooks show, so they are made (and tested) once.

Every function returns a :class:`Chart`: the figure drawn to PNG, with alt
text that says what the chart shows in words (numbers included), for readers
who cannot see it and for the page's ``alt`` attribute. Codebook values are
shown in words (``casekit.labels``); legends sit outside the data.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import matplotlib
import matplotlib.style
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from .labels import column_label
from .labels import label as word
from .schema import ALLOWED
from .stats import funnel_limits

#: matplotlib's colour-blind-safe palette, with a light grid
STYLE = ["tableau-colorblind10", {"axes.grid": True, "grid.color": "#dddddd", "axes.edgecolor": "#999999",
                                  "axes.spines.top": False, "axes.spines.right": False, "figure.dpi": 100,
                                  "font.size": 10}]
FADED = "#b0b0b0"
ALT_LIMIT = 900  # characters; past this the alt text names the rest by count


@dataclass
class Chart:
    """A drawn chart: PNG bytes and alt text. Displays as an image with its alt text in notebooks and pages."""

    figure: Figure
    alt: str
    png: bytes

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.alt}
        return data, {"image/png": {"alt": self.alt}}


def _figure(width: float, height: float):
    # made without pyplot: the inline backend does not show it a second time,
    # and a notebook's own pyplot state is left alone
    fig = Figure(figsize=(width, height))
    return fig, fig.subplots()


def _finish(fig: Figure, alt: str) -> Chart:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    return Chart(fig, alt if len(alt) <= ALT_LIMIT else alt[: ALT_LIMIT - 1] + "…", buffer.getvalue())


def _colours(n: int) -> list:
    cycle = matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]
    return [cycle[i % len(cycle)] for i in range(n)]


def _share(value: float) -> str:
    return "–" if pd.isna(value) else f"{value:.0%}"


def _level(level: float) -> str:
    """0.95 -> '95%', 0.998 -> '99.8%'."""
    return f"{level * 100:g}%"


def stacked_shares(long: pd.DataFrame, row: str, column: str, title: str, order=None) -> Chart:
    """Horizontal stacked bars: each row's split across ``column``, labelled with its n."""
    with matplotlib.style.context(STYLE):
        wide = long.pivot(index=row, columns=column, values="rate").fillna(0)
        if column in ALLOWED:  # the codebook's order: findings first, "not stated" last
            wide = wide[[c for c in ALLOWED[column] if c in wide.columns]]
        if order:
            wide = wide.reindex([o for o in order if o in wide.index])
        totals = long.groupby(row)["n"].first().reindex(wide.index)
        names = [f"{word(row, i)} (n={totals[i]})" for i in wide.index]
        fig, ax = _figure(8, 0.6 * len(wide) + 2.2)
        left = np.zeros(len(wide))
        for colour, name in zip(_colours(len(wide.columns)), wide.columns):
            ax.barh(names, wide[name], left=left, label=word(column, name), color=colour)
            left += wide[name].to_numpy()
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_title(title)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=min(3, len(wide.columns)), frameon=False)
        parts = []
        for i, name in zip(wide.index, names):
            split = ", ".join(f"{word(column, c)} {_share(wide.loc[i, c])}" for c in wide.columns if wide.loc[i, c] > 0)
            parts.append(f"{name}: {split}")
        return _finish(fig, f"{title}. Stacked bars, one per {column_label(row)}: " + "; ".join(parts) + ".")


def rates_with_intervals(rates: pd.DataFrame, label: str, title: str, xlabel: str = "share",
                         sort_by_rate: bool = True, min_n: int = 10) -> Chart:
    """Dot-and-whisker chart of rates with 95% Wilson intervals.

    Ranked by rate (highest first) unless ``sort_by_rate`` is False, when the
    given order is kept (years stay in order). Rates on fewer than ``min_n``
    cases are hollow; a grouped "other" row (``grouped``) is faded and last.
    """
    with matplotlib.style.context(STYLE):
        data = rates.copy()
        grouped = data["grouped"].to_numpy(bool) if "grouped" in data else np.zeros(len(data), bool)
        if sort_by_rate:
            data = data.assign(_g=grouped).sort_values(["_g", "rate"], ascending=[True, False])
            grouped = data["_g"].to_numpy(bool)
        fig, ax = _figure(8, 0.32 * len(data) + 1.9)
        y = np.arange(len(data))
        colour = _colours(1)[0]
        small = data["small"].to_numpy(bool) & ~grouped
        solid = ~small & ~grouped
        ax.hlines(y, data["low"], data["high"], color=np.where(grouped, FADED, "#555555"), lw=1.5,
                  label="95% interval")
        ax.scatter(data["rate"][solid], y[solid], color=colour, zorder=3, label="rate")
        if small.any():
            ax.scatter(data["rate"][small], y[small], facecolors="white", edgecolors=colour, zorder=3,
                       label=f"rate on fewer than {min_n} cases")
        if grouped.any():
            ax.scatter(data["rate"][grouped], y[grouped], color=FADED, zorder=3, label="small groups combined")
        ax.set_yticks(y, [f"{g} ({k}/{n})" for g, k, n in zip(data[label], data["k"], data["n"])])
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel(f"{xlabel}, with 95% Wilson interval")
        ax.set_title(title, pad=28)
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=4, frameon=False, fontsize=8)
        parts = [f"{g} {_share(r)} ({k} of {n}, interval {_share(lo)}–{_share(hi)})"
                 for g, r, k, n, lo, hi in zip(data[label], data["rate"], data["k"], data["n"], data["low"], data["high"])]
        order = "highest first" if sort_by_rate else "in order"
        return _finish(fig, f"{title}. Rates with 95% intervals, {order}: " + "; ".join(parts) + ".")


def paired_rates(comparison: pd.DataFrame, title: str) -> Chart:
    """A force beside all forces: for each measure and denominator, the two rates on one line, force above."""
    with matplotlib.style.context(STYLE):
        groups = list(dict.fromkeys(comparison["group"]))
        pairs = list(dict.fromkeys(zip(comparison["measure"], comparison["denominator"])))
        fig, ax = _figure(8, 0.62 * len(pairs) + 1.9)
        markers, offsets = ("o", "s"), (-0.16, 0.16)
        for colour, marker, offset, group in zip(_colours(len(groups)), markers, offsets, groups):
            rows = comparison[comparison["group"] == group].set_index(["measure", "denominator"]).reindex(pairs)
            y = np.arange(len(pairs)) + offset
            ax.hlines(y, rows["low"], rows["high"], color=colour, lw=1.5)
            small = rows["small"].to_numpy(bool)
            ax.scatter(rows["rate"][~small], y[~small], color=colour, marker=marker, zorder=3, label=group)
            if small.any():
                ax.scatter(rows["rate"][small], y[small], facecolors="white", edgecolors=colour, marker=marker,
                           zorder=3, label=f"{group} (few cases)")
        ax.set_yticks(np.arange(len(pairs)), [f"{m}\n({d})" for m, d in pairs], fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel("share, with 95% Wilson interval")
        ax.set_title(title, pad=28)
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=4, frameon=False, fontsize=8)
        parts = []
        for m, d in pairs:
            both = comparison[(comparison["measure"] == m) & (comparison["denominator"] == d)]
            parts.append(f"{m} ({d}): " + ", ".join(f"{g} {_share(r)} ({k} of {n})"
                                                     for g, r, k, n in zip(both["group"], both["rate"], both["k"], both["n"])))
        return _finish(fig, f"{title}. Paired rates with 95% intervals: " + "; ".join(parts) + ".")


def _spread(positions: list[float], gap: float, top: float) -> list[float]:
    """Move sorted label positions apart so neighbours are at least ``gap`` apart, none above ``top`` (display units)."""
    out = list(positions)
    for i in range(1, len(out)):
        out[i] = max(out[i], out[i - 1] + gap)
    if out and out[-1] > top:
        out[-1] = top
        for i in range(len(out) - 2, -1, -1):
            out[i] = min(out[i], out[i + 1] - gap)
    return out


def funnel(rates: pd.DataFrame, p0: float, label: str, title: str, levels=(0.95, 0.998),
           ylabel: str = "share") -> Chart:
    """Funnel plot: each group's rate against its denominator, with control limits around p0.

    Only groups outside the inner limits are named, their labels spread so
    they do not overlap, and placed left of points in the right half so long
    names are not clipped.
    """
    with matplotlib.style.context(STYLE):
        fig, ax = _figure(8, 5.4)
        top = max(int(rates["n"].max()) if len(rates) else 1, 5)
        grid = np.arange(1, top + 1)
        limits = funnel_limits(p0, grid, levels)
        for level, style in zip(levels, ("--", ":")):
            ax.plot(grid, limits[f"lower_{level:g}"], style, color="#666666", lw=1, drawstyle="steps-mid",
                    label=f"{_level(level)} limits")
            ax.plot(grid, limits[f"upper_{level:g}"], style, color="#666666", lw=1, drawstyle="steps-mid")
        ax.axhline(p0, color="black", lw=1, label=f"overall rate {_share(p0)}")
        inner = rates.get(f"outside_{levels[0]:g}", pd.Series(False, index=rates.index)).to_numpy(bool)
        outer = rates.get(f"outside_{levels[-1]:g}", pd.Series(False, index=rates.index)).to_numpy(bool)
        colours = _colours(2)
        ax.scatter(rates["n"][~inner], rates["rate"][~inner], color=colours[0], zorder=3,
                   label=f"inside the {_level(levels[0])} limits")
        if inner.any():
            ax.scatter(rates["n"][inner], rates["rate"][inner], color=colours[1], marker="D", zorder=3,
                       label=f"outside the {_level(levels[0])} limits")
        ax.set_xlim(0, top * 1.04)
        ax.set_ylim(-0.02, 1.02)
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel("people with a case to answer (denominator)")
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=3, frameon=False, fontsize=8)
        named = rates[inner].sort_values("rate")
        if len(named):
            to_display, to_data = ax.transData, ax.transData.inverted()
            points = to_display.transform(np.column_stack([named["n"], named["rate"]]).astype(float))
            middle = to_display.transform((top / 2, 0))[0]
            top_y = to_display.transform((0, 1.0))[1]
            for (x, _), text_y, n, r, name in zip(points, _spread(list(points[:, 1]), gap=14, top=top_y),
                                                  named["n"], named["rate"], named[label]):
                left = x > middle  # names in the right half run leftwards, so none is clipped
                ax.annotate(str(name), (n, r), xytext=to_data.transform((x - 8 if left else x + 8, text_y)),
                            textcoords="data", fontsize=8, ha="right" if left else "left", va="center",
                            arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.6})
        out95 = [f"{g} ({k} of {n}, {_share(r)})" for g, k, n, r in zip(named[label], named["k"], named["n"], named["rate"])]
        out998 = list(rates.loc[outer, label])
        alt = (f"{title}. Funnel plot of {len(rates)} groups: overall rate {_share(p0)}. "
               f"Outside the {_level(levels[0])} limits: {'; '.join(out95) if out95 else 'none'}. "
               f"Outside the {_level(levels[-1])} limits: {', '.join(map(str, out998)) if out998 else 'none'}.")
        return _finish(fig, alt)


def counts_bar(series: pd.Series, title: str, xlabel: str) -> Chart:
    """Horizontal bars of counts, in the series' own order (top to bottom)."""
    with matplotlib.style.context(STYLE):
        fig, ax = _figure(8, max(2.5, 0.28 * len(series) + 1.2))
        names = [str(i) for i in series.index]
        ax.barh(names, series.to_numpy(), color=_colours(1)[0])
        ax.invert_yaxis()
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(xlabel)
        ax.set_title(title)
        parts = [f"{name} {int(v):,}" for name, v in zip(names, series.to_numpy())]
        return _finish(fig, f"{title}. Bar chart of {xlabel}: " + "; ".join(parts) + ".")
