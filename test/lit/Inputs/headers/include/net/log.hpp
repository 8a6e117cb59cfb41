#pragma once
namespace net {
void flush_log(); // defined in src/log.cpp
} // namespace net
#define LOG_FLUSH() net::flush_log()
