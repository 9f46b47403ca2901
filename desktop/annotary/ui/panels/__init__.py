"""Side panels of the Annotary window: codebook, speakers, article details (as tabs)."""
