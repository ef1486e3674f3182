"""Plots: the charts the notebooks show, so they are made (and tested) once."""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from .stats import funnel_limits

PALETTE = "colorblind"


def _style():
    sns.set_theme(style="whitegrid", palette=PALETTE, rc={"figure.dpi": 110})


def stacked_shares(long: pd.DataFrame, row: str, column: str, title: str, order=None):
    """Horizontal stacked bars: each row's split across ``column``, labelled with its n."""
    _style()
    wide = long.pivot(index=row, columns=column, values="rate").fillna(0)
    if order:
        wide = wide.reindex([o for o in order if o in wide.index])
    totals = long.groupby(row)["n"].first().reindex(wide.index)
    fig, ax = plt.subplots(figsize=(8, 0.6 * len(wide) + 1.8))
    left = np.zeros(len(wide))
    colours = sns.color_palette(PALETTE, len(wide.columns))
    for colour, name in zip(colours, wide.columns):
        ax.barh([f"{i} (n={totals[i]})" for i in wide.index], wide[name], left=left, label=name, color=colour)
        left += wide[name].to_numpy()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=min(4, len(wide.columns)), frameon=False)
    fig.tight_layout()
    return fig


def rates_with_intervals(rates: pd.DataFrame, label: str, title: str, xlabel: str = "share"):
    """Dot-and-whisker chart of rates with Wilson intervals; small groups drawn hollow."""
    _style()
    data = rates.sort_values("rate")
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(data) + 1.6))
    y = np.arange(len(data))
    ax.hlines(y, data["low"], data["high"], color="grey", lw=1.5)
    solid = ~data["small"].to_numpy()
    ax.scatter(data["rate"][solid], y[solid], color=sns.color_palette(PALETTE)[0], zorder=3, label="rate")
    ax.scatter(data["rate"][~solid], y[~solid], facecolors="white", edgecolors=sns.color_palette(PALETTE)[0],
               zorder=3, label="rate (fewer than 10 cases)")
    ax.set_yticks(y, [f"{g} ({k}/{n})" for g, k, n in zip(data[label], data["k"], data["n"])])
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel(f"{xlabel}, with 95% Wilson interval")
    ax.set_title(title)
    ax.legend(loc="lower right", frameon=True)
    fig.tight_layout()
    return fig


def funnel(rates: pd.DataFrame, p0: float, label: str, title: str, levels=(0.95, 0.998)):
    """Funnel plot: each group's rate against its denominator, with control limits around p0."""
    _style()
    fig, ax = plt.subplots(figsize=(8, 5))
    top = max(int(rates["n"].max()) if len(rates) else 1, 5)
    grid = np.arange(1, top + 1)
    limits = funnel_limits(p0, grid, levels)
    styles = {levels[0]: "--", levels[-1]: ":"}
    for level in levels:
        ax.plot(grid, limits[f"lower_{level:g}"], styles.get(level, "-"), color="grey", lw=1, drawstyle="steps-mid",
                label=f"{level:.1%} limits")
        ax.plot(grid, limits[f"upper_{level:g}"], styles.get(level, "-"), color="grey", lw=1, drawstyle="steps-mid")
    ax.axhline(p0, color="black", lw=1, label=f"overall {p0:.0%}")
    outside = rates.get(f"outside_{levels[-1]:g}", pd.Series(False, index=rates.index))
    ax.scatter(rates["n"], rates["rate"], color=np.where(outside, "tab:red", "tab:blue"), zorder=3)
    for _, r in rates.iterrows():
        if r["n"] >= 5 or outside.get(_, False):
            ax.annotate(str(r[label]).replace(" Police", "").replace(" Constabulary", ""), (r["n"], r["rate"]),
                        fontsize=7, xytext=(3, 3), textcoords="offset points")
    ax.set_ylim(-0.02, 1.02)
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel("subjects with a case to answer (denominator)")
    ax.set_ylabel("share who left before proceedings")
    ax.set_title(title)
    ax.legend(loc="upper right")
    fig.tight_layout()
    return fig


def counts_bar(series: pd.Series, title: str, xlabel: str):
    _style()
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.3 * len(series) + 1)))
    ax.barh([str(i) for i in series.index], series.to_numpy(), color=sns.color_palette(PALETTE)[0])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    fig.tight_layout()
    return fig
