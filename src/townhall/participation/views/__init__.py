"""Pages of hearings: thin views over the participation services and selectors."""
