"""Importing annotations from other coders and other tools: the flow and its report."""
