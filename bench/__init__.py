"""Synthetic corpus and the search benchmark (`python manage.py benchmark`, BENCHMARKS.md)."""
