"""Public participation: hearings with responses, and the mail that goes with them."""
