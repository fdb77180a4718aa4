"""OSH Program Management System: the provincial occupational safety and health (ATVSLĐ) program."""

__version__ = "0.1.0"
