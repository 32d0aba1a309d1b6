"""A small, realistic demo: three fictional municipalities with committees, people, meetings and papers.

All dates are relative to the day the demo is loaded, so there are always upcoming meetings and
deadlines to show. The paper texts in ``papers/`` are written for the demo.
"""
