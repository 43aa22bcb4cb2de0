// Compiled once per group of tests that link the same libraries, to make
// the precompiled header they share (cmake/buildspeed.cmake).
