"""Learning pathways: turn a learning goal and a basket into an ordered plan of real offers."""
