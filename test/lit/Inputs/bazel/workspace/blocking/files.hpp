#pragma once
#include <string>

// Reads a whole file with std::ifstream: blocking file I/O.
std::string load_config(const std::string &path);

// Sums the bytes of a text: cheap, unless a catalogue says otherwise.
unsigned checksum(const std::string &text);
