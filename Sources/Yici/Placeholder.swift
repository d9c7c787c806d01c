// Placeholder while the stage is written.
