#include "net/log.hpp"
#include <fstream>
void net::flush_log() { std::ofstream("app.log", std::ios::app) << "\n"; }
