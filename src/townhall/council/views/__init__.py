"""Staff pages: thin views over the council services and selectors."""
