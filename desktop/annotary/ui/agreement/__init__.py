"""Comparing coders: the agreement window and the disagreement view."""
