"""Indicators read from report texts: extraction (pure), storage, evaluation, pages."""
