// Anchor for the releve_testing library (its classes are header-only).
