"""The printed pathway sheet: content, words per language, fonts and the PDF layouts (no Qt)."""
