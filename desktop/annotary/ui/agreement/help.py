"""The Compare Coders help, shown in the dialog (the user has no source tree to read)."""

from __future__ import annotations

from annotary.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "AgreementHelp"

LEGEND = QT_TRANSLATE_NOOP(
    "AgreementHelp",
    "Krippendorff's α: green ≥ 0.800 reliable · amber 0.667–0.800 tentative · "
    "red < 0.667 discard · n/a: undefined (no variation). Help explains the numbers.",
)

HELP = QT_TRANSLATE_NOOP(
    "AgreementHelp",
    "What is compared. Themes and quotes are compared character by character: for "
    "each character, did a coder's span of that category cover it or not. Speaker "
    "attribution is compared quote by quote: two coders' quotes match when they "
    "overlap by at least half of the longer one, and each coder's value is the "
    "speaker they gave it.\n"
    "\n"
    "Units: the characters (or matched quotes) compared.\n"
    "Percent agreement: the share of coder pairs that gave a unit the same value. "
    "Not corrected for chance, so a rare theme looks better than it is.\n"
    "Cohen's κ: agreement corrected for chance; with more than two coders, the mean "
    "over all pairs of coders.\n"
    "Krippendorff's α: the coefficient to report. 1 is perfect agreement, 0 is "
    "chance level, below 0 the coders differ systematically. Rely on α ≥ 0.800, draw "
    "tentative conclusions from 0.667 to 0.800, discard below 0.667. n/a means there "
    "is nothing to compare (nobody, or everybody, coded it everywhere).\n"
    "\n"
    "Show in Article marks where the checked coders differ on the selected row. "
    "Export saves the table as CSV or as an HTML page.",
)
