from hypothesis import given, strategies as st

from casekit.repair import collapse_whitespace, repair_text


def test_mac_roman_mojibake_is_repaired():
    # UTF-8 read as Mac Roman, as in the scraped workbook
    assert repair_text("the officer‚Äôs notebook ‚Äì page two") == "the officer’s notebook – page two"


def test_windows_1252_mojibake_is_repaired():
    assert repair_text("the sergeantâ€™s log") == "the sergeant’s log"


def test_non_breaking_spaces_become_spaces_and_runs_collapse():
    assert repair_text("Custody¬†¬† suite\u00a0 visit  today ") == "Custody suite visit today"


def test_curly_quotes_are_kept():
    assert repair_text("“priority” and ‘prompt’") == "“priority” and ‘prompt’"


def test_line_structure_is_kept_but_blank_runs_shrink():
    assert repair_text("Title\r\n\r\n\r\n\r\nBody  line\r\nSecond") == "Title\n\nBody line\nSecond"


@given(st.text())
def test_repair_is_idempotent(text):
    once = repair_text(text)
    assert repair_text(once) == once


@given(st.text())
def test_repair_leaves_no_odd_spaces(text):
    out = repair_text(text)
    assert "\u00a0" not in out and "\r" not in out and "  " not in out


def test_collapse_whitespace():
    assert collapse_whitespace("  a \n b\t c ") == "a b c"


def test_mac_roman_currency_without_other_damage():
    # ftfy alone leaves this: nothing else in the text looks broken
    assert repair_text("wallet containing ¬£65.") == "wallet containing £65."


def test_ambiguous_runs_that_are_not_utf8_are_left_alone():
    assert repair_text("√x and ‚ab") == "√x and ‚ab"


def test_repair_is_idempotent_after_a_tab_beside_a_mojibake_lead():
    # (found by hypothesis) the tab became a space only after ftfy had run, so a second pass fixed "Â " again
    once = repair_text("Â\t0")
    assert repair_text(once) == once
