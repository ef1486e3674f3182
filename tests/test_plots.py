"""Charts: order, labels, legends outside the data, alt text that says what the chart shows."""

import base64

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from casekit import plots, stats


def rates(labels, k, n, column="group"):
    frame = stats.rate_frame(pd.Series(k), pd.Series(n))
    frame.insert(0, column, labels)
    return frame


def tick_labels(chart):
    return [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]


def renderer(chart):
    return FigureCanvasAgg(chart.figure).get_renderer()


def legend_clear_of_the_data(chart) -> bool:
    figure = chart.figure
    renderer = FigureCanvasAgg(figure).get_renderer()
    axes = figure.axes[0]
    return not axes.get_window_extent(renderer).overlaps(axes.get_legend().get_window_extent(renderer))


def test_chart_is_a_png_with_alt_text_in_its_metadata():
    chart = plots.counts_bar(pd.Series({"2019": 3, "2020": 5}), "Reports by year", "reports")
    data, metadata = chart._repr_mimebundle_()
    assert base64.b64decode(data["image/png"]).startswith(b"\x89PNG")
    assert metadata["image/png"]["alt"] == chart.alt == "Reports by year. Bar chart of reports: 2019 3; 2020 5."


def test_years_keep_their_order_when_asked_and_ranking_puts_the_highest_first():
    years = rates(["2017", "2018", "2019", "unknown"], [5, 1, 9, 0], [10, 10, 10, 3], "year")
    in_order = plots.rates_with_intervals(years, "year", "By year", sort_by_rate=False)
    assert tick_labels(in_order) == ["2017 (5/10)", "2018 (1/10)", "2019 (9/10)", "unknown (0/3)"]
    ranked = plots.rates_with_intervals(years, "year", "By year")
    assert tick_labels(ranked) == ["2019 (9/10)", "2017 (5/10)", "2018 (1/10)", "unknown (0/3)"]
    assert legend_clear_of_the_data(ranked)
    assert "2019 90% (9 of 10" in ranked.alt


def test_small_groups_combined_come_last_and_faded():
    forces = rates(["A", "B", "C", "D"], [2, 8, 1, 0], [20, 40, 3, 2], "force")
    grouped = stats.group_small(forces, "force", 10)
    assert grouped["force"].tolist() == ["A", "B", "2 other forces (fewer than 10 cases each)"]
    assert (grouped["k"].iloc[-1], grouped["n"].iloc[-1]) == (1, 5)
    chart = plots.rates_with_intervals(grouped, "force", "By force")
    assert tick_labels(chart)[-1].startswith("2 other forces")
    assert "small groups combined" in [t.get_text() for t in chart.figure.axes[0].get_legend().get_texts()]


def test_funnel_names_only_groups_outside_the_limits_without_overlap_and_says_95_and_99_8():
    rng = np.random.default_rng(1)
    n = rng.integers(5, 60, size=30)
    k = rng.binomial(n, 0.2)
    k[:3] = n[:3]  # three far outside: everyone left
    subjects = pd.DataFrame({"force": np.repeat([f"Force number {i}" for i in range(30)], n),
                             "left": np.concatenate([[True] * a + [False] * (b - a) for a, b in zip(k, n)])})
    table, p0 = stats.funnel_table(subjects, "force", "left")
    chart = plots.funnel(table, p0, "force", "Funnel")
    axes = chart.figure.axes[0]
    named = [t for t in axes.texts]
    assert sorted(t.get_text() for t in named) == sorted(table.loc[table["outside_0.95"], "force"])
    # the labels' text, without their leader lines
    boxes = [Text.get_window_extent(t, renderer(chart)) for t in named]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert "95% limits" in legend and "99.8% limits" in legend
    assert legend_clear_of_the_data(chart)
    assert "Outside the 95% limits: " in chart.alt and "Force number 0" in chart.alt


def test_paired_rates_put_force_and_all_forces_on_one_line_each():
    cases = pd.DataFrame({"report_id": ["a"] * 12 + ["b"] * 30,
                          "proven": [True] * 6 + [False] * 6 + [True] * 10 + [False] * 20,
                          "finding_stated": [True] * 8 + [False] * 4 + [True] * 20 + [False] * 10,
                          "dismissed": False, "sanction_stated": True, "left_before": False, "left_stated": True,
                          "barred_list": False})
    comparison = stats.force_comparison(cases, ["a"], "Force A")
    chart = plots.paired_rates(comparison, "Force A beside all forces")
    assert len(tick_labels(chart)) == len(comparison) // 2
    assert "found proven (all with a case to answer): Force A 50% (6 of 12), all forces 38% (16 of 42)" in chart.alt
    assert legend_clear_of_the_data(chart)


def test_stacked_shares_label_values_in_words():
    long = stats.crosstab(pd.DataFrame({"grade": ["misconduct"] * 3, "outcome": ["not_held", "misconduct_proven", "not_stated"]}),
                          "grade", "outcome")
    chart = plots.stacked_shares(long, "grade", "outcome", "Outcome by grade")
    legend = [t.get_text() for t in chart.figure.axes[0].get_legend().get_texts()]
    assert legend == ["misconduct proven", "proceedings not held", "not stated"]  # the codebook's order
    assert tick_labels(chart) == ["misconduct (n=3)"] and legend_clear_of_the_data(chart)
