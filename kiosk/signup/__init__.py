"""Sign-up rules: what a citizen must give to sign up, and how each entry is checked."""
