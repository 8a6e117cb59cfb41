#pragma once
#include <string>

// Defined in helpers.cpp: session.cpp sees only these declarations.
std::string load_config(const std::string &name);
long checksum(const unsigned char *data);
int add(int a, int b);
void offload_refresh();
std::string env_only();
