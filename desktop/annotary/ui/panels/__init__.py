"""Docked panels of the Annotary window: codebook, speakers, article metadata."""
