"""Benchmarks that print figures, and the corpus generator they and the tests share."""
