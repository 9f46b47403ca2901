"""Dialogs of the Annotary window: preferences, about, export, URL import, paste."""
