"""The public page cache: whole pages for visitors who are not signed in, dropped by any change they could see."""
