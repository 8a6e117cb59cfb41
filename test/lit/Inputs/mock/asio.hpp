// Mock standalone Asio: see asio_mock_impl.hpp.
#pragma once
#define STALL_MOCK_ASIO_NS asio
#include "asio_mock_impl.hpp"
#undef STALL_MOCK_ASIO_NS
