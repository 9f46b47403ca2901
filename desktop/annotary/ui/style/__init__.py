"""Look of the Annotary window: palettes, style sheet and fonts."""
