"""Annotary: read news articles closely and annotate quotes, speakers and themes."""

__version__ = "0.1.0"
