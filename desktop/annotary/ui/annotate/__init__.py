"""Annotating: the open article's annotations, the pickers and the tagging flow."""
