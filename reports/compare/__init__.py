"""Comparing two reports (issue 16): sentences reused, added and removed, sections aligned,
and the promises of one year's plan section looked up in the next year's report.

Pure functions over strings (sentences, reuse, align, promises); `service` reads the two
reports from the database and calls them.
"""
