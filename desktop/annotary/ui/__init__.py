"""The PySide6 desktop interface of Annotary. The only package that imports Qt."""
