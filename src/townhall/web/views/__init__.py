"""Page views, one module per area of the site; each parses input, calls one read and renders it."""
