"""The catalogue of bad input, one module per kind (see tests/test_bad_input_catalogue.py)."""
