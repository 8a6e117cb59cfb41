#pragma once
#include <string>

// Waits between retries by sleeping the thread.
void back_off(int attempt);
// Reloads the configuration (through //blocking:files).
std::string reload(const std::string &path);
