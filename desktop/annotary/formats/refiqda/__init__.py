"""REFI-QDA exchange: projects (.qdpx) and codebooks (.qdc) for QualCoder, NVivo,
ATLAS.ti and MAXQDA. See docs/refi-qda.md for the mapping and the dialects read."""

from .codebook import read_qdc, write_qdc
from .reader import read_qdpx
from .writer import write_qdpx

__all__ = ["read_qdc", "read_qdpx", "write_qdc", "write_qdpx"]
