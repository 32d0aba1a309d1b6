"""What became of one document in an ingest run, as counted in the summary."""

NEW, NEW_VERSION, DUPLICATE, FAILED = "new", "new_version", "duplicate", "failed"
